#include "PlanEvaluator.h"

#include "base/Text.h"

#include <cmath>
#include <limits>

namespace kol {

namespace {
// Audience overlap: value grows with the summed standalone value but saturates at `capacity`.
double saturate(double x, double capacity)
{
    return capacity > 0 ? capacity * (1.0 - std::exp(-x / capacity)) : 0.0;
}

// Carry-over (SPEC 3.5): a phase's value is multiplied by this, from how much of the channel's
// audience earlier phases reached (`aware`), saturating at `scale`.
double carryOverLift(double aware, double scale, double carryOver)
{
    return 1 + carryOver * (scale > 0 ? 1 - std::exp(-aware / scale) : 0);
}
} // namespace

double hierarchyExcess(const StrategyMatrix& m, const std::vector<double>& amounts, const std::vector<double>* cheapest)
{
    double excess = 0;
    for (int c = 0; c < m.channelCount(); ++c) {
        for (int p = 0; p < m.phaseCount(); ++p) {
            for (int t = 1; t < m.tierCount(); ++t) {
                const auto up = static_cast<size_t>((c * m.phaseCount() + p) * m.tierCount() + t - 1);
                const double upper = amounts[up];
                const double lower = amounts[up + 1];
                if (cheapest && (*cheapest)[up] > lower) {
                    continue; // the tier above could buy nothing with that money
                }
                excess += std::max(0.0, lower - upper);
            }
        }
    }
    return excess;
}

std::vector<double> cheapestPrices(const Market& market)
{
    std::vector<double> out;
    for (int i = 0; i < market.cellCount(); ++i) {
        const CellCurve& curve = market.curve(i);
        out.push_back(curve.empty() ? std::numeric_limits<double>::infinity() : curve.cheapestPrice());
    }
    return out;
}

double ratioExcess(const std::vector<double>& amounts, double budget, double maxShare)
{
    double excess = 0;
    for (const double a : amounts) {
        excess += std::max(0.0, a - maxShare * budget);
    }
    return excess;
}

std::vector<std::string> cellIssues(const Scenario& s, const std::vector<double>& amounts, double budget, int i,
                                    const std::vector<double>* cheapest)
{
    std::vector<std::string> out;
    const StrategyMatrix& m = s.matrix();
    const CellIndex idx = m.indexOf(i);
    const MatrixCell& cell = m.cell(idx);
    const double a = amounts[static_cast<size_t>(i)];
    const double tolerance = amountTolerance(budget);
    if (!cell.enabled) {
        if (a > tolerance) {
            out.push_back("disabled, but the plan gives it " + formatAmount(a, 0));
        }
        return out;
    }
    if (cell.locked && std::fabs(a - *cell.locked) > tolerance) {
        out.push_back("locked at " + formatAmount(*cell.locked, 0) + ", but the plan gives it " + formatAmount(a, 0));
    }
    if (a < cell.minAmount - tolerance) {
        out.push_back("below its minimum " + formatAmount(cell.minAmount, 0));
    }
    if (cell.maxAmount && a > *cell.maxAmount + tolerance) {
        out.push_back("above its maximum " + formatAmount(*cell.maxAmount, 0));
    }
    if (s.rules.tierHierarchy && idx.tier > 0 && !(cheapest && (*cheapest)[static_cast<size_t>(i - 1)] > a)) {
        const double upper = amounts[static_cast<size_t>(i - 1)];
        if (a > upper + tolerance) {
            out.push_back("tier hierarchy: more than " + m.tiers()[static_cast<size_t>(idx.tier - 1)] + " ("
                          + formatAmount(upper, 0) + ")");
        }
    }
    if (a > s.rules.maxCellShare * budget + tolerance) {
        out.push_back("above the max cell share " + formatPercent(s.rules.maxCellShare) + " ("
                      + formatAmount(s.rules.maxCellShare * budget, 0) + ")");
    }
    return out;
}

std::vector<double> templateAmounts(const Scenario& s, double budget)
{
    const StrategyMatrix& m = s.matrix();
    std::vector<double> amounts(static_cast<size_t>(m.cellCount()));
    for (int i = 0; i < m.cellCount(); ++i) {
        const CellIndex c = m.indexOf(i);
        amounts[static_cast<size_t>(i)] = budget * s.templateChannelShare(m.channels()[static_cast<size_t>(c.channel)])
            * s.templatePhaseShare(m.phases()[static_cast<size_t>(c.phase)])
            * s.templateTierShare(m.tiers()[static_cast<size_t>(c.tier)]);
    }
    return amounts;
}

PlanEvaluator::Gross PlanEvaluator::gross(const std::vector<double>& amounts, std::vector<CellOutcome>* cells,
                                          const Market* truth, bool band) const
{
    const StrategyMatrix& m = m_market.scenario().matrix();
    // At the truth: each point's true value, with the truth market's saturation.
    const Market& caps = truth ? *truth : m_market;
    const MarketOptions& o = m_market.options();
    const int np = m.phaseCount(), nt = m.tierCount();
    Gross total;
    for (int c = 0; c < m.channelCount(); ++c) {
        const double capacity = caps.channelCapacity(c);
        const double awarenessScale = o.awarenessScale * capacity;
        // Warm-up builds awareness: each phase's value is multiplied by how much of the channel's
        // audience earlier phases reached (saturating), so the cells are not separable.
        double aware = 0, awareLow = 0, awareHigh = 0, sum = 0, sumLow = 0, sumHigh = 0;
        for (int p = 0; p < np; ++p) {
            const double lift = carryOverLift(aware, awarenessScale, o.carryOver);
            const double liftLow = !band ? 0 : carryOverLift(awareLow, awarenessScale, o.carryOver);
            const double liftHigh = !band ? 0 : carryOverLift(awareHigh, awarenessScale, o.carryOver);
            double phaseValue = 0, phaseLow = 0, phaseHigh = 0;
            for (int t = 0; t < nt; ++t) {
                const int cell = (c * np + p) * nt + t;
                const CellCurve& curve = m_market.curve(cell);
                // A finished phase's cell (a running campaign) holds what it reached, whatever the amount.
                const CellCurve::Point* fixed = m_market.fixedPoint(cell);
                const int at = fixed ? -2 : curve.gridIndex(amounts[static_cast<size_t>(cell)]);
                const CellCurve::Point& point = fixed ? *fixed : curve.pointAt(at);
                const double cap = caps.cellCapacity(cell);
                double v = 0;
                if (truth) {
                    v = saturate(point.valueTrue, cap);
                } else if (m_saturated[static_cast<size_t>(cell)].first == at) {
                    v = m_saturated[static_cast<size_t>(cell)].second;
                } else {
                    v = saturate(point.value, cap);
                    m_saturated[static_cast<size_t>(cell)] = {at, v};
                }
                phaseValue += v;
                if (band) {
                    phaseLow += saturate(point.valueLow, cap);
                    phaseHigh += saturate(point.valueHigh, cap);
                }
                if (cells) {
                    CellOutcome& out = (*cells)[static_cast<size_t>(cell)];
                    out.amount = amounts[static_cast<size_t>(cell)];
                    out.spend = point.spend;
                    out.value = v;
                    out.effect = v * lift; // scaled by the channel's saturation below
                    out.reach = point.reach;
                    out.engagements = point.engagements;
                    out.kols = static_cast<int>(point.kols);
                    out.rounding = std::min(std::max(0.0, out.amount - out.spend),
                                            static_cast<double>(point.kols) * m_market.curve(cell).step());
                }
            }
            sum += lift * phaseValue;
            sumLow += liftLow * phaseLow;
            sumHigh += liftHigh * phaseHigh;
            aware += phaseValue;
            awareLow += phaseLow;
            awareHigh += phaseHigh;
        }
        // A channel's audience saturates over the whole campaign.
        const double effect = saturate(sum, capacity);
        total.effect += effect;
        if (band) {
            total.low += saturate(sumLow, capacity);
            total.high += saturate(sumHigh, capacity);
        }
        if (cells && sum > 0) {
            for (int i = c * np * nt; i < (c + 1) * np * nt; ++i) {
                (*cells)[static_cast<size_t>(i)].effect *= effect / sum;
            }
        }
    }
    return total;
}

double PlanEvaluator::effectOfValues(const std::vector<double>& cellValues) const
{
    const StrategyMatrix& m = m_market.scenario().matrix();
    const MarketOptions& o = m_market.options();
    const int np = m.phaseCount(), nt = m.tierCount();
    double total = 0;
    for (int c = 0; c < m.channelCount(); ++c) {
        const double capacity = m_market.channelCapacity(c);
        double aware = 0, sum = 0;
        for (int p = 0; p < np; ++p) {
            double phaseValue = 0;
            for (int t = 0; t < nt; ++t) {
                const int cell = (c * np + p) * nt + t;
                phaseValue += saturate(cellValues[static_cast<size_t>(cell)], m_market.cellCapacity(cell));
            }
            sum += carryOverLift(aware, o.awarenessScale * capacity, o.carryOver) * phaseValue;
            aware += phaseValue;
        }
        total += saturate(sum, capacity);
    }
    return total;
}

std::vector<double> PlanEvaluator::outcomeFactors(const std::vector<double>& cellValues) const
{
    const StrategyMatrix& m = m_market.scenario().matrix();
    const MarketOptions& o = m_market.options();
    const int np = m.phaseCount(), nt = m.tierCount();
    std::vector<double> factors(cellValues.size(), 1.0);
    for (int c = 0; c < m.channelCount(); ++c) {
        const double capacity = m_market.channelCapacity(c);
        double aware = 0;
        for (int p = 0; p < np; ++p) {
            const double lift = carryOverLift(aware, o.awarenessScale * capacity, o.carryOver);
            double phaseValue = 0;
            for (int t = 0; t < nt; ++t) {
                const int cell = (c * np + p) * nt + t;
                const double value = cellValues[static_cast<size_t>(cell)];
                const double saturated = saturate(value, m_market.cellCapacity(cell));
                factors[static_cast<size_t>(cell)] = value > 0 ? lift * saturated / value : 1.0;
                phaseValue += saturated;
            }
            aware += phaseValue;
        }
    }
    return factors;
}

double PlanEvaluator::penaltyRate(double budget) const
{
    // The template's effect per unit of money; one evaluation per budget, reused.
    if (budget != m_rateBudget) {
        m_rate = grossEffect(templateAmounts(m_market.scenario(), budget)) / budget;
        m_rateBudget = budget;
    }
    return m_rate;
}

double PlanEvaluator::netEffect(const std::vector<double>& amounts, double budget) const
{
    const Scenario& s = m_market.scenario();
    const MarketOptions& o = m_market.options();
    double excess = o.ratioPenalty * ratioExcess(amounts, budget, s.rules.maxCellShare);
    if (s.rules.tierHierarchy) {
        excess += o.hierarchyPenalty * hierarchyExcess(s.matrix(), amounts, &m_cheapest);
    }
    return grossEffect(amounts) - (excess > 0 ? excess * penaltyRate(budget) : 0.0);
}

double PlanEvaluator::grossEffect(const std::vector<double>& amounts) const
{
    return gross(amounts, nullptr, nullptr, false).effect;
}

std::optional<double> PlanEvaluator::trueEffect(const std::vector<double>& amounts, const Market& truth,
                                                double budget) const
{
    if (!m_market.hasTruth() || !truth.hasTruth() || truth.cellCount() != m_market.cellCount()) {
        return std::nullopt;
    }
    const double spendBudget = budget > 0 ? budget : m_market.scenario().budget;
    const PlanEvaluator atTruth(truth);
    const double penalty = atTruth.grossEffect(amounts) - atTruth.netEffect(amounts, spendBudget);
    return gross(amounts, nullptr, &truth, false).effect - penalty;
}

PlanOutcome PlanEvaluator::evaluate(const std::vector<double>& amounts, double budget) const
{
    const Scenario& s = m_market.scenario();
    const StrategyMatrix& m = s.matrix();
    PlanOutcome out;
    out.budget = budget > 0 ? budget : s.budget;
    out.cells.resize(static_cast<size_t>(m.cellCount()));
    const Gross g = gross(amounts, &out.cells);
    for (const auto& c : out.cells) {
        out.spend += c.spend;
        out.reach += c.reach;
        out.engagements += c.engagements;
    }

    // Soft rules cost effect in proportion to the money that breaks them, priced at what the
    // template earns per unit of money at this budget.
    const double perMoney = penaltyRate(out.budget);
    out.hierarchyPenalty = s.rules.tierHierarchy
        ? m_market.options().hierarchyPenalty * perMoney * hierarchyExcess(m, amounts, &m_cheapest)
        : 0.0;
    out.ratioPenalty
        = m_market.options().ratioPenalty * perMoney * ratioExcess(amounts, out.budget, s.rules.maxCellShare);
    out.penalty = out.hierarchyPenalty + out.ratioPenalty;
    out.effect = g.effect - out.penalty;
    out.effectLow = g.low - out.penalty;
    out.effectHigh = g.high - out.penalty;

    // Hard constraints.
    const double tolerance = amountTolerance(out.budget);
    double total = 0;
    std::vector<double> channelTotal(static_cast<size_t>(m.channelCount()), 0.0);
    for (int i = 0; i < m.cellCount(); ++i) {
        const double a = amounts[static_cast<size_t>(i)];
        const CellIndex idx = m.indexOf(i);
        const MatrixCell& cell = m.cell(idx);
        total += a;
        channelTotal[static_cast<size_t>(idx.channel)] += a;
        if (!cell.enabled && a > tolerance) {
            out.violations.push_back(m.cellName(idx) + " is disabled but gets " + formatAmount(a));
        } else if (cell.locked && std::fabs(a - *cell.locked) > tolerance) {
            out.violations.push_back(m.cellName(idx) + " is locked at " + formatAmount(*cell.locked) + " but gets "
                                     + formatAmount(a));
        } else if (cell.enabled
                   && (a < cell.minAmount - tolerance || (cell.maxAmount && a > *cell.maxAmount + tolerance))) {
            out.violations.push_back(m.cellName(idx) + " gets " + formatAmount(a) + ", outside its bounds");
        }
    }
    if (total > out.budget + tolerance) {
        out.violations.push_back("the plan allocates " + formatAmount(total) + ", more than the budget "
                                 + formatAmount(out.budget));
    }
    for (int c = 0; c < m.channelCount(); ++c) {
        const ShareBounds b = s.rules.channelBounds(m.channels()[static_cast<size_t>(c)]);
        const double share = channelTotal[static_cast<size_t>(c)] / out.budget;
        if (share < b.minShare - 1e-9 || share > b.maxShare + 1e-9) {
            out.violations.push_back(m.channels()[static_cast<size_t>(c)] + " gets " + formatPercent(share)
                                     + " of the budget, outside " + formatPercent(b.minShare) + ".."
                                     + formatPercent(b.maxShare));
        }
    }
    out.feasible = out.violations.empty();
    return out;
}

} // namespace kol
