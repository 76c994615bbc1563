#pragma once

#include "base/Result.h"
#include "model/Scenario.h"

#include <string>
#include <vector>

namespace kol {

class ProjectFile;

struct ScenarioListing
{
    std::string name;
    double budget = 0;
    std::string currency;
    int cells = 0;
    int64_t plans = 0;
    std::string modifiedAt;
};

// Scenarios of a project file. Every write validates the scenario first and runs in one
// transaction; every read checks what it reads.
class ScenarioStore
{
public:
    explicit ScenarioStore(ProjectFile& project)
        : m_project(project)
    {
    }

    Result<std::vector<ScenarioListing>> list();
    bool exists(const std::string& name);
    Result<Scenario> load(const std::string& name);
    // Inserts a new scenario or replaces the one with the same name (its plans are kept).
    Status save(const Scenario& scenario);
    // Fails when `name` already exists.
    Status create(const Scenario& scenario);
    Status rename(const std::string& from, const std::string& to);
    // A copy of the scenario's requirements and constraints and its current plan (the latest) under a
    // new name, in one transaction; older plans and trained policies stay with the original.
    Status copy(const std::string& from, const std::string& to);
    Status remove(const std::string& name);
    // The row id of scenario `name` (what the tables of plans, policies, curves and actuals refer
    // to); fails naming the scenario when there is none.
    Result<int64_t> idOf(const std::string& name);

private:
    Status writeBody(int64_t id, const Scenario& s);

    ProjectFile& m_project;
};

} // namespace kol
