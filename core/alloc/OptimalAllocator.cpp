#include "OptimalAllocator.h"

#include "AllocationEnv.h"
#include "Constraints.h"

#include <numeric>

namespace kol {

bool OptimalAllocator::improve(const Market& market, const Constraints& c, std::vector<double>& a,
                               const AllocationOptions& options, double progressFrom, double progressTo)
{
    const PlanEvaluator evaluator(market);
    const double budget = c.budget();
    const int n = c.cellCount();
    std::vector<double> channel(static_cast<size_t>(c.channelCount()), 0.0);
    for (int i = 0; i < n; ++i) {
        channel[static_cast<size_t>(c.channelOf(i))] += a[static_cast<size_t>(i)];
    }
    double spent = std::accumulate(a.begin(), a.end(), 0.0);
    double current = evaluator.netEffect(a, budget);
    const int levels = 10;
    int level = 0;
    for (double step = budget / 8; step >= budget / 4096; step /= 2, ++level) {
        for (int sweep = 0; sweep < 60; ++sweep) {
            if (cancelled(options, progressFrom + (progressTo - progressFrom) * level / levels, current)) {
                return false;
            }
            bool improved = false;
            // From the unspent budget (source -1) or from cell i, to cell j.
            for (int i = -1; i < n; ++i) {
                for (int j = 0; j < n; ++j) {
                    // What the source can give now: accepted moves drain it within this loop.
                    const double out = i < 0 ? budget - spent : a[static_cast<size_t>(i)] - c.lo(i);
                    if (out <= 1e-9) {
                        break;
                    }
                    if (j == i) {
                        continue;
                    }
                    const int ci = i < 0 ? -1 : c.channelOf(i), cj = c.channelOf(j);
                    double d = std::min({step, out, c.hi(j) - a[static_cast<size_t>(j)]});
                    if (ci != cj) {
                        d = std::min(d, c.channelHi(cj) - channel[static_cast<size_t>(cj)]);
                        if (ci >= 0) {
                            d = std::min(d, channel[static_cast<size_t>(ci)] - c.channelLo(ci));
                        }
                    }
                    if (d <= 1e-9) {
                        continue;
                    }
                    if (i >= 0) {
                        a[static_cast<size_t>(i)] -= d;
                    }
                    a[static_cast<size_t>(j)] += d;
                    const double value = evaluator.netEffect(a, budget);
                    if (value > current + 1e-12 * (1 + std::abs(current))) {
                        current = value;
                        improved = true;
                        if (ci != cj) {
                            channel[static_cast<size_t>(cj)] += d;
                            if (ci >= 0) {
                                channel[static_cast<size_t>(ci)] -= d;
                            }
                        }
                        spent += i < 0 ? d : 0;
                    } else {
                        if (i >= 0) {
                            a[static_cast<size_t>(i)] += d;
                        }
                        a[static_cast<size_t>(j)] -= d;
                    }
                }
            }
            if (!improved) {
                break;
            }
        }
    }
    return true;
}

Result<std::vector<double>> OptimalAllocator::run(const Market& market, const Constraints& c,
                                                  const AllocationOptions& options) const
{
    using R = Result<std::vector<double>>;
    const PlanEvaluator evaluator(market);
    std::vector<std::vector<double>> starts;
    AllocationOptions quiet = options;
    quiet.progress = nullptr; // the greedy start reports as part of this run
    auto greedy = makeGreedyAllocator()->allocate(market, quiet);
    if (!greedy) {
        return greedy.status();
    }
    starts.push_back(greedy->amounts);
    starts.push_back(c.repair(templateAmounts(market.scenario(), c.budget())));
    std::vector<double> even(static_cast<size_t>(c.cellCount()), c.budget() / std::max(1, c.cellCount()));
    starts.push_back(c.repair(even));
    starts.push_back(c.repair(relaxationPlan(market, c.budget()))); // the RL allocator's relaxation

    std::vector<double> best;
    double bestValue = -1e300;
    for (size_t k = 0; k < starts.size(); ++k) {
        std::vector<double> a = starts[k];
        const double from = static_cast<double>(k) / static_cast<double>(starts.size());
        if (!improve(market, c, a, options, from, from + 1.0 / static_cast<double>(starts.size()))) {
            return R::failure("cancelled");
        }
        const double value = evaluator.netEffect(a, c.budget());
        if (value > bestValue) {
            bestValue = value;
            best = a;
        }
    }
    return best;
}

} // namespace kol
