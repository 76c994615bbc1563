#pragma once

#include "model/Plan.h"
#include "model/Result.h"

#include <string>
#include <vector>

namespace kol {

class ProjectFile;

// Plans stored with a scenario; deleting the scenario deletes them.
class PlanStore
{
public:
    explicit PlanStore(ProjectFile& project)
        : m_project(project)
    {
    }

    // Stores a new plan and returns its id.
    Result<long long> add(const std::string& scenario, const Plan& plan);
    Result<std::vector<Plan>> list(const std::string& scenario);
    Status remove(long long planId);

private:
    ProjectFile& m_project;
};

} // namespace kol
