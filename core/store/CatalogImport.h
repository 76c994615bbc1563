#pragma once

#include "base/Result.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace kol {

class ProjectFile;

struct ImportOptions
{
    bool skipBadRows = false;
    size_t maxListedProblems = 20; // problems and warnings kept as text (all are counted)
    // Called every few thousand rows with the rows read so far; return false to cancel (the
    // import then changes nothing).
    std::function<bool(long long rowsRead)> progress;
};

struct ImportReport
{
    bool committed = false; // false: the project is unchanged
    bool cancelled = false;
    long long rowsRead = 0; // data rows, not counting the header or blank lines
    long long added = 0;
    long long updated = 0;             // rows whose id was already in the project
    long long badRows = 0;             // skipped with skipBadRows, else the reason nothing was imported
    std::vector<std::string> problems; // "file:line: column 'x': reason", the first maxListedProblems
    // Problems counted by column and kind ("followers: not a number"), however many there were.
    std::map<std::string, long long> problemCounts;
    // Rows imported with something worth a second look ("likes above reach"), the first
    // maxListedProblems, and how many there were.
    std::vector<std::string> warnings;
    long long warningRows = 0;
};

// Imports the KOL catalog from CSV. Columns (header names, any order, case-insensitive):
// kol_id, channel, followers, follower_quality, interaction_rate (required); name, category
// (optional); price_<format> for the project's content formats (at least one). A KOL whose
// kol_id is already in the project is updated.
Result<ImportReport> importKols(ProjectFile& project, const std::string& csvPath, const ImportOptions& options = {});

// Imports post history from CSV. Columns: post_id, kol_id, date, phase, format, price, reach,
// likes, comments, shares (all required). Each kol_id must be in the project's catalog.
Result<ImportReport> importPosts(ProjectFile& project, const std::string& csvPath, const ImportOptions& options = {});

} // namespace kol
