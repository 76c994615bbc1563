#pragma once

#include "base/Result.h"
#include "model/PlanReport.h"
#include "model/Scenario.h"

#include <atomic>
#include <functional>
#include <mutex>
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
    std::optional<double> effectVsRivals; // against the scenario's rivals (rivalsAgainst); none without rivals
    double uplift = 0;                    // vs the template at the same budget (MethodRegistry.h's templateEffect)
    std::optional<double> savings;        // vs the template, by bisection with the plan's method; none for
    std::string savingsNote;              // hand-edited plans and methods that never reach it: the note says why
    bool revalued = false;
    std::vector<std::string> channels, phases, tiers;
    std::vector<double> amounts; // the matrix's flat order
    PlanReport plan;
};

// Where scenarioFigures() is: building the market, valuing the plan, or one budget of the
// savings search (`search` of at most `searchSteps`); `fraction` of the scenario's work done.
struct FiguresProgress
{
    enum class Step { Market, Plan, Savings };
    Step step = Step::Market;
    std::string method;
    int search = 0;
    int searchSteps = 0;
    double fraction = 0;
};

// Figures already computed, by what they were computed from: the stored scenario, its current
// plan and the catalog and performance model (their fingerprint). A comparison asked again with
// nothing changed answers at once. Safe to share between threads.
class ScenarioFiguresCache
{
public:
    std::optional<ScenarioFigures> find(const Scenario& scenario, long long planId,
                                        const std::string& fingerprint) const;
    void add(const Scenario& scenario, long long planId, const std::string& fingerprint,
             const ScenarioFigures& figures);
    size_t size() const;

private:
    struct Entry
    {
        Scenario scenario;
        long long planId = 0;
        std::string fingerprint;
        ScenarioFigures figures;
    };
    mutable std::mutex m_mutex;
    std::vector<Entry> m_entries; // the most recent last; at most 32
};

// The figures of the stored scenario's current plan; from `cache` when it holds them (and into it
// when not).
Result<ScenarioFigures> scenarioFigures(PlanningSession& session, const std::string& scenario,
                                        const std::atomic<bool>* cancel = nullptr,
                                        const std::function<void(const FiguresProgress&)>& progress = {},
                                        ScenarioFiguresCache* cache = nullptr);

} // namespace kol
