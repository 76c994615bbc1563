// `allocate` and `compare`.
#include "CliCommon.h"
#include "alloc/MethodRegistry.h"
#include "base/Text.h"
#include "report/PlanFigures.h"
#include "session/MethodComparison.h"
#include "session/SavingsCurves.h"
#include "store/PlanStore.h"

#include <algorithm>
#include <fmt/format.h>
#include <unistd.h>

namespace kol {

namespace {
std::string allocateHelp()
{
    return "Usage: kolplanner-cli allocate PROJECT --scenario NAME --method " + MethodRegistry::instance().nameList()
        + "\n                              [--budget X] [--seed N] [--dry-run] [--json]\n\n"
          R"(Spreads the scenario's budget over its strategy matrix with the chosen method, keeping locks,
bounds, disabled cells, channel shares and the budget, and stores the plan (with the KOLs
chosen in each cell and its figures) in the project. A method that learns re-plans with the
policy 'kolplanner-cli train' stored for the scenario.
  --budget X   allocate this budget instead of the scenario's: the answer is the plan for the
               scenario set to that budget
  --dry-run    do not store the plan
  --json       print {"scenario", "method", "budget", "spend", "effect", "effect_low",
               "effect_high", "reach", "engagements", "penalty", "template_effect",
               "uplift_vs_template", "seconds", "notes", "cells": [{"channel", "phase", "tier",
               "amount", "spend", "effect", "reach", "engagements", "kols"}]}; on a demo project
               also "true_effect" (the plan's KOLs valued at the demo market's truth)
Methods:
)" + [] {
              std::string text;
              for (const Method& m : MethodRegistry::instance().methods()) {
                  text += "  " + m.name + std::string(m.name.size() < 10 ? 10 - m.name.size() : 1, ' ') + m.description
                      + "\n";
              }
              return text;
          }();
}

const char* const kCompareHelp
    = R"(Usage: kolplanner-cli compare PROJECT --scenario NAME [--objective accuracy|decision|both]
                               [--curve [--points N]] [--json]

Runs every method on the scenario and compares their figures: effect, spend, reach, penalty,
uplift against the expert template, budget savings against the template (the smallest budget
at which the method matches the template's effect, by bisection; each budget is the scenario
set to it) and the gap to the best plan. A method that learns takes part when the scenario has
a trained policy. When the scenario has rival advertisers, every plan is also valued against
them: "vs rivals" is its effect when the rivals buy from the same KOLs with the spreads they
learn (see compete), beside its effect alone.
  --json   print {"scenario", "budget", "methods": [{"method", "effect", "spend", "reach",
           "penalty", "uplift_vs_template", "savings_vs_template", "savings_note",
           "gap_to_best", "seconds"}], "left_out": [...]}; on a demo project each method also
           has "true_effect" (its plan's KOLs valued at the demo market's truth),
           "truth_planned_effect" (the same method planning on the truth; null for methods that
           learn) and "model_error_cost" (1 - true_effect / truth_planned_effect); when the
           scenario has rivals (scenario set --rival), each method also has "effect_vs_rivals"
           (its plan against the rivals' learned spreads, as compete plays them) and the
           document has "rivals": {"effect_alone", "effect_learned", "cost_of_competition",
           "gap", "iterations"}
  --curve  also run each method at budgets from 0.25x to 2x the scenario's: the effect it
           reaches at each (with the model's band), the budget at which it reaches the
           template's effect (its saving) and, for each method's plan, the effect of 1% more
           or 1% less of the budget in each channel (marginal return); with --json under
           "curve": {"budget", "template_effect", "methods": [{"method", "points": [{"budget",
           "effect", "effect_low", "effect_high", "spend"}], "effect_at_budget",
           "uplift_vs_template", "savings_vs_template", "saving_budget", "savings_note",
           "missing", "marginal_return": [{"channel", "gain", "loss", "note"}]}]}
  --points N  budgets on each curve (3 to 41; default 15)
  --objective accuracy|decision|both  plan with the last performance model fitted for that
           objective (fit --objective) instead of the one in use; "both" compares the methods
           under each model, one table per model (--json: {"scenario", "budget", "models":
           [{"objective", "methods", "left_out"}]}); not with --curve
)";

double fig(const PlanReport& plan, const char* name)
{
    return plan.figure(name).value_or(0);
}
} // namespace

