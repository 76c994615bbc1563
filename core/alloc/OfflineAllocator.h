#pragma once

// The method `offline` as every front end runs it (OfflineRl.h: the learner): training plays the
// Lagrangian game on the project's campaign history (the market's MarketOptions::history), the
// stored policy is the mixture of plans at the scenario's budget, and re-planning at another
// budget plays the game again from the history (well under a second).

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
/// Back, checking every shape and value: a damaged policy is refused naming `scenario`.
Result<OfflineResult> offlineFromStored(const StoredModel& stored, const std::string& scenario);

/// The "offline" method: books the recommended plan of the mixture learned for the budget asked,
/// repaired into the scenario's hard constraints. Its plan notes give the mixture (plans, weights,
/// spends), the off-policy estimate with its interval, the duality gap, and where the plan leaves
/// the log's support.
class OfflineAllocator : public Allocator
{
public:
    /// `learned`: the mixture at `budget`; `history`: to learn again at other budgets (may be null).
    OfflineAllocator(OfflineResult learned, double budget, std::shared_ptr<const CampaignHistory> history,
                     uint64_t seed);
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
    std::shared_ptr<const CampaignHistory> m_history;
    uint64_t m_seed = 1;
    mutable std::mutex m_mutex;
    mutable std::map<double, OfflineResult> m_other; // learned at other budgets
};

/// What a learned mixture says of itself, in one paragraph: campaigns learned from, seconds, the
/// plans with their weights and spends, the expected spend against `budget`, the duality gap and
/// the recommended plan's off-policy estimate with its interval.
std::string describeOffline(const OfflineResult& result, double budget);
/// The last iteration's duality gap as a share of its dual bound (NAN: no iteration). Approximate:
/// the best responses are greedy in a fitted Q-function, so the bound is not guaranteed and the
/// gap can come out slightly negative.
double offlineDualityGap(const OfflineResult& result);

/// The registry's entry for `offline` (trains = true: the learned mixture is stored per scenario).
Method offlineMethod();

} // namespace kol
