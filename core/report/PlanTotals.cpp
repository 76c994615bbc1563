#include "PlanTotals.h"

namespace kol {

PlanTotals planTotals(const StrategyMatrix& m, const std::vector<double>& amounts, const PlanOutcome* outcome)
{
    const auto channels = static_cast<size_t>(m.channelCount()), phases = static_cast<size_t>(m.phaseCount());
    PlanTotals t;
    t.byChannel.assign(channels, 0.0);
    t.byPhase.assign(phases, 0.0);
    t.byTier.assign(static_cast<size_t>(m.tierCount()), 0.0);
    t.reach.assign(phases, std::vector<double>(channels, 0.0));
    t.engagements = t.reach;
    for (int i = 0; i < m.cellCount() && i < static_cast<int>(amounts.size()); ++i) {
        const CellIndex c = m.indexOf(i);
        const auto ch = static_cast<size_t>(c.channel), ph = static_cast<size_t>(c.phase);
        const double a = amounts[static_cast<size_t>(i)];
        t.byChannel[ch] += a;
        t.byPhase[ph] += a;
        t.byTier[static_cast<size_t>(c.tier)] += a;
        if (outcome && i < static_cast<int>(outcome->cells.size())) {
            t.reach[ph][ch] += outcome->cells[static_cast<size_t>(i)].reach;
            t.engagements[ph][ch] += outcome->cells[static_cast<size_t>(i)].engagements;
        }
    }
    return t;
}

PlanTotals planTotals(const StrategyMatrix& m, const PlanReport& plan)
{
    std::vector<double> amounts(static_cast<size_t>(m.cellCount()), 0.0);
    PlanOutcome outcome;
    outcome.cells.resize(amounts.size());
    for (const PlanCell& c : plan.cells) {
        if (const auto idx = m.find(c.channel, c.phase, c.tier)) {
            const auto i = static_cast<size_t>(m.flatIndex(*idx));
            amounts[i] = c.amount;
            outcome.cells[i].reach = c.reach;
            outcome.cells[i].engagements = c.engagements;
        }
    }
    return planTotals(m, amounts, &outcome);
}

} // namespace kol
