// A running campaign's actuals (file format 8): imported row by row against the scenario and the
// catalog, refused line by line with nothing changed, stored and read back.
#include "../TestUtil.h"
#include "model/Date.h"
#include "model/Scenario.h"
#include "store/ActualsStore.h"
#include "store/CatalogImport.h"
#include "store/ProjectFile.h"
#include "store/ScenarioStore.h"

#include <gtest/gtest.h>
#include <limits>

using namespace kol;
using kol::test::TempDir;

namespace {
// A project with four KOLs (a Douyin Head and Mid, a Weibo Tail, a Douyin KOC) and the default
// scenario "Spring" (3 phases, Head/Mid/Tail, 1,000,000).
std::unique_ptr<ProjectFile> campaignProject(TempDir& dir)
{
    auto p = ProjectFile::create(dir.file("c.kolplan"));
    EXPECT_TRUE(p) << p.error();
    kol::test::writeFile(dir.file("kols.csv"),
                         "kol_id,channel,followers,follower_quality,interaction_rate,"
                         "price_short_video,price_image_text\n"
                         "D1,Douyin,2000000,0.9,0.05,80000,40000\n"
                         "D2,Douyin,300000,0.9,0.05,12000,\n"
                         "W1,Weibo,50000,0.8,0.02,3000,1500\n"
                         "D9,Douyin,5000,0.8,0.02,300,\n");
    auto kols = importKols(*p.value(), dir.file("kols.csv"));
    EXPECT_TRUE(kols && kols->committed) << (kols ? "" : kols.error());
    Scenario s = Scenario::makeDefault("Spring", *Date::parse("2027-03-01"));
    s.budget = 1000000;
    EXPECT_TRUE(ScenarioStore(*p.value()).save(s));
    return p.take();
}

const char* const kHeader = "phase,channel,tier,kol_id,format,spend,reach,engagements\n";
} // namespace

TEST(Actuals, ImportRecordsTheFinishedPhasesAndReplacesTheRecord)
{
    TempDir dir;
    auto p = campaignProject(dir);
    kol::test::writeFile(dir.file("a.csv"),
                         std::string(kHeader)
                             + "Warm-up,Douyin,Head,D1,short video,80000,1.2M,90k\n"
                               "Warm-up,Douyin,,D2,short video,1.2万,400000,30000\n"
                               "Launch,Weibo,Tail,W1,image-text,1500,20000,400\n");
    auto r = importActuals(*p, "Spring", dir.file("a.csv"));
    ASSERT_TRUE(r) << r.error();
    EXPECT_TRUE(r->committed);
    auto a = ActualsStore(*p).load("Spring");
    ASSERT_TRUE(a) << a.error();
    ASSERT_EQ(a->posts.size(), 3u);
    EXPECT_EQ(a->posts[1].tier, "Mid") << "the KOL's tier by its followers when the column is empty";
    EXPECT_DOUBLE_EQ(a->posts[1].spend, 12000);
    EXPECT_DOUBLE_EQ(a->posts[0].reach, 1200000);
    EXPECT_DOUBLE_EQ(a->spend(), 93500);
    const Scenario s = ScenarioStore(*p).load("Spring").take();
    EXPECT_EQ(a->finishedPhases(s), (std::vector<std::string>{"Warm-up", "Launch"}));
    const std::vector<double> cells = a->cellSpend(s);
    EXPECT_DOUBLE_EQ(cells[static_cast<size_t>(s.matrix().flatIndex(*s.matrix().find("Douyin", "Warm-up", "Mid")))],
                     12000);
    // A second file replaces the record.
    kol::test::writeFile(dir.file("b.csv"), std::string(kHeader) + "Warm-up,Douyin,Head,D1,short video,80000,1M,1\n");
    ASSERT_TRUE(importActuals(*p, "Spring", dir.file("b.csv")));
    EXPECT_EQ(ActualsStore(*p).load("Spring")->posts.size(), 1u);
}

