#include "PlanBuild.h"

namespace kol {

Plan makePlan(const Market& market, const Allocation& a)
{
    const PlanOutcome& o = a.outcome;
    const StrategyMatrix& m = market.scenario().matrix();
    Plan plan;
    plan.method = a.method;
    plan.budget = a.budget;
    plan.figures
        = {{"effect", o.effect}, {"effect_low", o.effectLow},    {"effect_high", o.effectHigh}, {"spend", o.spend},
           {"reach", o.reach},   {"engagements", o.engagements}, {"penalty", o.penalty},        {"seconds", a.seconds}};
    for (int i = 0; i < m.cellCount(); ++i) {
        const CellIndex idx = m.indexOf(i);
        PlanCell cell{m.channels()[static_cast<size_t>(idx.channel)],
                      m.phases()[static_cast<size_t>(idx.phase)],
                      m.tiers()[static_cast<size_t>(idx.tier)],
                      a.amounts[static_cast<size_t>(i)],
                      {}};
        for (const CurveOption& chosen : market.curve(i).choose(cell.amount)) {
            cell.kolIds.push_back(market.kols()[static_cast<size_t>(chosen.kol)].id);
        }
        plan.cells.push_back(std::move(cell));
    }
    return plan;
}

std::vector<double> planAmounts(const StrategyMatrix& m, const Plan& plan)
{
    std::vector<double> amounts(static_cast<size_t>(m.cellCount()), 0.0);
    for (const PlanCell& c : plan.cells) {
        if (auto idx = m.find(c.channel, c.phase, c.tier)) {
            amounts[static_cast<size_t>(m.flatIndex(*idx))] = c.amount;
        }
    }
    return amounts;
}

} // namespace kol
