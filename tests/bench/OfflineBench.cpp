// Offline constrained RL from past campaigns (the offline-RL issue): on demo projects with 50, 200
// and 1,000 simulated past campaigns, the `offline` learner's recommended plan at the truth, as a
// share of `optimal`'s (which plans on the fitted model) and of the logged behaviour's average
// at the same budget, its budget error, the policies it keeps and its training time.
#include "Bench.h"
#include "alloc/Allocator.h"
#include "alloc/Constraints.h"
#include "alloc/OfflineEpisodes.h"
#include "alloc/OfflineRl.h"
#include "session/DemoHistory.h"
#include "session/PlanningSession.h"
#include "store/HistoryStore.h"

#include <cmath>
#include <cstdio>
#include <numeric>

namespace kol::bench {

std::vector<Row> offlineBench(const std::string& dir, const std::vector<std::string>& seeds)
{
    std::vector<Row> rows;
    const std::string cli = cliPath();
    std::printf(
        "Offline constrained RL from past campaigns (Baseline, 1,000,000 CNY): true effect of the recommended\n"
        "plan as a share of optimal's and of the logged behaviour's average (50 draws at the same budget);\n"
        "budget error = mixture's expected spend / budget - 1; gap = last duality gap / dual bound;\n"
        "estimate [90%% interval] = the off-policy estimate of the recommended plan from the log alone, against\n"
        "realised = the mean value of 30 campaigns run with that plan at the truth with luck (the log's units);\n"
        "in-sample = the plan valued on the campaigns it was chosen on\n");
    std::printf("%-5s %6s %10s %10s %10s %10s %9s %9s %8s %8s %8s %24s %9s %9s\n", "seed", "log", "offline", "optimal",
                "logged", "of opt", "of log", "budget", "policies", "gap", "seconds", "estimate [90% interval]",
                "realised", "in-sample");
    for (const std::string& seed : seeds) {
        for (const int campaigns : {50, 200, 1000}) {
            const std::string p = dir + "/offline-s" + seed + "-" + std::to_string(campaigns) + ".kolplan";
            const std::string what = "offline: seed " + seed + ", " + std::to_string(campaigns) + " campaigns";
            if (runChild({cli, "demo", p, "--seed", seed, "--with-model", "--campaigns", std::to_string(campaigns),
                          "--force"})
                    .exitCode
                != 0) {
                rows.push_back({what, 0, 0, "FAILED: could not make the demo project"});
                continue;
            }
            auto session = PlanningSession::open(p, ProjectFile::Access::ReadOnly);
            auto scenario = session ? session.value()->scenario("Baseline") : Result<Scenario>::failure("no session");
            auto history = session ? HistoryStore(session.value()->project()).load()
                                   : Result<CampaignHistory>::failure("no session");
            auto market = scenario ? session.value()->market(scenario.value())
                                   : Result<std::shared_ptr<const Market>>::failure("no scenario");
            auto truth = scenario ? session.value()->truthMarket(scenario.value()) : market;
            if (!history || !market || !truth) {
                rows.push_back({what, 0, 0, "FAILED: the demo's history or markets"});
                continue;
            }
            OfflineOptions o;
            auto learned = trainOffline(history.value(), scenario.value(), o);
            auto optimal = makeAllocator("optimal")->allocate(*market.value(), {});
            auto constraints = Constraints::make(scenario.value(), scenario->budget);
            if (!learned || !optimal || !constraints) {
                rows.push_back({what, 0, 0, "FAILED: " + (learned ? std::string("optimal") : learned.error())});
                continue;
            }
            const PlanEvaluator evaluator(*market.value());
            const double budget = scenario->budget;
            const auto& plan = learned->recommendation;
            const double offline
                = evaluator.trueEffect(constraints->repair(plan.amounts), *truth.value(), budget).value_or(0);
            const double best = evaluator.trueEffect(optimal->amounts, *truth.value(), budget).value_or(0);
            Random random(99);
            double logged = 0;
            for (int k = 0; k < 50; ++k) {
                logged
                    += evaluator.trueEffect(behaviourAmounts(scenario.value(), budget, random), *truth.value(), budget)
                           .value_or(0)
                    / 50;
            }
            double expected = 0;
            for (size_t i = 0; i < learned->plans.size(); ++i) {
                expected += learned->weights[i] * learned->plans[i].spend;
            }
            // The estimate against what the plan realises: 30 campaigns run with it at the truth.
            double realised = NAN;
            if (auto luck = session.value()->luck()) {
                CampaignHistory runs;
                for (int k = 0; k < 30; ++k) {
                    auto rows = simulateDemoCampaign(*market.value(), *luck.value(), plan.amounts,
                                                     "check-" + std::to_string(k), 4242 + static_cast<uint64_t>(k));
                    if (rows) {
                        runs.rows.insert(runs.rows.end(), rows->begin(), rows->end());
                    }
                }
                const auto episodes = offlineEpisodes(runs, scenario.value(), &history.value());
                realised = 0;
                for (const OfflineEpisode& e : episodes) {
                    realised += std::accumulate(e.reward.begin(), e.reward.end(), 0.0)
                        / static_cast<double>(std::max<size_t>(1, episodes.size()));
                }
            }
            const GameIteration& last = learned->iterations.back();
            char interval[64];
            std::snprintf(interval, sizeof interval, "%.1f [%.1f, %.1f]", learned->estimate.value,
                          learned->estimate.low, learned->estimate.high);
            std::printf("%-5s %6d %10.1f %10.1f %10.1f %9.1f%% %8.1f%% %+8.2f%% %8zu %7.2f%% %8.2f %24s %9.1f %9.1f\n",
                        seed.c_str(), campaigns, offline, best, logged, 100 * offline / best, 100 * offline / logged,
                        100 * (expected / budget - 1), learned->plans.size(),
                        100 * last.dualityGap / std::max(1e-9, std::abs(last.dualBound)), learned->seconds, interval,
                        realised, plan.value);
            char note[200];
            std::snprintf(note, sizeof note, "%.1f%% of optimal, %.1f%% of the logged average", 100 * offline / best,
                          100 * offline / logged);
            rows.push_back({what, learned->seconds, 0, note});
        }
    }
    std::printf("\n");
    return rows;
}

} // namespace kol::bench
