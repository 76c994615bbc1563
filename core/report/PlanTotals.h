#pragma once

#include "market/PlanEvaluator.h"
#include "model/PlanReport.h"
#include "model/StrategyMatrix.h"

#include <vector>

namespace kol {

// A plan summed along the matrix's axes, as the charts and the report show it.
struct PlanTotals
{
    std::vector<double> byChannel, byPhase, byTier;      // amounts
    std::vector<std::vector<double>> reach, engagements; // [phase][channel]; zero without an outcome
};

// `outcome` (may be null) supplies the predicted reach and engagements per cell.
PlanTotals planTotals(const StrategyMatrix& matrix, const std::vector<double>& amounts,
                      const PlanOutcome* outcome = nullptr);
// The same for a plan value, matching its cells to the matrix by name (cells it lacks count 0).
PlanTotals planTotals(const StrategyMatrix& matrix, const PlanReport& plan);

} // namespace kol
