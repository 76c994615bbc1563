#pragma once

// The savings picture (SPEC 5): each method's effect against the budget, the template's effect at
// the scenario's budget as the level to reach, the budget at which each method reaches it (the
// saving) and the effect it reaches at the full budget (the uplift); and, for each method's plan,
// the marginal return of the next 1% of the budget per channel.

#include "MethodComparison.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kol {

/// One budget on a method's effect-budget curve: the method run on the scenario set to `budget`
/// (currency units). `effectLow`/`effectHigh`: the same plan with every prediction at the low or
/// high end of the model's band (the curve's uncertainty band). Effects in composite-score units.
struct CurvePoint
{
    double budget = 0;
    double effect = 0;
    double effectLow = 0;
    double effectHigh = 0;
    double spend = 0;
};

/// What one more 1% of the budget in a channel buys, and what 1% less costs, for one plan.
/// Effects in composite-score units per 1% of the scenario's budget. `gain`: the best of putting
/// it into one of the channel's open cells (enabled, not locked, below its maximum, the channel
/// below its maximum share); none when no cell can take it (`note` says why). `loss`: the least
/// effect lost by taking it out of one of the channel's cells that holds that much and is not
/// locked; none when no cell can give it.
struct MarginalReturn
{
    std::string channel;
    std::optional<double> gain;
    std::optional<double> loss;
    std::string note;
};

/// One method's curve, with its saving marked. `savings` and `savingBudget` are the comparison's
/// (equal to `compare`'s savings_vs_template); `note` says why there are none.
struct SavingsCurve
{
    std::string method;
    std::vector<CurvePoint> points; // ascending budgets
    double effectAtBudget = 0;      // the method's effect at the scenario's budget
    double uplift = 0;              // effectAtBudget / the template's - 1
    std::optional<double> savings;  // 1 - savingBudget / budget
    std::optional<double> savingBudget;
    std::string note;
    std::vector<std::string> missing;     // budgets without a point: "250,000: <why the method cannot plan there>"
    std::vector<MarginalReturn> marginal; // per channel of the scenario, in its order
};

/// Every compared method's curve for one scenario.
struct SavingsCurves
{
    std::string scenario;
    double budget = 0;
    double templateEffect = 0; // the level each curve is measured against
    std::vector<SavingsCurve> curves;
    std::vector<std::string> leftOut; // as in MethodComparison
};

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

/// The marginal return of each channel for the plan `amounts` (per cell, the matrix's flat order)
/// on `market` (its scenario's budget), as MarginalReturn describes.
std::vector<MarginalReturn> marginalReturns(const Market& market, const std::vector<double>& amounts);

} // namespace kol
