// fit --objective and compare --objective through the real command line, on a small demo.
#include "../TestUtil.h"
#include "CliRun.h"
#include "store/ProjectFile.h"
#include "store/SqliteDb.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using kol::test::cli;
using kol::test::CliRun;
using kol::test::contains;
using kol::test::TempDir;

TEST(DecisionCli, BothObjectivesTrainAreStoredAndComparedSideBySide)
{
    TempDir dir;
    const std::string p = dir.file("demo.kolplan");
    ASSERT_EQ(cli({"demo", p, "--kols", "400", "--posts", "3000", "--seed", "3"}).code, 0);
    CliRun r = cli({"compare", p, "--scenario", "Baseline", "--objective", "decision"});
    EXPECT_EQ(r.code, 1);
    ASSERT_EQ(cli({"fit", p, "--epochs", "8", "--members", "1"}).code, 0);
    {
        // As a project fitted before each objective's last fit was kept: only the model in use.
        auto project = kol::ProjectFile::open(p);
        ASSERT_TRUE(project);
        auto& db = project.value()->database();
        for (const char* table : {"model_tensor", "model_value"}) {
            ASSERT_TRUE(db.exec(std::string("DELETE FROM ") + table + " WHERE model = 'performance.accuracy'"));
        }
        ASSERT_TRUE(db.exec("DELETE FROM model WHERE name = 'performance.accuracy'"));
    }
    r = cli({"compare", p, "--scenario", "Baseline", "--objective", "decision"});
    EXPECT_EQ(r.code, 1) << "no model fitted for the decision yet";
    EXPECT_TRUE(contains(r.err, "has no model fitted for decision yet; run 'kolplanner-cli fit --objective decision'"))
        << r.err;

    // A bad objective is refused before anything is read or written.
    const std::string before = kol::test::readFile(p);
    r = cli({"fit", p, "--objective", "profit"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "--objective: 'profit' is neither 'accuracy' nor 'decision'")) << r.err;
    EXPECT_EQ(kol::test::readFile(p), before);

    r = cli({"fit", p, "--objective", "decision", "--epochs", "8", "--members", "1", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto fit = nlohmann::json::parse(r.out);
    EXPECT_EQ(fit["objective"], "decision");
    EXPECT_GT(fit["decision_problems"].get<int>(), 0);
    EXPECT_GT(fit["decision_kols"].get<int>(), 0);
    EXPECT_GE(fit["decision_regret"].get<double>(), 0.0);
    EXPECT_LE(fit["decision_regret"].get<double>(), 1.0);
    EXPECT_TRUE(fit["accuracy_start"].contains("decision_regret"));
    EXPECT_TRUE(contains(r.err, "decision check")) << "progress of the decision stage: " << r.err;

    // The model in use says what it was fitted for.
    const auto info = nlohmann::json::parse(cli({"info", p, "--json"}).out);
    EXPECT_EQ(info["model"]["objective"], "decision");
    EXPECT_TRUE(contains(cli({"info", p}).out, "Model       fitted for decision: R²"));

    // Both models' plans for the same scenario (the accuracy model kept when the decision fit replaced it).
    r = cli({"compare", p, "--scenario", "Baseline", "--objective", "both", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto both = nlohmann::json::parse(r.out);
    ASSERT_EQ(both["models"].size(), 2u);
    EXPECT_EQ(both["models"][0]["objective"], "accuracy");
    EXPECT_EQ(both["models"][1]["objective"], "decision");
    for (const auto& model : both["models"]) {
        ASSERT_FALSE(model["methods"].empty());
        EXPECT_TRUE(model["methods"][0].contains("true_effect"));
    }
    EXPECT_NE(both["models"][0]["methods"][2]["effect"], both["models"][1]["methods"][2]["effect"])
        << "two models, two valuations of the plan";
    r = cli({"compare", p, "--scenario", "Baseline", "--objective", "both"});
    EXPECT_TRUE(contains(r.out, "With the model fitted for accuracy:")) << r.out;
    EXPECT_TRUE(contains(r.out, "With the model fitted for decision:"));
    EXPECT_EQ(cli({"compare", p, "--scenario", "Baseline", "--objective", "both", "--curve"}).code, 2);

    // Fitting for accuracy again puts that model in use; the decision model stays comparable.
    ASSERT_EQ(cli({"fit", p, "--epochs", "8", "--members", "1"}).code, 0);
    EXPECT_EQ(nlohmann::json::parse(cli({"info", p, "--json"}).out)["model"]["objective"], "accuracy");
    EXPECT_EQ(cli({"compare", p, "--scenario", "Baseline", "--objective", "decision"}).code, 0);
}

TEST(DecisionCli, AHistoryTooSmallForTheDecisionIsRefusedWithItsCountsAndChangesNothing)
{
    TempDir dir;
    const std::string p = dir.file("tiny.kolplan");
    ASSERT_EQ(cli({"demo", p, "--kols", "60", "--posts", "200", "--seed", "2"}).code, 0);
    const std::string before = kol::test::readFile(p);
    const CliRun r = cli({"fit", p, "--objective", "decision"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "fitting for the budget decision needs at least 8 posts with prices in one channel"))
        << r.err;
    EXPECT_TRUE(contains(r.err, "or fit with --objective accuracy")) << r.err;
    EXPECT_EQ(kol::test::readFile(p), before) << "no model stored";
}
