#include "PlanBuild.h"

#include "Figures.h"
#include "PlanFigures.h"
#include "alloc/MethodRegistry.h"

#include <cmath>

namespace kol {

PlanReport buildPlanReport(const Market& market, const Allocation& a, double templateEffectValue)
{
    const PlanOutcome& o = a.outcome;
    const StrategyMatrix& m = market.scenario().matrix();
    PlanReport plan;
    plan.method = a.method;
    plan.budget = a.budget;
    plan.notes = a.notes;
    plan.notes.insert(plan.notes.end(), market.warnings().begin(), market.warnings().end());
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
        for (const CurveOption& chosen : market.chosen(i, cell.amount)) {
            const Kol& k = market.kols()[static_cast<size_t>(chosen.kol)];
            cell.kols.push_back(PlanKol{k.id, k.name, k.followers, market.formats()[static_cast<size_t>(chosen.format)],
                                        chosen.price, chosen.reach, chosen.engagements, chosen.value});
        }
        plan.cells.push_back(std::move(cell));
    }
    return plan;
}

Status checkPlanReport(const PlanReport& plan)
{
    for (const auto& [name, value] : plan.figures) {
        if (!std::isfinite(value)) {
            return Status::failure("the " + plan.method + " plan's figure '" + name
                                   + "' is not a finite number; the plan is not kept");
        }
    }
    for (const PlanCell& c : plan.cells) {
        for (double v : {c.amount, c.spend, c.effect, c.reach, c.engagements}) {
            if (!std::isfinite(v)) {
                return Status::failure("the " + plan.method + " plan's cell " + c.channel + "/" + c.phase + "/" + c.tier
                                       + " has a figure that is not a finite number; the plan is not kept");
            }
        }
        for (const PlanKol& k : c.kols) {
            if (!std::isfinite(k.reach) || !std::isfinite(k.engagements) || !std::isfinite(k.score)) {
                return Status::failure("KOL " + k.id + " in " + c.channel + "/" + c.phase + "/" + c.tier
                                       + " has a predicted figure that is not a finite number; the plan is not kept");
            }
        }
    }
    return Status::success();
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
