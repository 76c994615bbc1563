// `compare --curve`: each method's effect against the budget, the saving marked as compare
// reports it, and the marginal return per channel, through the real command line.
#include "../TestUtil.h"
#include "CliRun.h"
#include "store/SqliteDb.h"

#include <cmath>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using kol::test::cli;
using kol::test::CliRun;
using kol::test::contains;
using kol::test::TempDir;

namespace {
// A fitted demo project with one channel capped at 10% of the budget.
std::string project(TempDir& dir)
{
    const std::string p = dir.file("curve.kolplan");
    EXPECT_EQ(cli({"demo", p, "--kols", "400", "--posts", "3000", "--seed", "11"}).code, 0);
    EXPECT_EQ(cli({"fit", p, "--epochs", "8", "--members", "1"}).code, 0);
    EXPECT_EQ(cli({"scenario", "set", p, "Baseline", "--channel-share", "Weibo=0..10%"}).code, 0);
    return p;
}
} // namespace

TEST(SavingsCurve, CurvesRiseWithTheBudgetAndMarkTheSavingsCompareReports)
{
    TempDir dir;
    const std::string p = project(dir);
    const CliRun r = cli({"compare", p, "--scenario", "Baseline", "--curve", "--points", "8", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    const auto& curve = doc["curve"];
    const double budget = doc["budget"];
    const double templateEffect = curve["template_effect"];
    ASSERT_GT(templateEffect, 0);
    ASSERT_EQ(curve["methods"].size(), doc["methods"].size());
    for (size_t k = 0; k < doc["methods"].size(); ++k) {
        const auto& m = doc["methods"][k];
        const auto& c = curve["methods"][k];
        const std::string method = m["method"];
        ASSERT_EQ(c["method"], method);
        ASSERT_EQ(c["points"].size(), 8u) << method;
        bool atBudget = false;
        for (size_t i = 0; i < c["points"].size(); ++i) {
            const auto& point = c["points"][i];
            const double b = point["budget"], effect = point["effect"];
            EXPECT_TRUE(std::isfinite(effect) && effect >= 0) << method;
            EXPECT_LE(point["effect_low"].get<double>(), effect + 1e-9) << method;
            EXPECT_GE(point["effect_high"].get<double>(), effect - 1e-9) << method;
            EXPECT_LE(point["spend"].get<double>(), b * (1 + 1e-6)) << method;
            if (i > 0) {
                const auto& before = c["points"][i - 1];
                EXPECT_GT(b, before["budget"].get<double>());
                // More money never buys less, up to the searches' own noise (1% of the effect).
                EXPECT_GE(effect, 0.99 * before["effect"].get<double>()) << method << " at " << b;
            }
            if (b == budget) {
                atBudget = true;
                EXPECT_NEAR(effect, m["effect"].get<double>(), 1e-9) << method;
            }
        }
        EXPECT_TRUE(atBudget) << "the scenario's own budget is a point of the " << method << " curve";
        EXPECT_EQ(c["savings_vs_template"], m["savings_vs_template"]) << method;
        EXPECT_NEAR(c["uplift_vs_template"].get<double>(), m["uplift_vs_template"].get<double>(), 1e-12) << method;
        if (c["savings_vs_template"].is_number()) {
            EXPECT_NEAR(c["saving_budget"].get<double>(), budget * (1 - c["savings_vs_template"].get<double>()),
                        1e-6 * budget)
                << method;
        } else {
            EXPECT_TRUE(c["saving_budget"].is_null());
            EXPECT_FALSE(c["savings_note"].get<std::string>().empty()) << method << ": a missing saving says why";
        }
        // Every channel of the scenario, each figure finite or explained.
        ASSERT_EQ(c["marginal_return"].size(), 6u) << method;
        for (const auto& mr : c["marginal_return"]) {
            for (const char* side : {"gain", "loss"}) {
                if (mr[side].is_number()) {
                    EXPECT_TRUE(std::isfinite(mr[side].get<double>()));
                } else {
                    EXPECT_FALSE(mr["note"].get<std::string>().empty()) << method << " " << mr["channel"] << side;
                }
            }
        }
    }
    // `optimal` puts as much into the capped channel as it allows or none it wants: either way
    // no more than 10% of the budget, and where it holds 10% one more percent is refused.
    for (const auto& c : curve["methods"]) {
        for (const auto& mr : c["marginal_return"]) {
            if (mr["channel"] == "Weibo" && mr["gain"].is_null()) {
                EXPECT_TRUE(contains(mr["note"].get<std::string>(), "maximum share")) << mr.dump();
            }
        }
    }
}

namespace {
std::string pdfText(const std::string& pdf)
{
    FILE* text = popen(("pdftotext '" + pdf + "' -").c_str(), "r");
    std::string out;
    char buffer[4096];
    for (size_t n = 0; text && (n = fread(buffer, 1, sizeof buffer, text)) > 0;) {
        out.append(buffer, n);
    }
    if (text) {
        pclose(text);
    }
    return out;
}
} // namespace

TEST(SavingsCurve, TheTextTablesTheReportAndBadOptions)
{
    TempDir dir;
    const std::string p = project(dir);
    ASSERT_EQ(cli({"allocate", p, "--scenario", "Baseline", "--method", "greedy"}).code, 0);
    ASSERT_EQ(cli({"export", p, "--scenario", "Baseline", "--pdf", dir.file("before.pdf")}).code, 0);
    EXPECT_TRUE(contains(pdfText(dir.file("before.pdf")), "have not been computed"));

    CliRun r = cli({"compare", p, "--scenario", "Baseline", "--curve", "--points", "3"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "Effect against budget")) << r.out;
    EXPECT_TRUE(contains(r.out, "reaches the template's effect at")) << r.out;
    EXPECT_TRUE(contains(r.out, "Marginal return per channel")) << r.out;
    EXPECT_TRUE(contains(r.out, "2,000,000")) << r.out; // 2x the budget
    EXPECT_TRUE(contains(r.out, "250,000")) << r.out;   // 0.25x
    // The curves were kept: the report's cover shows the savings, and the next compare reuses them.
    ASSERT_EQ(cli({"export", p, "--scenario", "Baseline", "--pdf", dir.file("after.pdf")}).code, 0);
    const std::string report = pdfText(dir.file("after.pdf"));
    EXPECT_TRUE(contains(report, "Savings against the template")) << report.substr(0, 2000);
    // (pdftotext writes "ff" as one ligature character: the words below have none.)
    EXPECT_TRUE(contains(report, "instead of 1,000,000 (saves")) << report.substr(0, 2000);
    EXPECT_TRUE(contains(report, "against budget")) << report.substr(0, 2000);
    const CliRun again = cli({"compare", p, "--scenario", "Baseline", "--curve", "--points", "3"});
    EXPECT_FALSE(contains(again.err, "curve...")) << "stored curves are not computed again: " << again.err;
    EXPECT_TRUE(contains(r.err, "curve...")) << r.err;

    // Stored curves edited outside the program are not shown: they are computed again.
    {
        auto db = kol::Database::open(p, kol::Database::Mode::ReadWrite);
        ASSERT_TRUE(db) << db.error();
        ASSERT_TRUE(db.value()->exec("UPDATE savings_curve SET savings = 0.9, saving_budget = 100000"
                                     " WHERE method = 'greedy'"));
    }
    const CliRun tampered = cli({"compare", p, "--scenario", "Baseline", "--curve", "--points", "3", "--json"});
    ASSERT_EQ(tampered.code, 0) << tampered.err;
    EXPECT_TRUE(contains(tampered.err, "curve...")) << tampered.err;
    const auto doc = nlohmann::json::parse(tampered.out);
    for (size_t k = 0; k < doc["methods"].size(); ++k) {
        EXPECT_EQ(doc["curve"]["methods"][k]["savings_vs_template"], doc["methods"][k]["savings_vs_template"]);
    }

    r = cli({"compare", p, "--scenario", "Baseline", "--curve", "--points", "2"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "points")) << r.err;
    r = cli({"compare", p, "--scenario", "Baseline", "--points", "5"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "--points needs --curve")) << r.err;
}
