// demo, fit and evaluate through the real command line, on a small generated project.
#include "../TestUtil.h"
#include "CliRun.h"
#include "market/DemoMarket.h"
#include "session/DemoProject.h"
#include "store/ProjectFile.h"
#include "store/SqliteDb.h"
#include "store/TruthStore.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

using kol::test::cli;
using kol::test::CliRun;
using kol::test::contains;
using kol::test::TempDir;

namespace {
// One fitted demo project for the whole binary.
const std::string& project()
{
    static TempDir dir;
    static const std::string path = [] {
        const std::string p = dir.file("demo.kolplan");
        EXPECT_EQ(cli({"demo", p, "--kols", "400", "--posts", "3000", "--seed", "3"}).code, 0);
        EXPECT_EQ(cli({"fit", p, "--epochs", "8", "--members", "1"}).code, 0);
        return p;
    }();
    return path;
}
} // namespace

TEST(MarketCli, DemoRefusesToOverwriteWithoutForceAndNeverReplacesOtherFiles)
{
    TempDir dir;
    const std::string p = dir.file("d.kolplan");
    ASSERT_EQ(cli({"demo", p, "--kols", "50", "--posts", "100"}).code, 0);
    CliRun r = cli({"demo", p, "--kols", "50", "--posts", "100"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "already exists; use --force"));
    EXPECT_EQ(cli({"demo", p, "--kols", "60", "--posts", "100", "--force"}).code, 0);
    EXPECT_TRUE(contains(cli({"info", p, "--json"}).out, "\"kols\": 60,"));
    kol::test::writeFile(dir.file("notes.txt"), "precious");
    r = cli({"demo", dir.file("notes.txt"), "--force"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "refusing to replace it"));
    EXPECT_EQ(kol::test::readFile(dir.file("notes.txt")), "precious");
    EXPECT_EQ(cli({"demo", p, "--kols", "-3"}).code, 2);
}

