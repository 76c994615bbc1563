// The campaign history through the real command line: the demo writes one (reproducibly, from the
// truth with luck), `import campaigns` replaces it or refuses a bad file line by line, `info`
// summarises it.
#include "../TestUtil.h"
#include "CliRun.h"
#include "store/HistoryStore.h"
#include "store/ProjectFile.h"

#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

using kol::test::cli;
using kol::test::CliRun;
using kol::test::contains;
using kol::test::TempDir;

TEST(HistoryCli, TheDemoWritesPastCampaignsAndImportReplacesThem)
{
    TempDir dir;
    const std::string p = dir.file("demo.kolplan"), q = dir.file("again.kolplan");
    CliRun r = cli({"demo", p, "--kols", "400", "--posts", "3000", "--seed", "3", "--campaigns", "5"});
    EXPECT_EQ(r.code, 2) << "--campaigns needs --with-model";
    for (const std::string& path : {p, q}) {
        r = cli({"demo", path, "--kols", "400", "--posts", "3000", "--seed", "3", "--with-model", "--campaigns", "30"});
        ASSERT_EQ(r.code, 0) << r.err;
    }
    auto info = nlohmann::json::parse(cli({"info", p, "--json"}).out);
    EXPECT_EQ(info["campaign_history"]["campaigns"], 30);
    EXPECT_EQ(info["campaign_history"]["rows"], 30 * 54) << "every cell of the Baseline, phase by phase";
    EXPECT_GT(info["campaign_history"]["max_spend"].get<double>(), info["campaign_history"]["min_spend"].get<double>());
    EXPECT_LE(info["campaign_history"]["max_spend"].get<double>(), 4000000.0);
    EXPECT_TRUE(contains(cli({"info", p}).out, "History     30 past campaigns (1,620 rows), spending "));

    auto a = kol::ProjectFile::open(p, kol::ProjectFile::Access::ReadOnly);
    auto b = kol::ProjectFile::open(q, kol::ProjectFile::Access::ReadOnly);
    ASSERT_TRUE(a && b);
    const auto ha = kol::HistoryStore(*a.value()).load(), hb = kol::HistoryStore(*b.value()).load();
    ASSERT_TRUE(ha && hb);
    ASSERT_EQ(ha->rows.size(), hb->rows.size());
    double spent = 0, reached = 0;
    for (size_t i = 0; i < ha->rows.size(); ++i) {
        EXPECT_EQ(ha->rows[i].reach, hb->rows[i].reach) << "the same seed, the same history";
        spent += ha->rows[i].spend;
        reached += ha->rows[i].reach;
        if (ha->rows[i].spend == 0) {
            EXPECT_EQ(ha->rows[i].reach, 0) << "nothing booked, nothing reached";
        }
    }
    EXPECT_GT(spent, 30 * 100000.0);
    EXPECT_GT(reached, 0);
    a.value().reset();
    b.value().reset();

    // A bad file is refused line by line and the history stays.
    kol::test::writeFile(dir.file("bad.csv"),
                         "campaign_id,phase,channel,tier,spend,reach,engagements\n"
                         "n1,Launch,Douyin,Head,100,1000,10\n"
                         "n1,Warm-up,Douyin,Head,100,1000,10\n");
    r = cli({"import", "campaigns", p, dir.file("bad.csv")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "bad.csv:3: column 'phase': out of order: Warm-up after Launch in campaign 'n1'"))
        << r.err;
    EXPECT_EQ(nlohmann::json::parse(cli({"info", p, "--json"}).out)["campaign_history"]["campaigns"], 30);
    kol::test::writeFile(dir.file("header.csv"), "campaign_id,phase,channel,tier,spend,reach,engagements\n\n");
    r = cli({"import", "campaigns", p, dir.file("header.csv")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "header.csv: has no campaign rows; the history is unchanged")) << r.err;
    EXPECT_EQ(nlohmann::json::parse(cli({"info", p, "--json"}).out)["campaign_history"]["campaigns"], 30);
    kol::test::writeFile(dir.file("good.csv"),
                         "campaign_id,phase,channel,tier,spend,reach,engagements\n"
                         "n1,Warm-up,Douyin,Head,100,1000,10\n"
                         "n1,Launch,Douyin,Head,100,1000,10\n");
    r = cli({"import", "campaigns", p, dir.file("good.csv")});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.err, "imported 2 campaign row(s), replacing the history"));
    EXPECT_EQ(nlohmann::json::parse(cli({"info", p, "--json"}).out)["campaign_history"]["campaigns"], 1);
}

