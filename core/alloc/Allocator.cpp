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
    const StrategyMatrix& m = market.scenario().matrix();
    const double tolerance = amountTolerance(budget);
    // What the hard constraints let the plan place, what the catalog sells within them, per channel.
    std::vector<double> bound(static_cast<size_t>(c.channelCount()), 0.0), supply(bound), within(bound), kols(bound);
    double locks = 0;
    int open = 0;
    for (int cell = 0; cell < c.cellCount(); ++cell) {
        const auto ch = static_cast<size_t>(c.channelOf(cell));
        const CellCurve& curve = market.curve(cell);
        bound[ch] += c.hi(cell);
        // Everything the cell offers, and what its maximum lets it buy.
        supply[ch] += c.hi(cell) > 0 ? curve.neededAmount(curve.maxAmount()) : 0.0;
        within[ch] += curve.neededAmount(std::min(c.hi(cell), curve.maxAmount()));
        kols[ch] += c.hi(cell) > 0 && !curve.empty() ? 1 : 0;
        if (c.hi(cell) > 0 && c.lo(cell) >= c.hi(cell)) {
            locks += c.lo(cell);
        } else if (c.hi(cell) > 0) {
            ++open;
        }
    }
    const std::string unspent
        = formatAmount(budget - spend, 0) + " of the budget of " + formatAmount(budget, 0) + " stays unspent";
    if (open == 0) {
        return {unspent + ": every cell that may get money is locked, and the locks add up to " + formatAmount(locks, 0)
                + " (unlock cells to place the rest)"};
    }
    double placeable = 0, sellable = 0, sellableWithin = 0, cellBounds = 0;
    std::string capped, empty;
    for (int ch = 0; ch < c.channelCount(); ++ch) {
        const auto i = static_cast<size_t>(ch);
        const std::string& name = m.channels()[i];
        placeable += std::min(c.channelHi(ch), bound[i]);
        sellable += std::min(c.channelHi(ch), supply[i]);
        sellableWithin += std::min(c.channelHi(ch), within[i]);
        cellBounds += bound[i];
        if (c.channelHi(ch) < bound[i] - tolerance) {
            capped += (capped.empty() ? "" : ", ") + name + " at most " + formatPercent(c.channelHi(ch) / budget) + " ("
                + formatAmount(c.channelHi(ch), 0) + ")";
        }
        if (bound[i] > 0 && kols[i] == 0) {
            empty += (empty.empty() ? "" : ", ") + name;
        }
    }
    // Account for all the money left, reason by reason, largest constraint first.
    std::vector<std::string> parts;
    double accounted = 0;
    auto part = [&](double amount, const std::string& why) {
        if (amount > tolerance && accounted < budget - spend - tolerance) {
            amount = std::min(amount, budget - spend - accounted);
            parts.push_back(formatAmount(amount, 0) + " " + why);
            accounted += amount;
        }
    };
    placeable = std::min(placeable, budget);
    if (!capped.empty() && placeable < budget - tolerance) {
        part(budget - placeable,
             "because the channel share caps allow at most " + formatAmount(placeable, 0) + ": " + capped);
    } else {
        part(budget - placeable,
             "because the cells' maximums, locks and disabled cells allow at most " + formatAmount(placeable, 0));
    }
    sellable = std::min(sellable, placeable);
    sellableWithin = std::min(sellableWithin, sellable);
    part(placeable - sellable,
         "because buying every KOL the enabled cells offer costs only " + formatAmount(sellable, 0)
             + (empty.empty() ? std::string(" (enable more cells or channels, or import more KOLs)")
                              : " (" + empty + (empty.find(',') == std::string::npos ? " has" : " have")
                        + " no KOL in the enabled cells: import KOLs for it or open other tiers)"));
    part(sellable - sellableWithin,
         "because the cells' maximums are below the price of their KOLs: within the "
         "maximums the KOLs on offer cost only "
             + formatAmount(sellableWithin, 0) + " (raise the maximums to buy the others)");
    sellable = sellableWithin;
    double allocated = 0;
    for (double x : a.amounts) {
        allocated += x;
    }
    const double dust = std::max(0.0, allocated - spend);
    const double maxCellShare = market.scenario().rules.maxCellShare;
    if (a.method == "template") {
        part(sellable - allocated,
             "because the template's shares leave it in cells below the price of their next KOL, "
             "where no other cell of the template can use it (the other methods place it)");
    } else if (a.method == "offline") {
        part(sellable - allocated,
             "because the plan the offline method chose spends less: it books what past campaigns put into each "
             "cell, phase by phase, the best within the budget at its lower confidence bound, not a search for "
             "more effect");
    } else if (maxCellShare * open < std::min(1.0, sellable / budget) - 1e-9) {
        part(sellable - allocated,
             "because the rule 'no cell above " + formatPercent(maxCellShare) + " of the budget' with "
                 + std::to_string(open) + " open cell(s) penalises spending more than "
                 + formatAmount(maxCellShare * open * budget, 0) + " (enable more cells or raise the rule)");
    } else {
        part(sellable - allocated,
             "because more money in any cell would lower the effect net of penalties (saturation and the rules)");
    }
    // Prices are bought on the value grid: a few grid steps per cell are not worth a sentence.
    if (dust > 0.01 * budget) {
        part(dust, "is allocated to cells but is less than the price of their next KOL");
    } else {
        accounted += std::min(dust, std::max(0.0, budget - spend - accounted));
    }
    part(budget - spend - accounted, "is not allocated");
    std::string text = unspent + ": ";
    for (size_t i = 0; i < parts.size(); ++i) {
        text += (i ? "; " : "") + parts[i];
    }
    return {text};
}

