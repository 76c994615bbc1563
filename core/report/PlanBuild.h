#pragma once

#include "alloc/Allocator.h"
#include "market/Market.h"
#include "model/PlanReport.h"

namespace kol {

// The one plan value for an allocation: per cell its amount, spend, effect, predicted reach and
// engagements and the KOLs it books (with format, price and predicted post); the figures of
// PlanFigures.h (effect and its band, spend, reach, engagements, penalties, the template's effect
// at the same budget and the uplift against it, seconds); the allocation's notes; and the market's
// fingerprint. `templateEffect` is templateEffect(market, budget) (MethodRegistry.h), passed in
// so that callers that already know it do not plan the template again.
PlanReport buildPlanReport(const Market& market, const Allocation& allocation, double templateEffect);
// The same, computing the template's effect.
PlanReport buildPlanReport(const Market& market, const Allocation& allocation);

// Every figure of the plan, its cells and its KOLs is a finite number; otherwise an error naming
// the figure, cell or KOL. Whatever prints or stores a plan checks it first, so that `allocate`,
// `compare` and `--dry-run` refuse the same plans.
Status checkPlanReport(const PlanReport& plan);

// The amounts of a plan in `matrix`'s flat order (cells the matrix lacks are skipped).
std::vector<double> planAmounts(const StrategyMatrix& matrix, const PlanReport& plan);

} // namespace kol
