// The multi-agent method `marl` through the real command line: train, allocate, a what-if budget,
// compare, and the options that do not apply to it refused without changing the project.
#include "../TestUtil.h"
#include "CliRun.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using kol::test::cli;
using kol::test::CliRun;
using kol::test::contains;
using kol::test::TempDir;

TEST(MarlCli, TrainsATeamThatAllocatesReplansAndIsCompared)
{
    TempDir dir;
    const std::string p = dir.file("marl.kolplan");
    ASSERT_EQ(cli({"demo", p, "--kols", "400", "--posts", "3000", "--seed", "4"}).code, 0);
    ASSERT_EQ(cli({"fit", p, "--epochs", "6", "--members", "1"}).code, 0);

    CliRun r = cli({"allocate", p, "--scenario", "Baseline", "--method", "marl"});
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(contains(r.err, "train")) << r.err;

    const std::string before = kol::test::readFile(p);
    r = cli({"train", p, "--scenario", "Baseline", "--method", "marl", "--td3"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "--td3 applies to rl only")) << r.err;
    EXPECT_EQ(kol::test::readFile(p), before) << "a refused run changes nothing";

    r = cli({"train", p, "--scenario", "Baseline", "--method", "marl", "--steps", "1500", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto trained = nlohmann::json::parse(r.out);
    EXPECT_EQ(trained["method"], "marl");
    EXPECT_EQ(trained["steps"].get<long>(), 1500);
    EXPECT_GT(trained["final_eval_effect"].get<double>(), 0);

    r = cli({"allocate", p, "--scenario", "Baseline", "--method", "marl", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto plan = nlohmann::json::parse(r.out);
    EXPECT_NEAR(plan["effect"].get<double>(), trained["final_eval_effect"].get<double>(),
                1e-4 * plan["effect"].get<double>())
        << "the stored team re-plans what its evaluation measured";
    EXPECT_LE(plan["spend"].get<double>(), plan["budget"].get<double>() + 1);

    r = cli({"allocate", p, "--scenario", "Baseline", "--method", "marl", "--budget", "400000", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto whatIf = nlohmann::json::parse(r.out);
    EXPECT_EQ(whatIf["budget"].get<double>(), 400000);
    EXPECT_LE(whatIf["spend"].get<double>(), 400001);

    r = cli({"compare", p, "--scenario", "Baseline"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "\nmarl ")) << r.out;
}
