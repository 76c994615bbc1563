// `abtest` through the real command line: a test created on the demo project, rounds simulated
// and imported, each method's recommendation in JSON, the CSV export, and bad input refused with
// the project unchanged.
#include "../TestUtil.h"
#include "CliRun.h"
#include "LocalChatServer.h"

#include <algorithm>
#include <cstdlib>
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

TEST(AbTestCli, DraftAsksTheLocalServerAndAddsTheDraftsOnlyWhenAsked)
{
    TempDir dir;
    const std::string p = dir.file("draft.kolplan");
    ASSERT_EQ(cli({"demo", p, "--kols", "200", "--posts", "1000", "--seed", "4"}).code, 0);
    ASSERT_EQ(
        cli({"abtest", "demo", p, "--scenario", "Baseline", "--test", "T", "--variants", "3", "--segments", "2"}).code,
        0);
    ASSERT_EQ(cli({"abtest", "simulate", p, "--scenario", "Baseline", "--test", "T", "--rounds", "2"}).code, 0);
    const std::string before = kol::test::readFile(p);
    const std::vector<std::string> base = {"abtest", "draft", p, "--scenario", "Baseline", "--test", "T", "--segment"};
    auto args = [&](std::vector<std::string> more) {
        std::vector<std::string> all = base;
        all.insert(all.end(), more.begin(), more.end());
        return all;
    };
    auto j = nlohmann::json::parse(cli({"abtest", "show", p, "--scenario", "Baseline", "--test", "T", "--json"}).out);
    const std::string segment = j["segments"][0]["name"];

    // Without a server: how to set one up, nothing changed.
    ::unsetenv("KOLPLANNER_LLM_ENDPOINT");
    CliRun r = cli(args({segment}));
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "no language model server is set up")) << r.err;
    EXPECT_TRUE(contains(r.err, "llama-server")) << r.err;

    kol::test::LocalChatServer server([](const kol::test::LocalChatServer::Request& q) {
        if (contains(q.body, "Write 1 new variant")) {
            return kol::test::LocalChatServer::Reply{503, R"({"error": "loading model"})", 0, false};
        }
        return kol::test::LocalChatServer::chatReply(
            "```json\n[{\"headline\": \"Glow by Friday\", \"copy\": \"Seven days.\", \"cta\": \"Shop\"},"
            " {\"headline\": \"Skin you love\", \"copy\": \"Gentle.\"}]\n```");
    });
    r = cli(args({segment, "--endpoint", server.url(), "--count", "2", "--json"}));
    ASSERT_EQ(r.code, 0) << r.err;
    const std::string prompt = server.lastUserMessage();
    EXPECT_TRUE(contains(prompt, "Audience segment: " + segment)) << prompt;
    auto drafts = nlohmann::json::parse(r.out);
    ASSERT_EQ(drafts.size(), 2u);
    EXPECT_EQ(drafts[0]["call_to_action"], "Shop");
    EXPECT_TRUE(contains(r.err, "nothing stored")) << r.err;
    EXPECT_EQ(kol::test::readFile(p), before);

    // The server's error is shown and nothing changes; a bad segment is named.
    r = cli(args({segment, "--endpoint", server.url(), "--count", "1", "--add"}));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "HTTP 503: 'loading model'")) << r.err;
    r = cli(args({"Nobody", "--endpoint", server.url(), "--add"}));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "segment: 'Nobody' is not a segment")) << r.err;
    EXPECT_EQ(kol::test::readFile(p), before);

    // From the environment, and added with --add.
    ::setenv("KOLPLANNER_LLM_ENDPOINT", server.url().c_str(), 1);
    r = cli(args({segment, "--count", "2", "--add"}));
    ::unsetenv("KOLPLANNER_LLM_ENDPOINT");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "Draft 1\n  headline: Glow by Friday")) << r.out;
    j = nlohmann::json::parse(cli({"abtest", "show", p, "--scenario", "Baseline", "--test", "T", "--json"}).out);
    ASSERT_EQ(j["variants"].size(), 5u);
    EXPECT_EQ(j["variants"][4]["name"], "Draft 2");
    EXPECT_EQ(j["variants"][4]["headline"], "Skin you love");

    // The limit of variants is checked before anything is sent.
    const size_t asked = server.requests().size();
    r = cli(args({segment, "--endpoint", server.url(), "--count", "8", "--add"}));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "has 5 variants; adding 8 would pass the limit of 12")) << r.err;
    EXPECT_EQ(server.requests().size(), asked);

    // The PDF report has the test: its variants, rates with intervals and the next split.
    ASSERT_EQ(cli({"fit", p}).code, 0);
    ASSERT_EQ(cli({"allocate", p, "--scenario", "Baseline", "--method", "greedy"}).code, 0);
    const std::string pdf = dir.file("report.pdf");
    r = cli({"export", p, "--scenario", "Baseline", "--pdf", pdf});
    ASSERT_EQ(r.code, 0) << r.err;
    std::string text = kol::test::commandOutput("pdftotext '" + pdf + "' -");
    std::replace(text.begin(), text.end(), '\n', ' '); // lines wrap where the page does
    EXPECT_TRUE(contains(text, "A/B test: T")) << text;
    EXPECT_TRUE(contains(text, "Skin you love")) << text;
    EXPECT_TRUE(contains(text, "95% interval")) << text;
    EXPECT_TRUE(contains(text, "Thompson sampling recommends for round 3")) << text;
    EXPECT_TRUE(contains(text, "probability of being the segment's best")) << text;
}
