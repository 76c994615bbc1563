#pragma once

#include "CatalogImport.h"
#include "base/Result.h"
#include "model/CampaignActuals.h"

#include <string>

namespace kol {

class ProjectFile;

/// A scenario's actuals in the project file (table actual_post, file format 8).
class ActualsStore
{
public:
    explicit ActualsStore(ProjectFile& project)
        : m_project(project)
    {
    }

    /// The actuals recorded for `scenario` (empty when none). A stored value out of range fails,
    /// naming the table, row and column.
    Result<CampaignActuals> load(const std::string& scenario);
    /// Replaces the actuals of `scenario` with `actuals` in one transaction (an empty record
    /// clears them). Fails when the file is read-only, the scenario is not stored, or a figure is
    /// negative or not finite (then nothing changes). Rows are not checked against the catalog
    /// here: importActuals() does that.
    Status save(const std::string& scenario, const CampaignActuals& actuals);

private:
    ProjectFile& m_project;
};

/// Imports a scenario's actuals from CSV, replacing what was recorded for it. Columns (any order,
/// case-insensitive): phase, channel, kol_id, format, spend, reach, engagements (required); tier
/// (optional: the KOL's tier by its followers when absent). Each row is checked against the
/// scenario and the catalog and refused with its line and column when: the phase, channel, tier
/// or format is not the scenario's; the cell is disabled; the KOL is not in the catalog, is on
/// another channel or of another tier; a phase comes after a later one (rows go in phase order);
/// the spend so far passes the scenario's budget; a number is negative or unreadable. Amounts are
/// read as marketers write them (1.2万, 40k). A refused file changes nothing.
Result<ImportReport> importActuals(ProjectFile& project, const std::string& scenario, const std::string& csvPath,
                                   const ImportOptions& options = {});

} // namespace kol
