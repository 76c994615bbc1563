#include "Constraints.h"

#include "base/Text.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kol {

Result<Constraints> Constraints::make(const Scenario& s, double budget)
{
    using R = Result<Constraints>;
    if (!std::isfinite(budget) || budget <= 0) {
        return R::failure("the budget must be a positive number (is " + formatAmount(budget) + ")");
    }
    const StrategyMatrix& m = s.matrix();
    Constraints c;
    c.m_budget = budget;
    c.m_channelLo.assign(static_cast<size_t>(m.channelCount()), 0.0);
    c.m_channelHi.assign(static_cast<size_t>(m.channelCount()), 0.0);
    std::vector<double> cellLo(static_cast<size_t>(m.channelCount()), 0.0), cellHi = cellLo;
    double locked = 0, minimum = 0;
    bool anyOpen = false;
    for (int i = 0; i < m.cellCount(); ++i) {
        const CellIndex idx = m.indexOf(i);
        const MatrixCell& cell = m.cell(idx);
        double lo = 0, hi = 0;
        if (cell.enabled && cell.locked) {
            lo = hi = *cell.locked;
            locked += *cell.locked;
        } else if (cell.enabled) {
            lo = cell.minAmount;
            hi = cell.maxAmount ? *cell.maxAmount : budget;
            anyOpen = anyOpen || hi > lo;
        }
        minimum += lo;
        c.m_lo.push_back(lo);
        c.m_hi.push_back(std::min(hi, std::max(lo, budget)));
        c.m_channel.push_back(idx.channel);
        cellLo[static_cast<size_t>(idx.channel)] += lo;
        cellHi[static_cast<size_t>(idx.channel)] += c.m_hi.back();
    }
    const double tol = budget * 1e-9;
    if (locked > budget + tol) {
        return R::failure("the locked cells need " + formatAmount(locked) + ", more than the budget of "
                          + formatAmount(budget));
    }
    if (minimum > budget + tol) {
        return R::failure("the cells' minimums and locks need " + formatAmount(minimum) + ", more than the budget of "
                          + formatAmount(budget));
    }
    double channelMinimums = 0;
    std::string needs; // "Douyin 600,000 (60%), Weibo ..."
    for (int ch = 0; ch < m.channelCount(); ++ch) {
        const std::string& name = m.channels()[static_cast<size_t>(ch)];
        const ShareBounds b = s.rules.channelBounds(name);
        const double lo = std::max(b.minShare * budget, cellLo[static_cast<size_t>(ch)]);
        const double hi = std::min(b.maxShare * budget, cellHi[static_cast<size_t>(ch)]);
        if (lo > hi + tol) {
            if (b.minShare * budget > cellHi[static_cast<size_t>(ch)] + tol) {
                return R::failure(name + " must get at least " + formatPercent(b.minShare) + " of the budget ("
                                  + formatAmount(b.minShare * budget) + ") but its cells can take at most "
                                  + formatAmount(cellHi[static_cast<size_t>(ch)])
                                  + " (disabled cells, locks and maximums)");
            }
            return R::failure(name + " may get at most " + formatPercent(b.maxShare) + " of the budget ("
                              + formatAmount(b.maxShare * budget) + ") but its locks and minimums need "
                              + formatAmount(cellLo[static_cast<size_t>(ch)]));
        }
        c.m_channelLo[static_cast<size_t>(ch)] = lo;
        c.m_channelHi[static_cast<size_t>(ch)] = hi;
        channelMinimums += lo;
        if (lo > 0) {
            needs += (needs.empty() ? "" : ", ") + name + " " + formatAmount(lo) + " (" + formatPercent(lo / budget)
                + ")";
        }
    }
    if (channelMinimums > budget + tol) {
        return R::failure("the channels' minimum shares, locks and minimums need " + formatAmount(channelMinimums)
                          + ", more than the budget of " + formatAmount(budget) + ": " + needs);
    }
    if (!anyOpen && locked <= 0) {
        return R::failure("every cell is disabled or fixed at zero; there is nothing to allocate");
    }
    return c;
}

std::vector<double> Constraints::minimumPlan() const
{
    std::vector<double> plan = m_lo;
    // Raise channels below their minimum share, spreading over their open cells.
    for (int ch = 0; ch < channelCount(); ++ch) {
        double total = 0, room = 0;
        for (int i = 0; i < cellCount(); ++i) {
            if (channelOf(i) == ch) {
                total += plan[static_cast<size_t>(i)];
                room += hi(i) - plan[static_cast<size_t>(i)];
            }
        }
        const double need = channelLo(ch) - total;
        if (need > 0 && room > 0) {
            for (int i = 0; i < cellCount(); ++i) {
                if (channelOf(i) == ch) {
                    plan[static_cast<size_t>(i)] += need * (hi(i) - plan[static_cast<size_t>(i)]) / room;
                }
            }
        }
    }
    return plan;
}

