// The expert template and greedy marginal-return hill climbing.
#include "Allocator.h"
#include "Constraints.h"
#include "OptimalAllocator.h"

#include <limits>
#include <numeric>

namespace kol {

namespace {
class TemplateAllocator : public Allocator
{
public:
    std::string name() const override { return "template"; }

protected:
    // The template as a planner executes it (SPEC 5): its shares; what a cell cannot take
    // (disabled, locked, at its maximum, over its channel's cap) goes to the other cells by their
    // template weights, so a disabled channel's share is moved rather than lost. Then KOLs are
    // bought per cell, and what a cell's KOLs cannot use (a Head share below the price of any Head
    // KOL, the rest after the last KOL that fits) moves on the same way, round after round, until
    // the money is used or no cell can use more.
    Result<std::vector<double>> run(const Market& market, const Constraints& c, const AllocationOptions&) const override
    {
        const std::vector<double> weights = templateAmounts(market.scenario(), c.budget());
        Constraints current = c;
        std::vector<double> a = current.fillByWeights(weights);
        for (int round = 0; round < c.cellCount(); ++round) {
            std::vector<double> caps(a.size(), std::numeric_limits<double>::infinity());
            double unused = 0;
            for (int i = 0; i < c.cellCount(); ++i) {
                const auto k = static_cast<size_t>(i);
                const CellCurve& curve = market.curve(i);
                if (a[k] <= current.lo(i) || current.lo(i) >= current.hi(i)) {
                    continue;
                }
                const double used = std::max(current.lo(i), curve.at(a[k]).spend > 0 ? curve.neededAmount(a[k]) : 0.0);
                if (a[k] - used > std::max(curve.step(), 1e-4 * c.budget())) {
                    caps[k] = used;
                    unused += a[k] - used;
                }
            }
            if (unused < 1e-3 * c.budget()) {
                break;
            }
            current = current.withCellMaximums(caps);
            a = current.fillByWeights(weights);
        }
        return a;
    }
};

// Media-mix style: from the minimum plan, repeatedly put the next slice of money where it adds
// the most effect per unit, trying slices of 1, 2, 4, ... grid steps (KOLs come in whole prices,
// so one small step often buys nothing on its own), until the budget is spent or nothing helps.
class GreedyAllocator : public Allocator
{
public:
    std::string name() const override { return "greedy"; }

protected:
    Result<std::vector<double>> run(const Market& market, const Constraints& c,
                                    const AllocationOptions& options) const override
    {
        const PlanEvaluator evaluator(market);
        const double budget = c.budget();
        const double grid = budget / 200;
        std::vector<double> a = c.minimumPlan();
        std::vector<double> channel(static_cast<size_t>(c.channelCount()), 0.0);
        for (int i = 0; i < c.cellCount(); ++i) {
            channel[static_cast<size_t>(c.channelOf(i))] += a[static_cast<size_t>(i)];
        }
        double spent = std::accumulate(a.begin(), a.end(), 0.0);
        double current = evaluator.netEffect(a, budget);
        for (int iteration = 0; iteration < 4000; ++iteration) {
            if (cancelled(options, spent / budget, current)) {
                return Result<std::vector<double>>::failure("cancelled");
            }
            int bestCell = -1;
            double bestStep = 0, bestRate = 0, bestValue = current;
            for (int i = 0; i < c.cellCount(); ++i) {
                for (double step = grid; step <= 32 * grid; step *= 2) {
                    const double room
                        = std::min({c.hi(i) - a[static_cast<size_t>(i)], budget - spent,
                                    c.channelHi(c.channelOf(i)) - channel[static_cast<size_t>(c.channelOf(i))]});
                    const double d = std::min(step, room);
                    if (d <= 1e-9) {
                        break;
                    }
                    a[static_cast<size_t>(i)] += d;
                    const double value = evaluator.netEffect(a, budget);
                    a[static_cast<size_t>(i)] -= d;
                    if ((value - current) / d > bestRate) {
                        bestRate = (value - current) / d;
                        bestCell = i;
                        bestStep = d;
                        bestValue = value;
                    }
                    if (d < step) {
                        break;
                    }
                }
            }
            if (bestCell < 0) {
                break;
            }
            a[static_cast<size_t>(bestCell)] += bestStep;
            channel[static_cast<size_t>(c.channelOf(bestCell))] += bestStep;
            spent += bestStep;
            current = bestValue;
        }
        return a;
    }
};
} // namespace

std::unique_ptr<Allocator> makeTemplateAllocator()
{
    return std::make_unique<TemplateAllocator>();
}

std::unique_ptr<Allocator> makeGreedyAllocator()
{
    return std::make_unique<GreedyAllocator>();
}

} // namespace kol
