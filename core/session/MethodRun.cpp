#include "MethodRun.h"

#include "base/Text.h"
#include "market/PlanEvaluator.h"
#include "report/PlanBuild.h"
#include "report/PlanFigures.h"

namespace kol {

namespace {
bool stopped(const RunOptions& o)
{
    return o.cancel && o.cancel->load();
}

void report(const RunOptions& o, RunProgress p)
{
    if (o.progress) {
        o.progress(p);
    }
}
} // namespace

Result<RunResult> runMethod(const Market& market, const Method& method, const std::optional<StoredModel>& policy,
                            const RunOptions& options)
{
    using R = Result<RunResult>;
    const double budget = options.budget > 0 ? options.budget : market.scenario().budget;
    RunResult result;
    std::unique_ptr<Allocator> allocator;
    if (!method.trains) {
        allocator = method.make ? method.make() : nullptr;
    } else {
        std::optional<StoredModel> use;
        if (policy && !options.retrain && (!method.policyFits || method.policyFits(*policy, market))) {
            use = policy;
        } else if (!options.mayTrain) {
            return R::failure(policy ? "the trained " + method.name + " policy of scenario "
                                      + quoteValue(market.scenario().name, 100) + " does not fit it: "
                                      + (method.misfit ? method.misfit(*policy, market)
                                                       : std::string("it is for other channels, phases or tiers; "
                                                                     "train it again"))
                                     : "scenario " + quoteValue(market.scenario().name, 100) + " has no trained "
                                      + method.name + " policy yet; train one first");
        } else {
            if (options.reference) {
                // The target a live chart draws the policy against, in template multiples.
                AllocationOptions reference;
                reference.budget = budget;
                reference.cancel = options.cancel; // a cancel must not wait for the reference
                auto optimal = makeAllocator("optimal")->allocate(market, reference);
                if (stopped(options)) {
                    return R::failure("cancelled");
                }
                const double base = templateEffect(market, budget);
                RunProgress p;
                p.stage = RunProgress::Stage::Reference;
                p.fraction = 1;
                p.referenceMultiple = optimal && base > 0 ? optimal->outcome.effect / base : NAN;
                report(options, p);
            }
            TrainOptions t = options.training;
            t.cancel = options.cancel;
            t.seed = options.seed;
            t.progress = [&options](const TrainingProgress& tp) {
                RunProgress p;
                p.stage = RunProgress::Stage::Training;
                p.fraction = tp.totalSteps > 0 ? static_cast<double>(tp.steps) / static_cast<double>(tp.totalSteps) : 0;
                p.training = tp;
                report(options, p);
                return !stopped(options);
            };
            auto trained = method.train(market, t);
            if (stopped(options)) {
                return R::failure("cancelled");
            }
            if (!trained) {
                return trained.status();
            }
            use = trained.value();
            result.trainedPolicy = trained.take();
        }
        auto made = method.fromPolicy(*use, market);
        if (!made) {
            return made.status();
        }
        allocator = made.take();
    }
    if (!allocator) {
        return R::failure("method '" + method.name + "' cannot make an allocator");
    }
    AllocationOptions o;
    o.budget = budget;
    o.seed = options.seed;
    o.cancel = options.cancel;
    o.progress = [&options](const AllocationProgress& ap) {
        RunProgress p;
        p.stage = RunProgress::Stage::Allocating;
        p.fraction = ap.fraction;
        p.bestEffect = ap.bestEffect;
        report(options, p);
        return true;
    };
    auto allocation = allocator->allocate(market, o);
    if (stopped(options)) {
        return R::failure("cancelled");
    }
    if (!allocation) {
        return allocation.status();
    }
    result.allocation = allocation.take();
    result.allocation.method = method.name; // the registry's name, whatever class plans it
    result.plan = buildPlanReport(market, result.allocation);
    if (method.trains && !result.trainedPolicy && policy && method.policyAdvice) {
        if (std::string advice = method.policyAdvice(*policy, market); !advice.empty()) {
            result.plan.notes.push_back(std::move(advice));
        }
    }
    if (options.truth) {
        if (const auto truthEffect
            = PlanEvaluator(market).trueEffect(result.allocation.amounts, *options.truth, result.allocation.budget)) {
            result.plan.figures[figure::trueEffect] = *truthEffect;
        }
    }
    if (Status ok = checkPlanReport(result.plan); !ok) {
        return ok;
    }
    return result;
}

} // namespace kol
