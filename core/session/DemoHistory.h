#pragma once

#include "base/Random.h"
#include "base/Result.h"
#include "model/CampaignHistory.h"
#include "model/Scenario.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kol {

class Market;
class PlanningSession;
class PostSurprise;

// Past campaigns of a demo project (the offline-RL issue, item 1): what the method `offline`
// learns from. Each campaign has a budget drawn log-uniformly from a quarter to four times the
// Baseline's; a noisy expert-like policy spends it: the expert template's amounts for that
// budget, each cell's scaled by a log-normal factor (sd 0.5), 10% of the cells left out, and 85%
// to 100% of the budget spent. The planner books the KOLs the fitted model's market chooses for
// each amount; what their posts reached is drawn at the truth with the post history's luck
// (CampaignSimulation.h), and each cell's record is their sum with the evaluator's audience
// overlap and carry-over from the channel's earlier phases applied (PlanEvaluator::outcomeFactors).
// Reproducible by seed. Fails on a project without a truth or a fitted model, or without the
// scenario "Baseline".
Result<CampaignHistory> simulateDemoHistory(PlanningSession& session, int campaigns, uint64_t seed);

// One campaign of a demo project run with `amounts` (per cell, the matrix's flat order, currency
// units) on `market` (which must span them): the KOLs the market books, their posts drawn at the
// truth with `luck`, each cell's record with overlap and carry-over applied, as history rows
// under campaign `id` (every enabled cell, phase by phase). What simulateDemoHistory() writes per
// campaign, and what the offline benchmark realises a learned plan with. Reproducible by seed.
Result<std::vector<HistoryRow>> simulateDemoCampaign(const Market& market, const PostSurprise& luck,
                                                     const std::vector<double>& amounts, const std::string& id,
                                                     uint64_t seed);

// The demo history's behaviour policy at `budget` (currency units) for `scenario`: the template's
// amounts, each cell's scaled by a log-normal factor (sd 0.5), 10% of the cells left out, 85% to
// 100% of the budget placed; per cell in the matrix's flat order. Draws from `random`.
std::vector<double> behaviourAmounts(const Scenario& scenario, double budget, Random& random);

} // namespace kol
