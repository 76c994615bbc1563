// The campaign history (file format 9): imported row by row against the project's vocabulary,
// refused line by line with nothing changed, stored and read back.
#include "../TestUtil.h"
#include "store/HistoryStore.h"
#include "store/ProjectFile.h"

#include <gtest/gtest.h>
#include <limits>

using namespace kol;
using kol::test::TempDir;

namespace {
const char* const kHeader = "campaign_id,phase,channel,tier,spend,reach,engagements,start,end\n";
}

TEST(CampaignHistory, ImportReadsCampaignsInPhaseOrderAndReplacesTheHistory)
{
    TempDir dir;
    auto p = ProjectFile::create(dir.file("h.kolplan"));
    ASSERT_TRUE(p) << p.error();
    kol::test::writeFile(
        dir.file("h.csv"),
        std::string(kHeader) + "spring,Warm-up,Douyin,Head,80k,1.2M,40k,2025-03-01,2025-03-14\n"
            + "spring,Warm-up,Weibo,Tail,3000,20000,800,,\n" + "spring,Launch,Douyin,Head,1.2万,300000,9000,,\n"
            + "autumn,Warm-up,Douyin,Mid,50000,600000,30000,,\n" + "spring,Sustain,Douyin,Mid,0,0,0,,\n");
    auto r = importCampaigns(*p.value(), dir.file("h.csv"));
    ASSERT_TRUE(r) << r.error();
    ASSERT_TRUE(r->committed) << (r->problems.empty() ? "" : r->problems.front());
    auto h = HistoryStore(*p.value()).load();
    ASSERT_TRUE(h) << h.error();
    ASSERT_EQ(h->rows.size(), 5u);
    EXPECT_EQ(h->campaigns(), (std::vector<std::string>{"spring", "autumn"}));
    EXPECT_EQ(h->campaignSpend(), (std::vector<double>{80000 + 3000 + 12000, 50000}));
    EXPECT_EQ(h->rows[0].start->toString(), "2025-03-01");
    EXPECT_FALSE(h->rows[1].start.has_value());
    EXPECT_EQ(h->rows[2].spend, 12000) << "1.2万";
    // Another file replaces it.
    kol::test::writeFile(dir.file("h2.csv"), std::string(kHeader) + "x,Launch,Weibo,Mid,1,1,1,,\n");
    ASSERT_TRUE(importCampaigns(*p.value(), dir.file("h2.csv")));
    EXPECT_EQ(HistoryStore(*p.value()).load()->rows.size(), 1u);
}

TEST(CampaignHistory, BadRowsAreRefusedLineByLineAndChangeNothing)
{
    TempDir dir;
    auto p = ProjectFile::create(dir.file("h.kolplan"));
    ASSERT_TRUE(p);
    kol::test::writeFile(dir.file("good.csv"), std::string(kHeader) + "a,Warm-up,Douyin,Head,1,1,1,,\n");
    ASSERT_TRUE(importCampaigns(*p.value(), dir.file("good.csv")));
    kol::test::writeFile(dir.file("bad.csv"),
                         std::string(kHeader) + "c1,Launch,Douyin,Head,100,1000,10,,\n"   // 2: fine
                             + "c1,Warm-up,Douyin,Mid,100,1000,10,,\n"                    // 3: after Launch in c1
                             + "c2,Warm-up,Douyin,Mid,100,1000,10,,\n"                    // 4: fine (another campaign)
                             + "c1,Recap,Douyin,Mid,100,1000,10,,\n"                      // 5: no such phase
                             + "c1,Launch,Douyin,Mid,-5,1000,10,,\n"                      // 6: negative spend
                             + "c1,Launch,TikTok,Mid,100,1000,10,,\n"                     // 7: no such channel
                             + "c1,Launch,Douyin,Giant,100,1000,10,,\n"                   // 8: no such tier
                             + "c1,Launch,Douyin,Head,100,1000,10,,\n"                    // 9: the cell twice
                             + "c1,Launch,Douyin,Tail,100,lots,10,,\n"                    // 10: not a number
                             + "c1,Launch,Weibo,Tail,100,1000,10,2025-05-02,2025-05-01\n" // 11: ends first
                             + "c1,Launch,Weibo,Mid,100,1000,10,2025-13-01,\n");          // 12: not a date
    auto r = importCampaigns(*p.value(), dir.file("bad.csv"));
    ASSERT_TRUE(r) << r.error();
    EXPECT_FALSE(r->committed);
    const std::vector<std::string> expected = {
        "bad.csv:3: column 'phase': out of order: Warm-up after Launch in campaign 'c1'",
        "bad.csv:5: column 'phase': 'Recap' is not a phase of the project",
        "bad.csv:6: column 'spend':",
        "bad.csv:7: column 'channel': 'TikTok' is not a channel of the project",
        "bad.csv:8: column 'tier': 'Giant' is not a tier of the project",
        "bad.csv:9: column 'tier': campaign 'c1' already has a row for Douyin · Launch · Head",
        "bad.csv:10: column 'reach':",
        "bad.csv:11: column 'end': the phase ends (2025-05-01) before it starts (2025-05-02)",
        "bad.csv:12: column 'start': '2025-13-01' is not a date",
    };
    ASSERT_EQ(r->problems.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(r->problems[i].rfind(expected[i], 0), 0u) << r->problems[i];
    }
    auto kept = HistoryStore(*p.value()).load();
    ASSERT_EQ(kept->rows.size(), 1u) << "the earlier history stays";
    EXPECT_EQ(kept->rows[0].campaign, "a");
}

TEST(CampaignHistory, StoreRoundTripsAndRefusesFiguresThatAreNotFinite)
{
    TempDir dir;
    auto p = ProjectFile::create(dir.file("h.kolplan"));
    ASSERT_TRUE(p);
    CampaignHistory h;
    h.rows.push_back({"c", "Launch", "Douyin", "Head", 5, 6, 7, Date::parse("2025-01-02"), std::nullopt});
    ASSERT_TRUE(HistoryStore(*p.value()).save(h));
    auto back = HistoryStore(*p.value()).load();
    ASSERT_TRUE(back);
    ASSERT_EQ(back->rows.size(), 1u);
    EXPECT_EQ(back->rows[0].reach, 6);
    EXPECT_EQ(back->rows[0].start->toString(), "2025-01-02");
    h.rows[0].reach = std::numeric_limits<double>::infinity();
    EXPECT_FALSE(HistoryStore(*p.value()).save(h));
    EXPECT_EQ(HistoryStore(*p.value()).load()->rows[0].reach, 6) << "nothing changed";
    ASSERT_TRUE(p.value()->database().exec("UPDATE campaign_history SET spend = -1"));
    auto bad = HistoryStore(*p.value()).load();
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().find("spend"), std::string::npos) << bad.error();
}
