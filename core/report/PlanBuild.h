#pragma once

#include "alloc/Allocator.h"
#include "market/Market.h"
#include "model/Plan.h"

namespace kol {

// An allocation as a plan to store or export: one cell per matrix cell with the KOLs its amount
// buys, and the figures (effect, its band, spend, reach, engagements, penalty, seconds).
Plan makePlan(const Market& market, const Allocation& allocation);

// The amounts of a stored plan in the matrix's flat order (cells the matrix lacks are skipped).
std::vector<double> planAmounts(const StrategyMatrix& matrix, const Plan& plan);

} // namespace kol
