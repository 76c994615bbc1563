#pragma once

#include <cstddef>
#include <vector>

namespace kol {

// One way to buy one KOL in a cell: a content format at its price, with the post's composite
// value (and its low/high band), predicted reach and engagements.
struct CurveOption
{
    int kol = 0; // index into the market's KOL list
    int format = 0;
    double price = 0;
    double value = 0;
    double valueLow = 0;
    double valueHigh = 0;
    double reach = 0;
    double engagements = 0;
    double valueTrue = 0; // the value at the market's truth (demo projects), else 0
};

// The best KOL combination of one cell at every amount on a grid, computed once so that a plan
// costs one lookup per cell. Each KOL is bought at most once, in at most one format: a
// multiple-choice 0/1 knapsack maximising the summed value, solved exactly by dynamic
// programming with prices rounded *up* to the grid step. So every set it picks is affordable
// at real prices, and the true optimum at amount b is at most the curve's value at b + m·step
// (m = KOLs in that optimum): exact up to one grid step per KOL bought.
class CellCurve
{
public:
    struct Point
    {
        float value = 0; // summed standalone value of the chosen KOLs
        float valueLow = 0;
        float valueHigh = 0;
        float spend = 0;
        float reach = 0;
        float engagements = 0;
        float kols = 0;      // KOLs bought
        float valueTrue = 0; // the same KOLs valued at the market's truth (0 without one)
    };

    CellCurve() = default;
    // `options` grouped per KOL (one inner vector per KOL); the grid spans 0..maxAmount.
    CellCurve(std::vector<std::vector<CurveOption>> kols, double maxAmount, int gridPoints);

    const Point& at(double amount) const { return m_points[index(amount)]; }
    // The grid point `amount` falls on, and the point at a grid index (at() is
    // pointAt(gridIndex(amount))).
    int gridIndex(double amount) const { return index(amount); }
    const Point& pointAt(int i) const { return m_points[static_cast<std::size_t>(i)]; }
    // The least grid amount that buys what `amount` buys (same value): money above it is unused.
    double neededAmount(double amount) const;
    double step() const { return m_step; }
    double maxAmount() const { return m_step * static_cast<double>(m_points.size() - 1); }
    double cheapestPrice() const { return m_cheapest; }
    double totalValue() const { return m_totalValue; } // every KOL in its best format
    bool empty() const { return m_kols.empty(); }
    // The options the curve was built from, grouped per KOL.
    const std::vector<std::vector<CurveOption>>& options() const { return m_kols; }

    // The options chosen at `amount` (re-runs the DP for this one cell, recording choices).
    std::vector<CurveOption> choose(double amount) const;

private:
    int index(double amount) const;
    int weight(double price) const;

    std::vector<std::vector<CurveOption>> m_kols;
    std::vector<Point> m_points{Point{}};
    double m_step = 1;
    double m_cheapest = 0;
    double m_totalValue = 0;
};

} // namespace kol
