// The A/B test planner's methods on the drifting simulator (the A/B issue, item 3): per drift
// speed and seed, each method's cumulative clicks, regret against each segment's best variant,
// the width of the winner's interval and the share of the last round on the true best; then the
// rounds the memory estimator and plain Thompson sampling take to follow a switch of the best.
#include "Bench.h"
#include "abtest/AbSimulator.h"

#include <chrono>
#include <cstdio>
#include <map>

namespace kol::bench {

std::vector<Row> abTestBench(const std::vector<std::string>& seeds)
{
    std::vector<Row> rows;
    const int rounds = 30;
    std::printf("A/B test planner: 4 segments x 4 variants, 2,000 impressions per segment and round, %d rounds,\n"
                "click-through rates around 3%%; drift = sd of each rate's random walk per round on the logit scale.\n"
                "clicks = drawn; regret = expected clicks of always showing each segment's best less the expected\n"
                "clicks shown; width = the 95%% interval of each segment's most-shown variant at the end (points);\n"
                "best = the last round's share on each segment's true best\n",
                rounds);
    std::printf("%-6s %-8s %-12s %9s %9s %8s %6s\n", "drift", "seed", "method", "clicks", "regret", "width", "best");
    std::map<std::pair<double, std::string>, std::vector<double>> regretBy, widthBy;
    for (const double drift : {0.0, 0.05, 0.2}) {
        for (const std::string& seed : seeds) {
            for (const std::string& method : abMethodNames()) {
                AbSimulation sim;
                sim.drift = drift;
                sim.seed = std::stoull(seed);
                const auto start = std::chrono::steady_clock::now();
                auto r = simulateRun(sim, method, rounds);
                const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
                const std::string what
                    = "abtest: " + method + " drift " + std::to_string(drift).substr(0, 4) + " seed " + seed;
                if (!r) {
                    rows.push_back({what, seconds, 0, "FAILED: " + r.error()});
                    continue;
                }
                std::printf("%-6.2f %-8s %-12s %9.0f %9.1f %7.2f%% %5.0f%%\n", drift, seed.c_str(), method.c_str(),
                            r->clicks, r->regret, 100 * r->winnerWidth, 100 * r->bestShare);
                regretBy[{drift, method}].push_back(r->regret);
                widthBy[{drift, method}].push_back(r->winnerWidth);
                rows.push_back({what, seconds, 0, "regret " + std::to_string(static_cast<long>(r->regret + 0.5))});
            }
        }
    }
    std::printf("\nMean over seeds: regret (clicks) / winner's interval width\n%-12s", "method");
    for (const double drift : {0.0, 0.05, 0.2}) {
        std::printf("  drift %-14.2f", drift);
    }
    std::printf("\n");
    for (const std::string& method : abMethodNames()) {
        std::printf("%-12s", method.c_str());
        for (const double drift : {0.0, 0.05, 0.2}) {
            double regret = 0, width = 0;
            const auto& rs = regretBy[{drift, method}];
            for (size_t k = 0; k < rs.size(); ++k) {
                regret += rs[k] / static_cast<double>(rs.size());
                width += widthBy[{drift, method}][k] / static_cast<double>(rs.size());
            }
            std::printf("  %8.1f / %5.2f%%    ", regret, 100 * width);
        }
        std::printf("\n");
    }
    // A switch of the best variant at round 16: rounds until the new best gets most of each segment.
    std::printf("\nA switch of each segment's best and worst variants at round 16 (no drift): rounds until the\n"
                "new best gets over half of every segment's impressions\n");
    for (const std::string& seed : seeds) {
        std::printf("seed %-5s", seed.c_str());
        for (const std::string& method : abMethodNames()) {
            AbSimulation sim;
            sim.seed = std::stoull(seed);
            sim.switchAt = 16;
            const AbMarket market(sim);
            AbTest test = market.makeTest("switch", "");
            Random random(sim.seed);
            int followed = -1;
            for (int round = 1; round <= 40 && followed < 0; ++round) {
                AbOptions o;
                o.seed = 7 + static_cast<uint64_t>(round);
                auto r = recommendAb(test, method, o);
                if (!r) {
                    break;
                }
                std::vector<std::vector<double>> split;
                bool all = round > 16;
                for (int s = 0; s < sim.segments; ++s) {
                    split.emplace_back();
                    int best = 0;
                    for (int v = 0; v < sim.variants; ++v) {
                        split.back().push_back(r->cells[static_cast<size_t>(s)][static_cast<size_t>(v)].share);
                        best = market.rate(round, s, v) > market.rate(round, s, best) ? v : best;
                    }
                    all = all && split.back()[static_cast<size_t>(best)] > 0.5;
                }
                if (all) {
                    followed = round - 16;
                    break;
                }
                const auto rows = simulateRound(market, test, round, split, random);
                test.results.insert(test.results.end(), rows.begin(), rows.end());
            }
            std::printf("  %s: %s", method.c_str(), followed < 0 ? "not within 24" : std::to_string(followed).c_str());
        }
        std::printf("\n");
    }
    std::printf("\n");
    return rows;
}

} // namespace kol::bench