Json planToJson(const std::string& scenario, const PlanReport& plan)
{
    Json cells = Json::array();
    for (const PlanCell& c : plan.cells) {
        cells.push_back(Json{{"channel", c.channel},
                             {"phase", c.phase},
                             {"tier", c.tier},
                             {"amount", jsonNumber(c.amount)},
                             {"spend", jsonNumber(c.spend)},
                             {"effect", jsonNumber(c.effect)},
                             {"reach", jsonNumber(c.reach)},
                             {"engagements", jsonNumber(c.engagements)},
                             {"kols", jsonStrings(c.kolIds())}});
    }
    Json j{{"scenario", scenario}, {"method", plan.method}, {"budget", jsonNumber(plan.budget)}};
    if (plan.id > 0) {
        j["plan"] = plan.id;
    }
    for (const char* name :
         {figure::spend, figure::effect, figure::effectLow, figure::effectHigh, figure::reach, figure::engagements,
          figure::penalty, figure::templateEffect, figure::uplift, figure::seconds}) {
        j[name] = jsonNumber(fig(plan, name));
    }
    if (const auto truthEffect = plan.figure(figure::trueEffect)) {
        j[figure::trueEffect] = jsonNumber(*truthEffect); // demo projects
    }
    j["notes"] = jsonStrings(plan.notes);
    j["cells"] = cells;
    return j;
}

