#include "CellCurve.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace kol {

CellCurve::CellCurve(std::vector<std::vector<CurveOption>> kols, double maxAmount, int gridPoints)
    : m_kols(std::move(kols))
{
    m_cheapest = m_kols.empty() ? 0 : 1e300;
    for (const auto& options : m_kols) {
        double best = 0;
        for (const auto& o : options) {
            m_cheapest = std::min(m_cheapest, o.price);
            best = std::max(best, o.value);
        }
        m_totalValue += best;
    }
    if (m_kols.empty() || maxAmount <= 0 || gridPoints < 2) {
        return;
    }
    m_step = maxAmount / static_cast<double>(gridPoints - 1);
    m_points.assign(static_cast<size_t>(gridPoints), Point{});
    std::vector<int> weights;
    // The heaviest grid weight any combination of the KOLs so far can use: every point above it
    // equals the point at it (all of them fit), so the passes stop there, read there, and the
    // points above are filled once at the end. The same curve, in less time where the cell's
    // KOLs cost less than the curve's span.
    int reach = 0;
    for (const auto& options : m_kols) {
        // Each option's grid weight once; grid points below the lightest option cannot change.
        weights.clear();
        int lightest = gridPoints, heaviest = 0;
        for (const auto& o : options) {
            weights.push_back(weight(o.price));
            lightest = std::min(lightest, weights.back());
            heaviest = std::max(heaviest, weights.back());
        }
        const int top = static_cast<int>(std::min<long>(gridPoints - 1, static_cast<long>(reach) + heaviest));
        auto before = [&](int g) -> const Point& {
            return m_points[static_cast<size_t>(std::min(g, reach))];
        };
        // Downwards, so the points at and below g - w still hold the state before this KOL.
        for (int g = top; g >= lightest; --g) {
            const CurveOption* bestOption = nullptr;
            int bestWeight = 0;
            float best = before(g).value;
            for (size_t j = 0; j < options.size(); ++j) {
                const int w = weights[j];
                if (w <= g && before(g - w).value + static_cast<float>(options[j].value) > best) {
                    best = before(g - w).value + static_cast<float>(options[j].value);
                    bestOption = &options[j];
                    bestWeight = w;
                }
            }
            Point& to = m_points[static_cast<size_t>(g)];
            if (bestOption) {
                const Point& from = before(g - bestWeight);
                to.value = best;
                to.valueLow = from.valueLow + static_cast<float>(bestOption->valueLow);
                to.valueHigh = from.valueHigh + static_cast<float>(bestOption->valueHigh);
                to.spend = from.spend + static_cast<float>(bestOption->price);
                to.reach = from.reach + static_cast<float>(bestOption->reach);
                to.engagements = from.engagements + static_cast<float>(bestOption->engagements);
                to.kols = from.kols + 1;
                to.valueTrue = from.valueTrue + static_cast<float>(bestOption->valueTrue);
            } else if (g > reach) {
                to = before(g);
            }
        }
        // Points between the old reach and the lightest option (none improved) copy the old reach too.
        for (int g = std::min(lightest - 1, top); g > reach; --g) {
            m_points[static_cast<size_t>(g)] = m_points[static_cast<size_t>(reach)];
        }
        reach = top;
    }
    for (int g = reach + 1; g < gridPoints; ++g) {
        m_points[static_cast<size_t>(g)] = m_points[static_cast<size_t>(reach)];
    }
}

int CellCurve::weight(double price) const
{
    return std::max(1, static_cast<int>(std::ceil(price / m_step - 1e-9)));
}

double CellCurve::neededAmount(double amount) const
{
    const int i = index(amount);
    const float value = m_points[static_cast<size_t>(i)].value;
    // Values never fall as the amount grows: the first grid point reaching `value`.
    const auto first = std::lower_bound(m_points.begin(), m_points.begin() + i + 1, value,
                                        [](const Point& p, float v) { return p.value < v; });
    const double needed = m_step * static_cast<double>(first - m_points.begin());
    return std::min(needed, std::max(0.0, amount));
}

int CellCurve::index(double amount) const
{
    if (!(amount > 0)) {
        return 0;
    }
    const double g = std::floor(amount / m_step + 1e-9);
    return static_cast<int>(std::min<double>(g, static_cast<double>(m_points.size() - 1)));
}

std::vector<CurveOption> CellCurve::choose(double amount) const
{
    const int top = index(amount);
    if (top == 0 || m_kols.empty()) {
        return {};
    }
    // The same DP up to `top`, remembering which option (1-based, 0 = none) each KOL took.
    const size_t width = static_cast<size_t>(top) + 1;
    std::vector<float> value(width, 0.0f);
    std::vector<uint8_t> taken(m_kols.size() * width, 0);
    for (size_t k = 0; k < m_kols.size(); ++k) {
        for (int g = top; g >= 0; --g) {
            float best = value[static_cast<size_t>(g)];
            for (size_t i = 0; i < m_kols[k].size() && i < 255; ++i) {
                const int w = weight(m_kols[k][i].price);
                if (w <= g && value[static_cast<size_t>(g - w)] + static_cast<float>(m_kols[k][i].value) > best) {
                    best = value[static_cast<size_t>(g - w)] + static_cast<float>(m_kols[k][i].value);
                    taken[k * width + static_cast<size_t>(g)] = static_cast<uint8_t>(i + 1);
                }
            }
            value[static_cast<size_t>(g)] = best;
        }
    }
    std::vector<CurveOption> chosen;
    int g = top;
    for (size_t k = m_kols.size(); k-- > 0;) {
        const uint8_t t = taken[k * width + static_cast<size_t>(g)];
        if (t) {
            chosen.push_back(m_kols[k][t - 1]);
            g -= weight(chosen.back().price);
        }
    }
    std::reverse(chosen.begin(), chosen.end());
    return chosen;
}

} // namespace kol
