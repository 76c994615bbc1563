#pragma once

#include "base/Result.h"
#include "model/PlanReport.h"

#include <optional>
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
    Result<long long> add(const std::string& scenario, const PlanReport& plan);
    // Every plan of the scenario, oldest first.
    Result<std::vector<PlanReport>> list(const std::string& scenario);
    // The newest plan, or the one with `planId`; nullopt when there is none. Reads only that plan.
    Result<std::optional<PlanReport>> latest(const std::string& scenario);
    Result<std::optional<PlanReport>> find(const std::string& scenario, long long planId);
    Status remove(long long planId);

private:
    Result<std::vector<PlanReport>> load(const std::string& scenario, long long onlyId);

    ProjectFile& m_project;
};

} // namespace kol
