#pragma once

#include "base/Result.h"
#include "model/StoredModel.h"

#include <optional>
#include <string>

namespace kol {

class ProjectFile;

// The model that holds a scenario's trained policy for a method: "policy/<scenario>" for rl (the
// name files have used since format 3), "policy.<method>/<scenario>" for other methods that learn.
std::string policyModelName(const std::string& scenario, const std::string& method = "rl");

// Trained allocation policies in the project file, one per scenario and method, as named arrays
// (ModelStore). A scenario's policies follow it when it is renamed and go when it is deleted.
class PolicyStore
{
public:
    explicit PolicyStore(ProjectFile& project)
        : m_project(project)
    {
    }

    // Replaces the scenario's policy for `method` in one transaction.
    Status save(const std::string& scenario, const std::string& method, const StoredModel& policy);
    // nullopt when the scenario has no policy for `method`.
    Result<std::optional<StoredModel>> load(const std::string& scenario, const std::string& method);

private:
    ProjectFile& m_project;
};

} // namespace kol