TEST(Actuals, BadRowsAreRefusedLineByLineAndChangeNothing)
{
    TempDir dir;
    auto p = campaignProject(dir);
    kol::test::writeFile(dir.file("good.csv"),
                         std::string(kHeader) + "Warm-up,Douyin,Head,D1,short video,80000,1M,1\n");
    ASSERT_TRUE(importActuals(*p, "Spring", dir.file("good.csv")));
    kol::test::writeFile(dir.file("bad.csv"),
                         std::string(kHeader) + "Launch,Douyin,Head,D1,short video,80000,1M,1\n" // 2: fine
                             + "Warm-up,Douyin,Mid,D2,short video,12000,1,1\n"                   // 3: after Launch
                             + "Launch,Weibo,Head,D1,short video,1,1,1\n"                        // 4: a Douyin KOL
                             + "Launch,Douyin,Head,X7,short video,1,1,1\n"     // 5: not in the catalog
                             + "Launch,Douyin,Head,D1,live stream,1,1,1\n"     // 6: a format D1 does not sell
                             + "Launch,Douyin,Head,D2,short video,1,1,1\n"     // 7: D2 is Mid
                             + "Launch,Douyin,Mid,D9,short video,1,1,1\n"      // 8: D9 is KOC
                             + "Launch,Douyin,Mid,D2,short video,950000,1,1\n" // 9: over the budget
                             + "Recap,Douyin,Mid,D2,short video,1,1,1\n"       // 10: no such phase
                             + "Launch,Douyin,Mid,D2,short video,-5,1,1\n");   // 11: negative
    auto r = importActuals(*p, "Spring", dir.file("bad.csv"));
    ASSERT_TRUE(r) << r.error();
    EXPECT_FALSE(r->committed);
    const std::vector<std::string> expected = {
        "bad.csv:3: column 'phase': out of order: Warm-up after Launch",
        "bad.csv:4: column 'kol_id': D1 is a Douyin KOL, not Weibo",
        "bad.csv:5: column 'kol_id': 'X7' is not in the project's KOL catalog",
        "bad.csv:6: column 'format': 'live stream' is not a format D1 sells",
        "bad.csv:7: column 'tier': D2 is a Mid KOL by its followers (300,000), not Head",
        "bad.csv:8: column 'tier': D9 is a KOC KOL by its followers (5,000), not Mid",
        "bad.csv:9: column 'spend': the spend so far, 1,030,000, is above the scenario's budget of 1,000,000",
        "bad.csv:10: column 'phase': 'Recap' is not a phase of scenario 'Spring'",
        "bad.csv:11: column 'spend':",
    };
    ASSERT_EQ(r->problems.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(r->problems[i].rfind(expected[i], 0), 0u) << r->problems[i];
    }
    auto kept = ActualsStore(*p).load("Spring");
    ASSERT_EQ(kept->posts.size(), 1u) << "the earlier record stays";
    EXPECT_EQ(kept->posts[0].phase, "Warm-up");
    EXPECT_FALSE(importActuals(*p, "Autumn", dir.file("good.csv"))) << "an unknown scenario";
}

TEST(Actuals, StoreRoundTripsAndRefusesFiguresThatAreNotFinite)
{
    TempDir dir;
    auto p = campaignProject(dir);
    CampaignActuals a;
    a.posts.push_back(ActualPost{"Warm-up", "Douyin", "Head", "D1", "short video", 80000, 1e6, 5e4});
    ActualsStore store(*p);
    ASSERT_TRUE(store.save("Spring", a));
    auto back = store.load("Spring");
    ASSERT_TRUE(back) << back.error();
    ASSERT_EQ(back->posts.size(), 1u);
    EXPECT_EQ(back->posts[0].kolId, "D1");
    EXPECT_DOUBLE_EQ(back->posts[0].engagements, 5e4);
    a.posts[0].reach = std::numeric_limits<double>::quiet_NaN();
    EXPECT_FALSE(store.save("Spring", a));
    EXPECT_EQ(store.load("Spring")->posts.size(), 1u) << "a refused save changes nothing";
    EXPECT_FALSE(store.save("Autumn", {}));
    ASSERT_TRUE(store.save("Spring", {}));
    EXPECT_TRUE(store.load("Spring")->empty());
}
