// `abtest` through the real command line: a test created on the demo project, rounds simulated
// and imported, each method's recommendation in JSON, the CSV export, and bad input refused with
// the project unchanged.
#include "../TestUtil.h"
#include "CliRun.h"

#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using kol::test::cli;
using kol::test::CliRun;
using kol::test::contains;
using kol::test::TempDir;

TEST(AbTestCli, CreateSimulateImportRecommendAndExport)
{
    TempDir dir;
    const std::string p = dir.file("ab.kolplan");
    ASSERT_EQ(cli({"demo", p, "--kols", "200", "--posts", "1000", "--seed", "4"}).code, 0);
    CliRun r = cli({"abtest", "new", p, "--scenario", "Baseline", "--test", "Serum", "--brief", "Serum launch",
                    "--variant", "A|Glow all day|Our serum|Before/after|Shop now", "--variant", "B|Three steps",
                    "--segment", "Young:channel=抖音,age=18-24,interests=beauty+skincare", "--segment",
                    "Mid:channel=Xiaohongshu,tier=mid"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = cli({"abtest", "show", p, "--scenario", "Baseline", "--test", "Serum", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["segments"][0]["channel"], "Douyin");
    EXPECT_EQ(j["segments"][1]["tier"], "Mid");
    EXPECT_EQ(j["variants"][0]["call_to_action"], "Shop now");
    EXPECT_EQ(j["segments"][0]["interests"], nlohmann::json::array({"beauty", "skincare"}));

    // Bad input is refused, naming it, and changes nothing.
    const std::string before = kol::test::readFile(p);
    for (const auto& [args, why] : std::vector<std::pair<std::vector<std::string>, std::string>>{
             {{"abtest", "new", p, "--scenario", "Baseline", "--test", "One", "--variant", "A", "--segment", "S"},
              "a test needs 2 to 12 variants"},
             {{"abtest", "new", p, "--scenario", "Baseline", "--test", "X", "--variant", "A", "--variant", "B",
               "--segment", "S:channel=Myspace"},
              "'Myspace' is not a channel of the project"},
             {{"abtest", "new", p, "--scenario", "Baseline", "--test", "Serum", "--variant", "A", "--variant", "B",
               "--segment", "S"},
              "already has an A/B test named 'Serum'"},
             {{"abtest", "recommend", p, "--scenario", "Baseline", "--test", "Serum", "--method", "bandit"},
              "unknown A/B method 'bandit'"},
             {{"abtest", "recommend", p, "--scenario", "Baseline", "--test", "Nope"}, "no A/B test named 'Nope'"}}) {
        r = cli(args);
        EXPECT_NE(r.code, 0) << why;
        EXPECT_TRUE(contains(r.err, why)) << r.err;
    }
    const std::string bad = dir.file("bad.csv");
    std::ofstream(bad) << "round,variant,segment,impressions,clicks,conversions\n1,A,Young,100,5,1\n1,C,Young,1,0,0\n";
    r = cli({"abtest", "import", p, "--scenario", "Baseline", "--test", "Serum", bad});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "bad.csv:3: column 'variant': 'C' is not a variant of the test")) << r.err;
    EXPECT_EQ(kol::test::readFile(p), before);

    const std::string good = dir.file("good.csv");
    std::ofstream(good) << "round,variant,segment,impressions,clicks,conversions\n1,A,Young,1000,20,2\n"
                           "1,B,Young,1000,45,4\n1,A,Mid,1000,30,3\n1,B,Mid,1000,31,2\n";
    r = cli({"abtest", "import", p, "--scenario", "Baseline", "--test", "Serum", good});
    ASSERT_EQ(r.code, 0) << r.err;
    r = cli({"abtest", "simulate", p, "--scenario", "Baseline", "--test", "Serum", "--rounds", "4", "--method", "dts",
             "--drift", "0.1", "--seed", "3"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = cli({"abtest", "recommend", p, "--scenario", "Baseline", "--test", "Serum", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["methods"].size(), 5u);
    for (const auto& m : j["methods"]) {
        EXPECT_EQ(m["next_round"], 6) << m["method"];
        for (const auto& s : m["segments"]) {
            double share = 0, best = 0;
            for (const auto& v : s["variants"]) {
                share += v["share"].get<double>();
                best += v["prob_best"].get<double>();
                EXPECT_LE(v["low"].get<double>(), v["high"].get<double>());
            }
            EXPECT_NEAR(share, 1, 1e-9) << m["method"];
            EXPECT_NEAR(best, 1, 1e-9) << m["method"];
        }
    }
    r = cli({"abtest", "recommend", p, "--scenario", "Baseline", "--test", "Serum", "--method", "fixed"});
    EXPECT_TRUE(contains(r.out, "fixed: the split for round 6")) << r.out;
    const std::string out = dir.file("serum.csv");
    r = cli({"abtest", "export", p, "--scenario", "Baseline", "--test", "Serum", "--csv", out, "--method", "linucb"});
    ASSERT_EQ(r.code, 0) << r.err;
    const std::string csv = kol::test::readFile(out);
    EXPECT_TRUE(contains(csv, "round,variant,segment,impressions,clicks,conversions\n1,A,Young,1000,20,2\n")) << csv;
    EXPECT_TRUE(contains(csv, "method,next_round,segment,variant,rate,low,high,prob_best,share\nlinucb,6,Young,A,"))
        << csv;
    EXPECT_EQ(cli({"abtest", "list", p, "--scenario", "Baseline"}).out, "Serum\n");
    ASSERT_EQ(cli({"abtest", "delete", p, "--scenario", "Baseline", "--test", "Serum"}).code, 0);
    EXPECT_EQ(cli({"abtest", "list", p, "--scenario", "Baseline"}).out, "");
}