std::vector<double> Constraints::repair(std::vector<double> a) const
{
    for (int i = 0; i < cellCount(); ++i) {
        a[static_cast<size_t>(i)] = std::clamp(a[static_cast<size_t>(i)], lo(i), hi(i));
    }
    // Channel shares: move each channel into its bounds by scaling its free room.
    for (int ch = 0; ch < channelCount(); ++ch) {
        double total = 0, up = 0, down = 0;
        for (int i = 0; i < cellCount(); ++i) {
            if (channelOf(i) == ch) {
                total += a[static_cast<size_t>(i)];
                up += hi(i) - a[static_cast<size_t>(i)];
                down += a[static_cast<size_t>(i)] - lo(i);
            }
        }
        if (total < channelLo(ch) && up > 0) {
            const double f = std::min(1.0, (channelLo(ch) - total) / up);
            for (int i = 0; i < cellCount(); ++i) {
                if (channelOf(i) == ch) {
                    a[static_cast<size_t>(i)] += f * (hi(i) - a[static_cast<size_t>(i)]);
                }
            }
        } else if (total > channelHi(ch) && down > 0) {
            const double f = std::min(1.0, (total - channelHi(ch)) / down);
            for (int i = 0; i < cellCount(); ++i) {
                if (channelOf(i) == ch) {
                    a[static_cast<size_t>(i)] -= f * (a[static_cast<size_t>(i)] - lo(i));
                }
            }
        }
    }
    // The total: cut what channels hold above their minimums, proportionally.
    double total = std::accumulate(a.begin(), a.end(), 0.0);
    if (total > m_budget) {
        std::vector<double> floor(a.size(), 0.0);
        double spare = 0;
        for (int ch = 0; ch < channelCount(); ++ch) {
            double chTotal = 0, chFloor = 0;
            for (int i = 0; i < cellCount(); ++i) {
                if (channelOf(i) == ch) {
                    chTotal += a[static_cast<size_t>(i)];
                    chFloor += lo(i);
                }
            }
            // Within a channel, cells keep their lower bounds and the channel its minimum.
            const double keep = std::max(channelLo(ch), chFloor);
            const double f = chTotal - chFloor > 0 ? std::max(0.0, (keep - chFloor) / (chTotal - chFloor)) : 0.0;
            for (int i = 0; i < cellCount(); ++i) {
                if (channelOf(i) == ch) {
                    floor[static_cast<size_t>(i)] = lo(i) + f * (a[static_cast<size_t>(i)] - lo(i));
                    spare += a[static_cast<size_t>(i)] - floor[static_cast<size_t>(i)];
                }
            }
        }
        const double cut = spare > 0 ? std::min(1.0, (total - m_budget) / spare) : 0.0;
        for (size_t i = 0; i < a.size(); ++i) {
            a[i] -= cut * (a[i] - floor[i]);
        }
    }
    return a;
}

std::vector<double> Constraints::fillByWeights(const std::vector<double>& weights) const
{
    std::vector<double> a = minimumPlan();
    std::vector<bool> full(a.size(), false);
    std::vector<double> channel(static_cast<size_t>(channelCount()), 0.0);
    for (int i = 0; i < cellCount(); ++i) {
        channel[static_cast<size_t>(channelOf(i))] += a[static_cast<size_t>(i)];
        full[static_cast<size_t>(i)] = hi(i) <= a[static_cast<size_t>(i)] || weights[static_cast<size_t>(i)] <= 0;
    }
    double left = m_budget - std::accumulate(a.begin(), a.end(), 0.0);
    // Each round gives every open cell its weight's share of what is left, up to its cell's and
    // its channel's room; a cell or channel that fills drops out. At most one round per cell.
    for (int round = 0; round <= cellCount() && left > m_budget * 1e-12; ++round) {
        double weight = 0;
        for (int i = 0; i < cellCount(); ++i) {
            weight += full[static_cast<size_t>(i)] ? 0.0 : weights[static_cast<size_t>(i)];
        }
        if (weight <= 0) {
            break;
        }
        double given = 0;
        for (int i = 0; i < cellCount(); ++i) {
            const auto k = static_cast<size_t>(i);
            if (full[k]) {
                continue;
            }
            const auto ch = static_cast<size_t>(channelOf(i));
            const double room = std::min(hi(i) - a[k], channelHi(channelOf(i)) - channel[ch]);
            const double d = std::min(left * weights[k] / weight, std::max(0.0, room));
            a[k] += d;
            channel[ch] += d;
            given += d;
            full[k] = d >= room - 1e-9 * m_budget;
        }
        left -= given;
        if (given <= m_budget * 1e-12) {
            break;
        }
    }
    return repair(a);
}

Constraints Constraints::withCellMaximums(const std::vector<double>& caps) const
{
    Constraints c = *this;
    for (size_t i = 0; i < c.m_hi.size() && i < caps.size(); ++i) {
        c.m_hi[i] = std::max(c.m_lo[i], std::min(c.m_hi[i], caps[i]));
    }
    return c;
}

Constraints Constraints::withTotal(double total) const
{
    Constraints c = *this;
    c.m_budget = total;
    return c;
}

bool Constraints::feasible(const std::vector<double>& a, double tolerance) const
{
    double total = 0;
    std::vector<double> channel(static_cast<size_t>(channelCount()), 0.0);
    for (int i = 0; i < cellCount(); ++i) {
        const double x = a[static_cast<size_t>(i)];
        if (x < lo(i) - tolerance || x > hi(i) + tolerance) {
            return false;
        }
        total += x;
        channel[static_cast<size_t>(channelOf(i))] += x;
    }
    for (int ch = 0; ch < channelCount(); ++ch) {
        if (channel[static_cast<size_t>(ch)] < channelLo(ch) - tolerance
            || channel[static_cast<size_t>(ch)] > channelHi(ch) + tolerance) {
            return false;
        }
    }
    return total <= m_budget + tolerance;
}

} // namespace kol
