// `train`: the policy of a method that learns, for a scenario.
#include "CliCommon.h"
#include "alloc/MethodRegistry.h"
#include "alloc/OfflineAllocator.h"
#include "base/Text.h"

#include <cmath>

namespace kol {

namespace {
const char* const kHelp = R"(Usage: kolplanner-cli train PROJECT --scenario NAME [--method M] [--steps N] [--seed N]
                           [--learning-rate X] [--td3] [--realised-states N] [--json]

Trains the policy of a method that learns (default rl: DDPG) for the scenario over a spread of
budgets (0.5x to 2x) and masked cells, evaluating it on the scenario as it is every 2,000 steps;
stops when the evaluation stops improving (halving the learning rates at the first plateau) or
after N steps, and stores the policy and its training history in the project. Afterwards
'allocate --method M' re-plans instantly, also after the budget or cells are edited.
Ctrl+C (or SIGTERM) stops training at the next step and keeps the stored policy (exit 130);
so does a run that diverges (a NaN or infinite loss), with exit 1.
--method offline learns from the project's campaign history instead (import campaigns): the
Lagrangian game over 100 iterations, a mixture of at most two plans at the scenario's budget,
in a few seconds at most; --steps, --learning-rate, --td3 and --realised-states do not apply to it.
--method marl trains a team instead: a budget agent that splits each phase's money across
channels and one agent per channel that splits its money across tiers, with a centralised critic
(MADDPG), evaluated every 500 steps (an episode is two steps per phase); --td3 and
--realised-states apply to rl only.
  --method M  the method whose policy to train (default rl)
  --steps N   most environment steps (default 60000)
  --seed N    seed (default 1)
  --td3       rl: the TD3 variant (twin critics, delayed actor updates, target smoothing)
  --learning-rate X  the critic's learning rate (default 0.001; the actor's is half)
  --realised-states N  rl, demo projects: also train on N simulated running campaigns (half
              the episodes start after their first phase or two, with what those phases
              actually reached at the project's truth and luck), so that the policy learns to
              re-plan a running campaign (default 0: none)
  --json      print {"method", "steps", "episodes", "seconds", "final_eval_effect", "converged"};
              for offline, "converged" says whether the game closed its duality gap within 1%
              and kept the budget; offline has no evaluation ("final_eval_effect" null) and adds "campaigns", "plans" [{"weight", "spend", "value"}], "recommended"
              (its index in plans, -1: none), "recommendation" {"spend", "value"},
              "estimate" {"value", "low", "high", "standard_error"}, "cross_fitted" (the
              estimate values plans learned on each half of the past campaigns on the other half;
              false with fewer than 10 campaigns: valued on the same ones, so optimistic),
              "within_budget" and "duality_gap"
)";
} // namespace