void trimUnusedMoney(const Market& market, const Constraints& c, std::vector<double>& amounts)
{
    const StrategyMatrix& m = market.scenario().matrix();
    const bool hierarchy = market.scenario().rules.tierHierarchy;
    std::vector<double> channelTotal(static_cast<size_t>(c.channelCount()), 0.0);
    for (int cell = 0; cell < c.cellCount(); ++cell) {
        channelTotal[static_cast<size_t>(c.channelOf(cell))] += amounts[static_cast<size_t>(cell)];
    }
    // Lowest tier first in each channel and phase: with the tier hierarchy on, a tier keeps at
    // least what the tier below it keeps, so trimming never makes a plan break the hierarchy.
    for (int ch = 0; ch < m.channelCount(); ++ch) {
        for (int p = 0; p < m.phaseCount(); ++p) {
            for (int t = m.tierCount() - 1; t >= 0; --t) {
                const int cell = m.flatIndex(CellIndex{ch, p, t});
                double& amount = amounts[static_cast<size_t>(cell)];
                if (amount <= 0 || c.lo(cell) >= c.hi(cell)) {
                    continue; // empty, or locked: a lock is the planner's decision
                }
                const CellCurve& curve = market.curve(cell);
                // What the cell's KOLs cost: nothing where no KOL fits the amount.
                const double needed = curve.at(amount).spend > 0 ? std::min(amount, curve.neededAmount(amount)) : 0.0;
                const double below = hierarchy && t + 1 < m.tierCount()
                    ? amounts[static_cast<size_t>(m.flatIndex(CellIndex{ch, p, t + 1}))]
                    : 0.0;
                const auto k = static_cast<size_t>(c.channelOf(cell));
                const double channelFloor = amount - (channelTotal[k] - c.channelLo(c.channelOf(cell)));
                const double keep = std::min(amount, std::max({needed, c.lo(cell), below, channelFloor}));
                if (keep < amount) {
                    channelTotal[k] -= amount - keep;
                    amount = keep;
                }
            }
        }
    }
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
    trimUnusedMoney(market, constraints.value(), a.amounts);
    if (!constraints->feasible(a.amounts, amountTolerance(budget))) {
        return Result<Allocation>::failure("the " + name() + " allocator produced a plan outside the constraints");
    }
    a.outcome = PlanEvaluator(market).evaluate(a.amounts, budget);
    a.notes = explainUnspent(market, constraints.value(), a);
    for (std::string& note : planNotes(market, budget, a.amounts)) {
        a.notes.push_back(std::move(note));
    }
    a.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return a;
}

} // namespace kol
