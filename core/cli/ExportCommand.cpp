// `export`: a stored plan as CSV (per cell and per KOL) or as the PDF report.
#include "CliCommon.h"
#include "alloc/MethodRegistry.h"
#include "base/Text.h"
#include "market/PlanEvaluator.h"
#include "report/PlanBuild.h"
#include "report/PlanExport.h"
#include "report/PlanXlsx.h"
#include "session/MethodComparison.h"
#include "session/SavingsCurves.h"
#include "store/AbTestStore.h"
#include "store/PlanStore.h"
#include "ui/report/PdfReport.h"

namespace kol {

namespace {
const char* const kExportHelp
    = R"(Usage: kolplanner-cli export PROJECT --scenario NAME [--plan ID] [--csv FILE] [--kols-csv FILE]
                            [--xlsx FILE] [--pdf FILE] [--json]

Writes a stored plan of the scenario (the latest, or --plan ID) exactly as it was stored: its
amounts, the KOLs it booked with their formats, prices and predicted posts, and its figures.
When the project's KOL catalog or performance model has changed since the plan was made, the
export says so (the plan is not recomputed). Files are written whole or not at all.
  --plan ID         a stored plan's id (allocate --json and export --json print it); default the latest
  --csv FILE        one row per cell: channel, phase, tier, amount, spend, effect, reach,
                    engagements, kol_ids (UTF-8 with a byte order mark; text that starts with
                    = + - @ is written as text, never as a formula)
  --kols-csv FILE   one row per KOL booked: channel, phase, tier, kol_id, name, followers,
                    format, price, predicted_reach, predicted_engagements, score
  --xlsx FILE       an Excel workbook: the figures with their meanings and the notes, one row
                    per cell and one row per KOL, numbers as numbers
  --pdf FILE        the PDF report: a cover with the requirements and the figures against the
                    expert template, vector charts, the strategy matrix and the KOLs per cell
  --json            print {"scenario", "plan", "method", "effect", "current", "files": [...]}
)";
} // namespace

