#pragma once

#include "base/Result.h"
#include "model/Scenario.h"

#include <vector>

namespace kol {

// The hard constraints of a scenario at a budget, as bounds in money: per cell (a lock fixes
// it, a disabled cell is 0, otherwise min..max), per channel (share bounds) and in total.
class Constraints
{
public:
    // Fails with the constraint that makes the budget infeasible, e.g. "locks need 1,200,000 of
    // a 1,000,000 budget" or "Douyin must get at least 40% but its cells can take at most ...".
    static Result<Constraints> make(const Scenario& scenario, double budget);

    double budget() const { return m_budget; }
    int cellCount() const { return static_cast<int>(m_lo.size()); }
    double lo(int cell) const { return m_lo[static_cast<size_t>(cell)]; }
    double hi(int cell) const { return m_hi[static_cast<size_t>(cell)]; }
    int channelOf(int cell) const { return m_channel[static_cast<size_t>(cell)]; }
    double channelLo(int channel) const { return m_channelLo[static_cast<size_t>(channel)]; }
    double channelHi(int channel) const { return m_channelHi[static_cast<size_t>(channel)]; }
    int channelCount() const { return static_cast<int>(m_channelLo.size()); }

    // The smallest plan that keeps every lower bound (cells and channel minimums).
    std::vector<double> minimumPlan() const;
    // A feasible plan close to `amounts`: bounds clamped, channel shares restored, the total cut
    // back to the budget (never above it).
    std::vector<double> repair(std::vector<double> amounts) const;
    bool feasible(const std::vector<double>& amounts, double tolerance) const;
    // The budget spread in proportion to `weights` (per cell, >= 0) over the cells that may take
    // money: each cell between its bounds, each channel within its shares; what a capped cell or
    // channel cannot take goes to the others by their weights, until the budget is placed or no
    // cell can take more.
    std::vector<double> fillByWeights(const std::vector<double>& weights) const;
    // The same constraints with each cell's maximum lowered to `caps` (per cell; never below its
    // minimum): what a cell can use, when the rest should go elsewhere.
    Constraints withCellMaximums(const std::vector<double>& caps) const;
    // The same cell and channel bounds (in money) with a different total to place; used to scale
    // a plan's shares past the budget when only part of each share buys KOLs.
    Constraints withTotal(double total) const;

private:
    double m_budget = 0;
    std::vector<double> m_lo, m_hi;
    std::vector<int> m_channel;
    std::vector<double> m_channelLo, m_channelHi;
};

} // namespace kol
