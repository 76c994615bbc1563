#pragma once

#include "base/Result.h"
#include "model/DemoTruth.h"

#include <optional>

namespace kol {

class ProjectFile;

/// A demo project's truth in the project file (table demo_truth, file format 6): each generated
/// KOL's creator figures, keyed by the KOL. Only demo projects have one.
class TruthStore
{
public:
    explicit TruthStore(ProjectFile& project)
        : m_project(project)
    {
    }

    /// Stores the figures of KOLs already in the catalog, in one transaction. Fails naming the
    /// first KOL id the catalog lacks, or a figure out of range (reach per follower 0..1,000,
    /// engagements per view 0..1); then nothing is stored.
    Status save(const DemoCreators& creators);
    /// The stored truth; nullopt when the project has none. A value out of range fails, naming
    /// the table, row and column.
    Result<std::optional<DemoCreators>> load();

private:
    ProjectFile& m_project;
};

} // namespace kol
