#pragma once

#include "CatalogImport.h"
#include "base/Result.h"
#include "model/CampaignHistory.h"

#include <string>

namespace kol {

class ProjectFile;

/// The project's campaign history in the project file (table campaign_history, file format 9).
class HistoryStore
{
public:
    explicit HistoryStore(ProjectFile& project)
        : m_project(project)
    {
    }

    /// The history (empty when none). A stored value out of range fails, naming the table, row
    /// and column.
    Result<CampaignHistory> load();
    /// Replaces the history with `history` in one transaction (empty: clears it). Fails when the
    /// file is read-only or a figure is negative or not finite (then nothing changes). Rows are
    /// not checked against the vocabulary here: importCampaigns() does that.
    Status save(const CampaignHistory& history);

private:
    ProjectFile& m_project;
};

/// Imports the campaign history from CSV, replacing the project's. Columns (any order,
/// case-insensitive): campaign_id, phase, channel, tier, spend, reach, engagements (required);
/// start, end (optional ISO dates of the phase). Each row is refused with its line and column
/// when: the phase, channel or tier is not the project's; a campaign's phase comes after a later
/// one of the same campaign (a campaign's rows go in the order of the phases); a campaign gives
/// the same phase, channel and tier twice; a number is negative or unreadable; a date is not a
/// date or the end comes before the start. Amounts are read as marketers write them (1.2万, 40k).
/// A refused file changes nothing; so does a file without a single data row (it fails, instead of
/// emptying the history).
Result<ImportReport> importCampaigns(ProjectFile& project, const std::string& csvPath,
                                     const ImportOptions& options = {});

} // namespace kol
