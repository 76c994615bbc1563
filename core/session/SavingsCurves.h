#pragma once

// The savings picture (SPEC 5): each method's effect against the budget, the template's effect at
// the scenario's budget as the level to reach, the budget at which each method reaches it (the
// saving) and the effect it reaches at the full budget (the uplift); and, for each method's plan,
// the marginal return of the next 1% of the budget per channel.

#include "MethodComparison.h"
#include "ScenarioFigures.h"
#include "model/SavingsCurve.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kol {

/// Budgets of a curve: `points` budgets (at least 3) evenly from `from` to `to` times `budget`,
/// with `budget` itself among them.
std::vector<double> curveBudgets(double budget, double from = 0.25, double to = 2.0, int points = 15);

/// The curves of `comparison`'s methods (compareMethods() on the same session and scenario) at
/// curveBudgets(budget, from, to, points). `progress` gets (method, done fraction). Fails when a
/// run at the scenario's own budget fails (naming the method) or on cancel ("cancelled"); a run
/// that fails at another budget leaves a gap in that curve, listed in SavingsCurve::missing.
Result<SavingsCurves> savingsCurves(PlanningSession& session, const MethodComparison& comparison, int points = 15,
                                    double from = 0.25, double to = 2.0,
                                    const std::function<void(const std::string&, double)>& progress = {},
                                    const std::atomic<bool>* cancel = nullptr);

/// The fingerprint of what the curves of the stored scenario `scenario` are computed from: the
/// scenario (scenarioFingerprint), the catalog and performance model (Market::fingerprint), the
/// stored policy of each method that learns, and the methods' code (a digest of the allocator,
/// market and policy sources this program was built from). Fails when the scenario or its market cannot be
/// read.
Result<std::string> savingsBasis(PlanningSession& session, const std::string& scenario);

/// The curves stored for the stored scenario as it is (same basis, at however many budgets they
/// were computed); nullopt when there are none.
Result<std::optional<SavingsCurves>> storedCurves(PlanningSession& session, const std::string& scenario);

/// The curves of the stored scenario: read from the project file when they were stored for the
/// same basis at `points` budgets, else computed (compareMethods() and savingsCurves(); progress from 0 to 1 over
/// both; with `comparison`, that one is used instead of a new one) and stored when the file is
/// writable. `fromFile` (may be null) tells which.
Result<SavingsCurves> storedOrComputedCurves(PlanningSession& session, const std::string& scenario, int points = 15,
                                             const std::function<void(const std::string&, double)>& progress = {},
                                             const std::atomic<bool>* cancel = nullptr, bool* fromFile = nullptr,
                                             const MethodComparison* comparison = nullptr);

/// The effect-budget curve of one scenario's current plan's method (`figures`, from
/// scenarioFigures()), with its saving as `figures` has it: the stored one when the scenario's
/// curves are stored for it as it is, else that method alone run at `points` budgets. Fails for
/// a plan no method made (edited by hand), naming why, or when a run at the scenario's budget fails.
Result<SavingsCurve> planMethodCurve(PlanningSession& session, const ScenarioFigures& figures, int points = 15,
                                     const std::atomic<bool>* cancel = nullptr);

/// The marginal return of each channel for the plan `amounts` (per cell, the matrix's flat order)
/// on `market` (its scenario's budget), as MarginalReturn describes.
std::vector<MarginalReturn> marginalReturns(const Market& market, const std::vector<double>& amounts);

} // namespace kol
