#include "ScenarioFigures.h"

#include "MethodComparison.h"
#include "PlanningSession.h"
#include "market/PlanEvaluator.h"
#include "report/PlanBuild.h"
#include "report/PlanFigures.h"
#include "store/PlanStore.h"

namespace kol {

Result<ScenarioFigures> scenarioFigures(PlanningSession& session, const std::string& scenario,
                                        const std::atomic<bool>* cancel)
{
    auto market = session.market(scenario);
    if (!market) {
        return market.status();
    }
    const Market& mk = *market.value();
    const Scenario& s = mk.scenario();
    const StrategyMatrix& m = s.matrix();
    ScenarioFigures f;
    f.name = s.name;
    f.currency = s.currency;
    f.budget = s.budget;
    f.channels = m.channels();
    f.phases = m.phases();
    f.tiers = m.tiers();
    auto stored = PlanStore(session.project()).latest(s.name);
    if (!stored) {
        return stored.status();
    }
    if (stored.value() && stored.value()->fingerprint == mk.fingerprint() && stored.value()->budget == s.budget
        && stored.value()->figure(figure::templateEffect)) {
        f.plan = *stored.value();
    } else {
        // No plan, one from before plans kept their figures, or one made on another catalog or model.
        Allocation a;
        a.method = stored.value() ? stored.value()->method : "template";
        a.budget = s.budget;
        if (stored.value()) {
            a.amounts = planAmounts(m, *stored.value());
        } else if (auto expert = makeTemplateAllocator()->allocate(mk, {})) {
            a.amounts = expert->amounts;
        } else {
            a.amounts.assign(static_cast<size_t>(m.cellCount()), 0.0);
        }
        a.outcome = PlanEvaluator(mk).evaluate(a.amounts, s.budget);
        f.plan = buildPlanReport(mk, a);
        f.revalued = stored.value().has_value();
    }
    f.method = f.plan.method;
    f.amounts = planAmounts(m, f.plan);
    f.spend = f.plan.figure(figure::spend).value_or(0);
    f.effect = f.plan.figure(figure::effect).value_or(0);
    f.reach = f.plan.figure(figure::reach).value_or(0);
    f.engagements = f.plan.figure(figure::engagements).value_or(0);
    f.penalty = f.plan.figure(figure::penalty).value_or(0);
    f.templateEffect = f.plan.figure(figure::templateEffect).value_or(0);
    f.uplift = f.plan.figure(figure::uplift).value_or(0);
    const auto method = MethodRegistry::instance().find(f.method);
    std::optional<StoredModel> policy;
    if (method && method->trains) {
        auto p = session.policy(s.name, method->name);
        if (p && p.value() && (!method->policyFits || method->policyFits(*p.value(), mk))) {
            policy = p.take();
        }
    }
    if (!method) {
        f.savingsNote = "a plan edited by hand has no method to re-plan a smaller budget with";
    } else if (method->trains && !policy) {
        f.savingsNote = "the scenario has no trained policy for " + method->name + " to re-plan a smaller budget with";
    } else {
        f.savings = methodSavings(
            [&](double budget) {
                auto at = session.market(s.name, budget);
                if (!at || (cancel && cancel->load())) {
                    return -1e300;
                }
                RunOptions o;
                o.method = method->name;
                o.mayTrain = false;
                o.cancel = cancel;
                auto run = runMethod(*at.value(), *method, policy, o);
                return run ? run->plan.figure(figure::effect).value_or(0) : -1e300;
            },
            s.budget, f.templateEffect, f.savingsNote);
    }
    if (cancel && cancel->load()) {
        return Result<ScenarioFigures>::failure("cancelled");
    }
    return f;
}

} // namespace kol
