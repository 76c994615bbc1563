// `import actuals` and `actuals` through the real command line: a planner records the Warm-up of
// the demo's plan as it happened, reads it back, is refused a bad file with its lines, and clears it.
#include "../TestUtil.h"
#include "CliRun.h"
#include "session/PlanningSession.h"
#include "session/SavingsCurves.h"
#include "store/Schema.h"
#include "store/SqliteDb.h"

#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

using kol::test::cli;
using kol::test::CliRun;
using kol::test::contains;
using kol::test::TempDir;

TEST(ActualsCli, RecordsTheWarmUpOfAPlanShowsItAndRefusesABadFile)
{
    TempDir dir;
    const std::string p = dir.file("run.kolplan");
    ASSERT_EQ(cli({"demo", p, "--kols", "400", "--posts", "3000", "--seed", "5"}).code, 0);
    ASSERT_EQ(cli({"fit", p, "--epochs", "8", "--members", "1"}).code, 0);
    ASSERT_EQ(cli({"allocate", p, "--scenario", "Baseline", "--method", "optimal"}).code, 0);
    ASSERT_EQ(cli({"export", p, "--scenario", "Baseline", "--kols-csv", dir.file("kols.csv")}).code, 0);
    // The plan's Warm-up KOLs, booked at their price, with results 20% under the prediction.
    std::ifstream in(dir.file("kols.csv"));
    std::string line;
    std::getline(in, line); // channel,phase,tier,kol_id,name,followers,format,price,predicted_reach,...
    std::ostringstream actuals;
    actuals << "phase,channel,tier,kol_id,format,spend,reach,engagements\n";
    double spent = 0;
    int posts = 0;
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::stringstream fields(line);
        for (std::string x; std::getline(fields, x, ',');) {
            f.push_back(x);
        }
        ASSERT_GE(f.size(), 10u) << line;
        if (f[1] != "Warm-up") {
            continue;
        }
        actuals << f[1] << "," << f[0] << "," << f[2] << "," << f[3] << "," << f[6] << "," << f[7] << ","
                << 0.8 * std::stod(f[8]) << "," << 0.8 * std::stod(f[9]) << "\n";
        spent += std::stod(f[7]);
        ++posts;
    }
    ASSERT_GT(posts, 0);
    kol::test::writeFile(dir.file("warmup.csv"), actuals.str());
    auto basis = [&] {
        auto session = kol::PlanningSession::open(p, kol::ProjectFile::Access::ReadOnly);
        EXPECT_TRUE(session) << session.error();
        auto b = kol::savingsBasis(*session.value(), "Baseline");
        EXPECT_TRUE(b) << b.error();
        return b ? b.value() : std::string();
    };
    const std::string before = basis();
    CliRun r = cli({"import", "actuals", p, "--scenario", "Baseline", dir.file("warmup.csv")});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(basis(), before) << "stored savings curves are computed again for the running campaign";
    EXPECT_TRUE(contains(r.err, "recorded " + std::to_string(posts) + " post(s)")) << r.err;
    r = cli({"actuals", p, "--scenario", "Baseline", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["finished_phases"], nlohmann::json::array({"Warm-up"}));
    EXPECT_NEAR(doc["spent"].get<double>(), spent, 0.01);
    EXPECT_NEAR(doc["remaining"].get<double>(), doc["budget"].get<double>() - spent, 0.01);
    ASSERT_EQ(doc["phases"].size(), 1u);
    EXPECT_EQ(doc["phases"][0]["posts"], posts);
    // Every method re-plans only Launch and Sustain, with the money left, and says what changed
    // against the plan the campaign was running on.
    for (const char* method : {"template", "greedy", "optimal"}) {
        r = cli({"allocate", p, "--scenario", "Baseline", "--method", method, "--json"});
        ASSERT_EQ(r.code, 0) << r.err;
        const auto plan = nlohmann::json::parse(r.out);
        ASSERT_TRUE(plan.contains("campaign")) << method;
        const auto& phases = plan["campaign"]["phases"];
        ASSERT_EQ(phases.size(), 3u);
        EXPECT_TRUE(phases[0]["finished"].get<bool>());
        EXPECT_NEAR(phases[0]["after"].get<double>(), spent, 0.01) << method << ": Warm-up stays as spent";
        EXPECT_NEAR(phases[0]["actual"].get<double>(), spent, 0.01);
        EXPECT_FALSE(phases[1]["finished"].get<bool>());
        EXPECT_GT(phases[0]["before"].get<double>(), 0) << "the plan the campaign ran on";
        const double later = phases[1]["after"].get<double>() + phases[2]["after"].get<double>();
        EXPECT_LE(later, doc["budget"].get<double>() - spent + 0.01) << method;
        EXPECT_GT(later, 0.8 * (doc["budget"].get<double>() - spent)) << method;
    }
    r = cli({"allocate", p, "--scenario", "Baseline", "--method", "optimal"});
    EXPECT_TRUE(contains(r.out, "running campaign: ")) << r.out;
    EXPECT_TRUE(contains(r.out, "plan before")) << r.out;
    // A bad file is refused with its lines, and the record stays.
    kol::test::writeFile(dir.file("bad.csv"),
                         "phase,channel,kol_id,format,spend,reach,engagements\n"
                         "Launch,Douyin,NOPE,short video,100,1,1\n"
                         "Sustain,Douyin,NOPE,short video,100,1,1\n"
                         "Launch,Douyin,NOPE,short video,100,1,1\n");
    r = cli({"import", "actuals", p, "--scenario", "Baseline", dir.file("bad.csv")});
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(contains(r.err, "bad.csv:2: column 'kol_id'")) << r.err;
    EXPECT_TRUE(contains(r.err, "bad.csv:4: column 'phase': out of order: Launch after Sustain")) << r.err;
    EXPECT_TRUE(contains(r.err, "nothing was imported")) << r.err;
    EXPECT_EQ(cli({"import", "actuals", p, dir.file("bad.csv")}).code, 2) << "--scenario is needed";
    r = cli({"actuals", p, "--scenario", "Baseline"});
    EXPECT_TRUE(contains(r.out, "spent in Warm-up")) << r.out;
    ASSERT_EQ(cli({"actuals", p, "--scenario", "Baseline", "--clear"}).code, 0);
    r = cli({"actuals", p, "--scenario", "Baseline"});
    EXPECT_TRUE(contains(r.out, "no actuals recorded")) << r.out;
}