// The method `offline` end to end: trained from the demo's history, it plans, re-plans at another
// budget, enters compare with its true effect, and a project without a history says what to do
// and keeps its file as it was.
TEST(HistoryCli, OfflineLearnsFromThePastCampaignsAndPlans)
{
    TempDir dir;
    const std::string p = dir.file("demo.kolplan");
    CliRun r = cli({"demo", p, "--kols", "400", "--posts", "3000", "--seed", "4", "--with-model", "--campaigns", "60"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = cli({"allocate", p, "--scenario", "Baseline", "--method", "offline"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "has no trained offline policy yet")) << r.err;

    r = cli({"train", p, "--scenario", "Baseline", "--method", "offline", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto trained = nlohmann::json::parse(r.out);
    EXPECT_EQ(trained["campaigns"], 60);
    ASSERT_GE(trained["plans"].size(), 1u);
    ASSERT_LE(trained["plans"].size(), 2u);
    double weight = 0, spend = 0;
    for (const auto& plan : trained["plans"]) {
        weight += plan["weight"].get<double>();
        spend += plan["weight"].get<double>() * plan["spend"].get<double>();
    }
    EXPECT_NEAR(weight, 1.0, 1e-5);
    EXPECT_LE(spend, 1000000.0 * 1.001) << "the mixture's expected spend keeps the budget";
    EXPECT_LE(trained["recommendation"]["spend"].get<double>(), 1000000.0 * 1.000001);
    EXPECT_LE(trained["estimate"]["low"].get<double>(), trained["estimate"]["value"].get<double>());
    EXPECT_GE(trained["estimate"]["high"].get<double>(), trained["estimate"]["value"].get<double>());

    r = cli({"allocate", p, "--scenario", "Baseline", "--method", "offline", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto plan = nlohmann::json::parse(r.out);
    EXPECT_LE(plan["spend"].get<double>(), 1000000.0);
    EXPECT_TRUE(contains(plan.dump(), "Offline: learned from 60 past campaigns alone")) << plan.dump();
    EXPECT_TRUE(contains(plan.dump(), "Offline: off-policy estimate of the value of plans learned from this log"))
        << plan.dump();
    r = cli({"allocate", p, "--scenario", "Baseline", "--method", "offline", "--budget", "600000"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "spend")) << r.out;
    EXPECT_TRUE(contains(r.out + r.err, "of 600,000")) << r.out;

    r = cli({"compare", p, "--scenario", "Baseline"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "\noffline ")) << r.out;

    // A running campaign: offline plans whole campaigns, so it is refused, and compare leaves it out.
    ASSERT_EQ(cli({"export", p, "--scenario", "Baseline", "--kols-csv", dir.file("kols.csv")}).code, 0);
    {
        std::ifstream in(dir.file("kols.csv"));
        std::string line;
        std::getline(in, line);
        std::string row;
        while (row.empty() && std::getline(in, line)) {
            std::vector<std::string> f;
            std::stringstream fields(line);
            for (std::string x; std::getline(fields, x, ',');) {
                f.push_back(x);
            }
            if (f.size() >= 10 && f[1] == "Warm-up") {
                row = f[1] + "," + f[0] + "," + f[2] + "," + f[3] + "," + f[6] + "," + f[7] + "," + f[8] + "," + f[9];
            }
        }
        ASSERT_FALSE(row.empty());
        kol::test::writeFile(dir.file("warmup.csv"),
                             "phase,channel,tier,kol_id,format,spend,reach,engagements\n" + row + "\n");
    }
    r = cli({"import", "actuals", p, "--scenario", "Baseline", dir.file("warmup.csv")});
    ASSERT_EQ(r.code, 0) << r.err;
    r = cli({"allocate", p, "--scenario", "Baseline", "--method", "offline"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "the offline method plans whole campaigns from their start")) << r.err;
    r = cli({"compare", p, "--scenario", "Baseline", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(nlohmann::json::parse(r.out)["left_out"].dump(), "offline")) << r.out.substr(0, 400);

    // Without a history: the reason and what to do; the file is unchanged.
    const std::string q = dir.file("bare.kolplan");
    ASSERT_EQ(
        cli({"demo", q, "--kols", "400", "--posts", "3000", "--seed", "4", "--with-model", "--campaigns", "0"}).code,
        0);
    const std::string before = kol::test::readFile(q);
    r = cli({"train", q, "--scenario", "Baseline", "--method", "offline"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "the project has no campaign history to learn from: import past campaigns")) << r.err;
    EXPECT_EQ(kol::test::readFile(q), before);
}
