#pragma once

#include "base/Result.h"
#include "model/StoredModel.h"

#include <optional>
#include <string>

namespace kol {

class ProjectFile;

// Trained models in the project file: float32 arrays (little-endian, row-major) with their
// shapes, and named numbers and texts. Loading checks every size before reading.
class ModelStore
{
public:
    explicit ModelStore(ProjectFile& project)
        : m_project(project)
    {
    }

    // Replaces the model called `name` in one transaction.
    Status save(const std::string& name, const StoredModel& model);
    // nullopt when there is no model of that name.
    Result<std::optional<StoredModel>> load(const std::string& name);

private:
    ProjectFile& m_project;
};

} // namespace kol
