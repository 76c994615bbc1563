// The market simulator: demo generation, model fitting (default size and 1M posts), building a
// scenario's value curves, evaluating plans in-process and through the CLI.
#include "Bench.h"
#include "base/Random.h"
#include "market/PlanEvaluator.h"
#include "session/ProjectMarket.h"
#include "store/ProjectFile.h"

#include <chrono>
#include <cstdio>
#include <fstream>

namespace kol::bench {

namespace {
double since(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
} // namespace

std::vector<Row> marketBench(const std::string& dir, bool big)
{
    std::vector<Row> rows;
    const std::string cli = cliPath();
    const std::string project = dir + "/demo.kolplan";
    auto child = [&](const std::string& what, const std::vector<std::string>& argv, const std::string& note) {
        const ChildRun r = runChild(argv);
        rows.push_back(
            {what, r.seconds, r.peakMiB, r.exitCode == 0 ? note : "FAILED (exit " + std::to_string(r.exitCode) + ")"});
        return r.exitCode == 0;
    };
    if (!child("demo project (3,000 KOLs, 30,000 posts)", {cli, "demo", project}, "CLI")
        || !child("fit (30,000 posts, 3 networks)", {cli, "fit", project}, "CLI, LibTorch, 1 thread")) {
        return rows;
    }

    auto opened = ProjectFile::open(project);
    auto start = std::chrono::steady_clock::now();
    auto market = loadMarket(*opened.value(), "Baseline");
    if (!market) {
        rows.push_back({"load market", 0, 0, "FAILED: " + market.error()});
        return rows;
    }
    const double loadSeconds = since(start);
    start = std::chrono::steady_clock::now();
    MarketOptions options;
    auto rebuilt = Market::build(market->scenario(), market->kols(), loadPerformanceModel(*opened.value()).value(),
                                 opened.value()->vocabulary(), options);
    rows.push_back(
        {"build market: 54 value curves", since(start), 0,
         "predictions + DP, 4,096 grid points; load with catalog " + std::to_string(loadSeconds).substr(0, 5) + " s"});

    // One cell's combination, chosen for a concrete amount.
    int biggest = 0;
    for (int c = 0; c < market->cellCount(); ++c) {
        biggest = market->curve(c).totalValue() > market->curve(biggest).totalValue() ? c : biggest;
    }
    start = std::chrono::steady_clock::now();
    const int reps = 50;
    size_t chosen = 0;
    for (int i = 0; i < reps; ++i) {
        chosen += market->curve(biggest).choose(150000).size();
    }
    rows.push_back({"build a cell's KOL combination", since(start) / reps, 0,
                    "largest cell at 150,000: " + std::to_string(chosen / reps) + " KOLs"});

    // Evaluating plans: random plans within the budget.
    const PlanEvaluator evaluator(market.value());
    Random rng(1);
    std::vector<std::vector<double>> plans(2000, std::vector<double>(static_cast<size_t>(market->cellCount())));
    for (auto& p : plans) {
        double total = 0;
        for (auto& a : p) {
            a = rng.uniform();
            total += a;
        }
        for (auto& a : p) {
            a *= market->scenario().budget / total;
        }
    }
    start = std::chrono::steady_clock::now();
    double sink = 0;
    for (int round = 0; round < 10; ++round) {
        for (const auto& p : plans) {
            sink += evaluator.evaluate(p).effect;
        }
    }
    const double perPlan = since(start) / (10.0 * static_cast<double>(plans.size()));
    char note[128];
    std::snprintf(note, sizeof note, "%.0f plans/s in-process (checksum %.3g)", 1.0 / perPlan, sink);
    rows.push_back({"evaluate one plan", perPlan, 0, note});

    // The CLI: 5,000 plans in one file.
    const std::string csv = dir + "/plans.csv";
    {
        std::ofstream out(csv);
        out << "plan,channel,phase,tier,amount\n";
        const StrategyMatrix& m = market->scenario().matrix();
        for (int p = 0; p < 5000; ++p) {
            for (int c = 0; c < m.cellCount(); ++c) {
                const CellIndex i = m.indexOf(c);
                out << "p" << p << "," << m.channels()[static_cast<size_t>(i.channel)] << ","
                    << m.phases()[static_cast<size_t>(i.phase)] << "," << m.tiers()[static_cast<size_t>(i.tier)] << ","
                    << plans[static_cast<size_t>(p) % plans.size()][static_cast<size_t>(c)] << "\n";
            }
        }
    }
    const ChildRun r = runChild({cli, "evaluate", project, "--scenario", "Baseline", "--plans", csv, "--json"});
    std::snprintf(note, sizeof note, "%.0f plans/s including start-up, load and CSV parsing", 5000.0 / r.seconds);
    rows.push_back({"CLI evaluate, 5,000 plans", r.seconds, r.peakMiB, r.exitCode == 0 ? note : "FAILED"});

    if (big) {
        const std::string large = dir + "/large.kolplan";
        if (child("demo project (3,000 KOLs, 1,000,000 posts)", {cli, "demo", large, "--posts", "1000000"}, "CLI")) {
            child("fit (1,000,000 posts, 3 networks)", {cli, "fit", large}, "CLI, LibTorch, 1 thread");
        }
    }
    return rows;
}

} // namespace kol::bench
