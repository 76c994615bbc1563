// `evaluate`: the figures of plans read from CSV, with the same evaluator every allocator uses.
#include "CliCommon.h"
#include "base/Text.h"
#include "market/PlanEvaluator.h"
#include "store/PlanCsv.h"

#include <chrono>
#include <fmt/format.h>

namespace kol {

namespace {
const char* const kHelp
    = R"(Usage: kolplanner-cli evaluate PROJECT --scenario NAME --plans FILE.csv [--budget X] [--json]

Evaluates plans against the scenario's market: effect (with its low-high band from the model's
uncertainty), spend, reach, engagements and penalties, and whether the plan keeps the hard
constraints (locks, bounds, disabled cells, channel shares). FILE.csv has the header
plan,channel,phase,tier,amount with one row per plan and cell; cells not listed get 0. A plan
that allocates more than the budget is an error.
  --budget X   evaluate as if the scenario's budget were X
  --json       print {"plans": [{"plan", "effect", "spend", "reach", "engagements", "penalty",
               "feasible", ...}], "seconds"}; on a demo project each plan also has "true_effect"
)";
} // namespace

int runEvaluate(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args
        = parseCommand(ctx, argv, {{"scenario", true}, {"plans", true}, {"budget", true}, {"json"}}, kHelp, 1, 1, code);
    if (!args) {
        return code;
    }
    if (!args->value("scenario") || !args->value("plans")) {
        return fail(ctx, "evaluate needs --scenario NAME and --plans FILE.csv", kExitUsage);
    }
    auto budget = args->number("budget", 0.01, 1e15);
    if (!budget) {
        return fail(ctx, budget.error(), kExitUsage);
    }
    const auto start = std::chrono::steady_clock::now();
    auto session = openSession(ctx, args->positional()[0], OpenFor::Reading);
    if (!session) {
        return fail(ctx, session.error());
    }
    auto marketAt = session.value()->market(*args->value("scenario"), budget.value().value_or(0));
    if (!marketAt) {
        return fail(ctx, marketAt.error());
    }
    const Market& market = *marketAt.value();
    auto plans
        = readPlanCsv(*args->value("plans"), market.scenario().matrix(), &session.value()->project().vocabulary());
    if (!plans) {
        return fail(ctx, plans.error());
    }
    const double limit = budget.value() ? *budget.value() : market.scenario().budget;
    for (const auto& p : plans.value()) {
        double total = 0;
        for (const double a : p.amounts) {
            total += a;
        }
        if (total > limit + amountTolerance(limit)) {
            return fail(ctx,
                        *args->value("plans") + ": plan '" + p.name + "' allocates " + formatAmount(total)
                            + ", more than the budget " + formatAmount(limit));
        }
    }
    const PlanEvaluator evaluator(market);
    std::shared_ptr<const Market> truth; // a demo project's: plans also get their true effect
    if (session.value()->truth()) {
        auto built = session.value()->truthMarket(market.scenario());
        if (!built) {
            return fail(ctx, built.error());
        }
        truth = built.take();
    }
    Json list = Json::array();
    if (!args->has("json")) {
        ctx.out << fmt::format("{:<20} {:>14} {:>14} {:>14} {:>14} {:>12}  {}\n", "plan", "effect", "spend", "reach",
                               "engagements", "penalty", "feasible");
    }
    for (const auto& p : plans.value()) {
        const PlanOutcome o = evaluator.evaluate(p.amounts, limit);
        if (args->has("json")) {
            list.push_back(Json{{"plan", p.name},
                                {"effect", jsonNumber(o.effect)},
                                {"effect_low", jsonNumber(o.effectLow)},
                                {"effect_high", jsonNumber(o.effectHigh)},
                                {"spend", jsonNumber(o.spend)},
                                {"reach", jsonNumber(o.reach)},
                                {"engagements", jsonNumber(o.engagements)},
                                {"penalty", jsonNumber(o.penalty)},
                                {"hierarchy_penalty", jsonNumber(o.hierarchyPenalty)},
                                {"ratio_penalty", jsonNumber(o.ratioPenalty)},
                                {"feasible", o.feasible},
                                {"violations", jsonStrings(o.violations)}});
            if (truth) {
                const auto truthEffect = evaluator.trueEffect(p.amounts, *truth, limit);
                list.back()["true_effect"] = truthEffect ? jsonNumber(*truthEffect) : Json();
            }
        } else {
            ctx.out << fmt::format("{:<20} {:>14} {:>14} {:>14} {:>14} {:>12}  {}\n", p.name, formatAmount(o.effect, 3),
                                   formatAmount(o.spend), formatAmount(o.reach, 0), formatAmount(o.engagements, 0),
                                   formatAmount(o.penalty, 3), o.feasible ? "yes" : "no: " + o.violations[0]);
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (args->has("json")) {
        ctx.out << dumpJson(Json{{"plans", list}, {"seconds", jsonNumber(seconds)}}) << "\n";
    }
    return kExitOk;
}

} // namespace kol