int runTrain(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(ctx, argv,
                                   {{"scenario", true},
                                    {"method", true},
                                    {"steps", true},
                                    {"seed", true},
                                    {"td3"},
                                    {"learning-rate", true},
                                    {"realised-states", true},
                                    {"json"}},
                                   kHelp, 1, 1, code);
    if (!args) {
        return code;
    }
    if (!args->value("scenario")) {
        return fail(ctx, "train needs --scenario NAME", kExitUsage);
    }
    const std::string methodName = args->value("method").value_or("rl");
    const auto method = MethodRegistry::instance().find(methodName);
    if (!method || !method->trains) {
        std::string learners;
        for (const Method& m : MethodRegistry::instance().methods()) {
            learners += m.trains ? (learners.empty() ? "" : ", ") + m.name : "";
        }
        return fail(ctx, "--method: " + quoteValue(methodName, 100) + " is not a method that learns (" + learners + ")",
                    kExitUsage);
    }
    auto steps = args->number("steps", 100, 1e7, true);
    auto seed = args->number("seed", 0, 1e15, true);
    auto rate = args->number("learning-rate", 1e-9, 1e9);
    auto states = args->number("realised-states", 0, 1000, true);
    for (const auto* r : {&steps, &seed, &rate, &states}) {
        if (!*r) {
            return fail(ctx, r->error(), kExitUsage);
        }
    }
    if (methodName != "rl" && (args->has("td3") || states.value().value_or(0) > 0)) {
        return fail(ctx,
                    std::string(args->has("td3") ? "--td3" : "--realised-states") + " applies to rl only, not to "
                        + methodName,
                    kExitUsage);
    }
    auto session = openSession(ctx, args->positional()[0], OpenFor::Writing);
    if (!session) {
        return fail(ctx, session.error());
    }
    TrainOptions o;
    o.steps = static_cast<long>(steps.value().value_or(static_cast<double>(o.steps)));
    o.seed = static_cast<uint64_t>(seed.value().value_or(1));
    o.td3 = args->has("td3");
    o.learningRate = rate.value().value_or(o.learningRate);
    o.realisedStates = static_cast<int>(states.value().value_or(0));
    InterruptGuard interrupt;
    o.cancel = InterruptGuard::flag();
    o.progress = [&](const TrainingProgress& p) {
        if (p.evaluated) {
            std::string losses;
            for (const auto& [name, value] : p.metrics) {
                losses += ", " + name + " " + formatAmount(value, 5);
            }
            ctx.err << "step " << p.steps << " (" << p.episodes << " episodes): the policy's plan earns "
                    << formatAmount(p.evalMultiple, 3) << " x the template's" << losses << "\n";
        }
        return true;
    };
    auto policy = session.value()->train(*args->value("scenario"), method->name, o);
    if (!policy) {
        return fail(ctx, policy.error(), InterruptGuard::interrupted() ? kExitInterrupted : kExitFailure);
    }
    const PolicySummary p = summarisePolicy(policy.value());
    if (args->has("json")) {
        Json out{{"method", method->name},
                 {"steps", p.steps},
                 {"episodes", p.episodes},
                 {"seconds", jsonNumber(p.seconds)},
                 {"final_eval_effect", jsonNumber(method->chartsEvaluation ? p.finalEvalEffect : NAN)},
                 {"converged", p.converged}};
        if (policy->kind == "offline") {
            if (auto learned = offlineFromStored(policy.value(), *args->value("scenario")); learned) {
                Json plans = Json::array();
                for (size_t i = 0; i < learned->plans.size(); ++i) {
                    plans.push_back(Json{{"weight", jsonNumber(learned->weights[i])},
                                         {"spend", jsonNumber(learned->plans[i].spend)},
                                         {"value", jsonNumber(learned->plans[i].value)}});
                }
                out["campaigns"] = learned->campaigns;
                out["plans"] = plans;
                out["recommended"] = learned->recommended;
                out["recommendation"] = Json{{"spend", jsonNumber(learned->recommendation.spend)},
                                             {"value", jsonNumber(learned->recommendation.value)}};
                out["estimate"] = Json{{"value", jsonNumber(learned->estimate.value)},
                                       {"low", jsonNumber(learned->estimate.low)},
                                       {"high", jsonNumber(learned->estimate.high)},
                                       {"standard_error", jsonNumber(learned->estimate.standardError)}};
                out["duality_gap"] = jsonNumber(offlineDualityGap(learned.value()));
                out["cross_fitted"] = learned->crossFitted;
                out["within_budget"] = learned->withinBudget;
            }
        }
        ctx.out << dumpJson(out) << "\n";
    } else if (method->describe) {
        ctx.out << method->describe(policy.value()) << "\n";
    } else {
        ctx.out << "Trained " << p.steps << " steps (" << p.episodes << " episodes) in " << formatAmount(p.seconds, 1)
                << " s" << (p.converged ? ", converged" : ", stopped at the step limit")
                << "; the policy's plan has effect " << formatAmount(p.finalEvalEffect, 2) << ".\n";
    }
    return kExitOk;
}

} // namespace kol
