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
    // The template as a planner executes it (SPEC 5). Its shares are allotted to the cells (what
    // a cell cannot take, being disabled, locked, at its maximum or over its channel's cap, goes
    // to the others by their shares), KOLs are bought per cell, and only the money they cost is
    // spent. Money a cell cannot use (a Head share below the price of any Head KOL, the rest after
    // the last KOL that fits) is spread again in the same proportions: the allotments are scaled
    // up together, by the largest factor at which the KOLs bought still fit the budget (then the
    // cells whose next KOL would not fit stay, and the others scale on). Scaling
    // keeps the scenario's rules: no cell above its maximum share of the budget, and with the tier
    // hierarchy on, no tier buying more than the tier above it buys, unless that is less than the
    // tier above's cheapest KOL (the hierarchy's own exemption). Spending grows with the budget,
    // so the template's effect does too, apart from the steps of whole KOLs.
    Result<std::vector<double>> run(const Market& market, const Constraints& c, const AllocationOptions&) const override
    {
        const std::vector<double> weights = templateAmounts(market.scenario(), c.budget());
        const double maxShare = market.scenario().rules.maxCellShare;
        std::vector<double> caps(static_cast<size_t>(c.cellCount()),
                                 maxShare < 1 ? maxShare * c.budget() : std::numeric_limits<double>::infinity());
        // Scaling stops where one more whole KOL somewhere would pass the budget. The cells that
        // would buy it keep what they have, and the rest scale on (a planner filling the budget
        // with the cells that can still take a KOL), a few rounds at most.
        std::vector<double> best;
        double bestTotal = -1;
        for (int round = 0; round < 8; ++round) {
            const Scaled r = scaleUp(market, c.withCellMaximums(caps), weights);
            if (r.total > bestTotal) {
                best = r.used;
                bestTotal = r.total;
            }
            if (r.over.empty() || c.budget() - bestTotal < 0.005 * c.budget()) {
                break;
            }
            bool frozen = false;
            for (size_t k = 0; k < caps.size(); ++k) {
                if (r.over[k] > r.used[k] + 1e-9 * c.budget()) {
                    caps[k] = std::min(caps[k], r.used[k]);
                    frozen = true;
                }
            }
            if (!frozen) {
                break;
            }
        }
        return c.repair(best);
    }

    struct Scaled
    {
        std::vector<double> used; // per cell, at the largest factor whose KOLs fit the budget
        double total = 0;
        std::vector<double> over; // per cell, at the first factor whose KOLs do not (empty: none)
    };

    // The template's allotments scaled up together by the largest factor at which the KOLs they
    // buy fit the budget: doubled until they pass it, then bisected.
    static Scaled scaleUp(const Market& market, const Constraints& c, const std::vector<double>& weights)
    {
        Scaled out;
        out.used = bought(market, c, 1.0, weights, out.total);
        if (out.total > c.budget()) {
            return out;
        }
        double low = 1, high = 1;
        while (true) {
            if (high >= 1024) {
                return out;
            }
            high *= 2;
            double t = 0;
            std::vector<double> u = bought(market, c, high, weights, t);
            if (t > c.budget()) {
                out.over = std::move(u);
                break;
            }
            low = high;
            const bool grew = t > out.total * (1 + 1e-12);
            out.used = std::move(u);
            out.total = t;
            if (!grew) {
                return out; // every cell is at its bound: scaling further buys nothing
            }
        }
        for (int i = 0; i < 30 && high - low > 1e-6 * low; ++i) {
            const double mid = 0.5 * (low + high);
            double t = 0;
            std::vector<double> u = bought(market, c, mid, weights, t);
            if (t > c.budget()) {
                high = mid;
                out.over = std::move(u);
            } else {
                low = mid;
                out.used = std::move(u);
                out.total = t;
            }
        }
        return out;
    }

    // Per cell, the money the KOLs bought at `factor` times the template's allotments cost, with
    // the tier hierarchy kept; `total` gets their sum.
    static std::vector<double> bought(const Market& market, const Constraints& c, double factor,
                                      const std::vector<double>& weights, double& total)
    {
        const StrategyMatrix& m = market.scenario().matrix();
        const bool hierarchy = market.scenario().rules.tierHierarchy;
        std::vector<double> a = c.withTotal(factor * c.budget()).fillByWeights(weights);
        for (int ch = 0; ch < m.channelCount(); ++ch) {
            for (int p = 0; p < m.phaseCount(); ++p) {
                double above = std::numeric_limits<double>::infinity(); // what the tier above allows
                for (int t = 0; t < m.tierCount(); ++t) {
                    const int cell = m.flatIndex(CellIndex{ch, p, t});
                    double& x = a[static_cast<size_t>(cell)];
                    if (c.lo(cell) >= c.hi(cell)) {
                        above = x; // locked or disabled: the planner's decision
                        continue;
                    }
                    const CellCurve& curve = market.curve(cell);
                    const double allotted = hierarchy ? std::min(x, above) : x;
                    const double used = curve.at(allotted).spend > 0 ? curve.neededAmount(allotted) : 0.0;
                    x = std::max(c.lo(cell), std::min(allotted, used));
                    above = curve.empty() ? std::numeric_limits<double>::infinity()
                                          : std::max(x, curve.cheapestPrice() * (1 - 1e-9));
                }
            }
        }
        total = std::accumulate(a.begin(), a.end(), 0.0);
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
