#pragma once

#include "model/Result.h"

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace kol {

class ProjectFile;

// One scenario's current plan and its figures, for side-by-side comparison: the latest stored
// plan (or the template's when none), valued by the scenario's market.
struct ScenarioFigures
{
    std::string name;
    std::string method;
    std::string currency;
    double budget = 0;
    double spend = 0;
    double effect = 0;
    double reach = 0;
    double engagements = 0;
    double penalty = 0;
    double templateEffect = 0;
    double uplift = 0;             // vs the template at the same budget
    std::optional<double> savings; // vs the template, by bisection with the plan's method (template,
                                   // greedy, optimal); none for rl or hand-edited plans
    std::vector<std::string> channels, phases, tiers;
    std::vector<double> amounts; // the matrix's flat order
};

Result<ScenarioFigures> scenarioFigures(ProjectFile& project, const std::string& scenario,
                                        const std::atomic<bool>* cancel = nullptr);

} // namespace kol
