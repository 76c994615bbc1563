// `export`: a stored plan as CSV (per cell and per KOL).
#include "CliCommon.h"
#include "market/PlanEvaluator.h"
#include "report/PlanBuild.h"
#include "report/PlanExport.h"
#include "store/PlanStore.h"

namespace kol {

namespace {
const char* const kExportHelp
    = R"(Usage: kolplanner-cli export PROJECT --scenario NAME [--plan ID] [--csv FILE] [--kols-csv FILE] [--json]

Writes a stored plan of the scenario (the latest, or --plan ID) as CSV files that spreadsheet
programs open directly (UTF-8 with a byte order mark; text that starts with = + - @ is written
as text, never as a formula). Files are written whole or not at all.
  --plan ID         a stored plan's id (export --json prints it); default the latest
  --csv FILE        one row per cell: channel, phase, tier, amount, spend, effect, reach,
                    engagements, kol_ids
  --kols-csv FILE   one row per KOL bought: channel, phase, tier, kol_id, name, followers,
                    format, price, predicted_reach, predicted_engagements, score
  --json            print {"scenario", "plan", "method", "effect", "files": [...]}
)";
} // namespace

int runExport(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args
        = parseCommand(ctx, argv, {{"scenario", true}, {"plan", true}, {"csv", true}, {"kols-csv", true}, {"json"}},
                       kExportHelp, 1, 1, code);
    if (!args) {
        return code;
    }
    if (!args->value("scenario")) {
        return fail(ctx, "export needs --scenario NAME", kExitUsage);
    }
    if (!args->value("csv") && !args->value("kols-csv")) {
        return fail(ctx, "export needs --csv FILE or --kols-csv FILE (or both)", kExitUsage);
    }
    auto planId = args->number("plan", 1, 9e15, true);
    if (!planId) {
        return fail(ctx, planId.error(), kExitUsage);
    }
    auto opened = openScenarioMarket(ctx, args->positional()[0], *args->value("scenario"), OpenFor::Reading);
    if (!opened) {
        return fail(ctx, opened.error());
    }
    const Market& market = opened->market;
    auto plans = PlanStore(*opened->project).list(market.scenario().name);
    if (!plans) {
        return fail(ctx, opened->project->path() + ": " + plans.error());
    }
    const Plan* plan = nullptr;
    for (const Plan& p : plans.value()) {
        if (!planId.value() || static_cast<double>(p.id) == *planId.value()) {
            plan = &p; // the last one matching: the latest when no id was given
        }
    }
    if (!plan) {
        return fail(ctx,
                    planId.value() ? "scenario '" + market.scenario().name + "' has no plan "
                            + std::to_string(static_cast<long long>(*planId.value()))
                                   : "scenario '" + market.scenario().name
                            + "' has no stored plan yet; run 'kolplanner-cli allocate' first");
    }
    const std::vector<double> amounts = planAmounts(market.scenario().matrix(), *plan);
    const PlanOutcome outcome = PlanEvaluator(market).evaluate(amounts, plan->budget);
    Json files = Json::array();
    if (const auto path = args->value("csv")) {
        if (const Status s = writeFileAtomically(*path, planCellsCsv(market, amounts, outcome)); !s) {
            return fail(ctx, s.message());
        }
        files.push(*path);
    }
    if (const auto path = args->value("kols-csv")) {
        if (const Status s = writeFileAtomically(*path, planKolsCsv(market, amounts)); !s) {
            return fail(ctx, s.message());
        }
        files.push(*path);
    }
    if (args->has("json")) {
        ctx.out << Json::object()
                       .set("scenario", market.scenario().name)
                       .set("plan", static_cast<double>(plan->id))
                       .set("method", plan->method)
                       .set("effect", outcome.effect)
                       .set("files", files)
                       .dump()
                << "\n";
    } else {
        ctx.err << "exported plan " << plan->id << " (" << plan->method << ") of scenario '" << market.scenario().name
                << "'\n";
    }
    return 0;
}

} // namespace kol
