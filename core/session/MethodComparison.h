#pragma once

#include "PlanningSession.h"
#include "alloc/Competition.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kol {

// One method's plan for a scenario and how it stands against the template and the others.
struct MethodFigures
{
    PlanReport plan;               // with uplift_vs_template and, when found, savings_vs_template
    std::optional<double> savings; // 1 - B'/B (SPEC 5); none when the method never reaches the
    std::string savingsNote;       // template's effect up to twice the budget: then this says so
    double gapToBest = 0;          // 1 - effect / the best effect of the methods compared
    // Demo projects: the effect at the truth of the same method planning on the truth itself
    // (the plan's true_effect is in `plan`); their difference is what the model's errors cost
    // the method. None without a truth, and for methods that learn (their policy is the model's).
    std::optional<double> truthPlannedEffect;
};

/// The scenario's rivals against the methods' plans (scenarios with rivals only): each method's
/// plan then carries figure::effectVsRivals.
struct RivalsFigures
{
    double effectAlone = 0;   // optimal's plan with no rivals
    double effectLearned = 0; // the plan learned against the rivals (compete), against them
    double cost = 0;          // 1 - effectLearned / effectAlone: what competition costs
    double gap = 0;           // the last equilibrium gap measured (a share)
    int iterations = 0;
};

struct MethodComparison
{
    std::string scenario;
    double budget = 0;
    std::vector<MethodFigures> methods; // in the registry's order
    std::vector<std::string> leftOut;   // "rl: no trained policy for this scenario; ..."
    std::optional<RivalsFigures> rivals;
};

// A method taking part in a comparison, with the stored policy it plans with (methods that learn).
struct ComparedMethod
{
    Method method;
    std::optional<StoredModel> policy;
};

// The methods that take part in comparing the stored scenario `scenario`: every registered
// method, in the registry's order; one that learns only when the scenario has a policy that
// fits it (else `leftOut` gets "rl: no trained policy ..."). Fails when the scenario or its
// market cannot be read.
Result<std::vector<ComparedMethod>> comparedMethods(PlanningSession& session, const Scenario& scenario,
                                                    std::vector<std::string>& leftOut);

// Runs a compared method on the stored scenario at `budget` (currency units; 0: its own), without
// training; `truth` (a demo project's truth market of the scenario at its own budget, or null)
// adds the plan's true effect.
Result<RunResult> runCompared(PlanningSession& session, const std::string& scenario, const ComparedMethod& method,
                              double budget, const std::atomic<bool>* cancel,
                              std::shared_ptr<const Market> truth = nullptr);

// Runs every registered method on the stored scenario and finds each one's budget savings against
// the template by bisection (each budget answered as the scenario set to it, like a what-if
// budget). Methods that learn take part when the scenario has a policy that fits. With rivals
// (Scenario::rivals) and `withRivals`, every plan is also valued against their learned spreads
// (playCompetition; the savings curves leave them out).
// `progress` gets (method, done fraction of all the work).
Result<MethodComparison> compareMethods(PlanningSession& session, const std::string& scenario,
                                        const std::function<void(const std::string&, double)>& progress = {},
                                        const std::atomic<bool>* cancel = nullptr, bool withRivals = true);

/// The scenario's rivals (Scenario::rivals of `market`'s scenario) against `plan`: their spreads
/// learned as `compete` plays them, with the plan valued alone and against them first among
/// CompetitionResult::plans. Nothing when the scenario has no rivals; fails as playCompetition.
Result<std::optional<CompetitionResult>> rivalsAgainst(const Market& market, const PlanReport& plan,
                                                       const std::atomic<bool>* cancel = nullptr);

// The savings of `method` against `templateEffectAtBudget` by bisection on the scenario's
// budget, with `effectAt(budget)` answering each step; the note says why there are none.
std::optional<double> methodSavings(const std::function<double(double)>& effectAt, double budget,
                                    double templateEffectAtBudget, std::string& note);
// The most budgets methodSavings() tries (for progress: "step 4 of at most 10").
int savingsSearchSteps();

} // namespace kol
