// `evaluate`: the figures of plans read from CSV, with the same evaluator every allocator uses.
#include "CliCommon.h"
#include "market/PlanEvaluator.h"
#include "market/ProjectMarket.h"
#include "model/Format.h"
#include "store/PlanCsv.h"

#include <chrono>
#include <cstdio>

namespace kol {

namespace {
const char* const kHelp
    = R"(Usage: kolplanner-cli evaluate PROJECT --scenario NAME --plans FILE.csv [--budget X] [--json]

Evaluates plans against the scenario's market: effect (with its low-high band from the model's
uncertainty), spend, reach, engagements and penalties, and whether the plan keeps the hard
constraints (locks, bounds, disabled cells, channel shares). FILE.csv has the header
plan,channel,phase,tier,amount with one row per plan and cell; cells not listed get 0. A plan
that allocates more than the budget is an error.
  --budget X   evaluate against this budget instead of the scenario's
  --json       print {"plans": [{"plan", "effect", "spend", "reach", "engagements", "penalty",
               "feasible", ...}], "seconds"}
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
    auto opened = openScenarioMarket(ctx, args->positional()[0], *args->value("scenario"), OpenFor::Reading);
    if (!opened) {
        return fail(ctx, opened.error());
    }
    const Market& market = opened->market;
    auto plans = readPlanCsv(*args->value("plans"), market.scenario().matrix());
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
    Json list = Json::array();
    char line[256];
    if (!args->has("json")) {
        std::snprintf(line, sizeof line, "%-20s %14s %14s %14s %14s %12s  %s\n", "plan", "effect", "spend", "reach",
                      "engagements", "penalty", "feasible");
        ctx.out << line;
    }
    for (const auto& p : plans.value()) {
        const PlanOutcome o = evaluator.evaluate(p.amounts, limit);
        if (args->has("json")) {
            Json violations = Json::array();
            for (const auto& v : o.violations) {
                violations.push(v);
            }
            list.push(Json::object()
                          .set("plan", p.name)
                          .set("effect", o.effect)
                          .set("effect_low", o.effectLow)
                          .set("effect_high", o.effectHigh)
                          .set("spend", o.spend)
                          .set("reach", o.reach)
                          .set("engagements", o.engagements)
                          .set("penalty", o.penalty)
                          .set("hierarchy_penalty", o.hierarchyPenalty)
                          .set("ratio_penalty", o.ratioPenalty)
                          .set("feasible", o.feasible)
                          .set("violations", violations));
        } else {
            std::snprintf(line, sizeof line, "%-20s %14s %14s %14s %14s %12s  %s\n", p.name.c_str(),
                          formatAmount(o.effect, 3).c_str(), formatAmount(o.spend).c_str(),
                          formatAmount(o.reach, 0).c_str(), formatAmount(o.engagements, 0).c_str(),
                          formatAmount(o.penalty, 3).c_str(), o.feasible ? "yes" : ("no: " + o.violations[0]).c_str());
            ctx.out << line;
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (args->has("json")) {
        ctx.out << Json::object().set("plans", list).set("seconds", seconds).dump(2) << "\n";
    }
    return kExitOk;
}

} // namespace kol