int runAllocate(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(
        ctx, argv, {{"scenario", true}, {"method", true}, {"budget", true}, {"seed", true}, {"dry-run"}, {"json"}},
        allocateHelp(), 1, 1, code);
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
    const std::string method = *args->value("method");
    if (!MethodRegistry::instance().find(method)) {
        return fail(
            ctx, "unknown method " + quoteValue(method, 100) + " (" + MethodRegistry::instance().nameList(", ") + ")",
            kExitUsage);
    }
    auto session = openSession(ctx, args->positional()[0], args->has("dry-run") ? OpenFor::Reading : OpenFor::Writing);
    if (!session) {
        return fail(ctx, session.error());
    }
    const std::string scenario = *args->value("scenario");
    if (MethodRegistry::instance().find(method)->trains) {
        // allocate re-plans with a stored policy; training is `train`'s (and the window's) job.
        auto policy = session.value()->policy(scenario, method);
        if (!policy) {
            return fail(ctx, policy.error());
        }
        if (!policy.value()) {
            return fail(ctx,
                        "scenario " + quoteValue(scenario, 100) + " has no trained " + method
                            + " policy yet; run 'kolplanner-cli train --method " + method + "' first");
        }
    }
    // A running campaign: the plan it was running on, to show what the re-plan changes.
    auto actuals = session.value()->actuals(scenario);
    auto before = actuals && !actuals->empty() ? PlanStore(session.value()->project()).latest(scenario)
                                               : Result<std::optional<PlanReport>>(std::optional<PlanReport>{});
    if (!actuals || !before) {
        return fail(ctx, !actuals ? actuals.error() : before.error());
    }
    RunOptions o;
    o.method = method;
    o.budget = budget.value().value_or(0);
    o.seed = static_cast<uint64_t>(seed.value().value_or(1));
    o.mayTrain = false;
    auto run = session.value()->allocate(scenario, o, !args->has("dry-run"));
    if (!run) {
        return fail(ctx, run.error());
    }
    const PlanReport& plan = run->plan;
    for (const std::string& note : plan.notes) {
        ctx.err << "note: " << note << "\n";
    }
    std::vector<PhaseChange> changes;
    if (!actuals->empty()) {
        auto s = session.value()->scenario(scenario);
        if (!s) {
            return fail(ctx, s.error());
        }
        changes = phaseChanges(s.value(), before->has_value() ? &**before : nullptr, plan, actuals.value());
    }
    if (args->has("json")) {
        Json out = planToJson(scenario, plan);
        if (!changes.empty()) {
            Json phases = Json::array();
            for (const PhaseChange& c : changes) {
                phases.push_back(Json{{"phase", c.phase},
                                      {"finished", c.finished},
                                      {"before", c.before},
                                      {"actual", c.actual},
                                      {"after", c.after}});
            }
            out["campaign"] = Json{{"plan_before", before->has_value() ? Json((*before)->id) : Json()},
                                   {"spent", actuals->spend()},
                                   {"phases", phases}};
        }
        ctx.out << dumpJson(out) << "\n";
        return kExitOk;
    }
    if (!changes.empty()) {
        ctx.out << fmt::format("running campaign: {} spent; the remaining phases re-planned with the rest\n",
                               formatAmount(actuals->spend(), 0));
        ctx.out << fmt::format("  {:<12} {:>14} {:>14} {:>14}\n", "phase", "plan before", "actual", "re-plan");
        for (const PhaseChange& c : changes) {
            ctx.out << fmt::format("  {:<12} {:>14} {:>14} {:>14}\n", c.phase,
                                   before->has_value() ? formatAmount(c.before, 0) : "-",
                                   c.finished ? formatAmount(c.actual, 0) : "-", formatAmount(c.after, 0));
        }
    }
    ctx.out << fmt::format("{} plan for {}: effect {} ({} to {}), spend {} of {}, reach {}, penalty {} ({} s)\n",
                           plan.method, scenario, formatAmount(fig(plan, figure::effect), 2),
                           formatAmount(fig(plan, figure::effectLow), 1),
                           formatAmount(fig(plan, figure::effectHigh), 1), formatAmount(fig(plan, figure::spend)),
                           formatAmount(plan.budget), formatAmount(fig(plan, figure::reach), 0),
                           formatAmount(fig(plan, figure::penalty), 2), formatAmount(fig(plan, figure::seconds), 2));
    for (const PlanCell& c : plan.cells) {
        if (c.amount > 0) {
            ctx.out << fmt::format("  {:<28} {:>12}  spend {:>12}  {} KOL(s)\n",
                                   c.channel + "/" + c.phase + "/" + c.tier, formatAmount(c.amount, 0),
                                   formatAmount(c.spend, 0), c.kols.size());
        }
    }
    return kExitOk;
}

