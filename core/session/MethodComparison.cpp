#include "MethodComparison.h"

#include "base/Parallel.h"
#include "base/Text.h"
#include "report/Figures.h"
#include "report/PlanBuild.h"
#include "report/PlanFigures.h"

#include <algorithm>
#include <atomic>
#include <mutex>

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
                                        const std::atomic<bool>* cancel, bool withRivals)
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
    auto base = session.market(s.value());
    if (!base) {
        return base.status();
    }
    // Each method's figures on a worker of their own: its plan, its plan on the truth and its
    // savings search, whose budgets get markets of their own (the scenario's KOL options, new
    // curves). Methods are independent, so the workers share the processor's cores; the results
    // go to fixed slots, the same whatever the order.
    auto runAt = [&](size_t k, double budget) -> Result<RunResult> {
        std::shared_ptr<const Market> at = base.value();
        if (budget > 0 && budget != at->scenario().budget) {
            Scenario rebudgeted = at->scenario();
            rebudgeted.budget = budget;
            auto built = at->withBudget(rebudgeted);
            if (!built) {
                return built.status();
            }
            at = std::make_shared<const Market>(built.take());
        }
        RunOptions o;
        o.method = methods[k].method.name;
        o.mayTrain = false;
        o.cancel = cancel;
        o.truth = budget > 0 ? nullptr : truth;
        return runMethod(*at, methods[k].method, methods[k].policy, o);
    };
    std::vector<std::optional<MethodFigures>> figures(methods.size());
    std::vector<std::string> failures(methods.size());
    std::mutex lock; // guards `done` and the progress callback
    size_t done = 0;
    auto figure = [&](size_t k) -> Status {
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
        const double templateEffect = f.plan.figure(figure::templateEffect).value_or(0);
        f.savings = methods[k].method.name == "template"
            ? std::optional<double>(0.0)
            : methodSavings(
                [&](double b) {
                    auto r = runAt(k, b);
                    return r ? r->plan.figure(figure::effect).value_or(0) : -1e300;
                },
                c.budget, templateEffect, f.savingsNote);
        if (f.savings) {
            f.plan.figures[figure::savings] = *f.savings;
        }
        figures[k] = std::move(f);
        return Status::success();
    };
    forEachOnCores(methods.size(), [&](size_t k) {
        const Status status = cancel && cancel->load() ? Status::failure("cancelled") : figure(k);
        if (!status) {
            failures[k] = status.message();
        }
        const std::lock_guard<std::mutex> g(lock);
        if (progress) {
            progress(methods[k].method.name, static_cast<double>(++done) / steps);
        }
    });
    if (cancel && cancel->load()) {
        return R::failure("cancelled");
    }
    for (const std::string& failure : failures) {
        if (!failure.empty()) {
            return R::failure(failure); // the first method's, in the registry's order
        }
    }
    double best = -1e300;
    for (auto& f : figures) {
        best = std::max(best, f->plan.figure(figure::effect).value_or(0));
        c.methods.push_back(std::move(*f));
    }
    for (auto& f : c.methods) {
        f.gapToBest = gapToBest(f.plan.figure(figure::effect).value_or(0), best);
    }
    if (withRivals && !base.value()->scenario().rivals.empty()) {
        CompetitionOptions o;
        o.rivals = base.value()->scenario().rivals;
        o.learning.cancel = cancel;
        for (const auto& f : c.methods) {
            o.plans.push_back(planAmounts(base.value()->scenario().matrix(), f.plan));
        }
        auto played = playCompetition(*base.value(), o);
        if (!played) {
            return played.status();
        }
        for (size_t k = 0; k < c.methods.size(); ++k) {
            c.methods[k].plan.figures[figure::effectVsRivals] = played->plans[k].againstRivals;
        }
        RivalsFigures r;
        r.effectAlone = played->effectAlone;
        r.effectLearned = played->effectContested;
        r.cost = r.effectAlone > 0 ? 1 - r.effectLearned / r.effectAlone : 0.0;
        r.gap = played->history.empty() ? 0.0 : played->history.back().equilibriumGap;
        r.iterations = o.learning.iterations;
        c.rivals = r;
    }
    if (progress) {
        progress("", 1.0);
    }
    return c;
}

Result<std::optional<CompetitionResult>> rivalsAgainst(const Market& market, const PlanReport& plan,
                                                       const std::atomic<bool>* cancel)
{
    using R = Result<std::optional<CompetitionResult>>;
    if (market.scenario().rivals.empty()) {
        return R(std::optional<CompetitionResult>());
    }
    CompetitionOptions o;
    o.rivals = market.scenario().rivals;
    o.learning.cancel = cancel;
    o.plans.push_back(planAmounts(market.scenario().matrix(), plan));
    auto played = playCompetition(market, o);
    if (!played) {
        return played.status();
    }
    return R(std::optional<CompetitionResult>(played.take()));
}

} // namespace kol
