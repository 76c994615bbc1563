// The product on the data planners bring: the small inputs that broke it (tests/realdata/cases,
// from users' reports) and a generated project with every messy situation at once, run through
// the real command line from import to export.
#include "../TestUtil.h"
#include "../cli/CliRun.h"
#include "MessyData.h"
#include "store/CatalogStore.h"
#include "store/ProjectFile.h"

#include <cmath>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using kol::test::cli;
using kol::test::CliRun;
using kol::test::contains;
using kol::test::TempDir;
using Json = nlohmann::json;

namespace {
std::string cases(const std::string& name)
{
    return std::string(KOL_CASES_DIR) + "/" + name;
}

// Every number in a JSON document is finite (JSON cannot say otherwise: a NaN prints as null,
// which is what this catches).
void expectFiniteNumbers(const Json& j, const std::string& where)
{
    if (j.is_null()) {
        ADD_FAILURE() << where << " is null";
    } else if (j.is_number()) {
        EXPECT_TRUE(std::isfinite(j.get<double>())) << where;
    } else if (j.is_object()) {
        for (const auto& [key, value] : j.items()) {
            if (key != "savings_vs_template") { // null means "not reached", with a note
                expectFiniteNumbers(value, where + "." + key);
            }
        }
    } else if (j.is_array()) {
        for (size_t i = 0; i < j.size(); ++i) {
            expectFiniteNumbers(j[i], where + "[" + std::to_string(i) + "]");
        }
    }
}
} // namespace

TEST(RealDataCases, DotsAreThousandsWhereTheDecimalMarkIsAComma)
{
    TempDir dir;
    const std::string p = dir.file("p.kolplan");
    const CliRun r = cli({"import", "kols", p, cases("decimal-comma-kols.csv")});
    ASSERT_EQ(r.code, 0) << r.err;
    auto project = kol::ProjectFile::open(p);
    const auto kols = kol::CatalogStore(*project.value()).loadKols().value();
    ASSERT_EQ(kols.size(), 1u);
    EXPECT_EQ(kols[0].prices.at("short video"), 8000) << "8.000 in a semicolon file is eight thousand";
    EXPECT_EQ(kols[0].prices.at("live stream"), 18500);
    EXPECT_DOUBLE_EQ(kols[0].followerQuality, 0.56);
    EXPECT_DOUBLE_EQ(kols[0].interactionRate, 0.031);
}

