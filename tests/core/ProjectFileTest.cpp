#include "store/ProjectFile.h"

#include "../TestUtil.h"
#include "store/CatalogImport.h"
#include "store/CatalogStore.h"
#include "store/ModelStore.h"
#include "store/PlanStore.h"
#include "store/PolicyStore.h"
#include "store/ScenarioStore.h"
#include "store/Schema.h"
#include "store/SqliteDb.h"

#include <gtest/gtest.h>

using namespace kol;
using kol::test::TempDir;

namespace {
// A scenario with a non-default value in every field.
Scenario richScenario(const std::string& name)
{
    Scenario s = Scenario::makeDefault(name, *Date::parse("2027-03-01"));
    s.notes = "Spring launch, 含中文, \"quotes\"\nand a second line";
    s.budget = 2345678.25;
    s.currency = "USD";
    s.formats = {"short video", "live stream"};
    s.weights = ScoreWeights{0.4, 0.2, 0.1, 0.25, 0.05};
    s.rules.tierHierarchy = false;
    s.rules.maxCellShare = 0.225;
    s.rules.channelShares["Douyin"] = {0.1, 0.45};
    s.rules.channelShares["Bilibili"] = {0, 0.05};
    s.setChannels({"Bilibili", "Douyin", "Xiaohongshu"});
    s.setTiers({"Head", "Mid", "Tail", "KOC"});
    auto phases = s.phases();
    phases.push_back({"Sustain", phases.back().end.addDays(1), phases.back().end.addDays(30)});
    phases.erase(phases.begin() + 2);
    s.setPhases(phases);
    s.expertTemplate.channelWeights["Bilibili"] = 12.5;
    s.expertTemplate.tierWeights["KOC"] = 3;
    MatrixCell& c = s.matrix().cell(*s.matrix().find("Douyin", "Launch", "Head"));
    c.locked = 300000;
    c.minAmount = 100000;
    c.maxAmount = 400000;
    c.note = "booked with the agency, 2026-11; 合同已签, commas kept";
    s.matrix().cell(*s.matrix().find("Bilibili", "Warm-up", "KOC")).enabled = false;
    s.matrix().cell(*s.matrix().find("Xiaohongshu", "Sustain", "Tail")).maxAmount = 0.5;
    // Rivals in their order, channels in theirs (one not among the scenario's), and one without.
    s.rivals = {Rival{"品牌 Z", 1500000.5, {"Xiaohongshu", "Weibo", "Douyin"}, 2.75}, Rival{"Brand Y", 600000, {}, 1}};
    return s;
}
} // namespace

TEST(ProjectFile, CreateThenOpenWithDefaults)
{
    TempDir dir;
    const std::string path = dir.file("p.kolplan");
    {
        auto created = ProjectFile::create(path);
        ASSERT_TRUE(created) << created.error();
    }
    auto opened = ProjectFile::open(path);
    ASSERT_TRUE(opened) << opened.error();
    EXPECT_EQ(opened.value()->formatVersionOnDisk(), schema::kCurrentVersion);
    EXPECT_EQ(opened.value()->vocabulary().channels, Vocabulary::defaults().channels);
    EXPECT_EQ(opened.value()->vocabulary().tiers, Vocabulary::defaults().tiers);
    auto summary = opened.value()->summary();
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->kols, 0);
    EXPECT_EQ(summary->scenarios, 0);
    // The file identifies itself to anyone with the sqlite3 shell.
    auto db = Database::open(path, Database::Mode::ReadOnly);
    EXPECT_EQ(db.value()->scalar("PRAGMA application_id").value(), schema::kApplicationId);
}

TEST(ProjectFile, CreateRefusesAnExistingFile)
{
    TempDir dir;
    kol::test::writeFile(dir.file("x.kolplan"), "keep me");
    auto created = ProjectFile::create(dir.file("x.kolplan"));
    ASSERT_FALSE(created);
    EXPECT_NE(created.error().find("already exists"), std::string::npos);
    EXPECT_EQ(kol::test::readFile(dir.file("x.kolplan")), "keep me");
}

