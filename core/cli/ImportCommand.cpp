// `import kols|posts`: CSV into the project, all or nothing unless --skip-bad-rows.
#include "CliCommon.h"
#include "base/Text.h"
#include "store/CatalogImport.h"

namespace kol {

namespace {
const char* const kHelp = R"(Usage: kolplanner-cli import kols|posts PROJECT FILE.csv [--skip-bad-rows] [--json]

Imports the KOL catalog or the post history from a CSV file (UTF-8, with or without BOM; comma,
semicolon or tab separated; RFC 4180 quoting). The columns are listed in the README. A row whose
id is already in the project replaces it. If any row is bad, nothing is imported and every bad
row is listed with its line, column and reason.
  --skip-bad-rows   import the good rows and list the skipped ones
  --json            print the report as one JSON object on stdout
The project file is created if it does not exist.
)";
} // namespace

int runImport(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(ctx, argv, {{"skip-bad-rows"}, {"json"}}, kHelp, 3, 3, code);
    if (!args) {
        return code;
    }
    const std::string& kind = args->positional()[0];
    if (kind != "kols" && kind != "posts") {
        return fail(ctx, "import what? 'kols' or 'posts', not '" + kind + "'", kExitUsage);
    }
    auto project = openProject(ctx, args->positional()[1], OpenFor::WritingOrCreate);
    if (!project) {
        return fail(ctx, project.error());
    }
    ImportOptions options;
    options.skipBadRows = args->has("skip-bad-rows");
    const std::string& file = args->positional()[2];
    auto report
        = kind == "kols" ? importKols(*project.value(), file, options) : importPosts(*project.value(), file, options);
    if (!report) {
        return fail(ctx, report.error());
    }
    const ImportReport& r = report.value();
    for (const auto& p : r.problems) {
        ctx.err << p << "\n";
    }
    if (r.badRows > static_cast<long long>(r.problems.size())) {
        ctx.err << "... and " << (r.badRows - static_cast<long long>(r.problems.size())) << " more bad rows\n";
    }
    if (args->has("json")) {
        ctx.out << dumpJson(Json{{"kind", kind},
                                 {"committed", r.committed},
                                 {"rows", r.rowsRead},
                                 {"added", r.added},
                                 {"updated", r.updated},
                                 {"bad_rows", r.badRows},
                                 {"problems", jsonStrings(r.problems)}})
                << "\n";
    }
    if (!r.committed) {
        return fail(ctx,
                    file + ": " + std::to_string(r.badRows) + " bad row(s); nothing was imported"
                        + " (fix them, or use --skip-bad-rows to import the rest)");
    }
    ctx.err << "imported " << formatAmount(static_cast<double>(r.added + r.updated)) << " " << kind << " ("
            << formatAmount(static_cast<double>(r.added)) << " new, " << formatAmount(static_cast<double>(r.updated))
            << " updated)";
    if (r.badRows > 0) {
        ctx.err << ", skipped " << r.badRows << " bad row(s)";
    }
    ctx.err << "\n";
    return kExitOk;
}

} // namespace kol
