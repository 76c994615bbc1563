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

TEST(CompeteCli, StoredRivalsPlayInCompeteCompareAndThePdfReport)
{
    TempDir dir;
    const std::string p = dir.file("rivals.kolplan");
    ASSERT_EQ(cli({"demo", p, "--kols", "400", "--posts", "3000", "--seed", "6"}).code, 0);
    ASSERT_EQ(cli({"fit", p, "--epochs", "6", "--members", "1"}).code, 0);
    ASSERT_EQ(cli({"allocate", p, "--scenario", "Baseline", "--method", "greedy"}).code, 0);
    CliRun r = cli({"compare", p, "--scenario", "Baseline", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_FALSE(nlohmann::json::parse(r.out).contains("rivals")) << "no rivals, no competition figures";

    // Bad rivals are refused field by field and change nothing.
    std::string before = kol::test::readFile(p);
    for (const auto& [rivals, why] : std::vector<std::pair<std::vector<std::string>, std::string>>{
             {{"us:1m"}, "rivals[us].name: 'us' is the scenario itself"},
             {{"A:1m", "a:2m"}, "rivals[a].name: another rival has this name"},
             {{"A:1m:Myspace"}, "'Myspace' is not a channel of the project"}}) {
        std::vector<std::string> args{"scenario", "set", p, "Baseline"};
        for (const auto& rival : rivals) {
            args.insert(args.end(), {"--rival", rival});
        }
        r = cli(args);
        EXPECT_NE(r.code, 0) << rivals.front();
        EXPECT_TRUE(contains(r.err, why)) << r.err;
    }
    EXPECT_EQ(kol::test::readFile(p), before);

    r = cli({"scenario", "set", p, "Baseline", "--rival", "Brand X:1.5m:douyin+Xiaohongshu", "--rival",
             "Brand Y:600k:Bilibili:3"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = cli({"scenario", "show", p, "Baseline", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto shown = nlohmann::json::parse(r.out)["rivals"];
    ASSERT_EQ(shown.size(), 2u);
    EXPECT_EQ(shown[0]["channels"], nlohmann::json::array({"Douyin", "Xiaohongshu"}));
    EXPECT_EQ(shown[1]["preference"].get<double>(), 3);
    EXPECT_TRUE(contains(cli({"scenario", "show", p, "Baseline"}).out, "Rival      Brand Y: 600,000"));

    // compete plays the stored rivals when none are given.
    r = cli({"compete", p, "--scenario", "Baseline", "--iterations", "30", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)["advertisers"][2]["name"], "Brand Y");

    // compare values every method's plan against them.
    r = cli({"compare", p, "--scenario", "Baseline", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto c = nlohmann::json::parse(r.out);
    ASSERT_TRUE(c.contains("rivals"));
    EXPECT_GT(c["rivals"]["cost_of_competition"].get<double>(), 0);
    EXPECT_GT(c["rivals"]["effect_learned"].get<double>(), 0);
    for (const auto& m : c["methods"]) {
        ASSERT_TRUE(m.contains("effect_vs_rivals")) << m["method"];
        EXPECT_LT(m["effect_vs_rivals"].get<double>(), m["effect"].get<double>()) << m["method"];
        EXPECT_GT(m["effect_vs_rivals"].get<double>(), 0) << m["method"];
    }
    r = cli({"compare", p, "--scenario", "Baseline"});
    EXPECT_TRUE(contains(r.out, "Against the scenario's rivals")) << r.out;

    // The PDF report says what they cost the plan.
    const std::string pdf = dir.file("report.pdf");
    ASSERT_EQ(cli({"export", p, "--scenario", "Baseline", "--pdf", pdf}).code, 0);
    const std::string text = kol::test::commandOutput("pdftotext '" + pdf + "' -");
    EXPECT_TRUE(contains(text, "Competition")) << text;
    EXPECT_TRUE(contains(text, "Brand X")) << text;
    EXPECT_TRUE(contains(text, "against the rivals")) << text;

    // --rival none removes them.
    ASSERT_EQ(cli({"scenario", "set", p, "Baseline", "--rival", "none"}).code, 0);
    EXPECT_TRUE(nlohmann::json::parse(cli({"scenario", "show", p, "Baseline", "--json"}).out)["rivals"].empty());
    r = cli({"compete", p, "--scenario", "Baseline"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "has no rivals")) << r.err;
}
