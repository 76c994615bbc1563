// Real set-ups that broke the product: what-if budgets, channels the template does not know,
// money left unspent for a reason the note must name, and imports that must say everything.
#include "../TestUtil.h"
#include "../cli/CliRun.h"
#include "store/ProjectFile.h"
#include "store/ScenarioStore.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using kol::test::cli;
using kol::test::CliRun;
using kol::test::contains;
using kol::test::TempDir;
using Json = nlohmann::json;

namespace {
// One fitted demo project per test binary, copied for each test that changes it.
const std::string& fitted()
{
    static TempDir dir;
    static const std::string path = [] {
        const std::string p = dir.file("demo.kolplan");
        EXPECT_EQ(cli({"demo", p, "--kols", "900", "--posts", "9000", "--seed", "4"}).code, 0);
        EXPECT_EQ(cli({"fit", p, "--epochs", "15", "--members", "1"}).code, 0);
        return p;
    }();
    return path;
}

std::string copyOf(TempDir& dir)
{
    const std::string p = dir.file("p.kolplan");
    kol::test::writeFile(p, kol::test::readFile(fitted()));
    return p;
}

Json allocate(const std::string& p, const std::string& scenario, const std::string& method,
              std::vector<std::string> extra = {})
{
    std::vector<std::string> args{"allocate", p, "--scenario", scenario, "--method", method, "--json", "--dry-run"};
    args.insert(args.end(), extra.begin(), extra.end());
    const CliRun r = cli(args);
    EXPECT_EQ(r.code, 0) << r.err;
    return r.code == 0 ? Json::parse(r.out) : Json();
}
} // namespace

TEST(RealSetup, AWhatIfBudgetIsAnsweredAsTheScenarioSetToIt)
{
    TempDir dir;
    const std::string p = copyOf(dir);
    ASSERT_EQ(cli({"scenario", "copy", p, "Baseline", "Small"}).code, 0);
    ASSERT_EQ(cli({"scenario", "set", p, "Small", "--budget", "200k"}).code, 0);
    ASSERT_EQ(cli({"scenario", "copy", p, "Baseline", "Big"}).code, 0);
    ASSERT_EQ(cli({"scenario", "set", p, "Big", "--budget", "20m"}).code, 0);
    for (const char* method : {"greedy", "optimal"}) {
        SCOPED_TRACE(method);
        const Json asked = allocate(p, "Small", method, {"--budget", "20m"});
        const Json set = allocate(p, "Big", method);
        EXPECT_DOUBLE_EQ(asked["effect"].get<double>(), set["effect"].get<double>());
        ASSERT_EQ(asked["cells"].size(), set["cells"].size());
        double largest = 0;
        for (size_t i = 0; i < asked["cells"].size(); ++i) {
            EXPECT_DOUBLE_EQ(asked["cells"][i]["amount"].get<double>(), set["cells"][i]["amount"].get<double>());
            largest = std::max(largest, asked["cells"][i]["amount"].get<double>());
        }
        EXPECT_GT(largest, 400000) << "cells are not capped at twice the scenario's own budget";
    }
}

TEST(RealSetup, ChannelsTheTemplateDoesNotListGetAShareAndDisabledSharesMove)
{
    TempDir dir;
    const std::string p = copyOf(dir);
    ASSERT_EQ(cli({"vocab", "add", p, "channel", "Zhihu"}).code, 0);
    // The shipped template lists Douyin 30, Bilibili 10, Kuaishou 10; Zhihu is new to it and gets
    // their average weight, not nothing.
    ASSERT_EQ(
        cli({"scenario", "new", p, "Four", "--channels", "Douyin,Zhihu,Bilibili,Kuaishou", "--start", "2026-03-02"})
            .code,
        0);
    const CliRun shown = cli({"scenario", "show", p, "Four"});
    EXPECT_TRUE(contains(shown.out, "channels: Douyin 45%, Zhihu 25%, Bilibili 15%, Kuaishou 15%")) << shown.out;
    // It plans with the new channel as well (the model borrows for a channel without posts).
    const kol::test::CliRun planned = cli({"allocate", p, "--scenario", "Four", "--method", "template", "--dry-run"});
    EXPECT_EQ(planned.code, 0) << planned.err;

    // A disabled channel's share goes to the others instead of staying unspent.
    ASSERT_EQ(cli({"scenario", "copy", p, "Baseline", "NoWeibo"}).code, 0);
    ASSERT_EQ(cli({"scenario", "set", p, "NoWeibo", "--cell", "Weibo/*/*:enabled=no"}).code, 0);
    const Json plan = allocate(p, "NoWeibo", "template");
    double total = 0, weibo = 0;
    for (const auto& c : plan["cells"]) {
        total += c["amount"].get<double>();
        weibo += c["channel"] == "Weibo" ? c["amount"].get<double>() : 0.0;
    }
    EXPECT_EQ(weibo, 0);
    // The whole budget but what no cell's KOLs can use (prices on the value grid).
    EXPECT_GT(total, 0.99e6) << "the template places the whole budget";
    EXPECT_LE(total, 1e6 + 1);
}

