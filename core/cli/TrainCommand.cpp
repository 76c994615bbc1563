// `train`: the DDPG allocation policy of a scenario.
#include "CliCommon.h"
#include "alloc/RlAllocator.h"
#include "market/ProjectMarket.h"
#include "model/Format.h"

namespace kol {

namespace {
const char* const kHelp
    = R"(Usage: kolplanner-cli train PROJECT --scenario NAME [--steps N] [--seed N] [--learning-rate X] [--json]

Trains the reinforcement-learning allocator (DDPG) for the scenario over a spread of budgets
(0.5x to 2x) and masked cells, evaluating it on the scenario as it is every 2,000 steps; stops
when the evaluation stops improving (halving the learning rates at the first plateau) or after
N steps, and stores the policy and its training history in the project. Afterwards
'allocate --method rl' re-plans instantly, also after the budget or cells are edited.
Ctrl+C (or SIGTERM) stops training at the next step and keeps the stored policy (exit 130);
so does a run that diverges (a NaN or infinite loss), with exit 1.
  --steps N   most environment steps (default 60000)
  --seed N    seed (default 1)
  --td3       the TD3 variant (twin critics, delayed actor updates, target smoothing)
  --learning-rate X  the critic's learning rate (default 0.001; the actor's is half)
  --json      print {"steps", "episodes", "seconds", "final_eval_effect", "converged"}
)";
} // namespace

int runTrain(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(
        ctx, argv, {{"scenario", true}, {"steps", true}, {"seed", true}, {"td3"}, {"learning-rate", true}, {"json"}},
        kHelp, 1, 1, code);
    if (!args) {
        return code;
    }
    if (!args->value("scenario")) {
        return fail(ctx, "train needs --scenario NAME", kExitUsage);
    }
    auto steps = args->number("steps", 100, 1e7, true);
    auto seed = args->number("seed", 0, 1e15, true);
    auto rate = args->number("learning-rate", 1e-9, 1e9, true);
    for (const auto* r : {&steps, &seed, &rate}) {
        if (!*r) {
            return fail(ctx, r->error(), kExitUsage);
        }
    }
    auto opened = openScenarioMarket(ctx, args->positional()[0], *args->value("scenario"), OpenFor::Writing);
    if (!opened) {
        return fail(ctx, opened.error());
    }
    ProjectFile& project = *opened->project;
    const Market& market = opened->market;
    RlTrainOptions o;
    o.steps = static_cast<long>(steps.value().value_or(o.steps));
    o.seed = static_cast<uint64_t>(seed.value().value_or(1));
    o.td3 = args->has("td3");
    o.learningRate = rate.value().value_or(o.learningRate);
    InterruptGuard interrupt;
    o.cancel = InterruptGuard::flag();
    o.progress = [&](const DdpgProgress& p) {
        if (p.evaluated) {
            ctx.err << "step " << p.steps << " (" << p.episodes << " episodes): the policy's plan earns "
                    << formatAmount(p.evalReturn, 3) << " x the template's, critic loss "
                    << formatAmount(p.criticLoss, 5) << "\n";
        }
        return true;
    };
    auto policy = trainAllocationPolicy(market, o);
    if (!policy) {
        return fail(ctx, policy.error(), InterruptGuard::interrupted() ? kExitInterrupted : kExitFailure);
    }
    if (Status s = savePolicy(project, market.scenario().name, policy.value()); !s) {
        return fail(ctx, project.path() + ": saving the policy failed: " + s.message());
    }
    const AllocationPolicy& p = policy.value();
    if (args->has("json")) {
        ctx.out << Json::object()
                       .set("steps", static_cast<long long>(p.steps))
                       .set("episodes", static_cast<long long>(p.episodes))
                       .set("seconds", p.seconds)
                       .set("final_eval_effect", p.finalEvalEffect)
                       .set("converged", p.converged)
                       .dump(2)
                << "\n";
    } else {
        ctx.out << "Trained " << p.steps << " steps (" << p.episodes << " episodes) in " << formatAmount(p.seconds, 1)
                << " s" << (p.converged ? ", converged" : ", stopped at the step limit")
                << "; the policy's plan has effect " << formatAmount(p.finalEvalEffect, 2) << ".\n";
    }
    return kExitOk;
}

} // namespace kol