TEST(RealDataCases, MessyListsImportAsAMarketerMeansThem)
{
    TempDir dir;
    const std::string p = dir.file("p.kolplan");
    CliRun r = cli({"import", "kols", p, cases("messy-kols.csv"), "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "\"added\": 5"));
    r = cli({"import", "posts", p, cases("messy-posts.csv"), "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const Json report = Json::parse(r.out);
    EXPECT_EQ(report["added"], 5);
    EXPECT_EQ(report["warning_rows"], 1) << "p005: more likes than reach";
    EXPECT_TRUE(contains(report["warnings"][0].get<std::string>(), "messy-posts.csv:6:"));
    auto project = kol::ProjectFile::open(p);
    std::map<std::string, kol::Kol> kols;
    const auto loaded = kol::CatalogStore(*project.value()).loadKols();
    ASSERT_TRUE(loaded) << loaded.error();
    for (const auto& k : loaded.value()) {
        kols[k.id] = k;
    }
    EXPECT_EQ(kols["k001"].followers, 409800000);
    EXPECT_EQ(kols["k002"].followers, 3300);
    EXPECT_EQ(kols["k003"].followers, 1250000);
    EXPECT_EQ(kols["k004"].followers, 12000) << "1.2万";
    EXPECT_EQ(kols["k005"].followers, 88000);
    EXPECT_DOUBLE_EQ(kols["k001"].interactionRate, 0.0139);
    EXPECT_DOUBLE_EQ(kols["k003"].interactionRate, 2.4) << "240%: engagements above followers";
    EXPECT_DOUBLE_EQ(kols["k005"].interactionRate, 0.0076);
    EXPECT_DOUBLE_EQ(kols["k001"].followerQuality, 0.76);
    EXPECT_EQ(kols["k001"].prices.at("short video"), 3e6);
    EXPECT_EQ(kols["k003"].prices.at("image-text"), 45000);
    std::map<std::string, kol::Post> posts;
    ASSERT_TRUE(kol::CatalogStore(*project.value()).forEachPost([&](const kol::Post& post) {
        posts[post.id] = post;
        return true;
    }));
    EXPECT_EQ(posts["p001"].reach, 213100);
    EXPECT_EQ(posts["p001"].date.toString(), "2025-02-23") << "a date with a time";
    EXPECT_EQ(posts["p002"].date.toString(), "2025-03-02") << "an ISO date-time";
    EXPECT_EQ(posts["p004"].likes, 3100000);
    EXPECT_EQ(posts["p003"].reach, 0) << "a post with no reach is valid";
}

TEST(RealDataCases, ABareRateInAPercentColumnIsAmbiguousAndRefused)
{
    TempDir dir;
    const std::string p = dir.file("p.kolplan");
    kol::test::writeFile(dir.file("k.csv"),
                         "kol_id,channel,followers,follower_quality,interaction_rate,price_short_video\n"
                         "a,Douyin,1000,0.8,1.39%,100\n"
                         "b,Douyin,1000,0.8,0.76,100\n");
    const CliRun r = cli({"import", "kols", p, dir.file("k.csv")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "k.csv:3: column 'interaction_rate': '0.76' has no % sign")) << r.err;
    EXPECT_FALSE(kol::test::fileExists(p)) << "a failed import removes the project it created";
}

TEST(RealData, ImportFitAllocateCompareExportOnMessyData)
{
    TempDir dir;
    const auto data = kol::test::writeMessyData(dir.path());
    const std::string p = dir.file("p.kolplan");
    CliRun r = cli({"import", "kols", p, data.kols});
    ASSERT_EQ(r.code, 0) << r.err;
    ASSERT_EQ(cli({"import", "kols", p, data.kolsEu}).code, 0);
    r = cli({"import", "posts", p, data.posts, "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_GE(Json::parse(r.out)["warning_rows"].get<int>(), 1) << "the post with more likes than reach";

    r = cli({"fit", p, "--epochs", "30", "--members", "2", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const Json fit = Json::parse(r.out);
    expectFiniteNumbers(fit, "fit");
    EXPECT_LT(fit["wape"].get<double>(), 2.0) << "zero-reach posts do not blow the error up";
    for (const char* thin : {"channel Bilibili: 0 posts", "channel Weibo: 5 posts", "channel WeChat: 0 posts",
                             "format live stream: 0 posts", "phase Sustain: 0 posts"}) {
        EXPECT_TRUE(contains(r.out, thin)) << thin << "\n" << r.out;
    }
    r = cli({"info", p});
    EXPECT_TRUE(contains(r.out, "thin history: channel Bilibili: 0 posts")) << r.out;

    ASSERT_EQ(cli({"scenario", "new", p, "S", "--budget", "1m", "--channels", "Douyin,Xiaohongshu,Kuaishou,Weibo,B站",
                   "--start", "2026-03-02"})
                  .code,
              0);
    ASSERT_EQ(cli({"train", p, "--scenario", "S", "--steps", "3000"}).code, 0);
    for (const char* method : {"template", "greedy", "optimal", "rl"}) {
        SCOPED_TRACE(method);
        r = cli({"allocate", p, "--scenario", "S", "--method", method, "--json"});
        ASSERT_EQ(r.code, 0) << r.err;
        const Json plan = Json::parse(r.out);
        expectFiniteNumbers(plan, method);
        // Bounded: the plan reaches at most what its KOLs' followers and channels' history allow.
        EXPECT_LT(plan["reach"].get<double>(), 1e10);
        const std::string notes = plan["notes"].dump();
        EXPECT_TRUE(contains(notes, "channel Bilibili has no post history")) << notes;
        EXPECT_TRUE(contains(notes, "channel Weibo has 5 posts")) << notes;
        EXPECT_TRUE(contains(notes, "phase Sustain has no post history")) << notes;
    }
    r = cli({"compare", p, "--scenario", "S", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    expectFiniteNumbers(Json::parse(r.out), "compare");
    r = cli({"export", p, "--scenario", "S", "--csv", dir.file("plan.csv"), "--kols-csv", dir.file("kols.csv"), "--pdf",
             dir.file("r.pdf")});
    ASSERT_EQ(r.code, 0) << r.err;
    const std::string csv = kol::test::readFile(dir.file("plan.csv"));
    EXPECT_EQ(csv.find("nan"), std::string::npos);
    EXPECT_EQ(csv.find("inf"), std::string::npos);
    EXPECT_EQ(kol::test::readFile(dir.file("r.pdf")).rfind("%PDF", 0), 0u);
}
