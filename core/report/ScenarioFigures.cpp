#include "ScenarioFigures.h"

#include "Figures.h"
#include "PlanBuild.h"
#include "alloc/Allocator.h"
#include "market/PlanEvaluator.h"
#include "market/ProjectMarket.h"
#include "store/PlanStore.h"
#include "store/ProjectFile.h"

namespace kol {

Result<ScenarioFigures> scenarioFigures(ProjectFile& project, const std::string& scenario,
                                        const std::atomic<bool>* cancel)
{
    auto market = loadMarket(project, scenario);
    if (!market) {
        return market.status();
    }
    const Scenario& s = market->scenario();
    const StrategyMatrix& m = s.matrix();
    ScenarioFigures f;
    f.name = s.name;
    f.currency = s.currency;
    f.budget = s.budget;
    f.channels = m.channels();
    f.phases = m.phases();
    f.tiers = m.tiers();
    f.method = "template";
    f.amounts = templateAmounts(s, s.budget);
    auto plans = PlanStore(project).list(s.name);
    if (!plans) {
        return plans.status();
    }
    if (!plans->empty()) {
        f.amounts = planAmounts(m, plans->back());
        f.method = plans->back().method;
    }
    const PlanEvaluator evaluator(market.value());
    const PlanOutcome o = evaluator.evaluate(f.amounts, s.budget);
    f.spend = o.spend;
    f.effect = o.effect;
    f.reach = o.reach;
    f.engagements = o.engagements;
    f.penalty = o.penalty;
    f.templateEffect = evaluator.netEffect(templateAmounts(s, s.budget), s.budget);
    f.uplift = upliftVsTemplate(f.effect, f.templateEffect);
    if (auto allocator = makeAllocator(f.method)) {
        f.savings = budgetSavings(
            [&](double budget) {
                AllocationOptions options;
                options.budget = budget;
                options.cancel = cancel;
                auto a = allocator->allocate(market.value(), options);
                return a ? a->outcome.effect : 0.0;
            },
            s.budget, f.templateEffect);
    }
    if (cancel && cancel->load()) {
        return Result<ScenarioFigures>::failure("cancelled");
    }
    return f;
}

} // namespace kol
