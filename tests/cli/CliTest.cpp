#include "../TestUtil.h"
#include "CliRun.h"

#include <gtest/gtest.h>
#include <sstream>

using kol::test::TempDir;

using kol::test::cli;
using kol::test::CliRun;
using kol::test::contains;

namespace {
class Cli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        project = dir.file("p.kolplan");
        kols = dir.file("kols.csv");
        posts = dir.file("posts.csv");
        kol::test::writeFile(kols,
                             "kol_id,name,channel,followers,follower_quality,interaction_rate,price_short_video\n"
                             "dy1,A,Douyin,2000000,0.8,0.04,90000\n"
                             "dy2,B,Douyin,150000,0.7,0.03,9000\n"
                             "xhs1,C,Xiaohongshu,40000,0.9,0.06,3000\n");
        kol::test::writeFile(posts,
                             "post_id,kol_id,date,phase,format,price,reach,likes,comments,shares\n"
                             "p1,dy1,2026-01-03,Launch,short video,88000,2500000,40000,1200,900\n"
                             "p2,xhs1,2026-01-01,Warm-up,short video,3000,60000,3000,200,40\n");
    }
    TempDir dir;
    std::string project, kols, posts;
};
} // namespace

TEST_F(Cli, DoneWhenFlowCreatesImportsConstrainsAndReports)
{
    CliRun r = cli({"scenario", "new", project, "Baseline", "--start", "2026-12-01"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.err, "created project"));
    ASSERT_EQ(cli({"import", "kols", project, kols}).code, 0);
    r = cli({"import", "posts", project, posts});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.err, "imported 2 posts (2 new, 0 updated)"));
    r = cli({"scenario", "set", project, "Baseline", "--budget", "2m", "--cell", "Douyin/Launch/Head:lock=300k",
             "--cell", "Weibo/*/*:enabled=no", "--channel-share", "Xiaohongshu=20%..50%", "--hierarchy", "off",
             "--max-cell-share", "25%", "--weights", "reach=0.5,format_fit=0"});
    ASSERT_EQ(r.code, 0) << r.err;

    r = cli({"info", project, "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "\"kols\": 3,"));
    EXPECT_TRUE(contains(r.out, "\"posts\": 2,"));
    EXPECT_TRUE(contains(r.out, "\"scenarios\": 1,"));
    EXPECT_TRUE(contains(r.out, "\"Douyin\": 2,"));
    EXPECT_EQ(r.err, "") << "--json prints nothing but JSON";
    EXPECT_EQ(r.out.front(), '{');

    r = cli({"scenario", "show", project, "Baseline", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "\"budget\": 2000000"));
    EXPECT_TRUE(contains(r.out, "\"tier_hierarchy\": false"));
    EXPECT_TRUE(contains(r.out, "\"max_cell_share\": 0.25"));
    EXPECT_TRUE(contains(r.out, "\"Xiaohongshu\": {\n        \"min\": 0.2,\n        \"max\": 0.5"));
    EXPECT_TRUE(contains(r.out, "\"locked\": 300000"));
    EXPECT_TRUE(contains(r.out, "\"reach\": 0.5"));

    r = cli({"scenario", "set", project, "Baseline", "--cell", "Douyin/Launch/Head:lock=300k,note=signed, 合同 a,b"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = cli({"scenario", "show", project, "Baseline", "--json"});
    EXPECT_TRUE(contains(r.out, "\"note\": \"signed, 合同 a,b\"")) << r.out;
    r = cli({"scenario", "show", project, "Baseline"});
    EXPECT_TRUE(contains(r.out, "lock 300,000"));
    EXPECT_TRUE(contains(r.out, "signed, 合同 a,b")) << r.out;
    ASSERT_EQ(cli({"scenario", "set", project, "Baseline", "--cell", "Douyin/Launch/Head:note=none"}).code, 0);
    EXPECT_FALSE(contains(cli({"scenario", "show", project, "Baseline", "--json"}).out, "signed"));
    EXPECT_TRUE(contains(r.out, "off"));
}

TEST_F(Cli, BadEditsFailWithOneLineAndChangeNothing)
{
    ASSERT_EQ(cli({"scenario", "new", project, "S", "--start", "2026-12-01"}).code, 0);
    const std::string before = kol::test::readFile(project);
    struct Case
    {
        std::vector<std::string> args;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {{"--cell", "Douyin/Launch/Head:lock=2m"}, "locked amounts (2,000,000) exceed the budget (1,000,000)"},
        {{"--cell", "Douyin/Launch/Head:max=100k,lock=200k"}, "locked amount 200,000 is outside its bounds"},
        {{"--cell", "*/*/Head:lock=100k"}, "locked amounts (1,800,000) exceed the budget (1,000,000)"},
        {{"--cell", "Zhihu/*/*:max=5"}, "--cell: 'Zhihu/*/*' matches no cell"},
        {{"--cell", "Douyin/Launch/Head:lock=abc"}, "--cell: lock: 'abc' is not an amount"},
        {{"--cell", "Douyin/Launch/Head:colour=red"}, "unknown key 'colour'"},
        {{"--cell", "Douyin/Launch/Head:note=" + std::string(1001, 'x')}, "is longer than 1000 bytes"},
        {{"--cell", "Douyin/Launch/Head:lock=abc,note=ok"}, "is not an amount"},
        {{"--budget", "-5"}, "budget: must be positive"},
        {{"--budget", "lots"}, "option --budget: 'lots' is not a number"},
        {{"--channels", "Douyin,Zhihu"}, "--channels: 'Zhihu' is not a channel of this project"},
        {{"--phases", "Launch=2026-12-20..2026-12-10"}, "phases[Launch]: ends (2026-12-10) before it starts"},
        {{"--phases", "Launch=soon"}, "is not a date range"},
        {{"--channel-share", "Douyin=60%..40%"}, "minimum 60% exceeds maximum 40%"},
        {{"--channel-share", "Douyin=70%..100%", "--channel-share", "Weibo=40%..100%"}, "sum to 110%"},
        {{"--hierarchy", "maybe"}, "--hierarchy: must be on or off"},
        {{"--weights", "virality=1"}, "unknown weight 'virality'"},
    };
    for (const Case& c : cases) {
        std::vector<std::string> args = {"scenario", "set", project, "S"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        const CliRun r = cli(args);
        EXPECT_NE(r.code, 0) << c.expected;
        EXPECT_TRUE(contains(r.err, c.expected)) << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
        EXPECT_EQ(kol::test::readFile(project), before) << c.expected;
    }
}

TEST_F(Cli, ImportWithABadRowChangesNothing)
{
    ASSERT_EQ(cli({"import", "kols", project, kols}).code, 0);
    const std::string before = kol::test::readFile(project);
    kol::test::writeFile(dir.file("bad.csv"),
                         "kol_id,channel,followers,follower_quality,interaction_rate,price_short_video\n"
                         "n1,Weibo,5000,0.5,0.01,100\n"
                         "n2,Weibo,5000,0.5,0.01,free\n");
    CliRun r = cli({"import", "kols", project, dir.file("bad.csv")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "bad.csv:3: column 'price_short_video': 'free' is not a number")) << r.err;
    EXPECT_TRUE(contains(r.err, "1 bad row(s); nothing was imported")) << r.err;
    EXPECT_EQ(kol::test::readFile(project), before);

    r = cli({"import", "kols", project, dir.file("bad.csv"), "--skip-bad-rows", "--json"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "\"added\": 1"));
    EXPECT_TRUE(contains(r.out, "\"bad_rows\": 1"));
}

TEST_F(Cli, ScenarioLifecycle)
{
    ASSERT_EQ(cli({"scenario", "new", project, "A", "--budget", "500k", "--channels", "douyin,小红书"}).code, 0);
    EXPECT_NE(cli({"scenario", "new", project, "A"}).code, 0);
    ASSERT_EQ(cli({"scenario", "copy", project, "A", "B"}).code, 0);
    ASSERT_EQ(cli({"scenario", "rename", project, "B", "C"}).code, 0);
    CliRun r = cli({"scenario", "list", project, "--json"});
    EXPECT_TRUE(contains(r.out, "\"name\": \"A\""));
    EXPECT_TRUE(contains(r.out, "\"name\": \"C\""));
    EXPECT_TRUE(contains(r.out, "\"cells\": 18")) << "2 channels x 3 phases x 3 tiers";
    ASSERT_EQ(cli({"scenario", "delete", project, "A"}).code, 0);
    r = cli({"scenario", "show", project, "A"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "no scenario named 'A'"));
}

TEST_F(Cli, UsageErrorsAndHelp)
{
    EXPECT_EQ(cli({}).code, 2);
    EXPECT_EQ(cli({"frobnicate"}).code, 2);
    for (const char* command : {"init", "info", "vocab", "import", "scenario", "demo", "fit", "evaluate", "allocate",
                                "compare", "compete", "train", "selftest"}) {
        const CliRun r = cli({command, "--help"});
        EXPECT_EQ(r.code, 0) << command;
        EXPECT_TRUE(contains(r.out, "Usage: kolplanner-cli")) << command;
    }
    CliRun r = cli({"info", project, "--colour"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "unknown option --colour"));
    r = cli({"info"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "missing arguments"));
    r = cli({"info", dir.file("absent.kolplan")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "absent.kolplan: no such file"));
    EXPECT_EQ(cli({"scenario", "set", project, "S"}).code, 2);
    r = cli({"scenario", "show", project, "S", "--budget", "5"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "takes no options"));
}

TEST_F(Cli, VocabularyCanBeListedAndExtended)
{
    ASSERT_EQ(cli({"init", project}).code, 0);
    EXPECT_EQ(cli({"init", project}).code, 1);
    ASSERT_EQ(cli({"vocab", "add", project, "channel", "Zhihu"}).code, 0);
    ASSERT_EQ(cli({"vocab", "add", project, "tier", "Mega", "--min-followers", "10m"}).code, 0);
    EXPECT_EQ(cli({"vocab", "add", project, "tier", "Nope"}).code, 2);
    const CliRun r = cli({"vocab", project, "--json"});
    EXPECT_TRUE(contains(r.out, "\"Zhihu\""));
    EXPECT_TRUE(contains(r.out, "\"name\": \"Mega\",\n      \"min_followers\": 10000000"));
    kol::test::writeFile(dir.file("z.csv"),
                         "kol_id,channel,followers,follower_quality,interaction_rate,price_short_video\n"
                         "z1,zhihu,50000,0.8,0.02,500\n");
    EXPECT_EQ(cli({"import", "kols", project, dir.file("z.csv")}).code, 0);
}