TEST(ProjectFile, ScenarioRoundTripKeepsEveryField)
{
    TempDir dir;
    const std::string path = dir.file("p.kolplan");
    const Scenario original = richScenario("Spring");
    {
        auto p = ProjectFile::create(path);
        ASSERT_TRUE(p);
        const Status saved = ScenarioStore(*p.value()).save(original);
        ASSERT_TRUE(saved) << saved.message();
    }
    auto p = ProjectFile::open(path);
    ASSERT_TRUE(p);
    auto loaded = ScenarioStore(*p.value()).load("Spring");
    ASSERT_TRUE(loaded) << loaded.error();
    EXPECT_EQ(loaded.value(), original);
}

TEST(ProjectFile, RivalsAreReplacedOnSaveAndTheirsAreRefusedWhenWrong)
{
    TempDir dir;
    auto p = ProjectFile::create(dir.file("p.kolplan"));
    ASSERT_TRUE(p);
    ScenarioStore store(*p.value());
    Scenario s = richScenario("Spring");
    ASSERT_TRUE(store.save(s));
    s.rivals.erase(s.rivals.begin());
    s.rivals.front().preferredChannels = {"Bilibili"};
    ASSERT_TRUE(store.save(s));
    EXPECT_EQ(store.load("Spring").value().rivals, s.rivals);
    EXPECT_EQ(p.value()->database().scalar("SELECT count(*) FROM scenario_rival_channel").value(), 1);
    // Rivals change no method's plan: the fingerprint ignores them.
    Scenario without = s;
    without.rivals.clear();
    EXPECT_EQ(scenarioFingerprint(without), scenarioFingerprint(s));
    for (const auto& [rival, field] : std::vector<std::pair<Rival, std::string>>{
             {Rival{"Us", 1e6, {}, 2}, "rivals[Us].name"},
             {Rival{"", 1e6, {}, 2}, "rivals[2].name"},
             {Rival{"brand y", 1e6, {}, 2}, "rivals[brand y].name"},
             {Rival{"Brand Q", 0, {}, 2}, "rivals[Brand Q].budget"},
             {Rival{"Brand Q", 1e6, {}, 101}, "rivals[Brand Q].preference"},
             {Rival{"Brand Q", 1e6, {"douyin"}, 2}, "rivals[Brand Q].channels"},
             {Rival{"Brand Q", 1e6, {"Douyin", "Douyin"}, 2}, "rivals[Brand Q].channels"}}) {
        Scenario bad = s;
        bad.rivals.push_back(rival);
        const Status saved = store.save(bad);
        EXPECT_FALSE(saved) << field;
        EXPECT_NE(saved.message().find(field), std::string::npos) << saved.message();
    }
    Scenario crowded = s;
    for (int i = 0; i < kMaxRivals; ++i) {
        crowded.rivals.push_back(Rival{"R" + std::to_string(i), 1e5, {}, 2});
    }
    EXPECT_FALSE(store.save(crowded));
    EXPECT_EQ(store.load("Spring").value().rivals, s.rivals) << "a refused save changes nothing";
}

TEST(ProjectFile, SavingAgainReplacesAndKeepsPlans)
{
    TempDir dir;
    auto p = ProjectFile::create(dir.file("p.kolplan"));
    ScenarioStore store(*p.value());
    Scenario s = richScenario("S");
    ASSERT_TRUE(store.save(s));
    PlanReport plan;
    plan.method = "template";
    plan.budget = s.budget;
    plan.cells = {PlanCell{"Douyin",
                           "Launch",
                           "Head",
                           300000,
                           290000,
                           12.5,
                           8e5,
                           3e4,
                           {PlanKol{"dy1", "One", 2000000, "short video", 150000, 5e5, 2e4, 7.5},
                            PlanKol{"dy2", "Two", 1500000, "live stream", 140000, 3e5, 1e4, 5}}},
                  PlanCell{"Bilibili", "Warm-up", "Mid", 1234.5, 0, 0, 0, 0, {}}};
    plan.notes = {"a note", "another note"};
    plan.fingerprint = "0123456789abcdef";
    plan.figures = {{"effect", 12.75}, {"spend", 299000}};
    auto id = PlanStore(*p.value()).add("S", plan);
    ASSERT_TRUE(id) << id.error();

    s.budget = 999999;
    s.setChannels({"Douyin"});
    s.rules.channelShares.clear();
    s.matrix().cell(0, 0, 0) = MatrixCell{};
    ASSERT_TRUE(store.save(s)) << store.save(s).message();
    EXPECT_EQ(store.load("S").value(), s);
    auto plans = PlanStore(*p.value()).list("S");
    ASSERT_TRUE(plans) << plans.error();
    ASSERT_EQ(plans->size(), 1u);
    plan.id = *id;
    plan.created = plans->front().created;
    EXPECT_EQ(plans->front(), plan);

    // The newest plan and a plan by id read just that plan, the same as the full list has it.
    PlanReport second = plan;
    second.id = 0;
    second.method = "greedy";
    second.cells[0].kols = {PlanKol{"dy3", "Three", 1200000, "short video", 90000, 2e5, 9e3, 3}};
    auto secondId = PlanStore(*p.value()).add("S", second);
    ASSERT_TRUE(secondId);
    auto latest = PlanStore(*p.value()).latest("S");
    ASSERT_TRUE(latest && latest.value());
    EXPECT_EQ(latest.value()->id, *secondId);
    EXPECT_EQ(latest.value()->cells, second.cells);
    auto first = PlanStore(*p.value()).find("S", *id);
    ASSERT_TRUE(first && first.value());
    EXPECT_EQ(*first.value(), plan);
    EXPECT_FALSE(PlanStore(*p.value()).find("S", *secondId + 1).value());
    ASSERT_TRUE(store.copy("S", "Copy"));
    auto copied = PlanStore(*p.value()).latest("Copy");
    ASSERT_TRUE(copied && copied.value()) << "a copy takes the current plan";
    EXPECT_EQ(copied.value()->cells, second.cells);
    EXPECT_EQ(copied.value()->method, "greedy");
    EXPECT_EQ(PlanStore(*p.value()).list("Copy")->size(), 1u) << "only the current plan";
    EXPECT_FALSE(PlanStore(*p.value()).find("Copy", *id).value()) << "a plan of another scenario";
}