TEST(MarketCli, FitPrintsTheDocumentedJson)
{
    const CliRun r = cli({"fit", project(), "--epochs", "3", "--members", "1", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    for (const char* key : {"\"r2\"", "\"mape\"", "\"baseline_r2\"", "\"baseline_mape\"", "\"train_rows\": 2400",
                            "\"validation_rows\": 600", "\"seconds\""}) {
        EXPECT_TRUE(contains(r.out, key)) << key << " in " << r.out;
    }
    EXPECT_EQ(r.out.front(), '{');
    EXPECT_EQ(r.out.find("network"), std::string::npos) << "progress goes to stderr";
}

TEST(MarketCli, EvaluateIsDeterministicAndKeepsTheContract)
{
    TempDir dir;
    kol::test::writeFile(dir.file("plans.csv"),
                         "plan,channel,phase,tier,amount\n"
                         "a,Douyin,Launch,Head,200000\n"
                         "a,Douyin,Launch,Mid,150000\n"
                         "b,Weibo,Warm-up,Tail,20000\n"
                         "b,Weibo,Launch,Tail,50000\n");
    const std::vector<std::string> args
        = {"evaluate", project(), "--scenario", "Baseline", "--plans", dir.file("plans.csv"), "--json"};
    const CliRun first = cli(args), second = cli(args);
    ASSERT_EQ(first.code, 0) << first.err;
    for (const char* key : {"\"plan\": \"a\"", "\"effect\"", "\"spend\"", "\"reach\"", "\"engagements\"", "\"penalty\"",
                            "\"feasible\": true", "\"seconds\""}) {
        EXPECT_TRUE(contains(first.out, key)) << key;
    }
    EXPECT_TRUE(contains(first.out, "\"hierarchy_penalty\": 0,")) << "plan a keeps Head >= Mid";
    auto strip = [](std::string s) {
        return s.substr(0, s.find("\"seconds\""));
    };
    EXPECT_EQ(strip(first.out), strip(second.out));
}

TEST(MarketCli, BadPlanFilesAndMissingModelGiveClearErrors)
{
    TempDir dir;
    const std::pair<const char*, const char*> cases[] = {
        {"plan,channel,phase,tier,amount\np,Zhihu,Launch,Head,5\n", "plans.csv:2: column 'channel': 'Zhihu'"},
        {"plan,channel,phase,tier,amount\np,Douyin,Launch,Head,-5\n", "must be between 0 and 1e15"},
        {"plan,channel,phase,tier,amount\np,Douyin,Launch,Head,abc\n", "'abc' is not a number"},
        {"plan,channel,phase,tier,amount\np,Douyin,Launch,Head,900000\np,Weibo,Launch,Head,200000\n",
         "plan 'p' allocates 1,100,000, more than the budget 1,000,000"},
    };
    for (const auto& [text, expected] : cases) {
        kol::test::writeFile(dir.file("plans.csv"), text);
        const CliRun r = cli({"evaluate", project(), "--scenario", "Baseline", "--plans", dir.file("plans.csv")});
        EXPECT_EQ(r.code, 1);
        EXPECT_TRUE(contains(r.err, expected)) << r.err;
        EXPECT_EQ(r.out, "");
    }
    ASSERT_EQ(cli({"demo", dir.file("raw.kolplan"), "--kols", "50", "--posts", "100"}).code, 0);
    const CliRun r
        = cli({"evaluate", dir.file("raw.kolplan"), "--scenario", "Baseline", "--plans", dir.file("plans.csv")});
    EXPECT_TRUE(contains(r.err, "has no performance model yet; run 'kolplanner-cli fit' first")) << r.err;
    EXPECT_EQ(cli({"evaluate", project(), "--plans", dir.file("plans.csv")}).code, 2);
}

TEST(MarketCli, AllocateStoresThePlanAndCompareReportsEveryMethod)
{
    TempDir dir;
    const std::string p = dir.file("copy.kolplan");
    kol::test::writeFile(p, kol::test::readFile(project()));
    CliRun r = cli({"allocate", p, "--scenario", "Baseline", "--method", "greedy", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    for (const char* key :
         {"\"scenario\": \"Baseline\"", "\"method\": \"greedy\"", "\"budget\": 1000000", "\"spend\"", "\"effect\"",
          "\"reach\"", "\"engagements\"", "\"penalty\"", "\"seconds\"", "\"cells\"", "\"kols\": [", "\"amount\""}) {
        EXPECT_TRUE(contains(r.out, key)) << key;
    }
    EXPECT_TRUE(contains(cli({"info", p, "--json"}).out, "\"plans\": 1,"));
    ASSERT_EQ(cli({"allocate", p, "--scenario", "Baseline", "--method", "template", "--dry-run"}).code, 0);
    EXPECT_TRUE(contains(cli({"info", p, "--json"}).out, "\"plans\": 1,")) << "--dry-run stores nothing";
    r = cli({"allocate", p, "--scenario", "Baseline", "--method", "magic"});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(contains(r.err, "unknown method 'magic'"));

    r = cli({"compare", p, "--scenario", "Baseline", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    for (const char* key : {"\"method\": \"template\"", "\"method\": \"greedy\"", "\"method\": \"optimal\"",
                            "\"uplift_vs_template\"", "\"savings_vs_template\"", "\"gap_to_best\"", "\"seconds\""}) {
        EXPECT_TRUE(contains(r.out, key)) << key;
    }
}

// The engine issue's item 5: a demo project knows its generator's truth, and every plan is also
// scored against it; compare says what the model's errors cost each method.
TEST(MarketCli, OnADemoProjectEveryPlanIsAlsoScoredAgainstTheTruth)
{
    TempDir dir;
    const std::string p = dir.file("truth.kolplan");
    kol::test::writeFile(p, kol::test::readFile(project()));
    CliRun r = cli({"compare", p, "--scenario", "Baseline", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto compared = nlohmann::json::parse(r.out);
    ASSERT_GE(compared["methods"].size(), 3u);
    for (const auto& m : compared["methods"]) {
        const std::string method = m["method"];
        ASSERT_TRUE(m.contains("true_effect")) << method;
        const double truthEffect = m["true_effect"];
        EXPECT_TRUE(std::isfinite(truthEffect) && truthEffect > 0) << method;
        ASSERT_TRUE(m["truth_planned_effect"].is_number()) << method;
        const double planned = m["truth_planned_effect"];
        // Planning on the truth can only help, up to the search's own tolerance.
        EXPECT_GE(planned, 0.99 * truthEffect) << method;
        const double cost = m["model_error_cost"];
        EXPECT_NEAR(cost, 1 - truthEffect / planned, 1e-9) << method;
    }
    r = cli({"allocate", p, "--scenario", "Baseline", "--method", "greedy", "--json", "--dry-run"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto plan = nlohmann::json::parse(r.out);
    ASSERT_TRUE(plan.contains("true_effect")) << r.out.substr(0, 400);
    EXPECT_NEAR(plan["true_effect"].get<double>(), compared["methods"][1]["true_effect"].get<double>(), 1e-6)
        << "allocate and compare score the same greedy plan alike";

    // An empty plan is worth nothing at the truth too.
    const std::string plans = dir.file("plans.csv");
    kol::test::writeFile(plans, "plan,channel,phase,tier,amount\nnone,Douyin,Launch,Head,0\n");
    r = cli({"evaluate", p, "--scenario", "Baseline", "--plans", plans, "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_DOUBLE_EQ(nlohmann::json::parse(r.out)["plans"][0]["true_effect"].get<double>(), 0.0);

    // Without its truth (as any imported project) the figures are simply absent.
    {
        auto db = kol::Database::open(p, kol::Database::Mode::ReadWrite);
        ASSERT_TRUE(db) << db.error();
        ASSERT_TRUE(db.value()->exec("DELETE FROM demo_truth"));
    }
    r = cli({"compare", p, "--scenario", "Baseline", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_FALSE(contains(r.out, "true_effect"));
    r = cli({"evaluate", p, "--scenario", "Baseline", "--plans", plans, "--json"});
    EXPECT_FALSE(contains(r.out, "true_effect"));
}

TEST(MarketCli, ExportWritesSpreadsheetSafeCsvOfTheStoredPlan)
{
    TempDir dir;
    const std::string p = dir.file("copy.kolplan");
    kol::test::writeFile(p, kol::test::readFile(project()));
    CliRun r = cli({"export", p, "--scenario", "Baseline", "--csv", dir.file("plan.csv")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "no stored plan yet")) << r.err;
    EXPECT_FALSE(kol::test::fileExists(dir.file("plan.csv")));
    ASSERT_EQ(cli({"allocate", p, "--scenario", "Baseline", "--method", "greedy"}).code, 0);
    r = cli({"export", p, "--scenario", "Baseline", "--csv", dir.file("plan.csv"), "--kols-csv", dir.file("kols.csv"),
             "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "\"method\":\"greedy\"") || contains(r.out, "\"method\": \"greedy\"")) << r.out;

    const std::string plan = kol::test::readFile(dir.file("plan.csv"));
    ASSERT_EQ(plan.rfind("\xEF\xBB\xBF"
                         "channel,phase,tier,amount,spend,effect,reach,engagements,kol_ids,marginal_gain_1pct,"
                         "marginal_loss_1pct\r\n",
                         0),
              0u);
    std::istringstream lines(plan);
    std::string line;
    int rows = -1;
    double total = 0;
    while (std::getline(lines, line)) {
        ++rows;
        if (rows > 0) {
            std::istringstream fields(line);
            std::string f;
            for (int i = 0; i < 4; ++i) {
                std::getline(fields, f, ',');
            }
            total += std::stod(f);
        }
    }
    EXPECT_EQ(rows, 54) << "one row per cell";
    // The plan is current, so each row carries its channel's marginal return: some channel's
    // next 1% of the budget buys something.
    bool anyGain = false;
    std::istringstream again(plan);
    std::getline(again, line);
    while (std::getline(again, line)) {
        const size_t cut = line.rfind(',', line.rfind(',') - 1);
        const std::string gain = line.substr(cut + 1, line.rfind(',') - cut - 1);
        anyGain = anyGain || (!gain.empty() && std::stod(gain) > 0);
    }
    EXPECT_TRUE(anyGain) << plan.substr(0, 600);
    EXPECT_GT(total, 0);
    EXPECT_LE(total, 1000000 * (1 + 1e-6));
    const std::string kols = kol::test::readFile(dir.file("kols.csv"));
    EXPECT_TRUE(contains(kols, "kol_id,name,followers,format,price,predicted_reach,predicted_engagements,score"));
    EXPECT_GT(std::count(kols.begin(), kols.end(), '\n'), 5);

    r = cli({"export", p, "--scenario", "Baseline", "--csv", dir.file("missing/dir/plan.csv")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "missing/dir/plan.csv: cannot write")) << r.err;
    EXPECT_FALSE(kol::test::fileExists(dir.file("missing/dir/plan.csv.partial")));
    EXPECT_EQ(cli({"export", p, "--scenario", "Baseline"}).code, 2) << "needs a file to write";

    // The Excel workbook: three sheets; the cells sheet holds the amounts as numbers, a name
    // that starts with '=' as text (a shared string), never as a formula.
    r = cli({"export", p, "--scenario", "Baseline", "--xlsx", dir.file("plan.xlsx")});
    ASSERT_EQ(r.code, 0) << r.err;
    const std::string listing = kol::test::commandOutput("unzip -l '" + dir.file("plan.xlsx") + "'");
    for (const char* part : {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"}) {
        EXPECT_TRUE(contains(listing, part)) << listing;
    }
    const std::string book = kol::test::commandOutput("unzip -p '" + dir.file("plan.xlsx") + "' xl/workbook.xml");
    EXPECT_TRUE(contains(book, "name=\"Figures\"") && contains(book, "name=\"Cells\"")
                && contains(book, "name=\"KOLs\""))
        << book;
    const std::string cells
        = kol::test::commandOutput("unzip -p '" + dir.file("plan.xlsx") + "' xl/worksheets/sheet2.xml");
    EXPECT_EQ(std::count(cells.begin(), cells.end(), '<') > 100, true);
    EXPECT_FALSE(contains(cells, "<f>")) << "no formulas";
    r = cli({"export", p, "--scenario", "Baseline", "--xlsx", dir.file("missing/dir/plan.xlsx")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "missing/dir/plan.xlsx: cannot write the workbook")) << r.err;
    EXPECT_EQ(cli({"export", p, "--scenario", "Baseline", "--plan", "99", "--csv", dir.file("x.csv")}).code, 1);
}

TEST(MarketCli, ExportWritesTheStoredPlanAsItWasAndThePdfWithoutTheWindow)
{
    TempDir dir;
    const std::string p = dir.file("copy.kolplan");
    kol::test::writeFile(p, kol::test::readFile(project()));
    ASSERT_EQ(cli({"allocate", p, "--scenario", "Baseline", "--method", "greedy"}).code, 0);
    CliRun r
        = cli({"export", p, "--scenario", "Baseline", "--plan", "1", "--kols-csv", dir.file("before.csv"), "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "\"current\":true")) << r.out;
    const std::string before = kol::test::readFile(dir.file("before.csv"));

    // Re-import one booked KOL with another name and price: the stored plan keeps what it booked.
    std::istringstream rows(before);
    std::string header, first;
    std::getline(rows, header);
    std::getline(rows, first);
    std::vector<std::string> f;
    std::istringstream fields(first);
    for (std::string x; std::getline(fields, x, ',');) {
        f.push_back(x);
    }
    ASSERT_GE(f.size(), 8u) << first;
    const std::string id = f[3], channel = f[0], followers = f[5];
    kol::test::writeFile(dir.file("update.csv"),
                         "kol_id,name,channel,followers,follower_quality,interaction_rate,price_short_video,"
                         "price_image_text,price_live_stream\n"
                             + id + ",Renamed," + channel + "," + followers + ",0.5,0.01,1,1,1\n");
    ASSERT_EQ(cli({"import", "kols", p, dir.file("update.csv")}).code, 0);
    r = cli({"export", p, "--scenario", "Baseline", "--kols-csv", dir.file("after.csv"), "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(kol::test::readFile(dir.file("after.csv")), before) << "a stored plan exports what it stored";
    EXPECT_TRUE(contains(r.out, "\"current\":false")) << r.out;
    EXPECT_TRUE(contains(r.err, "the KOL catalog or the performance model has changed since")) << r.err;

    // The PDF report, drawn by the command line itself (no desktop program next to this test).
    r = cli({"export", p, "--scenario", "Baseline", "--plan", "1", "--pdf", dir.file("r.pdf")});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(kol::test::readFile(dir.file("r.pdf")).rfind("%PDF", 0), 0u);
    FILE* text = popen(("pdftotext '" + dir.file("r.pdf") + "' -").c_str(), "r");
    ASSERT_NE(text, nullptr);
    std::string report;
    char buffer[4096];
    for (size_t n = 0; (n = fread(buffer, 1, sizeof buffer, text)) > 0;) {
        report.append(buffer, n);
    }
    pclose(text);
    for (const std::string& part : {std::string("Figures against the expert template"), std::string("KOLs per cell"),
                                    std::string("Strategy matrix"), id}) {
        EXPECT_TRUE(contains(report, part)) << part;
    }
    r = cli({"export", p, "--scenario", "Baseline", "--pdf", dir.file("missing/r.pdf")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, dir.file("missing/r.pdf"))) << r.err;
    EXPECT_FALSE(kol::test::fileExists(dir.file("missing/r.pdf.partial")));
}

TEST(DemoTruth, RoundTripsAndNeedsItsKols)
{
    TempDir dir;
    const std::string path = dir.file("t.kolplan");
    ASSERT_TRUE(kol::writeDemoProject(path, kol::DemoOptions{5, 30, 50}));
    auto p = kol::ProjectFile::open(path);
    ASSERT_TRUE(p) << p.error();
    auto truth = kol::TruthStore(*p.value()).load();
    ASSERT_TRUE(truth) << truth.error();
    ASSERT_TRUE(truth.value().has_value());
    EXPECT_EQ(truth.value()->size(), 30u);
    const kol::DemoMarket regenerated = kol::generateDemoMarket(kol::DemoOptions{5, 30, 50});
    const kol::DemoCreator& first = truth.value()->at(regenerated.kols.front().id);
    EXPECT_DOUBLE_EQ(first.reachPerFollower, regenerated.creators.front().reachPerFollower);
    EXPECT_DOUBLE_EQ(first.engagementPerView, regenerated.creators.front().engagementPerView);
    const std::string before = kol::test::readFile(path);
    const kol::Status refused = kol::TruthStore(*p.value()).save({{"nobody", kol::DemoCreator{1, 0.1}}});
    EXPECT_FALSE(refused);
    EXPECT_NE(refused.message().find("'nobody' is not in the catalog"), std::string::npos) << refused.message();
    p.value().reset();
    EXPECT_EQ(kol::test::readFile(path), before) << "a refused save changes nothing";
}
