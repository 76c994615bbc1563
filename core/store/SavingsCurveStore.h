#pragma once

#include "base/Result.h"
#include "model/SavingsCurve.h"

#include <optional>
#include <string>

namespace kol {

class ProjectFile;

/// A scenario's savings curves in the project file (tables savings_curve, savings_point and
/// savings_marginal, file format 7), kept with the fingerprint (`basis`) of what they were
/// computed from, so that they are reused until that changes.
class SavingsCurveStore
{
public:
    explicit SavingsCurveStore(ProjectFile& project)
        : m_project(project)
    {
    }

    /// Replaces the stored curves of `curves.scenario` with `curves`, computed from `basis`, in
    /// one transaction. Fails when the file is read-only, the scenario is not stored, or a figure
    /// is not finite (then nothing changes).
    Status save(const SavingsCurves& curves, const std::string& basis);
    /// The stored curves of `scenario` when they were computed from `basis`; nullopt when there
    /// are none or they were computed from something else. A stored value out of range fails,
    /// naming the table, row and column.
    Result<std::optional<SavingsCurves>> load(const std::string& scenario, const std::string& basis);

private:
    ProjectFile& m_project;
};

} // namespace kol
