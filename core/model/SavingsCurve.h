#pragma once

// The savings picture's figures (SPEC 5), as the engine computes them (session/SavingsCurves.h),
// the project file caches them (store/SavingsCurveStore.h) and the front ends show them.

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

} // namespace kol
