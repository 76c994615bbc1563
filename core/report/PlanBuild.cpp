#include "PlanBuild.h"

#include "Figures.h"
#include "PlanFigures.h"
#include "alloc/MethodRegistry.h"

namespace kol {

PlanReport buildPlanReport(const Market& market, const Allocation& a, double templateEffectValue)
{
    const PlanOutcome& o = a.outcome;
    const StrategyMatrix& m = market.scenario().matrix();
    PlanReport plan;
    plan.method = a.method;
    plan.budget = a.budget;
    plan.notes = a.notes;
    plan.fingerprint = market.fingerprint();
    plan.figures = {{figure::effect, o.effect},
                    {figure::effectLow, o.effectLow},
                    {figure::effectHigh, o.effectHigh},
                    {figure::spend, o.spend},
                    {figure::reach, o.reach},
                    {figure::engagements, o.engagements},
                    {figure::penalty, o.penalty},
                    {figure::hierarchyPenalty, o.hierarchyPenalty},
                    {figure::ratioPenalty, o.ratioPenalty},
                    {figure::templateEffect, templateEffectValue},
                    {figure::uplift, upliftVsTemplate(o.effect, templateEffectValue)},
                    {figure::seconds, a.seconds}};
    for (int i = 0; i < m.cellCount(); ++i) {
        const CellIndex idx = m.indexOf(i);
        PlanCell cell;
        cell.channel = m.channels()[static_cast<size_t>(idx.channel)];
        cell.phase = m.phases()[static_cast<size_t>(idx.phase)];
        cell.tier = m.tiers()[static_cast<size_t>(idx.tier)];
        cell.amount = a.amounts[static_cast<size_t>(i)];
        if (i < static_cast<int>(o.cells.size())) {
            const CellOutcome& co = o.cells[static_cast<size_t>(i)];
            cell.spend = co.spend;
            cell.effect = co.effect;
            cell.reach = co.reach;
            cell.engagements = co.engagements;
        }
        for (const CurveOption& chosen : market.curve(i).choose(cell.amount)) {
            const Kol& k = market.kols()[static_cast<size_t>(chosen.kol)];
            cell.kols.push_back(PlanKol{k.id, k.name, k.followers, market.formats()[static_cast<size_t>(chosen.format)],
                                        chosen.price, chosen.reach, chosen.engagements, chosen.value});
        }
        plan.cells.push_back(std::move(cell));
    }
    return plan;
}

PlanReport buildPlanReport(const Market& market, const Allocation& a)
{
    return buildPlanReport(market, a, templateEffect(market, a.budget));
}

std::vector<double> planAmounts(const StrategyMatrix& m, const PlanReport& plan)
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
