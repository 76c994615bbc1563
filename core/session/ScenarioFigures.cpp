#include "ScenarioFigures.h"

#include "MethodComparison.h"
#include "PlanningSession.h"
#include "market/PlanEvaluator.h"
#include "report/PlanBuild.h"
#include "report/PlanFigures.h"
#include "store/PlanStore.h"

namespace kol {

namespace {
Result<ScenarioFigures> scenarioFiguresUncached(PlanningSession& session, const std::string& scenario,
                                                const std::atomic<bool>* cancel,
                                                const std::function<void(const FiguresProgress&)>& progress);
} // namespace

std::optional<ScenarioFigures> ScenarioFiguresCache::find(const Scenario& scenario, long long planId,
                                                          const std::string& fingerprint) const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    for (const Entry& e : m_entries) {
        if (e.planId == planId && e.fingerprint == fingerprint && e.scenario == scenario) {
            return e.figures;
        }
    }
    return std::nullopt;
}

void ScenarioFiguresCache::add(const Scenario& scenario, long long planId, const std::string& fingerprint,
                               const ScenarioFigures& figures)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_entries.push_back(Entry{scenario, planId, fingerprint, figures});
    if (m_entries.size() > 32) {
        m_entries.erase(m_entries.begin());
    }
}

size_t ScenarioFiguresCache::size() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_entries.size();
}

Result<ScenarioFigures> scenarioFigures(PlanningSession& session, const std::string& scenario,
                                        const std::atomic<bool>* cancel,
                                        const std::function<void(const FiguresProgress&)>& progress,
                                        ScenarioFiguresCache* cache)
{
    // What the figures depend on, for the cache.
    if (!cache) {
        return scenarioFiguresUncached(session, scenario, cancel, progress);
    }
    std::optional<Scenario> stored;
    long long planId = 0;
    std::string fingerprint;
    if (session.model()) {
        auto s = session.scenario(scenario);
        auto plan = PlanStore(session.project()).latest(scenario);
        if (s && plan) {
            stored = s.take();
            planId = plan.value() ? plan.value()->id : 0;
            fingerprint = marketFingerprint(session.kols(), *session.model());
            if (auto known = cache->find(*stored, planId, fingerprint)) {
                return *known;
            }
        }
    }
    auto computed = scenarioFiguresUncached(session, scenario, cancel, progress);
    if (computed && stored) {
        cache->add(*stored, planId, fingerprint, computed.value());
    }
    return computed;
}

namespace {
Result<ScenarioFigures> scenarioFiguresUncached(PlanningSession& session, const std::string& scenario,
                                                const std::atomic<bool>* cancel,
                                                const std::function<void(const FiguresProgress&)>& progress)
{
    auto report = [&](FiguresProgress::Step step, double fraction, const std::string& method = {}, int search = 0,
                      int searchSteps = 0) {
        if (progress) {
            progress(FiguresProgress{step, method, search, searchSteps, fraction});
        }
    };
    report(FiguresProgress::Step::Market, 0.0);
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
    report(FiguresProgress::Step::Plan, 0.1);
    f.method = f.plan.method;
    f.amounts = planAmounts(m, f.plan);
    f.spend = f.plan.figure(figure::spend).value_or(0);
    f.effect = f.plan.figure(figure::effect).value_or(0);
    f.reach = f.plan.figure(figure::reach).value_or(0);
    f.engagements = f.plan.figure(figure::engagements).value_or(0);
    f.penalty = f.plan.figure(figure::penalty).value_or(0);
    f.templateEffect = f.plan.figure(figure::templateEffect).value_or(0);
    f.uplift = f.plan.figure(figure::uplift).value_or(0);
    if (auto played = rivalsAgainst(mk, f.plan, cancel); !played) {
        return played.status();
    } else if (played.value()) {
        f.effectVsRivals = played.value()->plans.front().againstRivals;
    }
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
        int search = 0;
        const int searchSteps = savingsSearchSteps();
        f.savings = methodSavings(
            [&](double budget) {
                ++search;
                report(FiguresProgress::Step::Savings, 0.15 + 0.85 * std::min(1.0, (search - 1.0) / searchSteps),
                       method->name, search, searchSteps);
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
} // namespace

} // namespace kol
