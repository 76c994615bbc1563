// `allocate` and `compare`.
#include "CliCommon.h"
#include "alloc/Allocator.h"
#include "alloc/RlAllocator.h"
#include "market/ProjectMarket.h"
#include "model/Format.h"
#include "report/Figures.h"
#include "report/PlanBuild.h"
#include "store/PlanStore.h"

#include <cstdio>

namespace kol {

namespace {
const char* const kAllocateHelp
    = R"(Usage: kolplanner-cli allocate PROJECT --scenario NAME --method template|greedy|optimal|rl
                              [--budget X] [--seed N] [--dry-run] [--json]

Spreads the scenario's budget over its strategy matrix with the chosen method, keeping locks,
bounds, disabled cells, channel shares and the budget, and stores the plan (with the KOLs
chosen in each cell and its figures) in the project. 'rl' re-plans with the policy that
'kolplanner-cli train' stored for the scenario.
  --budget X   allocate this budget instead of the scenario's
  --dry-run    do not store the plan
  --json       print {"scenario", "method", "budget", "spend", "effect", "reach", "engagements",
               "penalty", "seconds", "cells": [{"channel", "phase", "tier", "amount", "spend",
               "effect", "reach", "kols"}]}
)";

const char* const kCompareHelp = R"(Usage: kolplanner-cli compare PROJECT --scenario NAME [--json]

Runs every method on the scenario and compares their figures: effect, spend, reach, penalty,
uplift against the expert template, budget savings against the template (the smallest budget
at which the method matches the template's effect, by bisection) and the gap to the best plan.
  --json   print {"scenario", "budget", "methods": [{"method", "effect", "spend", "reach",
           "penalty", "uplift_vs_template", "savings_vs_template", "gap_to_best", "seconds"}]}
)";

const char* const kMethods[] = {"template", "greedy", "optimal"};

Result<Allocation> run(const Market& market, const std::string& method, double budget, uint64_t seed,
                       const std::optional<AllocationPolicy>& policy = std::nullopt)
{
    std::unique_ptr<Allocator> allocator
        = method == "rl" && policy ? std::make_unique<RlAllocator>(*policy) : makeAllocator(method);
    if (!allocator) {
        return Result<Allocation>::failure(method == "rl" ? "scenario '" + market.scenario().name
                                                   + "' has no trained policy yet; run "
                                                     "'kolplanner-cli train' first"
                                                          : "unknown method '" + method + "'");
    }
    AllocationOptions o;
    o.budget = budget;
    o.seed = seed;
    return allocator->allocate(market, o);
}
} // namespace

int runAllocate(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(
        ctx, argv, {{"scenario", true}, {"method", true}, {"budget", true}, {"seed", true}, {"dry-run"}, {"json"}},
        kAllocateHelp, 1, 1, code);
    if (!args) {
        return code;
    }
    if (!args->value("scenario") || !args->value("method")) {
        return fail(ctx, "allocate needs --scenario NAME and --method METHOD", kExitUsage);
    }
    auto budget = args->number("budget", 0.01, 1e15);
    auto seed = args->number("seed", 0, 1e15, true);
    if (!budget || !seed) {
        return fail(ctx, !budget ? budget.error() : seed.error(), kExitUsage);
    }
    if (!makeAllocator(*args->value("method")) && *args->value("method") != "rl") {
        return fail(ctx, "unknown method '" + *args->value("method") + "' (template, greedy, optimal, rl)", kExitUsage);
    }
    auto opened = openScenarioMarket(ctx, args->positional()[0], *args->value("scenario"),
                                     args->has("dry-run") ? OpenFor::Reading : OpenFor::Writing);
    if (!opened) {
        return fail(ctx, opened.error());
    }
    ProjectFile& project = *opened->project;
    const Market& market = opened->market;
    auto policy = loadPolicy(project, market.scenario().name);
    if (!policy) {
        return fail(ctx, project.path() + ": " + policy.error());
    }
    auto allocation = run(market, *args->value("method"), budget.value().value_or(0),
                          static_cast<uint64_t>(seed.value().value_or(1)), policy.value());
    if (!allocation) {
        return fail(ctx, allocation.error());
    }
    const Allocation& a = allocation.value();
    const PlanOutcome& o = a.outcome;
    const StrategyMatrix& m = market.scenario().matrix();
    const Plan plan = makePlan(market, a);
    Json cells = Json::array();
    for (int i = 0; i < m.cellCount(); ++i) {
        const PlanCell& cell = plan.cells[static_cast<size_t>(i)];
        Json kols = Json::array();
        for (const std::string& id : cell.kolIds) {
            kols.push(id);
        }
        const CellOutcome& co = o.cells[static_cast<size_t>(i)];
        cells.push(Json::object()
                       .set("channel", cell.channel)
                       .set("phase", cell.phase)
                       .set("tier", cell.tier)
                       .set("amount", cell.amount)
                       .set("spend", co.spend)
                       .set("effect", co.effect)
                       .set("reach", co.reach)
                       .set("kols", kols));
    }
    if (!args->has("dry-run")) {
        if (auto id = PlanStore(project).add(market.scenario().name, plan); !id) {
            return fail(ctx, project.path() + ": " + id.error());
        }
    }
    for (const std::string& note : a.notes) {
        ctx.err << "note: " << note << "\n";
    }
    if (args->has("json")) {
        Json notes = Json::array();
        for (const std::string& note : a.notes) {
            notes.push(note);
        }
        ctx.out << Json::object()
                       .set("scenario", market.scenario().name)
                       .set("method", a.method)
                       .set("budget", a.budget)
                       .set("spend", o.spend)
                       .set("effect", o.effect)
                       .set("effect_low", o.effectLow)
                       .set("effect_high", o.effectHigh)
                       .set("reach", o.reach)
                       .set("engagements", o.engagements)
                       .set("penalty", o.penalty)
                       .set("seconds", a.seconds)
                       .set("notes", notes)
                       .set("cells", cells)
                       .dump(2)
                << "\n";
        return kExitOk;
    }
    ctx.out << a.method << " plan for " << market.scenario().name << ": effect " << formatAmount(o.effect, 2) << " ("
            << formatAmount(o.effectLow, 1) << " to " << formatAmount(o.effectHigh, 1) << "), spend "
            << formatAmount(o.spend) << " of " << formatAmount(a.budget) << ", reach " << formatAmount(o.reach, 0)
            << ", penalty " << formatAmount(o.penalty, 2) << " (" << formatAmount(a.seconds, 2) << " s)\n";
    for (size_t i = 0; i < plan.cells.size(); ++i) {
        if (plan.cells[i].amount > 0) {
            char line[200];
            std::snprintf(line, sizeof line, "  %-28s %12s  spend %12s  %zu KOL(s)\n",
                          m.cellName(m.indexOf(static_cast<int>(i))).c_str(),
                          formatAmount(plan.cells[i].amount, 0).c_str(), formatAmount(o.cells[i].spend, 0).c_str(),
                          plan.cells[i].kolIds.size());
            ctx.out << line;
        }
    }
    return kExitOk;
}

