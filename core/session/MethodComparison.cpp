#include "MethodComparison.h"

#include "base/Text.h"
#include "report/Figures.h"
#include "report/PlanBuild.h"
#include "report/PlanFigures.h"

#include <algorithm>

namespace kol {

namespace {
// Savings are found to 0.4% of the budget (eight halvings of the first bracket).
constexpr double kSavingsPrecision = 0.004;
} // namespace

std::optional<double> methodSavings(const std::function<double(double)>& effectAt, double budget,
                                    double templateEffectAtBudget, std::string& note)
{
    note.clear();
    if (!(templateEffectAtBudget > 0)) {
        note = "the template's plan has no effect at this budget, so there is nothing to save against";
        return std::nullopt;
    }
    auto savings = budgetSavings(effectAt, budget, templateEffectAtBudget, kSavingsPrecision);
    if (!savings) {
        note = "does not reach the template's effect (" + formatAmount(templateEffectAtBudget, 1)
            + ") even at twice the budget (" + formatAmount(2 * budget, 0) + ")";
    }
    return savings;
}

int savingsSearchSteps()
{
    return budgetSearchSteps(kSavingsPrecision);
}

Result<std::vector<ComparedMethod>> comparedMethods(PlanningSession& session, const Scenario& scenario,
                                                    std::vector<std::string>& leftOut)
{
    std::vector<ComparedMethod> out;
    for (const Method& m : MethodRegistry::instance().methods()) {
        std::optional<StoredModel> policy;
        if (m.trains) {
            auto p = session.policy(scenario.name, m.name);
            if (!p) {
                return p.status();
            }
            auto market = session.market(scenario);
            if (!market) {
                return market.status();
            }
            if (!p.value() || (m.policyFits && !m.policyFits(*p.value(), *market.value()))) {
                leftOut.push_back(m.name + ": no trained policy for this scenario" + (p.value() ? " that fits it" : "")
                                  + "; run 'kolplanner-cli train'");
                continue;
            }
            policy = p.take();
        }
        out.push_back(ComparedMethod{m, std::move(policy)});
    }
    return out;
}

Result<RunResult> runCompared(PlanningSession& session, const std::string& scenario, const ComparedMethod& method,
                              double budget, const std::atomic<bool>* cancel, std::shared_ptr<const Market> truth)
{
    auto market = session.market(scenario, budget);
    if (!market) {
        return market.status();
    }
    RunOptions o;
    o.method = method.method.name;
    o.mayTrain = false;
    o.cancel = cancel;
    o.truth = std::move(truth);
    return runMethod(*market.value(), method.method, method.policy, o);
}

Result<MethodComparison> compareMethods(PlanningSession& session, const std::string& scenario,
                                        const std::function<void(const std::string&, double)>& progress,
                                        const std::atomic<bool>* cancel)
{
    using R = Result<MethodComparison>;
    auto s = session.scenario(scenario);
    if (!s) {
        return s.status();
    }
    MethodComparison c;
    c.scenario = s->name;
    c.budget = s->budget;
    auto compared = comparedMethods(session, s.value(), c.leftOut);
    if (!compared) {
        return compared.status();
    }
    const std::vector<ComparedMethod>& methods = compared.value();
    const double steps = static_cast<double>(methods.size());
    std::shared_ptr<const Market> truth;
    if (session.truth()) {
        auto model = session.market(s.value());
        auto built = model ? session.truthMarket(model.value()->scenario()) : model;
        if (!built) {
            return built.status();
        }
        truth = built.take();
    }
    auto runAt = [&](size_t k, double budget) {
        return runCompared(session, c.scenario, methods[k], budget, cancel, budget > 0 ? nullptr : truth);
    };
    double best = -1e300;
    double templateEffect = 0;
    for (size_t k = 0; k < methods.size(); ++k) {
        if (progress) {
            progress(methods[k].method.name, static_cast<double>(k) / steps);
        }
        auto run = runAt(k, 0);
        if (!run) {
            return run.status();
        }
        MethodFigures f;
        f.plan = run->plan;
        if (truth && !methods[k].method.trains) {
            RunOptions o;
            o.method = methods[k].method.name;
            o.mayTrain = false;
            o.cancel = cancel;
            auto planned = runMethod(*truth, methods[k].method, std::nullopt, o);
            if (!planned) {
                return planned.status();
            }
            f.truthPlannedEffect = planned->plan.figure(figure::effect);
        }
        templateEffect = f.plan.figure(figure::templateEffect).value_or(0);
        f.savings = methods[k].method.name == "template"
            ? std::optional<double>(0.0)
            : methodSavings(
                [&](double b) {
                    auto r = runAt(k, b);
                    return r ? r->plan.figure(figure::effect).value_or(0) : -1e300;
                },
                c.budget, templateEffect, f.savingsNote);
        if (cancel && cancel->load()) {
            return R::failure("cancelled");
        }
        if (f.savings) {
            f.plan.figures[figure::savings] = *f.savings;
        }
        best = std::max(best, f.plan.figure(figure::effect).value_or(0));
        c.methods.push_back(std::move(f));
    }
    for (auto& f : c.methods) {
        f.gapToBest = gapToBest(f.plan.figure(figure::effect).value_or(0), best);
    }
    if (progress) {
        progress("", 1.0);
    }
    return c;
}

} // namespace kol