TEST(ProjectFile, InvalidScenarioIsNotSavedAndChangesNothing)
{
    TempDir dir;
    const std::string path = dir.file("p.kolplan");
    auto p = ProjectFile::create(path);
    ScenarioStore store(*p.value());
    ASSERT_TRUE(store.save(Scenario::makeDefault("S", *Date::parse("2026-01-05"))));
    const std::string before = kol::test::readFile(path);
    Scenario bad = store.load("S").value();
    bad.matrix().cell(0, 0, 0).locked = 5e6;
    const Status st = store.save(bad);
    ASSERT_FALSE(st);
    EXPECT_NE(st.message().find("exceed the budget"), std::string::npos) << st.message();
    EXPECT_EQ(kol::test::readFile(path), before);
}

TEST(ProjectFile, RenameCopyDeleteScenarios)
{
    TempDir dir;
    auto p = ProjectFile::create(dir.file("p.kolplan"));
    ScenarioStore store(*p.value());
    ASSERT_TRUE(store.save(richScenario("A")));
    ASSERT_TRUE(PlanStore(*p.value()).add("A", PlanReport{0, "greedy", "", 1, {}, {}, {}, ""}));
    ASSERT_TRUE(store.copy("A", "B"));
    EXPECT_FALSE(store.copy("A", "B")) << "copying onto an existing name must fail";
    ASSERT_TRUE(store.rename("A", "A2"));
    EXPECT_FALSE(store.rename("A2", "B"));
    EXPECT_FALSE(store.rename("missing", "C"));
    auto listed = store.list();
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ((*listed)[0].name, "A2");
    EXPECT_EQ((*listed)[0].plans, 1);
    EXPECT_EQ((*listed)[1].plans, 1) << "a copy takes the current plan";
    Scenario b = store.load("B").value();
    Scenario a2 = store.load("A2").value();
    a2.name = "B";
    EXPECT_EQ(a2, b);
    ASSERT_TRUE(store.remove("A2"));
    EXPECT_FALSE(store.remove("A2"));
    EXPECT_EQ(p.value()->summary()->plans, 1) << "deleting a scenario deletes its plans (the copy keeps its own)";
}

TEST(ProjectFile, ReadOnlyAccessRefusesWrites)
{
    TempDir dir;
    const std::string path = dir.file("p.kolplan");
    ProjectFile::create(path);
    auto p = ProjectFile::open(path, ProjectFile::Access::ReadOnly);
    ASSERT_TRUE(p);
    EXPECT_FALSE(ScenarioStore(*p.value()).save(Scenario::makeDefault("S", Date::today())));
}