int runCompare(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(ctx, argv, {{"scenario", true}, {"json"}}, kCompareHelp, 1, 1, code);
    if (!args) {
        return code;
    }
    if (!args->value("scenario")) {
        return fail(ctx, "compare needs --scenario NAME", kExitUsage);
    }
    auto opened = openScenarioMarket(ctx, args->positional()[0], *args->value("scenario"), OpenFor::Reading);
    if (!opened) {
        return fail(ctx, opened.error());
    }
    ProjectFile& project = *opened->project;
    const Market& market = opened->market;
    const double budget = market.scenario().budget;
    auto policy = loadPolicy(project, market.scenario().name);
    if (!policy) {
        return fail(ctx, project.path() + ": " + policy.error());
    }
    std::vector<std::string> methods(std::begin(kMethods), std::end(kMethods));
    if (policy.value()) {
        methods.push_back("rl");
    } else {
        ctx.err << "(no trained policy for this scenario: rl is left out; run 'kolplanner-cli train')\n";
    }
    std::vector<Allocation> results;
    for (const auto& method : methods) {
        auto a = run(market, method, budget, 1, policy.value());
        if (!a) {
            return fail(ctx, a.error());
        }
        ctx.err << method << ": effect " << formatAmount(a->outcome.effect, 2) << "\n";
        results.push_back(a.take());
    }
    const double templateEffect = results.front().outcome.effect;
    double best = 0;
    for (const auto& a : results) {
        best = std::max(best, a.outcome.effect);
    }
    Json rows = Json::array();
    char line[256];
    if (!args->has("json")) {
        std::snprintf(line, sizeof line, "%-10s %12s %12s %14s %10s %10s %10s %8s %9s\n", "method", "effect", "spend",
                      "reach", "penalty", "uplift", "savings", "gap", "seconds");
        ctx.out << line;
    }
    for (const auto& a : results) {
        std::optional<double> savings = 0.0;
        if (a.method != "template") {
            savings = budgetSavings(
                [&](double b) {
                    auto r = run(market, a.method, b, 1, policy.value());
                    return r ? r->outcome.effect : -1e300;
                },
                budget, templateEffect);
        }
        const double uplift = upliftVsTemplate(a.outcome.effect, templateEffect);
        const double gap = gapToBest(a.outcome.effect, best);
        rows.push(Json::object()
                      .set("method", a.method)
                      .set("effect", a.outcome.effect)
                      .set("spend", a.outcome.spend)
                      .set("reach", a.outcome.reach)
                      .set("penalty", a.outcome.penalty)
                      .set("uplift_vs_template", uplift)
                      .set("savings_vs_template", savings ? Json(*savings) : Json())
                      .set("gap_to_best", gap)
                      .set("seconds", a.seconds));
        if (!args->has("json")) {
            std::snprintf(line, sizeof line, "%-10s %12s %12s %14s %10s %9.1f%% %9s %7.2f%% %9.2f\n", a.method.c_str(),
                          formatAmount(a.outcome.effect, 2).c_str(), formatAmount(a.outcome.spend, 0).c_str(),
                          formatAmount(a.outcome.reach, 0).c_str(), formatAmount(a.outcome.penalty, 2).c_str(),
                          100 * uplift, savings ? (formatAmount(100 * *savings, 1) + "%").c_str() : "n/a", 100 * gap,
                          a.seconds);
            ctx.out << line;
        }
    }
    if (args->has("json")) {
        ctx.out
            << Json::object().set("scenario", market.scenario().name).set("budget", budget).set("methods", rows).dump(2)
            << "\n";
    }
    return kExitOk;
}

} // namespace kol