TEST(RealSetup, UnspentMoneyIsExplainedByItsTrueReason)
{
    TempDir dir;
    const std::string p = copyOf(dir);
    // Two channels, each capped at 25% of the budget: half the money cannot be placed.
    ASSERT_EQ(cli({"scenario", "copy", p, "Baseline", "Capped"}).code, 0);
    ASSERT_EQ(cli({"scenario", "set", p, "Capped", "--channels", "Douyin,Xiaohongshu", "--channel-share",
                   "Douyin=0%..25%", "--channel-share", "Xiaohongshu=0%..25%"})
                  .code,
              0);
    std::string notes = allocate(p, "Capped", "optimal")["notes"].dump();
    EXPECT_TRUE(contains(notes, "because the channel share caps allow at most 500,000: Douyin at most 25%")) << notes;
    EXPECT_FALSE(contains(notes, "import more KOLs")) << notes;

    // Every cell capped at 20,000: the cells' maximums, not the catalog.
    ASSERT_EQ(cli({"scenario", "copy", p, "Baseline", "Small cells"}).code, 0);
    ASSERT_EQ(cli({"scenario", "set", p, "Small cells", "--cell", "*/*/*:max=20k"}).code, 0);
    notes = allocate(p, "Small cells", "optimal")["notes"].dump();
    EXPECT_TRUE(contains(notes, "because the cells' maximums are below the price of their KOLs")) << notes;
    EXPECT_FALSE(contains(notes, "import more KOLs")) << notes;

    // A channel with no KOL at all is named as such.
    ASSERT_EQ(cli({"vocab", "add", p, "channel", "Zhihu"}).code, 0);
    ASSERT_EQ(cli({"scenario", "new", p, "Zhihu only", "--channels", "Zhihu", "--start", "2026-03-02", "--budget",
                   "100k", "--max-cell-share", "100%"})
                  .code,
              0);
    const CliRun r = cli({"allocate", p, "--scenario", "Zhihu only", "--method", "greedy", "--dry-run"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "no KOL in the project's catalog fits the cells")) << r.err;
}

TEST(RealSetup, TheTierHierarchyPutsNoMoneyIntoHeadCellsWhereNoKolFits)
{
    TempDir dir;
    const std::string p = copyOf(dir);
    // A small budget: Head KOLs cost more than a Mid cell gets.
    ASSERT_EQ(cli({"scenario", "copy", p, "Baseline", "Lean"}).code, 0);
    ASSERT_EQ(cli({"scenario", "set", p, "Lean", "--budget", "150k"}).code, 0);
    const Json plan = allocate(p, "Lean", "optimal");
    for (const auto& c : plan["cells"]) {
        if (c["tier"] == "Head" && c["amount"].get<double>() > 0) {
            EXPECT_GT(c["spend"].get<double>(), 0)
                << c["channel"] << "/" << c["phase"] << ": " << c["amount"] << " in a Head cell that buys nothing";
        }
    }
}

TEST(RealSetup, ImportsSayEverythingAndLeaveNothingHalfDone)
{
    TempDir dir;
    const std::string p = dir.file("new.kolplan");
    std::string csv = "kol_id,channel,followers,follower_quality,interaction_rate,price_short_video\n";
    for (int i = 0; i < 30; ++i) {
        csv += "bad" + std::to_string(i) + ",Douyin,lots,0.8,2%,100\n";
    }
    csv += "worse,Myspace,1000,0.8,2%,100\n";
    kol::test::writeFile(dir.file("k.csv"), csv);
    CliRun r = cli({"import", "kols", p, dir.file("k.csv"), "--json"});
    EXPECT_EQ(r.code, 1);
    const Json report = Json::parse(r.out);
    EXPECT_EQ(report["problems"].size(), 31u) << "--json lists every problem, not the first 20";
    EXPECT_EQ(report["problem_counts"]["followers: not a number"], 30);
    EXPECT_EQ(report["problem_counts"]["channel: unknown channel"], 1);
    EXPECT_TRUE(contains(r.err, "followers: not a number (30)")) << r.err;
    EXPECT_FALSE(kol::test::fileExists(p)) << "a failed import removes the project it created";

    r = cli({"import", "kols", p, dir.file("k.csv"), "--skip-bad-rows"});
    EXPECT_EQ(r.code, 1) << "skipping every row imports nothing: that is a failure";
    EXPECT_TRUE(contains(r.err, "every row was bad")) << r.err;

    // vocab add creates a missing project, like import; B站 names Bilibili everywhere.
    ASSERT_EQ(cli({"vocab", "add", p, "channel", "Zhihu"}).code, 0);
    ASSERT_EQ(cli({"scenario", "new", p, "S", "--channels", "B站,Douyin", "--start", "2026-03-02"}).code, 0);
    r = cli({"scenario", "set", p, "S", "--cell", "B站/Launch/Head:lock=100k"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(cli({"scenario", "show", p, "S", "--json"}).out, "\"locked\": 100000"));
}
