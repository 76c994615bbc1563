// `selftest pendulum`: the allocator's DDPG code on Gymnasium's Pendulum-v1.
#include "CliCommon.h"
#include "base/Text.h"
#include "rl/Ddpg.h"
#include "rl/Pendulum.h"
#include "training/BlasKernel.h"
#include "training/Training.h"

namespace kol {

namespace {
const char* const kHelp = R"(Usage: kolplanner-cli selftest pendulum [--steps N] [--seed N] [--td3] [--json]

Trains the same DDPG code the RL allocator uses on a port of Gymnasium's Pendulum-v1, with the
RL Zoo's settings (networks 400-300, gamma 0.98, Gaussian noise 0.1, learning rate 1e-3, batch
256, tau 0.005, 10,000 random steps first), then reports the mean return of the deterministic
policy over 10 evaluation episodes. The public reference is -152 +/- 94 after 20,000 steps;
-200 or better passes.
  --steps N   environment steps (default 20000)
  --seed N    seed (default 1)
  --td3       the TD3 variant instead of DDPG
  --json      print {"steps", "mean_return", "episodes", "seconds", "passed", "blas"}
)";
} // namespace

int runSelftest(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(ctx, argv, {{"steps", true}, {"seed", true}, {"td3"}, {"json"}}, kHelp, 1, 1, code);
    if (!args) {
        return code;
    }
    if (args->positional()[0] != "pendulum") {
        return fail(ctx, "unknown self-test '" + args->positional()[0] + "' (pendulum)", kExitUsage);
    }
    auto steps = args->number("steps", 1, 1e7, true);
    auto seed = args->number("seed", 0, 1e15, true);
    if (!steps || !seed) {
        return fail(ctx, !steps ? steps.error() : seed.error(), kExitUsage);
    }
    DdpgOptions o;
    o.totalSteps = static_cast<long>(steps.value().value_or(20000));
    o.seed = static_cast<uint64_t>(seed.value().value_or(1));
    o.td3 = args->has("td3");
    o.learningStarts = static_cast<int>(std::min<long>(10000, o.totalSteps / 2));
    o.progress = [&](const DdpgProgress& p) {
        if (p.episodes % 10 == 0 && p.steps % 200 == 0) {
            ctx.err << "step " << p.steps << ", episode " << p.episodes << ": return "
                    << formatAmount(p.episodeReturn, 1) << "\n";
        }
        return true;
    };
    Pendulum env, evalEnv;
    auto result = trainDdpg(env, evalEnv, o);
    if (!result) {
        return fail(ctx, result.error());
    }
    Pendulum check;
    const double mean = evaluatePolicy(result->actor, check, 10, o.seed + 1000003);
    const bool passed = mean >= -200;
    if (args->has("json")) {
        ctx.out << dumpJson(Json{{"steps", result->steps},
                                 {"mean_return", jsonNumber(mean)},
                                 {"episodes", result->episodes},
                                 {"seconds", jsonNumber(result->seconds)},
                                 {"passed", passed},
                                 {"blas", madeBlasKernelChoice() ? madeBlasKernelChoice()->reason : ""}})
                << "\n";
    } else {
        ctx.out << "Pendulum-v1, " << result->steps << " steps (" << result->episodes << " episodes, "
                << formatAmount(result->seconds, 1) << " s): mean return " << formatAmount(mean, 1)
                << " over 10 episodes - " << (passed ? "passed" : "FAILED") << " (target -200 or better)\n";
        if (const BlasKernelChoice* blas = madeBlasKernelChoice()) {
            ctx.out << "BLAS kernels: " << blas->reason << "\n";
        }
    }
    return kExitOk;
}

} // namespace kol