int runExport(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(ctx, argv,
                                   {{"scenario", true},
                                    {"plan", true},
                                    {"csv", true},
                                    {"kols-csv", true},
                                    {"xlsx", true},
                                    {"pdf", true},
                                    {"json"}},
                                   kExportHelp, 1, 1, code);
    if (!args) {
        return code;
    }
    if (!args->value("scenario")) {
        return fail(ctx, "export needs --scenario NAME", kExitUsage);
    }
    if (!args->value("csv") && !args->value("kols-csv") && !args->value("xlsx") && !args->value("pdf")) {
        return fail(ctx, "export needs --csv FILE, --kols-csv FILE, --xlsx FILE or --pdf FILE", kExitUsage);
    }
    auto planId = args->number("plan", 1, 9e15, true);
    if (!planId) {
        return fail(ctx, planId.error(), kExitUsage);
    }
    auto session = openSession(ctx, args->positional()[0], OpenFor::Reading);
    if (!session) {
        return fail(ctx, session.error());
    }
    auto scenario = session.value()->scenario(*args->value("scenario"));
    if (!scenario) {
        return fail(ctx, scenario.error());
    }
    const std::string& name = scenario->name;
    PlanStore store(session.value()->project());
    auto found = planId.value() ? store.find(name, static_cast<long long>(*planId.value())) : store.latest(name);
    if (!found) {
        return fail(ctx, session.value()->path() + ": " + found.error());
    }
    if (!found.value()) {
        return fail(ctx,
                    planId.value() ? "scenario " + quoteValue(name, 100) + " has no plan "
                            + std::to_string(static_cast<long long>(*planId.value()))
                                   : "scenario " + quoteValue(name, 100)
                            + " has no stored plan yet; run 'kolplanner-cli allocate' first");
    }
    const PlanReport& plan = *found.value();
    // Whether the plan was made on the catalog and model the project has now.
    auto market = session.value()->market(scenario.value());
    const bool current = market && !plan.fingerprint.empty() && plan.fingerprint == market.value()->fingerprint();
    if (!current) {
        ctx.err << "note: plan " << plan.id << " is exported as it was stored on " << plan.created
                << (plan.fingerprint.empty() ? " (before plans kept their KOLs' details)"
                                             : "; the KOL catalog or the performance model has changed since")
                << "\n";
    }
    Json files = Json::array();
    if (const auto path = args->value("csv")) {
        // A plan made on the project's catalog and model also gets each channel's marginal return.
        std::optional<std::vector<MarginalReturn>> marginal;
        if (auto at = current ? session.value()->market(name, plan.budget) : market; current && at) {
            const std::vector<double> amounts = planAmounts(at.value()->scenario().matrix(), plan);
            marginal = marginalReturns(*at.value(), amounts);
        }
        if (const Status s = writeFileAtomically(*path, planCellsCsv(plan, marginal ? &*marginal : nullptr)); !s) {
            return fail(ctx, s.message());
        }
        files.push_back(*path);
    }
    if (const auto path = args->value("kols-csv")) {
        if (const Status s = writeFileAtomically(*path, planKolsCsv(plan)); !s) {
            return fail(ctx, s.message());
        }
        files.push_back(*path);
    }
    if (const auto path = args->value("xlsx")) {
        if (const Status s = writePlanXlsx(*path, name, scenario->currency, plan); !s) {
            return fail(ctx, s.message());
        }
        files.push_back(*path);
    }
    if (const auto path = args->value("pdf")) {
        // The template's plan at the plan's budget, for the report's comparison column and charts.
        std::optional<PlanReport> expert;
        if (auto at = session.value()->market(name, plan.budget)) {
            RunOptions o;
            o.method = "template";
            if (auto run = runMethod(*at.value(), *MethodRegistry::instance().find("template"), std::nullopt, o)) {
                expert = run->plan;
            }
        }
        const std::vector<double> cheapest = market ? cheapestPrices(*market.value()) : std::vector<double>{};
        // The savings curves kept for the scenario as it is (compare --curve, the window's Savings).
        auto curves = storedCurves(*session.value(), name);
        const SavingsCurves* shown = curves && curves.value() ? &*curves.value() : nullptr;
        // What the scenario's rivals cost the plan (scenarios with rivals).
        std::optional<CompetitionResult> competition;
        if (market && !scenario->rivals.empty()) {
            auto played = rivalsAgainst(*market.value(), plan);
            if (!played) {
                return fail(ctx, played.error());
            }
            competition = played.take();
        }
        PdfReportExtras extras;
        extras.cheapest = market ? &cheapest : nullptr;
        extras.curves = shown;
        extras.competition = competition ? &*competition : nullptr;
        // The scenario's content A/B tests, with the next round's split (a test that cannot be read
        // leaves the section out, not the report).
        auto tests = AbTestStore(session.value()->project()).loadAll(name);
        if (tests) {
            extras.abTests = tests.take();
        } else {
            ctx.err << "note: the A/B tests are left out of the report: " << tests.error() << "\n";
        }
        if (const Status s = writePdfReport(*path, scenario.value(), plan, expert ? &*expert : nullptr, extras); !s) {
            return fail(ctx, s.message());
        }
        files.push_back(*path);
    }
    if (args->has("json")) {
        ctx.out << dumpJson(Json{{"scenario", name},
                                 {"plan", plan.id},
                                 {"method", plan.method},
                                 {"effect", jsonNumber(plan.figure("effect").value_or(0))},
                                 {"current", current},
                                 {"files", files}},
                            -1)
                << "\n";
    } else {
        ctx.err << "exported plan " << plan.id << " (" << plan.method << ") of scenario " << quoteValue(name, 100)
                << "\n";
    }
    return kExitOk;
}

} // namespace kol
