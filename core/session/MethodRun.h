#pragma once

#include "alloc/MethodRegistry.h"
#include "model/PlanReport.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace kol {

// Where a run is and what it has to show: the reference run before training (its plan's effect
// as a multiple of the template's), training (a snapshot per report), then the allocation.
struct RunProgress
{
    enum class Stage { Reference, Training, Allocating };
    Stage stage = Stage::Allocating;
    double fraction = 0;            // of the current stage, 0..1, as well as the method can tell
    double bestEffect = 0;          // Allocating: the best plan's effect so far
    double referenceMultiple = NAN; // Reference, once known: optimal's effect / the template's
    std::optional<TrainingProgress> training;
};

// How to run a method on a scenario's market.
struct RunOptions
{
    std::string method;
    double budget = 0; // 0: the market's scenario's (PlanningSession answers other budgets with their own market)
    uint64_t seed = 1;
    bool retrain = false;   // a method that learns: train a new policy even when a stored one fits
    bool mayTrain = true;   // ... and train when it has none that fits (else the run fails)
    bool reference = false; // before training, run `optimal` once so that progress can show the target
    TrainOptions training;
    // The scenario's market built on a demo project's truth (PlanningSession::truthMarket): when
    // set, the plan also gets its true effect (figure true_effect). Null: none.
    std::shared_ptr<const Market> truth;
    // Called from the running thread; never after the run returns.
    std::function<void(const RunProgress&)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

// What a run gives: the plan (built once, read by every front end), the allocation it came from
// (amounts in the matrix's flat order and the evaluator's outcome) and, when the method trained,
// the new policy, which the caller stores with the scenario.
struct RunResult
{
    PlanReport plan;
    Allocation allocation;
    std::optional<StoredModel> trainedPolicy;
};

// Runs `method` on `market`: for a method that learns, with `policy` when it fits the scenario
// (and `retrain` is off), else after training a new one. Touches no project file, so it runs on a
// worker thread while the window keeps its own connection. A cancelled run fails with
// "cancelled"; a method that cannot plan (a budget that buys no KOL, constraints that cannot be
// met, a policy for other axes) fails with the reason.
Result<RunResult> runMethod(const Market& market, const Method& method, const std::optional<StoredModel>& policy,
                            const RunOptions& options);

} // namespace kol