namespace {
// One comparison with the session's model: prints the table (or, with --json, the document,
// unless `collect` takes it).
int compareOne(CliContext& ctx, PlanningSession& session, const Args& parsed, std::optional<double> points,
               Json* collect)
{
    const Args* args = &parsed;
    auto compared = compareMethods(session, *args->value("scenario"), [&](const std::string& method, double) {
        if (!method.empty()) {
            ctx.err << method << "...\n";
        }
    });
    if (!compared) {
        return fail(ctx, compared.error());
    }
    const MethodComparison& c = compared.value();
    std::optional<SavingsCurves> curves;
    if (args->has("curve")) {
        bool fromFile = false;
        auto built = storedOrComputedCurves(
            session, c.scenario, static_cast<int>(points.value_or(15)),
            [&, shown = std::vector<std::string>()](const std::string& method, double) mutable {
                if (!method.empty() && std::find(shown.begin(), shown.end(), method) == shown.end()) {
                    ctx.err << method << " curve...\n";
                    shown.push_back(method);
                }
            },
            nullptr, &fromFile, &c);
        if (!built) {
            return fail(ctx, built.error());
        }
        curves = built.take();
    }
    for (const std::string& note : c.leftOut) {
        ctx.err << "(" << note << ")\n";
    }
    Json rows = Json::array();
    if (!args->has("json")) {
        ctx.out << fmt::format("{:<10} {:>12} {:>12} {:>14} {:>10} {:>10} {:>10} {:>8} {:>9}\n", "method", "effect",
                               "spend", "reach", "penalty", "uplift", "savings", "gap", "seconds");
    }
    for (const MethodFigures& f : c.methods) {
        const PlanReport& p = f.plan;
        rows.push_back(Json{{"method", p.method},
                            {"effect", jsonNumber(fig(p, figure::effect))},
                            {"spend", jsonNumber(fig(p, figure::spend))},
                            {"reach", jsonNumber(fig(p, figure::reach))},
                            {"penalty", jsonNumber(fig(p, figure::penalty))},
                            {"uplift_vs_template", jsonNumber(fig(p, figure::uplift))},
                            {"savings_vs_template", f.savings ? jsonNumber(*f.savings) : Json()},
                            {"savings_note", f.savingsNote},
                            {"gap_to_best", jsonNumber(f.gapToBest)},
                            {"seconds", jsonNumber(fig(p, figure::seconds))}});
        if (const auto truthEffect = p.figure(figure::trueEffect)) {
            Json& row = rows.back();
            row["true_effect"] = jsonNumber(*truthEffect);
            row["truth_planned_effect"] = f.truthPlannedEffect ? jsonNumber(*f.truthPlannedEffect) : Json();
            row["model_error_cost"] = f.truthPlannedEffect && *f.truthPlannedEffect > 0
                ? jsonNumber(1 - *truthEffect / *f.truthPlannedEffect)
                : Json();
        }
        if (const auto vsRivals = p.figure(figure::effectVsRivals)) {
            rows.back()["effect_vs_rivals"] = jsonNumber(*vsRivals);
        }
        if (!args->has("json")) {
            ctx.out << fmt::format("{:<10} {:>12} {:>12} {:>14} {:>10} {:>9.1f}% {:>10} {:>7.2f}% {:>9.2f}\n", p.method,
                                   formatAmount(fig(p, figure::effect), 2), formatAmount(fig(p, figure::spend), 0),
                                   formatAmount(fig(p, figure::reach), 0), formatAmount(fig(p, figure::penalty), 2),
                                   100 * fig(p, figure::uplift),
                                   f.savings ? formatAmount(100 * *f.savings, 1) + "%" : "none*", 100 * f.gapToBest,
                                   fig(p, figure::seconds));
        }
    }
    if (args->has("json")) {
        Json doc{{"scenario", c.scenario},
                 {"budget", jsonNumber(c.budget)},
                 {"methods", rows},
                 {"left_out", jsonStrings(c.leftOut)}};
        if (curves) {
            doc["curve"] = savingsCurvesToJson(*curves);
        }
        if (c.rivals) {
            doc["rivals"] = Json{{"effect_alone", jsonNumber(c.rivals->effectAlone)},
                                 {"effect_learned", jsonNumber(c.rivals->effectLearned)},
                                 {"cost_of_competition", jsonNumber(c.rivals->cost)},
                                 {"gap", jsonNumber(c.rivals->gap)},
                                 {"iterations", c.rivals->iterations}};
        }
        if (collect) {
            *collect = std::move(doc);
        } else {
            ctx.out << dumpJson(doc) << "\n";
        }
        return kExitOk;
    }
    for (const MethodFigures& f : c.methods) {
        if (!f.savings) {
            ctx.out << "* " << f.plan.method << ": " << f.savingsNote << "\n";
        }
    }
    if (!c.methods.empty() && c.methods.front().plan.figure(figure::trueEffect)) {
        ctx.out << "\nAt the demo market's truth (each KOL's typical post instead of the model's prediction):\n"
                << fmt::format("{:<10} {:>12} {:>14} {:>12}\n", "method", "true effect", "planned on truth",
                               "model cost");
        for (const MethodFigures& f : c.methods) {
            const double truthEffect = fig(f.plan, figure::trueEffect);
            ctx.out << fmt::format("{:<10} {:>12} {:>14} {:>12}\n", f.plan.method, formatAmount(truthEffect, 2),
                                   f.truthPlannedEffect ? formatAmount(*f.truthPlannedEffect, 2) : "-",
                                   f.truthPlannedEffect && *f.truthPlannedEffect > 0
                                       ? formatAmount(100 * (1 - truthEffect / *f.truthPlannedEffect), 1) + "%"
                                       : "-");
        }
    }
    if (c.rivals) {
        ctx.out << "\nAgainst the scenario's rivals (their spreads learned as compete plays them, "
                << c.rivals->iterations << " iterations, last equilibrium gap " << formatPercent(c.rivals->gap)
                << "):\n"
                << fmt::format("{:<10} {:>12} {:>12} {:>10}\n", "method", "alone", "vs rivals", "change");
        for (const MethodFigures& f : c.methods) {
            const double alone = fig(f.plan, figure::effect);
            const double against = fig(f.plan, figure::effectVsRivals);
            ctx.out << fmt::format("{:<10} {:>12} {:>12} {:>10}\n", f.plan.method, formatAmount(alone, 2),
                                   formatAmount(against, 2),
                                   alone > 0 ? formatAmount(100 * (against / alone - 1), 1) + "%" : "-");
        }
        ctx.out << "The plan learned against them: " << formatAmount(c.rivals->effectLearned, 2)
                << "; competition costs " << formatPercent(c.rivals->cost) << " of optimal's effect alone ("
                << formatAmount(c.rivals->effectAlone, 2) << ")\n";
    }
    if (curves) {
        printSavingsCurves(ctx.out, *curves);
    }
    return kExitOk;
}

} // namespace

