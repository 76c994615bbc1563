#include "Allocator.h"

#include "Constraints.h"
#include "base/Text.h"

#include <algorithm>
#include <chrono>

namespace kol {

bool cancelled(const AllocationOptions& options, double fraction, double bestEffect)
{
    if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
        return true;
    }
    return options.progress && !options.progress(AllocationProgress{fraction, bestEffect});
}

namespace {
// Fails when no plan within the constraints can buy a single KOL: the budget is below the
// cheapest KOL of every cell that may get money, or no such cell has a KOL at all.
Status checkSomethingCanBeBought(const Market& market, const Constraints& c)
{
    double cheapest = 0;
    int cheapestCell = -1;
    for (int cell = 0; cell < c.cellCount(); ++cell) {
        const CellCurve& curve = market.curve(cell);
        if (c.hi(cell) <= 0 || curve.cheapestPrice() <= 0) {
            continue;
        }
        if (c.hi(cell) >= curve.cheapestPrice()) {
            return Status::success();
        }
        if (cheapestCell < 0 || curve.cheapestPrice() < cheapest) {
            cheapest = curve.cheapestPrice();
            cheapestCell = cell;
        }
    }
    const StrategyMatrix& m = market.scenario().matrix();
    if (cheapestCell < 0) {
        return Status::failure("no KOL in the project's catalog fits the cells that may get money (check the enabled "
                               "cells, the channels, tiers and formats, or import KOLs)");
    }
    return Status::failure("a budget of " + formatAmount(c.budget())
                           + " buys no KOL: the cheapest KOL the cells offer costs " + formatAmount(cheapest) + " ("
                           + m.cellName(m.indexOf(cheapestCell)) + ")"
                           + (c.budget() >= cheapest ? ", more than its cell's bounds allow" : ""));
}
} // namespace

std::vector<std::string> explainUnspent(const Market& market, const Constraints& c, const Allocation& a)
{
    const double budget = a.budget;
    const double spend = a.outcome.spend;
    if (!(budget > 0) || spend >= 0.9 * budget) {
        return {};
    }
    const std::string unspent
        = formatAmount(budget - spend, 0) + " of the budget of " + formatAmount(budget, 0) + " stays unspent";
    double locks = 0, supply = 0, bounds = 0;
    int open = 0;
    for (int cell = 0; cell < c.cellCount(); ++cell) {
        if (c.hi(cell) <= 0) {
            continue; // disabled or fixed at zero
        }
        const CellCurve& curve = market.curve(cell);
        if (c.lo(cell) >= c.hi(cell)) {
            locks += c.lo(cell);
        } else {
            ++open;
        }
        supply += std::min(c.hi(cell), curve.neededAmount(curve.maxAmount()));
        bounds += c.hi(cell);
    }
    const double maxCellShare = market.scenario().rules.maxCellShare;
    if (open == 0) {
        return {unspent + ": every cell that may get money is locked, and the locks add up to " + formatAmount(locks, 0)
                + " (unlock cells to place the rest)"};
    }
    if (supply < 0.9 * budget) {
        return {unspent + ": buying every KOL the enabled cells offer costs only " + formatAmount(supply, 0)
                + " (enable more cells or channels, or import more KOLs)"};
    }
    if (bounds < 0.9 * budget) {
        return {unspent + ": the cells' maximums allow at most " + formatAmount(bounds, 0)};
    }
    if (maxCellShare * open < 0.9) {
        return {unspent + ": the rule 'no cell above " + formatPercent(maxCellShare) + " of the budget' with "
                + std::to_string(open) + " open cell(s) penalises spending more than "
                + formatAmount(maxCellShare * open * budget, 0) + " (enable more cells or raise the rule)"};
    }
    double allocated = 0;
    for (double x : a.amounts) {
        allocated += x;
    }
    if (allocated - spend > 0.05 * budget) {
        return {unspent + ": " + formatAmount(allocated - spend, 0)
                + " is allocated to cells but is less than the price of their next KOL"};
    }
    return {unspent + ": more money in any cell would lower the effect net of penalties (saturation and the rules)"};
}

Result<Allocation> Allocator::allocate(const Market& market, const AllocationOptions& options) const
{
    const auto start = std::chrono::steady_clock::now();
    const double budget = options.budget > 0 ? options.budget : market.scenario().budget;
    const std::string refused = "scenario " + quoteValue(market.scenario().name, 100) + " cannot be allocated: ";
    auto constraints = Constraints::make(market.scenario(), budget);
    if (!constraints) {
        return Result<Allocation>::failure(refused + constraints.error());
    }
    if (const Status s = checkSomethingCanBeBought(market, constraints.value()); !s) {
        return Result<Allocation>::failure(refused + s.message());
    }
    auto amounts = run(market, constraints.value(), options);
    if (!amounts) {
        return amounts.status();
    }
    Allocation a;
    a.method = name();
    a.budget = budget;
    a.amounts = amounts.take();
    if (!constraints->feasible(a.amounts, amountTolerance(budget))) {
        return Result<Allocation>::failure("the " + name() + " allocator produced a plan outside the constraints");
    }
    a.outcome = PlanEvaluator(market).evaluate(a.amounts, budget);
    a.notes = explainUnspent(market, constraints.value(), a);
    a.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return a;
}

} // namespace kol
