// `compete` through the real command line: rivals parsed and refused line by line, the figures
// in JSON, and a project that is never changed.
#include "../TestUtil.h"
#include "CliRun.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using kol::test::cli;
using kol::test::CliRun;
using kol::test::contains;
using kol::test::TempDir;

TEST(CompeteCli, RivalsCostEffectAndBadRivalsAreRefusedWithoutChangingTheProject)
{
    TempDir dir;
    const std::string p = dir.file("compete.kolplan");
    ASSERT_EQ(cli({"demo", p, "--kols", "400", "--posts", "3000", "--seed", "6"}).code, 0);
    ASSERT_EQ(cli({"fit", p, "--epochs", "6", "--members", "1"}).code, 0);
    const std::string before = kol::test::readFile(p);
    for (const auto& [rival, why] : std::vector<std::pair<std::string, std::string>>{
             {"Brand X", "expected NAME:BUDGET"},
             {"Brand X:-5", "is not a positive amount"},
             {"Brand X:1m:Myspace", "'Myspace' is not a channel of the project"},
             {"Brand X:1m:Douyin:0", "is not a number between 0 and 100"}}) {
        const CliRun r = cli({"compete", p, "--scenario", "Baseline", "--rival", rival});
        EXPECT_EQ(r.code, 2) << rival;
        EXPECT_TRUE(contains(r.err, why)) << r.err;
    }
    EXPECT_EQ(cli({"compete", p, "--scenario", "Baseline"}).code, 2);
    CliRun twice = cli({"compete", p, "--scenario", "Baseline", "--rival", "X:1m", "--rival", "x:2m"});
    EXPECT_EQ(twice.code, 2);
    EXPECT_TRUE(contains(twice.err, "another rival is named 'X'")) << twice.err;

    CliRun r = cli({"compete", p, "--scenario", "Baseline", "--rival", "Brand X:1.5m:Douyin+Xiaohongshu", "--rival",
                    "Brand Y:600k:bilibili:3", "--iterations", "40", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["advertisers"].size(), 3u);
    EXPECT_EQ(j["advertisers"][2]["name"], "Brand Y");
    EXPECT_EQ(j["advertisers"][1]["budget"].get<double>(), 1500000);
    EXPECT_LE(j["advertisers"][0]["spend"].get<double>(), j["advertisers"][0]["budget"].get<double>() + 1);
    EXPECT_GT(j["cost_of_competition"].get<double>(), 0);
    EXPECT_LT(j["effect_learned"].get<double>(), j["effect_alone"].get<double>());
    EXPECT_EQ(j["gap"].size(), 4u);
    EXPECT_EQ(j["plan"].size(), 54u);
    r = cli({"compete", p, "--scenario", "Baseline", "--rival", "Brand X:1.5m:Douyin", "--iterations", "20"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "What competition costs")) << r.out;
    EXPECT_TRUE(contains(r.out, "Equilibrium gap")) << r.out;
    EXPECT_EQ(kol::test::readFile(p), before) << "compete stores nothing";
}
