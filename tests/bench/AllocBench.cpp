// Allocators: greedy and optimal run times, RL training to convergence, re-planning with the
// trained policy and edited scenarios, and cancellation latency.
#include "Bench.h"
#include "alloc/Allocator.h"
#include "alloc/RlAllocator.h"
#include "base/Random.h"
#include "session/PlanningSession.h"
#include "session/ProjectMarket.h"
#include "session/SavingsCurves.h"
#include "session/ScenarioFigures.h"
#include "store/PolicyStore.h"
#include "store/ProjectFile.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

namespace kol::bench {

namespace {
double since(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string effectNote(const Allocation& a)
{
    char buf[96];
    std::snprintf(buf, sizeof buf, "effect %.2f, spend %.0f", a.outcome.effect, a.outcome.spend);
    return buf;
}
// Re-planning an edited scenario with the policy trained on the original, against `optimal`
// re-run on each edit: budgets 0.5x-2x, and 10% or 25% of the open cells closed.
void replanRows(std::vector<Row>& rows, const Market& market, const RlAllocator& rl)
{
    struct Edit
    {
        const char* name;
        double budget;
        double closed;
    };
    const Edit edits[] = {{"0.5x budget", 0.5, 0}, {"0.75x budget", 0.75, 0},     {"1.5x budget", 1.5, 0},
                          {"2x budget", 2.0, 0},   {"10% cells closed", 1, 0.10}, {"25% cells closed", 1, 0.25}};
    std::vector<double> ratios;
    for (const Edit& e : edits) {
        Scenario s = market.scenario();
        s.budget *= e.budget;
        Random pick(17);
        StrategyMatrix& m = s.matrix();
        for (int i = 0; i < m.cellCount(); ++i) {
            MatrixCell& c = m.cell(m.indexOf(i));
            if (c.enabled && !c.locked && c.minAmount <= 0 && pick.uniform() < e.closed) {
                c.enabled = false;
            }
        }
        auto edited = market.withBudget(s);
        if (!edited) {
            rows.push_back({std::string("RL re-plan, ") + e.name, 0, 0, "FAILED: " + edited.error()});
            continue;
        }
        const auto start = std::chrono::steady_clock::now();
        auto planned = rl.allocate(edited.value(), {});
        const double seconds = since(start);
        auto best = makeAllocator("optimal")->allocate(edited.value(), {});
        if (!planned || !best) {
            rows.push_back({std::string("RL re-plan, ") + e.name, seconds, 0, "FAILED"});
            continue;
        }
        const double ratio = best->outcome.effect > 0 ? planned->outcome.effect / best->outcome.effect : 0;
        ratios.push_back(ratio);
        char note[128];
        std::snprintf(note, sizeof note, "rl %.1f / optimal %.1f = %.1f%%", planned->outcome.effect,
                      best->outcome.effect, 100 * ratio);
        rows.push_back({std::string("RL re-plan, ") + e.name, seconds, 0, note});
    }
    if (!ratios.empty()) {
        std::sort(ratios.begin(), ratios.end());
        char note[128];
        std::snprintf(note, sizeof note, "median %.1f%% of optimal, worst %.1f%% (goal: within 2%%, median)",
                      100 * ratios[ratios.size() / 2], 100 * ratios.front());
        rows.push_back({"RL re-plan without retraining: 6 edits", 0, 0, note});
    }
}
} // namespace

std::vector<Row> allocBench(const std::string& dir, bool big)
{
    std::vector<Row> rows;
    const std::string cli = cliPath();
    const std::string project = dir + "/alloc.kolplan";
    if (runChild({cli, "demo", project}).exitCode != 0 || runChild({cli, "fit", project}).exitCode != 0) {
        rows.push_back({"allocator benchmarks", 0, 0, "FAILED: could not make the demo project"});
        return rows;
    }
    auto opened = ProjectFile::open(project);
    auto market = loadMarket(*opened.value(), "Baseline");
    for (const char* method : {"template", "greedy", "optimal"}) {
        auto a = makeAllocator(method)->allocate(market.value(), {});
        rows.push_back({std::string(method) + " allocation (demo scenario)", a ? a->seconds : 0, 0,
                        a ? effectNote(*a) : "FAILED: " + a.error()});
    }
    {
        std::atomic<bool> cancel{false};
        AllocationOptions o;
        o.cancel = &cancel;
        std::chrono::steady_clock::time_point asked;
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            asked = std::chrono::steady_clock::now();
            cancel = true;
        });
        auto a = makeAllocator("optimal")->allocate(market.value(), o);
        const double latency = since(asked);
        stopper.join();
        rows.push_back({"cancel optimal: request to return", a ? 0 : latency, 0,
                        a ? "not measured: optimal finished within 20 ms" : "cancelled"});
    }
    // The comparison's figures for one scenario (Compare in the window): its plan valued and its
    // budget savings found by bisection with the plan's method, from a session opened cold.
    for (const char* method : {"greedy", "optimal"}) {
        if (runChild({cli, "allocate", project, "--scenario", "Baseline", "--method", method}).exitCode != 0) {
            rows.push_back({std::string("compare: scenario figures, ") + method, 0, 0, "FAILED: allocate"});
            continue;
        }
        const auto start = std::chrono::steady_clock::now();
        auto session = PlanningSession::open(project, ProjectFile::Access::ReadOnly);
        int steps = 0;
        auto figures = session ? scenarioFigures(*session.value(), "Baseline", nullptr,
                                                 [&](const FiguresProgress& p) { steps = std::max(steps, p.search); })
                               : Result<ScenarioFigures>::failure(session.error());
        char note[128];
        std::snprintf(note, sizeof note, "%d budgets tried, savings %s", steps,
                      figures && figures->savings ? (std::to_string(100 * *figures->savings).substr(0, 4) + "%").c_str()
                                                  : "none");
        rows.push_back({std::string("compare: scenario figures, ") + method + " plan", since(start), 0,
                        figures ? note : "FAILED: " + figures.error()});
    }
    // The savings picture (Results › Savings, compare --curve): every method but rl (no policy
    // yet) at 15 budgets with its saving, computed from a session opened cold, then read back.
    {
        auto start = std::chrono::steady_clock::now();
        auto session = PlanningSession::open(project);
        bool fromFile = true;
        auto curves = session ? storedOrComputedCurves(*session.value(), "Baseline", 15, {}, nullptr, &fromFile)
                              : Result<SavingsCurves>::failure(session.error());
        rows.push_back({"savings curves: computed (comparison and 15 budgets)", since(start), 0,
                        curves && !fromFile ? std::to_string(curves->curves.size()) + " methods"
                                            : "FAILED: " + (curves ? std::string("not computed") : curves.error())});
        session = Result<std::unique_ptr<PlanningSession>>::failure("closed");
        start = std::chrono::steady_clock::now();
        session = PlanningSession::open(project);
        curves = session ? storedOrComputedCurves(*session.value(), "Baseline", 15, {}, nullptr, &fromFile)
                         : Result<SavingsCurves>::failure(session.error());
        rows.push_back({"savings curves: stored, read back", since(start), 0,
                        curves && fromFile ? "session opened cold, market built for the basis"
                                           : "FAILED: " + (curves ? std::string("computed again") : curves.error())});
    }
    if (!big) {
        return rows;
    }
    const ChildRun train = runChild({cli, "train", project, "--scenario", "Baseline"});
    rows.push_back({"RL training to convergence (CLI train)", train.seconds, train.peakMiB,
                    train.exitCode == 0 ? "DDPG, 1 thread, at most 60,000 steps" : "FAILED"});
    auto stored = PolicyStore(*opened.value()).load("Baseline", "rl");
    auto policy = stored && stored.value() ? rlPolicyFromStored(*stored.value(), "Baseline")
                                           : Result<AllocationPolicy>::failure("no policy");
    if (policy) {
        const RlAllocator rl(policy.value());
        double best = 1e9;
        Result<Allocation> a = Result<Allocation>::failure("not run");
        for (int i = 0; i < 20; ++i) {
            const auto start = std::chrono::steady_clock::now();
            a = rl.allocate(market.value(), {});
            best = std::min(best, since(start));
        }
        rows.push_back({"RL re-plan with the trained policy", best, 0, a ? effectNote(*a) : "FAILED: " + a.error()});
        AllocationOptions twice;
        twice.budget = 2 * market->scenario().budget;
        const auto start = std::chrono::steady_clock::now();
        a = rl.allocate(market.value(), twice);
        rows.push_back({"RL re-plan at twice the budget", since(start), 0, a ? effectNote(*a) : "FAILED"});
        replanRows(rows, market.value(), rl);
    }
    return rows;
}

} // namespace kol::bench
