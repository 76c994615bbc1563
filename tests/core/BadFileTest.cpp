// Files that are not healthy projects: each is refused with a specific one-line message and
// left byte for byte as it was.
#include "../TestUtil.h"
#include "alloc/RlAllocator.h"
#include "store/CatalogImport.h"
#include "store/CatalogStore.h"
#include "store/PlanStore.h"
#include "store/PolicyStore.h"
#include "store/ProjectFile.h"
#include "store/ScenarioStore.h"
#include "store/Schema.h"
#include "store/SqliteDb.h"
#include "store/TruthStore.h"

#include <filesystem>
#include <functional>
#include <gtest/gtest.h>
#include <random>
#include <sqlite3.h>

using namespace kol;
using kol::test::TempDir;

namespace {
// The stored rl policy as the window and the command line read it: the file's arrays, then the
// policy's own checks.
Result<AllocationPolicy> loadRlPolicy(ProjectFile& p, const std::string& scenario)
{
    auto stored = PolicyStore(p).load(scenario, "rl");
    if (!stored) {
        return stored.status();
    }
    if (!stored.value()) {
        return Result<AllocationPolicy>::failure("no policy");
    }
    return rlPolicyFromStored(*stored.value(), scenario);
}

// A real project with enough rows to span many pages.
void makeProject(const std::string& path, int kols = 3000)
{
    const std::string csv = path + ".csv";
    std::string text = "kol_id,channel,followers,follower_quality,interaction_rate,price_short_video\n";
    for (int i = 0; i < kols; ++i) {
        text += "kol" + std::to_string(i) + ",Douyin," + std::to_string(5000 + i * 997) + ",0.8,0.03,"
            + std::to_string(1000 + i) + "\n";
    }
    kol::test::writeFile(csv, text);
    auto p = ProjectFile::create(path);
    ASSERT_TRUE(p) << p.error();
    ASSERT_TRUE(importKols(*p.value(), csv)->committed);
    ASSERT_TRUE(ScenarioStore(*p.value()).save(Scenario::makeDefault("Baseline", *Date::parse("2026-05-04"))));
    std::filesystem::remove(csv);
}

void sql(const std::string& path, const std::string& statements)
{
    auto db = Database::open(path, Database::Mode::ReadWrite);
    ASSERT_TRUE(db);
    // Tests play the hostile author here, so they may write what the app never would.
    sqlite3_db_config(db.value()->handle(), SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    const Status s = db.value()->exec(statements);
    ASSERT_TRUE(s) << s.message();
}

struct BadFile
{
    const char* name;
    std::function<void(const std::string& path)> make;
    const char* expected;
};

class BadFiles : public ::testing::TestWithParam<BadFile>
{
};
} // namespace

TEST_P(BadFiles, AreRefusedWithAClearMessageAndLeftUnchanged)
{
    TempDir dir;
    const std::string path = dir.file("bad.kolplan");
    GetParam().make(path);
    const bool existed = std::filesystem::exists(path);
    const std::string before = existed ? kol::test::readFile(path) : "";
    auto opened = ProjectFile::open(path);
    ASSERT_FALSE(opened) << "opened a bad file";
    EXPECT_NE(opened.error().find(GetParam().expected), std::string::npos) << opened.error();
    EXPECT_EQ(opened.error().find('\n'), std::string::npos) << "one line";
    EXPECT_EQ(opened.error().rfind(path, 0), 0u) << "names the file: " << opened.error();
    if (existed) {
        EXPECT_EQ(kol::test::readFile(path), before);
    }
    EXPECT_FALSE(std::filesystem::exists(path + "-journal"));
}

INSTANTIATE_TEST_SUITE_P(
    Files, BadFiles,
    ::testing::Values(BadFile{"Missing", [](const std::string&) {}, "no such file"},
                      BadFile{"Empty", [](const std::string& p) { kol::test::writeFile(p, ""); }, "is empty"},
                      BadFile{"RandomBytes",
                              [](const std::string& p) {
                                  std::mt19937 rng(7);
                                  std::string bytes(8192, '\0');
                                  for (auto& b : bytes) {
                                      b = static_cast<char>(rng());
                                  }
                                  kol::test::writeFile(p, bytes);
                              },
                              "not an SQLite database"},
                      BadFile{"SqliteHeaderThenGarbage",
                              [](const std::string& p) {
                                  kol::test::writeFile(p,
                                                       std::string("SQLite format 3\0", 16) + std::string(4000, 'x'));
                              },
                              "is damaged and cannot be read"},
                      BadFile{"PlainSqliteDatabase",
                              [](const std::string& p) {
                                  auto db = Database::open(p, Database::Mode::Create);
                                  db.value()->exec("CREATE TABLE notes(x TEXT); INSERT INTO notes VALUES ('hi')");
                              },
                              "is an SQLite database but not a KOL Planner project (application id 0x00000000)"},
                      BadFile{
                          "NewerVersion",
                          [](const std::string& p) {
                              makeProject(p, 10);
                              sql(p, "PRAGMA user_version = 99");
                          },
                          "was written by a newer version of KOL Planner (file format 99; this version reads up to"},
                      BadFile{"Truncated",
                              [](const std::string& p) {
                                  makeProject(p);
                                  std::filesystem::resize_file(p, std::filesystem::file_size(p) * 6 / 10);
                              },
                              "is damaged"},
                      BadFile{"OverwrittenPages",
                              [](const std::string& p) {
                                  makeProject(p);
                                  std::string bytes = kol::test::readFile(p);
                                  for (size_t i = 4096 * 5; i < 4096 * 8 && i < bytes.size(); ++i) {
                                      bytes[i] = static_cast<char>(i * 31);
                                  }
                                  kol::test::writeFile(p, bytes);
                              },
                              "is damaged"},
                      BadFile{"MissingTable",
                              [](const std::string& p) {
                                  makeProject(p, 10);
                                  sql(p, "DROP TABLE post");
                              },
                              "is not a valid KOL Planner project (table 'post' is missing)"},
                      BadFile{"ViewInPlaceOfTable",
                              [](const std::string& p) {
                                  makeProject(p, 10);
                                  sql(p, "DROP TABLE plan_figure; CREATE VIEW plan_figure AS SELECT 1 AS plan_id");
                              },
                              "table 'plan_figure' is missing"},
                      BadFile{"MissingColumn",
                              [](const std::string& p) {
                                  makeProject(p, 10);
                                  sql(p, "ALTER TABLE kol DROP COLUMN category");
                              },
                              "column 'kol.category' is missing"},
                      BadFile{"Trigger",
                              [](const std::string& p) {
                                  makeProject(p, 10);
                                  sql(p, "CREATE TRIGGER evil AFTER INSERT ON scenario BEGIN DELETE FROM kol; END");
                              },
                              "contains a trigger ('evil')"},
                      BadFile{"VersionZero",
                              [](const std::string& p) {
                                  makeProject(p, 10);
                                  sql(p, "PRAGMA user_version = 0");
                              },
                              "damaged KOL Planner project"},
                      BadFile{"EmptyVocabulary",
                              [](const std::string& p) {
                                  makeProject(p, 10);
                                  sql(p, "DELETE FROM channel");
                              },
                              "lists no channels"},
                      BadFile{"BadVocabularyValue",
                              [](const std::string& p) {
                                  makeProject(p, 10);
                                  sql(p, "UPDATE tier SET min_followers = 'many' WHERE name = 'Head'");
                              },
                              "table 'tier' row 0: column 'min_followers' must be an integer (found text)"},
                      BadFile{"Directory", [](const std::string& p) { std::filesystem::create_directory(p); },
                              "is not a regular file"}),
    [](const ::testing::TestParamInfo<BadFile>& info) { return info.param.name; });

// Values a hostile or hand-edited file may hold: the file opens, the bad row is refused when read.
struct BadValue
{
    const char* name;
    const char* statement;
    std::function<Status(ProjectFile&)> read;
    const char* expected;
};

class BadValues : public ::testing::TestWithParam<BadValue>
{
};

TEST_P(BadValues, AreRefusedWhenRead)
{
    TempDir dir;
    const std::string path = dir.file("p.kolplan");
    makeProject(path, 20);
    sql(path, GetParam().statement);
    auto p = ProjectFile::open(path);
    ASSERT_TRUE(p) << p.error();
    const Status s = GetParam().read(*p.value());
    ASSERT_FALSE(s);
    EXPECT_NE(s.message().find(GetParam().expected), std::string::npos) << s.message();
}

namespace {
Status loadBaseline(ProjectFile& p)
{
    return ScenarioStore(p).load("Baseline").status();
}
Status loadKols(ProjectFile& p)
{
    return CatalogStore(p).loadKols().status();
}
Status loadTruth(ProjectFile& p)
{
    return TruthStore(p).load().status();
}
} // namespace

INSTANTIATE_TEST_SUITE_P(
    Values, BadValues,
    ::testing::Values(
        BadValue{"TruthAsText", "INSERT INTO demo_truth VALUES (1, 'NaN', 0.1)", loadTruth,
                 "table 'demo_truth' row 1: column 'reach_per_follower' must be a number"},
        BadValue{"TruthOutOfRange", "INSERT INTO demo_truth VALUES (2, 1.5, 7)", loadTruth,
                 "column 'engagement_per_view' 7 is outside"},
        BadValue{"TextBudget", "UPDATE scenario SET budget = 'lots'", loadBaseline, "column 'budget' must be a number"},
        BadValue{"InfiniteBudget", "UPDATE scenario SET budget = 9e999", loadBaseline, "must be a finite number"},
        BadValue{"NegativeMin", "UPDATE strategy_matrix SET min_amount = -5 WHERE rowid = 3", loadBaseline,
                 "column 'min_amount' -5 is outside"},
        BadValue{"BlobChannel", "UPDATE scenario_channel SET channel = x'00ff' WHERE position = 0", loadBaseline,
                 "must be text (found a blob)"},
        BadValue{"UnknownChannelInScenario",
                 "UPDATE scenario_channel SET channel = 'Myspace' WHERE position = 0;"
                 " UPDATE strategy_matrix SET channel = 'Myspace' WHERE channel = 'Douyin'",
                 loadBaseline, "'Myspace' is not one of the project's"},
        BadValue{"CellOffTheAxes", "UPDATE strategy_matrix SET tier = 'KOC' WHERE rowid = 1", loadBaseline,
                 "is not on the scenario's channels, phases and tiers"},
        BadValue{"BadDate", "UPDATE scenario_phase SET start_date = '2026-02-30' WHERE position = 0", loadBaseline,
                 "dates must be YYYY-MM-DD"},
        BadValue{"ShareAboveOne", "INSERT INTO channel_share VALUES (1, 'Douyin', 0, 7)", loadBaseline,
                 "column 'max_share' 7 is outside 0..1"},
        BadValue{"NegativeRivalBudget", "INSERT INTO scenario_rival VALUES (1, 0, 'Brand X', -5, 2)", loadBaseline,
                 "table 'scenario_rival' row 1: column 'budget' -5 is outside"},
        BadValue{"RivalOnUnknownChannel",
                 "INSERT INTO scenario_rival VALUES (1, 0, 'Brand X', 1e6, 2);"
                 " INSERT INTO scenario_rival_channel VALUES (1, 0, 'Myspace')",
                 loadBaseline, "rivals[Brand X].channels: 'Myspace' is not a channel of the project"},
        BadValue{"RivalsNamedAlike",
                 "INSERT INTO scenario_rival VALUES (1, 0, 'Brand X', 1e6, 2);"
                 " INSERT INTO scenario_rival VALUES (1, 1, 'brand x', 1e6, 2)",
                 loadBaseline, "rivals[brand x].name: another rival has this name"},
        BadValue{"NegativePrice", "UPDATE kol_price SET price = -100 WHERE kol_id = 2", loadKols,
                 "column 'price' -100 is outside"},
        BadValue{"QualityAboveOne", "UPDATE kol SET follower_quality = 3 WHERE id = 4", loadKols,
                 "column 'follower_quality' 3 is outside 0..1"},
        BadValue{"HugeName", "UPDATE kol SET name = zeroblob(5000) || '' WHERE id = 1", loadKols,
                 "longer than 200 bytes"},
        BadValue{"UnknownKolChannel", "UPDATE kol SET channel = 'Nowhere' WHERE id = 1", loadKols,
                 "'Nowhere' is not in the project's vocabulary"},
        BadValue{"ChannelWithLineBreak", "UPDATE kol SET channel = 'Dou' || char(10) || 'yin' WHERE id = 1", loadKols,
                 "'Dou\\nyin' is not in the project's vocabulary"},
        // SQLite stores a NaN as NULL, which NOT NULL refuses; as text it is refused when read.
        BadValue{"NanBudget", "UPDATE scenario SET budget = 'NaN'", loadBaseline,
                 "column 'budget' must be a number (found text)"},
        BadValue{"MinusInfinityPrice", "UPDATE kol_price SET price = -9e999 WHERE kol_id = 2", loadKols,
                 "column 'price' must be a finite number"},
        BadValue{"AbsurdFollowers", "UPDATE kol SET followers = 9000000000000000000 WHERE id = 3", loadKols,
                 "column 'followers'"},
        BadValue{"HugeTextValue", "UPDATE scenario SET notes = CAST(zeroblob(20000000) AS TEXT)", loadBaseline,
                 "column 'notes' is longer than"},
        BadValue{"HugeBlobName", "UPDATE kol SET name = zeroblob(20000000) WHERE id = 2", loadKols,
                 "column 'name' must be text (found a blob)"},
        BadValue{"ThousandsOfPhases",
                 "WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)"
                 " INSERT INTO scenario_phase SELECT 1, i, 'P' || i, '2026-01-01', '2026-01-02' FROM n",
                 loadBaseline, "lists more than 100"}),
    [](const ::testing::TestParamInfo<BadValue>& info) { return info.param.name; });

// A stored policy tampered with: every kind of damage is refused when loading, and allocating
// with it is never attempted.
TEST(HostileModels, TamperedPolicyWeightsAreRefused)
{
    struct Case
    {
        const char* name;
        const char* statement;
        const char* expected;
    };
    const Case cases[] = {
        {"byte count", "UPDATE model_tensor SET rows = rows + 1 WHERE name = 'layer0.weight'", "bytes, not"},
        {"shapes that do not chain", "UPDATE model_tensor SET rows = cols, cols = rows WHERE name = 'layer1.weight'",
         "layers of the wrong shape"},
        {"NaN weight",
         "UPDATE model_tensor SET data = CAST(x'0000c07f' || substr(data, 5) AS BLOB) WHERE name = 'layer1.weight'",
         "holds NaN or infinite weights"},
        {"infinite bias",
         "UPDATE model_tensor SET data = CAST(x'0000807f' || substr(data, 5) AS BLOB) WHERE name = 'layer0.bias'",
         "holds NaN or infinite weights"},
        {"huge blob", "UPDATE model_tensor SET data = zeroblob(64000000) WHERE name = 'layer0.weight'",
         "holds 64000000 bytes"},
        {"absurd size", "UPDATE model_tensor SET rows = 1000000000 WHERE name = 'layer0.weight'", "column 'rows'"},
        {"text for a tensor", "UPDATE model_tensor SET data = 'abc' WHERE name = 'layer0.bias'", "bytes, not"},
        {"missing layer", "DELETE FROM model_tensor WHERE name = 'layer1.bias'", "layers of the wrong shape"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        TempDir dir;
        const std::string path = dir.file("p.kolplan");
        makeProject(path, 20);
        {
            auto p = ProjectFile::open(path);
            AllocationPolicy policy;
            policy.signature = "test";
            for (auto [in, out] : {std::pair{6, 8}, {8, 1}}) {
                policy.network.layers.push_back(DenseLayer{std::vector<float>(static_cast<size_t>(in * out), 0.5f),
                                                           std::vector<float>(static_cast<size_t>(out), 0.1f), in,
                                                           out});
            }
            ASSERT_TRUE(PolicyStore(*p.value()).save("Baseline", "rl", rlPolicyToStored(policy)));
            auto loaded = loadRlPolicy(*p.value(), "Baseline");
            ASSERT_TRUE(loaded) << "the untampered policy loads: " << loaded.error();
        }
        sql(path, c.statement);
        auto p = ProjectFile::open(path);
        ASSERT_TRUE(p) << p.error();
        auto loaded = loadRlPolicy(*p.value(), "Baseline");
        ASSERT_FALSE(loaded);
        EXPECT_NE(loaded.error().find(c.expected), std::string::npos) << loaded.error();
        EXPECT_EQ(loaded.error().find('\n'), std::string::npos);
    }
}

TEST(Migration, VersionOneFileOpensAndIsUpgraded)
{
    TempDir dir;
    const std::string path = dir.file("old.kolplan");
    {
        // What a version-1 build wrote: the first schema step and its data.
        auto db = Database::open(path, Database::Mode::Create);
        ASSERT_TRUE(schema::migrate(*db.value(), 0, 1));
        ASSERT_TRUE(db.value()->exec(R"sql(
            INSERT INTO channel VALUES (0, 'Douyin'), (1, 'Weibo');
            INSERT INTO phase VALUES (0, 'Launch');
            INSERT INTO tier VALUES (0, 'Head', 1000000), (1, 'Mid', 100000);
            INSERT INTO content_format VALUES (0, 'short video');
            INSERT INTO kol VALUES (1, 'k1', 'Old KOL', 'Weibo', 150000, 0.7, 0.02, 'food');
            INSERT INTO kol_price VALUES (1, 'short video', 9000);
            INSERT INTO scenario VALUES (1, 'Old', '', 500000, 'CNY', 0.35, 0.25, 0.15, 0.15, 0.1, 1, 0.3,
                                         '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
            INSERT INTO scenario_channel VALUES (1, 0, 'Douyin'), (1, 1, 'Weibo');
            INSERT INTO scenario_phase VALUES (1, 0, 'Launch', '2025-02-01', '2025-02-10');
            INSERT INTO scenario_tier VALUES (1, 0, 'Head'), (1, 1, 'Mid');
            INSERT INTO expert_template VALUES (1, 'channel', 'Douyin', 60), (1, 'channel', 'Weibo', 40),
                                               (1, 'phase', 'Launch', 1), (1, 'tier', 'Head', 1), (1, 'tier', 'Mid', 1);
            INSERT INTO strategy_matrix VALUES (1, 'Weibo', 'Launch', 'Mid', 1, 50000, 0, NULL);
        )sql"));
        EXPECT_EQ(db.value()->scalar("PRAGMA user_version").value(), 1);
    }
    {
        auto readOnly = ProjectFile::open(path, ProjectFile::Access::ReadOnly);
        ASSERT_FALSE(readOnly);
        EXPECT_NE(readOnly.error().find("must be upgraded"), std::string::npos) << readOnly.error();
    }
    auto p = ProjectFile::open(path);
    ASSERT_TRUE(p) << p.error();
    EXPECT_EQ(p.value()->formatVersionOnDisk(), 1);
    auto s = ScenarioStore(*p.value()).load("Old");
    ASSERT_TRUE(s) << s.error();
    EXPECT_EQ(s->matrix().cell(*s->matrix().find("Weibo", "Launch", "Mid")).locked, 50000);
    EXPECT_DOUBLE_EQ(s->templateChannelShare("Douyin"), 0.6);
    EXPECT_EQ(p.value()->summary()->kols, 1);
    // The plan tables of step 2 now exist and work.
    EXPECT_TRUE(PlanStore(*p.value()).add("Old", PlanReport{0, "template", "", 500000, {}, {{"effect", 1}}, {}, ""}));
    EXPECT_EQ(p.value()->database().scalar("PRAGMA user_version").value(), schema::kCurrentVersion);
}
