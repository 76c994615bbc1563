#include "SavingsCurves.h"

#include "MethodRun.h"
#include "base/Hash.h"
#include "base/Parallel.h"
#include "base/Text.h"
#include "market/PlanEvaluator.h"
#include "report/PlanFigures.h"
#include "store/SavingsCurveStore.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>

namespace kol {

std::vector<double> curveBudgets(double budget, double from, double to, int points)
{
    points = std::max(3, points);
    std::vector<double> out;
    for (int i = 0; i < points; ++i) {
        out.push_back(std::round(100 * budget * (from + (to - from) * i / (points - 1))) / 100); // whole cents
    }
    // The scenario's own budget is always a point: its effect is the one the uplift is read at.
    const auto nearest = std::min_element(
        out.begin(), out.end(), [&](double a, double b) { return std::fabs(a - budget) < std::fabs(b - budget); });
    if (from <= 1 && to >= 1) {
        *nearest = budget;
    }
    return out;
}

std::vector<MarginalReturn> marginalReturns(const Market& market, const std::vector<double>& amounts)
{
    const Scenario& s = market.scenario();
    const StrategyMatrix& m = s.matrix();
    const PlanEvaluator evaluator(market);
    const double step = 0.01 * s.budget;
    const double more = s.budget + step;
    const double base = evaluator.netEffect(amounts, s.budget), baseMore = evaluator.netEffect(amounts, more);
    std::vector<MarginalReturn> out;
    for (int c = 0; c < m.channelCount(); ++c) {
        MarginalReturn r;
        r.channel = m.channels()[static_cast<size_t>(c)];
        double channelSpend = 0;
        for (int i = 0; i < m.cellCount(); ++i) {
            channelSpend += m.indexOf(i).channel == c ? amounts[static_cast<size_t>(i)] : 0.0;
        }
        const bool atShareCap = channelSpend + step > s.rules.channelBounds(r.channel).maxShare * more;
        std::vector<double> plan = amounts;
        for (int i = 0; i < m.cellCount(); ++i) {
            const CellIndex at = m.indexOf(i);
            const MatrixCell& cell = m.cell(at);
            if (at.channel != c || !cell.enabled || cell.locked) {
                continue;
            }
            double& a = plan[static_cast<size_t>(i)];
            const double held = a;
            if (!atShareCap && (!cell.maxAmount || held + step <= *cell.maxAmount)) {
                a = held + step;
                const double gain = evaluator.netEffect(plan, more) - baseMore;
                r.gain = r.gain ? std::max(*r.gain, gain) : gain;
            }
            if (held >= step && held - step >= cell.minAmount) {
                a = held - step;
                const double loss = base - evaluator.netEffect(plan, s.budget);
                r.loss = r.loss ? std::min(*r.loss, loss) : loss;
            }
            a = held;
        }
        std::vector<std::string> why;
        if (!r.gain) {
            why.push_back(atShareCap ? "the channel is at its maximum share of the budget, so it cannot take 1% more"
                                     : "no cell of the channel can take 1% more (closed, locked or at its maximum)");
        }
        if (!r.loss) {
            why.push_back("no open cell of the channel holds 1% of the budget (" + formatAmount(step, 0)
                          + ") above its minimum, so there is no 1% to take out");
        }
        r.note = joinNames(why, "; ");
        out.push_back(std::move(r));
    }
    return out;
}

Result<SavingsCurves> savingsCurves(PlanningSession& session, const MethodComparison& comparison, int points,
                                    double from, double to,
                                    const std::function<void(const std::string&, double)>& progress,
                                    const std::atomic<bool>* cancel)
{
    using R = Result<SavingsCurves>;
    auto s = session.scenario(comparison.scenario);
    if (!s) {
        return s.status();
    }
    SavingsCurves out;
    out.scenario = comparison.scenario;
    out.budget = comparison.budget;
    std::vector<std::string> leftOut;
    auto compared = comparedMethods(session, s.value(), leftOut);
    if (!compared) {
        return compared.status();
    }
    out.leftOut = leftOut;
    const std::vector<double> budgets = curveBudgets(out.budget, from, to, points);
    auto market = session.market(s.value());
    if (!market) {
        return market.status();
    }
    // The curves' heads from the comparison, then each budget's runs: budget by budget, so that
    // the methods share each budget's market (building one is most of a run's time).
    std::vector<const ComparedMethod*> methods;
    for (const ComparedMethod& m : compared.value()) {
        const auto figures = std::find_if(comparison.methods.begin(), comparison.methods.end(),
                                          [&](const MethodFigures& f) { return f.plan.method == m.method.name; });
        if (figures == comparison.methods.end()) {
            continue; // the comparison left it out
        }
        SavingsCurve curve;
        curve.method = m.method.name;
        curve.effectAtBudget = figures->plan.figure(figure::effect).value_or(0);
        curve.uplift = figures->plan.figure(figure::uplift).value_or(0);
        curve.savings = figures->savings;
        curve.note = figures->savingsNote;
        if (curve.savings) {
            curve.savingBudget = out.budget * (1 - *curve.savings);
        }
        out.templateEffect = figures->plan.figure(figure::templateEffect).value_or(out.templateEffect);
        out.curves.push_back(std::move(curve));
        methods.push_back(&m);
    }
    // Each budget's runs on a worker of their own: its market (the scenario's KOL options, new
    // curves for the budget), then every method on it. Budgets are independent, so the workers
    // share the processor's cores; the results go to fixed slots, the same whatever the order.
    struct Slot
    {
        std::optional<CurvePoint> point;
        std::string missing;
        std::vector<MarginalReturn> marginal;
    };
    std::vector<std::vector<Slot>> slots(budgets.size(), std::vector<Slot>(methods.size()));
    std::string failure;
    std::mutex lock; // guards `failure`, `done` and the progress callback
    size_t done = 0;
    const double work = static_cast<double>(methods.size() * budgets.size());
    std::atomic<bool> failed{false};
    forEachOnCores(budgets.size(), [&](size_t j) {
        if (failed.load()) {
            return;
        }
        const double b = budgets[j];
        std::shared_ptr<const Market> at = market.value();
        if (b != out.budget) {
            Scenario scenario = at->scenario();
            scenario.budget = b;
            auto rebudgeted = at->withBudget(scenario);
            if (!rebudgeted) {
                const std::lock_guard<std::mutex> g(lock);
                failure = rebudgeted.error();
                failed = true;
                return;
            }
            at = std::make_shared<const Market>(rebudgeted.take());
        }
        for (size_t k = 0; k < methods.size(); ++k) {
            if (cancel && cancel->load()) {
                return;
            }
            RunOptions o;
            o.method = methods[k]->method.name;
            o.mayTrain = false;
            o.cancel = cancel;
            auto run = runMethod(*at, methods[k]->method, methods[k]->policy, o);
            Slot& slot = slots[j][k];
            if (!run && b == out.budget) {
                const std::lock_guard<std::mutex> g(lock);
                failure = o.method + " at a budget of " + formatAmount(b, 0) + ": " + run.error();
                failed = true;
                return;
            }
            if (!run) { // e.g. a budget below what the locked cells need: the curve has a gap there
                slot.missing = formatAmount(b, 0) + ": " + run.error();
            } else {
                const PlanOutcome& r = run->allocation.outcome;
                slot.point = CurvePoint{b, r.effect, r.effectLow, r.effectHigh, r.spend};
                if (b == out.budget) {
                    slot.marginal = marginalReturns(*at, run->allocation.amounts);
                }
            }
            if (progress) {
                const std::lock_guard<std::mutex> g(lock);
                progress(o.method, static_cast<double>(++done) / work);
            }
        }
    });
    if (cancel && cancel->load()) {
        return R::failure("cancelled");
    }
    if (!failure.empty()) {
        return R::failure(failure);
    }
    for (size_t k = 0; k < methods.size(); ++k) {
        SavingsCurve& curve = out.curves[k];
        for (size_t j = 0; j < budgets.size(); ++j) {
            Slot& slot = slots[j][k];
            if (slot.point) {
                curve.points.push_back(*slot.point);
            } else {
                curve.missing.push_back(std::move(slot.missing));
            }
            if (budgets[j] == out.budget) {
                curve.marginal = std::move(slot.marginal);
            }
        }
    }
    if (progress) {
        progress("", 1.0);
    }
    return out;
}

Result<std::string> savingsBasis(PlanningSession& session, const std::string& scenario)
{
    auto s = session.scenario(scenario);
    if (!s) {
        return s.status();
    }
    auto market = session.market(s.value());
    if (!market) {
        return market.status();
    }
    Fingerprint f;
    f.add(std::string_view(KOL_METHODS_DIGEST)); // the methods' code: a new version computes again
    f.add(scenarioFingerprint(s.value()));
    f.add(market.value()->fingerprint());
    if (const CampaignActuals* actuals = market.value()->actuals()) { // a running campaign's record
        for (const ActualPost& p : actuals->posts) {
            for (const std::string* text : {&p.phase, &p.channel, &p.tier, &p.kolId, &p.format}) {
                f.add(std::string_view(*text));
            }
            f.add(p.spend);
            f.add(p.reach);
            f.add(p.engagements);
        }
    }
    for (const Method& m : MethodRegistry::instance().methods()) {
        if (!m.trains) {
            continue;
        }
        auto policy = session.policy(scenario, m.name);
        if (!policy) {
            return policy.status();
        }
        f.add(m.name);
        if (policy.value()) {
            for (const auto& [name, tensor] : policy.value()->tensors) {
                f.add(name);
                for (const float v : tensor.values) {
                    f.add(v);
                }
            }
            for (const auto& [name, v] : policy.value()->numbers) {
                f.add(name);
                f.add(v);
            }
        }
    }
    return f.hex();
}

namespace {
// Whether stored curves hang together for `s` (a file edited by hand or by another program is
// not trusted): the scenario's budget, registered methods once each, every point within its
// band and budget, the saving's budget matching the saving, a marginal return per channel of the
// scenario in its order, and the same budgets on every curve.
bool plausible(const SavingsCurves& c, const Scenario& s)
{
    const double tolerance = 1e-6 * std::max(1.0, s.budget);
    if (std::fabs(c.budget - s.budget) > tolerance || c.curves.empty()) {
        return false;
    }
    std::vector<std::string> seen;
    const auto& channels = s.matrix().channels();
    const size_t budgets = c.curves.front().points.size() + c.curves.front().missing.size();
    for (const SavingsCurve& curve : c.curves) {
        if (!MethodRegistry::instance().find(curve.method)
            || std::find(seen.begin(), seen.end(), curve.method) != seen.end()
            || curve.points.size() + curve.missing.size() != budgets || curve.marginal.size() != channels.size()
            || curve.savings.has_value() != curve.savingBudget.has_value()) {
            return false;
        }
        seen.push_back(curve.method);
        if (curve.savings
            && (*curve.savings > 1 || *curve.savings < -1
                || std::fabs(*curve.savingBudget - c.budget * (1 - *curve.savings)) > 1e-6 * c.budget + 0.01)) {
            return false;
        }
        for (size_t i = 0; i < curve.points.size(); ++i) {
            const CurvePoint& p = curve.points[i];
            if (p.effectLow > p.effect + 1e-9 * std::fabs(p.effect) + 1e-9
                || p.effectHigh < p.effect - 1e-9 * std::fabs(p.effect) - 1e-9 || p.spend > p.budget + tolerance
                || p.budget > 2 * c.budget + tolerance || (i > 0 && p.budget <= curve.points[i - 1].budget)) {
                return false;
            }
        }
        for (size_t i = 0; i < channels.size(); ++i) {
            if (curve.marginal[i].channel != channels[i]) {
                return false;
            }
        }
    }
    return true;
}

// Whether stored curves agree with a comparison just made: the same methods, savings and uplift.
bool agrees(const SavingsCurves& c, const MethodComparison& comparison)
{
    if (c.curves.size() != comparison.methods.size()) {
        return false;
    }
    for (size_t k = 0; k < c.curves.size(); ++k) {
        const MethodFigures& f = comparison.methods[k];
        const double uplift = f.plan.figure(figure::uplift).value_or(0);
        if (c.curves[k].method != f.plan.method || c.curves[k].savings.has_value() != f.savings.has_value()
            || (f.savings && std::fabs(*c.curves[k].savings - *f.savings) > 1e-9)
            || std::fabs(c.curves[k].uplift - uplift) > 1e-9) {
            return false;
        }
    }
    return true;
}

// The curves stored for `scenario` from `basis` (savingsBasis()), when they hang together.
Result<std::optional<SavingsCurves>> storedFor(PlanningSession& session, const std::string& scenario,
                                               const std::string& basis)
{
    auto stored = SavingsCurveStore(session.project()).load(scenario, basis);
    if (!stored || !stored.value()) {
        return stored;
    }
    auto s = session.scenario(scenario);
    if (!s) {
        return s.status();
    }
    // Curves that do not hang together are not shown: they are computed again when asked for.
    return plausible(*stored.value(), s.value()) ? stored : Result<std::optional<SavingsCurves>>(std::nullopt);
}
} // namespace

Result<std::optional<SavingsCurves>> storedCurves(PlanningSession& session, const std::string& scenario)
{
    auto basis = savingsBasis(session, scenario);
    if (!basis) {
        return basis.status();
    }
    return storedFor(session, scenario, basis.value());
}

Result<SavingsCurves> storedOrComputedCurves(PlanningSession& session, const std::string& scenario, int points,
                                             const std::function<void(const std::string&, double)>& progress,
                                             const std::atomic<bool>* cancel, bool* fromFile,
                                             const MethodComparison* comparison)
{
    if (fromFile) {
        *fromFile = false;
    }
    auto basis = savingsBasis(session, scenario);
    if (!basis) {
        return basis.status();
    }
    SavingsCurveStore store(session.project());
    auto stored = storedFor(session, scenario, basis.value());
    if (!stored) {
        return stored.status();
    }
    // Stored at as many budgets as asked for (a point a method could not plan at counts too).
    const bool samePoints = stored.value()
        && std::all_of(stored.value()->curves.begin(), stored.value()->curves.end(), [&](const SavingsCurve& c) {
                                return static_cast<int>(c.points.size() + c.missing.size()) == std::max(3, points);
                            });
    if (stored.value() && samePoints && (!comparison || agrees(*stored.value(), *comparison))) {
        if (fromFile) {
            *fromFile = true;
        }
        return std::move(*stored.value());
    }
    // A third of the work is the comparison (each method and its savings search), the rest the
    // curves' budgets.
    const double start = comparison ? 0.0 : 1.0 / 3;
    std::optional<MethodComparison> compared;
    if (!comparison) {
        auto c = compareMethods(
            session, scenario,
            [&](const std::string& method, double f) {
                if (progress) {
                    progress(method, f * start);
                }
            },
            cancel, false);
        if (!c) {
            return c.status();
        }
        compared = c.take();
        comparison = &*compared;
    }
    auto curves = savingsCurves(
        session, *comparison, points, 0.25, 2.0,
        [&](const std::string& method, double f) {
            if (progress) {
                progress(method, start + (1 - start) * f);
            }
        },
        cancel);
    if (!curves) {
        return curves.status();
    }
    if (!session.project().readOnly()) {
        // Kept for next time where the file (and its folder, for SQLite's journal) can be
        // written; where not, they are computed each time, and the curves are still the answer.
        (void)store.save(curves.value(), basis.value());
    }
    return curves;
}

Result<SavingsCurve> planMethodCurve(PlanningSession& session, const ScenarioFigures& figures, int points,
                                     const std::atomic<bool>* cancel)
{
    using R = Result<SavingsCurve>;
    if (!MethodRegistry::instance().find(figures.method)) {
        return R::failure("the plan was not made by a method (" + figures.method + "), so it has no curve");
    }
    if (auto stored = storedCurves(session, figures.name); stored && stored.value()) {
        for (const SavingsCurve& c : stored.value()->curves) {
            if (c.method == figures.method) {
                return c;
            }
        }
    }
    MethodComparison one;
    one.scenario = figures.name;
    one.budget = figures.budget;
    MethodFigures f;
    f.plan.method = figures.method;
    f.plan.figures[figure::effect] = figures.effect;
    f.plan.figures[figure::uplift] = figures.uplift;
    f.plan.figures[figure::templateEffect] = figures.templateEffect;
    f.savings = figures.savings;
    f.savingsNote = figures.savingsNote;
    one.methods.push_back(f);
    auto curves = savingsCurves(session, one, points, 0.25, 2.0, {}, cancel);
    if (!curves) {
        return curves.status();
    }
    if (curves->curves.empty()) {
        return R::failure(figures.method + " takes no part for this scenario: " + joinNames(curves->leftOut, "; "));
    }
    return curves->curves.front();
}

} // namespace kol