TEST(ProjectFile, VocabularyCanBeExtendedButNotCorrupted)
{
    TempDir dir;
    const std::string path = dir.file("p.kolplan");
    {
        auto p = ProjectFile::create(path);
        Vocabulary add;
        add.channels = {"Zhihu", "douyin"}; // Douyin exists already (any case)
        add.tiers = {{"Mega", 10000000}};
        ASSERT_TRUE(p.value()->extendVocabulary(add));
        Vocabulary clash;
        clash.tiers = {{"Giant", 10000000}};
        EXPECT_FALSE(p.value()->extendVocabulary(clash));
        Vocabulary slash;
        slash.phases = {"Pre/sale"};
        EXPECT_FALSE(p.value()->extendVocabulary(slash));
    }
    auto p = ProjectFile::open(path);
    const Vocabulary& v = p.value()->vocabulary();
    EXPECT_EQ(v.channels.size(), 7u);
    EXPECT_EQ(v.channels.back(), "Zhihu");
    EXPECT_EQ(v.tiers.front().name, "Mega");
    EXPECT_EQ(v.tierFor(20000000).value(), "Mega");
}

TEST(ProjectFile, KolsAndPostsRoundTrip)
{
    TempDir dir;
    kol::test::writeFile(dir.file("k.csv"),
                         "kol_id,name,channel,followers,follower_quality,interaction_rate,category,price_image_text,"
                         "price_short_video,price_live_stream\n"
                         "k1,\"Lin, Beauty\",Douyin,2500000,0.82,0.045,beauty,,120000.5,300000\n"
                         "k2,小红书达人,小红书,350000,0.9,0.06,,18000,,\n");
    kol::test::writeFile(dir.file("p.csv"),
                         "post_id,kol_id,date,phase,format,price,reach,likes,comments,shares\n"
                         "p1,k1,2026-03-01,Launch,short_video,118000,3100000,52000,3100,2800\n");
    {
        auto p = ProjectFile::create(dir.file("p.kolplan"));
        ASSERT_TRUE(importKols(*p.value(), dir.file("k.csv"))->committed);
        ASSERT_TRUE(importPosts(*p.value(), dir.file("p.csv"))->committed);
    }
    auto p = ProjectFile::open(dir.file("p.kolplan"));
    auto kols = CatalogStore(*p.value()).loadKols();
    ASSERT_TRUE(kols) << kols.error();
    ASSERT_EQ(kols->size(), 2u);
    Kol k1{"k1", "Lin, Beauty", "Douyin", 2500000,
           0.82, 0.045,         "beauty", {{"short video", 120000.5}, {"live stream", 300000}}};
    EXPECT_EQ((*kols)[0], k1);
    EXPECT_EQ((*kols)[1].channel, "Xiaohongshu");
    EXPECT_EQ((*kols)[1].prices.size(), 1u);
    std::vector<Post> posts;
    ASSERT_TRUE(CatalogStore(*p.value()).forEachPost([&](const Post& post) {
        posts.push_back(post);
        return true;
    }));
    ASSERT_EQ(posts.size(), 1u);
    EXPECT_EQ(
        posts[0],
        (Post{"p1", "k1", *Date::parse("2026-03-01"), "Launch", "short video", 118000, 3100000, 52000, 3100, 2800}));
}

TEST(ProjectFile, APolicyFollowsItsScenarioThroughRenameAndDelete)
{
    TempDir dir;
    auto p = ProjectFile::create(dir.file("p.kolplan"));
    ScenarioStore store(*p.value());
    ASSERT_TRUE(store.save(Scenario::makeDefault("A", *Date::parse("2026-01-05"))));
    StoredModel policy;
    policy.kind = "policy";
    policy.tensors["layer0.weight"] = TensorData{1, 2, {0.5f, -1.0f}};
    policy.numbers["layers"] = 1;
    ASSERT_TRUE(ModelStore(*p.value()).save(policyModelName("A"), policy));
    ASSERT_TRUE(store.rename("A", "B"));
    EXPECT_FALSE(ModelStore(*p.value()).load(policyModelName("A")).value());
    auto moved = ModelStore(*p.value()).load(policyModelName("B"));
    ASSERT_TRUE(moved && moved.value());
    EXPECT_EQ(moved.value()->tensors.at("layer0.weight"), policy.tensors.at("layer0.weight"));
    ASSERT_TRUE(store.remove("B"));
    EXPECT_FALSE(ModelStore(*p.value()).load(policyModelName("B")).value());
    EXPECT_EQ(p.value()->database().scalar("SELECT count(*) FROM model_tensor").value(), 0);
}
