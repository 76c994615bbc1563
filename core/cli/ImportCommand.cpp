// `import kols|posts`: CSV into the project, all or nothing unless --skip-bad-rows.
#include "CliCommon.h"
#include "base/Text.h"
#include "store/ActualsStore.h"
#include "store/CatalogImport.h"
#include "store/HistoryStore.h"

#include <algorithm>
#include <filesystem>

namespace kol {

namespace {
const char* const kHelp
    = R"(Usage: kolplanner-cli import kols|posts|campaigns PROJECT FILE.csv [--skip-bad-rows] [--json]
       kolplanner-cli import actuals PROJECT --scenario NAME FILE.csv [--skip-bad-rows] [--json]

Imports the KOL catalog, the post history, the history of past campaigns or a running campaign's
actuals from a CSV file (UTF-8, with or without BOM; comma, semicolon or tab separated; RFC 4180
quoting). The columns are listed in the README. A KOL or post whose id is already in the project
replaces it; actuals replace what was recorded for the scenario; campaigns replace the history.
Campaigns: campaign_id, phase, channel, tier, spend, reach, engagements, and optional start and
end dates of the phase; a campaign's rows go in the order of the phases. If any row is bad, nothing is imported and every bad row is listed
with its line, column and reason.
  --scenario NAME   (actuals) the scenario whose campaign is running
  --skip-bad-rows   import the good rows and list the skipped ones
  --json            print the report as one JSON object on stdout
The project file is created if it does not exist (not for actuals).
)";
} // namespace

int runImport(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(ctx, argv, {{"skip-bad-rows"}, {"json"}, {"scenario", true}}, kHelp, 3, 3, code);
    if (!args) {
        return code;
    }
    const std::string& kind = args->positional()[0];
    if (kind != "kols" && kind != "posts" && kind != "actuals" && kind != "campaigns") {
        return fail(ctx, "import what? 'kols', 'posts', 'campaigns' or 'actuals', not '" + kind + "'", kExitUsage);
    }
    if ((kind == "actuals") != args->has("scenario")) {
        return fail(ctx,
                    kind == "actuals" ? "import actuals needs --scenario NAME (the campaign's scenario)"
                                      : "--scenario goes with import actuals only",
                    kExitUsage);
    }
    const std::string& path = args->positional()[1];
    std::error_code ec;
    const bool existed = std::filesystem::exists(path, ec);
    auto project = openProject(ctx, path, kind == "actuals" ? OpenFor::Writing : OpenFor::WritingOrCreate);
    if (!project) {
        return fail(ctx, project.error());
    }
    // A failed import into a project it created leaves no empty project behind.
    auto failed = [&](const std::string& message) {
        if (!existed) {
            project.value().reset();
            std::filesystem::remove(path, ec);
            std::filesystem::remove(path + "-journal", ec);
            ctx.err << "removed " << path << ", which this import had created\n";
        }
        return fail(ctx, message);
    };
    ImportOptions options;
    options.skipBadRows = args->has("skip-bad-rows");
    if (args->has("json")) {
        options.maxListedProblems = 1000000; // every problem in the JSON
    }
    const std::string& file = args->positional()[2];
    auto report = kind == "kols" ? importKols(*project.value(), file, options)
        : kind == "posts"        ? importPosts(*project.value(), file, options)
        : kind == "campaigns"    ? importCampaigns(*project.value(), file, options)
                                 : importActuals(*project.value(), *args->value("scenario"), file, options);
    if (!report) {
        return failed(report.error());
    }
    const ImportReport& r = report.value();
    const size_t shown = std::min<size_t>(r.problems.size(), 20);
    for (size_t i = 0; i < shown; ++i) {
        ctx.err << r.problems[i] << "\n";
    }
    if (r.badRows > static_cast<long long>(shown)) {
        ctx.err << "... and " << (r.badRows - static_cast<long long>(shown)) << " more bad rows\n";
    }
    if (r.badRows > 0) {
        ctx.err << "problems by column and kind:";
        for (const auto& [kindOf, count] : r.problemCounts) {
            ctx.err << " " << kindOf << " (" << count << ")";
        }
        ctx.err << "\n";
    }
    for (size_t i = 0; i < std::min<size_t>(r.warnings.size(), 20); ++i) {
        ctx.err << "warning: " << r.warnings[i] << "\n";
    }
    if (r.warningRows > 20) {
        ctx.err << "... and " << (r.warningRows - 20) << " more rows with warnings\n";
    }
    if (args->has("json")) {
        Json counts = Json::object();
        for (const auto& [kindOf, count] : r.problemCounts) {
            counts[kindOf] = count;
        }
        ctx.out << dumpJson(Json{{"kind", kind},
                                 {"committed", r.committed},
                                 {"rows", r.rowsRead},
                                 {"added", r.added},
                                 {"updated", r.updated},
                                 {"bad_rows", r.badRows},
                                 {"problems", jsonStrings(r.problems)},
                                 {"problem_counts", counts},
                                 {"warning_rows", r.warningRows},
                                 {"warnings", jsonStrings(r.warnings)}})
                << "\n";
    }
    if (!r.committed) {
        return failed(file + ": " + std::to_string(r.badRows) + " bad row(s); nothing was imported"
                      + " (fix them, or use --skip-bad-rows to import the rest)");
    }
    if (r.added + r.updated == 0 && r.badRows > 0) {
        return failed(file + ": every row was bad (" + std::to_string(r.badRows) + "); nothing was imported");
    }
    if (kind == "campaigns") {
        ctx.err << "imported " << formatAmount(static_cast<double>(r.added + r.updated))
                << " campaign row(s), replacing the history";
    } else if (kind == "actuals") {
        ctx.err << "recorded " << formatAmount(static_cast<double>(r.added + r.updated)) << " post(s) of scenario "
                << *args->value("scenario") << "'s campaign, replacing what was recorded before";
    } else {
        ctx.err << "imported " << formatAmount(static_cast<double>(r.added + r.updated)) << " " << kind << " ("
                << formatAmount(static_cast<double>(r.added)) << " new, "
                << formatAmount(static_cast<double>(r.updated)) << " updated)";
    }
    if (r.badRows > 0) {
        ctx.err << ", skipped " << r.badRows << " bad row(s)";
    }
    ctx.err << "\n";
    return kExitOk;
}

} // namespace kol