int runCompare(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args
        = parseCommand(ctx, argv, {{"scenario", true}, {"objective", true}, {"curve"}, {"points", true}, {"json"}},
                       kCompareHelp, 1, 1, code);
    if (!args) {
        return code;
    }
    if (!args->value("scenario")) {
        return fail(ctx, "compare needs --scenario NAME", kExitUsage);
    }
    const auto points = args->number("points", 3, 41, true);
    if (!points) {
        return fail(ctx, points.error(), kExitUsage);
    }
    if (points.value() && !args->has("curve")) {
        return fail(ctx, "--points needs --curve", kExitUsage);
    }
    const std::string objective = args->value("objective").value_or("");
    if (!objective.empty() && objective != "both" && !parseObjective(objective)) {
        return fail(ctx, "--objective: " + quoteValue(objective, 40) + " is not 'accuracy', 'decision' or 'both'",
                    kExitUsage);
    }
    if (objective == "both" && args->has("curve")) {
        return fail(ctx, "--objective both compares plans at the scenario's budget; --curve takes one model",
                    kExitUsage);
    }
    // With --curve the curves are kept in the project for next time, where it may be written.
    const std::string path = args->positional()[0];
    auto session = openSession(
        ctx, path, args->has("curve") && access(path.c_str(), W_OK) == 0 ? OpenFor::Writing : OpenFor::Reading);
    if (!session) {
        return fail(ctx, session.error());
    }
    if (objective.empty()) {
        return compareOne(ctx, *session.value(), *args, points.value(), nullptr);
    }
    Json models = Json::array();
    for (const std::string& one :
         objective == "both" ? std::vector<std::string>{"accuracy", "decision"} : std::vector<std::string>{objective}) {
        if (Status s = session.value()->useModel(one); !s) {
            return fail(ctx, s.message());
        }
        if (!args->has("json")) {
            ctx.out << (objective == "both" && one == "decision" ? "\n" : "") << "With the model fitted for " << one
                    << ":\n";
        }
        Json doc;
        if (const int code = compareOne(ctx, *session.value(), *args, points.value(), &doc); code != kExitOk) {
            return code;
        }
        doc["objective"] = one;
        models.push_back(std::move(doc));
    }
    if (args->has("json")) {
        Json out = objective == "both"
            ? Json{{"scenario", models[0]["scenario"]}, {"budget", models[0]["budget"]}, {"models", models}}
            : models[0];
        ctx.out << dumpJson(out) << "\n";
    }
    return kExitOk;
}

} // namespace kol
