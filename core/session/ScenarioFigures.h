#pragma once

#include "base/Result.h"
#include "model/PlanReport.h"

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace kol {

class PlanningSession;

// One scenario's current plan and its figures, for side-by-side comparison: the latest stored
// plan (or the template's when there is none), as stored when the catalog and model it was made
// on are still the project's, else valued again on the scenario's market (and `revalued` says so).
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
    double uplift = 0;             // vs the template at the same budget (MethodRegistry.h's templateEffect)
    std::optional<double> savings; // vs the template, by bisection with the plan's method; none for
    std::string savingsNote;       // hand-edited plans and methods that never reach it: the note says why
    bool revalued = false;
    std::vector<std::string> channels, phases, tiers;
    std::vector<double> amounts; // the matrix's flat order
    PlanReport plan;
};

Result<ScenarioFigures> scenarioFigures(PlanningSession& session, const std::string& scenario,
                                        const std::atomic<bool>* cancel = nullptr);

} // namespace kol
