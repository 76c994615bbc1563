#pragma once

// The method `offline` as every front end runs it (OfflineRl.h: the learner): training plays the
// Lagrangian game on the project's campaign history (the market's MarketOptions::history), the
// stored policy is the mixture of plans at the scenario's budget, and re-planning at another
// budget plays the game again from the history (a few seconds at most: 2.3 s for 1,000 campaigns).

#include "Allocator.h"
#include "MethodRegistry.h"
#include "OfflineRl.h"
#include "model/StoredModel.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace kol {

/// The learned mixture for the project file (kind "offline"): the plans (k x cells, currency
/// units), their weights, values and spends (k x 3), the game's iterations (multiplier, the best
/// response's value and spend, the mixture's value, the dual bound, the duality gap), the
/// recommended plan's off-policy estimate, and the scenario signature, budget and history
/// fingerprint it was learned for.
StoredModel offlineToStored(const OfflineResult& result, const Scenario& scenario, const CampaignHistory& history);
/// Back, checking every shape, that every value is finite and in range, that the weights add up
/// to 1 and the recommendation matches its spend and the mixture: a damaged policy is refused
/// naming `scenario`.
Result<OfflineResult> offlineFromStored(const StoredModel& stored, const std::string& scenario);
/// What a learned mixture depends on besides the axes, budget and history: the scenario's axes,
/// which cells are enabled and the reach and engagement weights (its reward), as one text.
std::string offlineScenarioKey(const Scenario& scenario);

/// The "offline" method: books the recommendation learned for the budget asked (OfflineResult:
/// the best of the game's plans within the budget at its lower bound), repaired into the
/// scenario's hard constraints; a scenario with other enabled cells or weights than the stored
/// mixture's, or another budget, is learned again from the history. Refuses a running campaign
/// (it plans whole campaigns from their start). Its plan notes give the mixture (plans, weights,
/// spends), the off-policy estimate with its interval, the duality gap, and where the plan leaves
/// the log's support.
class OfflineAllocator : public Allocator
{
public:
    /// `learned`: the mixture at `budget` for a scenario of `scenarioKey` (offlineScenarioKey);
    /// `history`: to learn again for other budgets or scenarios (may be null).
    OfflineAllocator(OfflineResult learned, double budget, std::string scenarioKey,
                     std::shared_ptr<const CampaignHistory> history, uint64_t seed);
    std::string name() const override { return "offline"; }

protected:
    Result<std::vector<double>> run(const Market& market, const Constraints& constraints,
                                    const AllocationOptions& options) const override;
    std::vector<std::string> planNotes(const Market& market, double budget,
                                       const std::vector<double>& amounts) const override;

private:
    // The mixture at `budget` (currency units): the stored one, or learned again for it.
    Result<OfflineResult> mixtureAt(const Market& market, double budget, const std::atomic<bool>* cancel) const;

    OfflineResult m_learned;
    double m_budget = 0;
    std::string m_key;
    std::shared_ptr<const CampaignHistory> m_history;
    uint64_t m_seed = 1;
    mutable std::mutex m_mutex;
    mutable std::map<std::string, OfflineResult> m_other; // learned for other keys or budgets
};

/// What a learned mixture says of itself, in one paragraph: campaigns learned from, seconds, the
/// plans with their weights and spends, the expected spend against `budget`, the duality gap and
/// the recommended plan's off-policy estimate with its interval.
std::string describeOffline(const OfflineResult& result, double budget);
/// The last iteration's duality gap as a share of its dual bound (NAN: no iteration, or the
/// mixture does not keep the budget). Approximate: the best responses are greedy in a fitted
/// Q-function, not exact maximisers of the estimate that values them, so the "bound" is not
/// guaranteed and the gap can come out negative (measured down to -6% on demo histories).
double offlineDualityGap(const OfflineResult& result);

/// The registry's entry for `offline` (trains = true: the learned mixture is stored per scenario).
Method offlineMethod();

} // namespace kol
