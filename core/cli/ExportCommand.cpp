// `export`: a stored plan as CSV (per cell and per KOL).
#include "CliCommon.h"
#include "market/PlanEvaluator.h"
#include "report/PlanBuild.h"
#include "report/PlanExport.h"
#include "store/PlanStore.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>

namespace kol {

namespace {
const char* const kExportHelp
    = R"(Usage: kolplanner-cli export PROJECT --scenario NAME [--plan ID] [--csv FILE] [--kols-csv FILE]
                            [--pdf FILE] [--json]

Writes a stored plan of the scenario (the latest, or --plan ID) as CSV files that spreadsheet
programs open directly (UTF-8 with a byte order mark; text that starts with = + - @ is written
as text, never as a formula). Files are written whole or not at all.
  --plan ID         a stored plan's id (export --json prints it); default the latest
  --csv FILE        one row per cell: channel, phase, tier, amount, spend, effect, reach,
                    engagements, kol_ids
  --kols-csv FILE   one row per KOL bought: channel, phase, tier, kol_id, name, followers,
                    format, price, predicted_reach, predicted_engagements, score
  --pdf FILE        the PDF report of the latest plan (cover with the requirements and figures,
                    charts, matrix, KOLs per cell); drawn by the desktop program 'kolplanner'
                    installed next to this one, without opening a window
  --json            print {"scenario", "plan", "method", "effect", "files": [...]}
)";

// Runs `kolplanner --export-pdf` (Qt draws the report) and waits for it.
Status exportPdf(const std::string& project, const std::string& scenario, const std::string& pdf)
{
    char self[4096];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) {
        return Status::failure("cannot find the desktop program 'kolplanner' for the PDF report");
    }
    self[n] = 0;
    std::string gui = self;
    gui = gui.substr(0, gui.rfind('/') + 1) + "kolplanner";
    if (access(gui.c_str(), X_OK) != 0) {
        return Status::failure("the PDF report needs the desktop program " + gui + " (not found)");
    }
    const pid_t child = fork();
    if (child < 0) {
        return Status::failure(std::string("cannot start ") + gui + ": " + std::strerror(errno));
    }
    if (child == 0) {
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
        const char* argv[]
            = {gui.c_str(), "--export-pdf", pdf.c_str(), "--scenario", scenario.c_str(), project.c_str(), nullptr};
        execv(gui.c_str(), const_cast<char* const*>(argv));
        _exit(127);
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) { }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        return Status::failure(pdf + ": the PDF report failed (see the message above)");
    }
    return Status::success();
}
} // namespace

int runExport(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(
        ctx, argv, {{"scenario", true}, {"plan", true}, {"csv", true}, {"kols-csv", true}, {"pdf", true}, {"json"}},
        kExportHelp, 1, 1, code);
    if (!args) {
        return code;
    }
    if (!args->value("scenario")) {
        return fail(ctx, "export needs --scenario NAME", kExitUsage);
    }
    if (!args->value("csv") && !args->value("kols-csv") && !args->value("pdf")) {
        return fail(ctx, "export needs --csv FILE, --kols-csv FILE or --pdf FILE", kExitUsage);
    }
    if (args->value("pdf") && args->value("plan")) {
        return fail(ctx, "--pdf reports the latest plan; leave out --plan", kExitUsage);
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
    PlanStore store(*opened->project);
    auto found = planId.value() ? store.find(market.scenario().name, static_cast<long long>(*planId.value()))
                                : store.latest(market.scenario().name);
    if (!found) {
        return fail(ctx, opened->project->path() + ": " + found.error());
    }
    const std::optional<Plan>& plan = found.value();
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
    if (const auto path = args->value("pdf")) {
        if (const Status s = exportPdf(args->positional()[0], market.scenario().name, *path); !s) {
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