// A project written before actuals existed (file format 7) is upgraded by the first command that
// opens it, even one that only reads (it used to be refused until a command wrote to it).
TEST(ActualsCli, AnOlderProjectIsUpgradedEvenByACommandThatOnlyReads)
{
    TempDir dir;
    const std::string p = dir.file("old.kolplan");
    ASSERT_EQ(cli({"demo", p, "--kols", "200", "--posts", "1000", "--seed", "3"}).code, 0);
    {
        auto db = kol::Database::open(p, kol::Database::Mode::ReadWrite);
        ASSERT_TRUE(db) << db.error();
        ASSERT_TRUE(
            db.value()->exec("DROP TABLE actual_post; DROP TABLE campaign_history; DROP TABLE scenario_rival_channel;"
                             " DROP TABLE scenario_rival; DROP TABLE ab_result; DROP TABLE ab_segment;"
                             " DROP TABLE ab_variant; DROP TABLE ab_test; PRAGMA user_version = 7;"));
    }
    CliRun r = cli({"actuals", p, "--scenario", "Baseline"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(
        contains(r.err, "upgraded " + p + " from file format 7 to " + std::to_string(kol::schema::kCurrentVersion)))
        << r.err;
    EXPECT_TRUE(contains(r.out, "no actuals recorded")) << r.out;
    r = cli({"info", p});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_FALSE(contains(r.err, "upgraded")) << "once is enough: " << r.err;
}

TEST(ActualsCli, RlTrainsOnRealisedCampaignStatesOnlyWhereThereIsATruth)
{
    TempDir dir;
    const std::string p = dir.file("states.kolplan");
    ASSERT_EQ(cli({"demo", p, "--kols", "300", "--posts", "2000", "--seed", "5"}).code, 0);
    ASSERT_EQ(cli({"fit", p, "--epochs", "5", "--members", "1"}).code, 0);
    CliRun r = cli({"train", p, "--scenario", "Baseline", "--steps", "400", "--realised-states", "4", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto trained = nlohmann::json::parse(r.out);
    EXPECT_GT(trained["steps"].get<long>(), 0);
    r = cli({"allocate", p, "--scenario", "Baseline", "--method", "rl"});
    EXPECT_EQ(r.code, 0) << r.err;

    EXPECT_EQ(cli({"train", p, "--scenario", "Baseline", "--realised-states", "-1"}).code, 2);
    // Without the generator's truth there is nothing to draw a campaign's outcomes from.
    {
        auto db = kol::Database::open(p, kol::Database::Mode::ReadWrite);
        ASSERT_TRUE(db) << db.error();
        ASSERT_TRUE(db.value()->exec("DELETE FROM demo_truth;"));
    }
    const std::string bytes = kol::test::readFile(p);
    r = cli({"train", p, "--scenario", "Baseline", "--steps", "400", "--realised-states", "4"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "training on realised campaign states")) << r.err;
    EXPECT_TRUE(contains(r.err, "only demo projects")) << r.err;
    EXPECT_EQ(kol::test::readFile(p), bytes) << "a refused run changes nothing";
}
