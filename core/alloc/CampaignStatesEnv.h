#pragma once
// Training on realised campaign states (the running-campaign issue, item 3): the allocation
// episode started at the scenario's beginning or in the middle of a simulated campaign, so that
// the policy learns to act after a phase on what the phase actually reached.

#include "AllocationEnv.h"
#include "market/CampaignSimulation.h"

#include <memory>
#include <vector>

namespace kol {

/// `count` markets of `market`'s scenario in the middle of a simulated campaign: state k has its
/// first 1 + k mod (phases - 1) phases finished, run by a noisy version of the planning
/// relaxation's plan (each cell's amount times 0.6-1.4, scaled into the budget) and realised at
/// the truth with `luck` (realisePhase). Each is the campaign's market (Market::withActuals, the
/// scenario locked at what was spent), as a planner re-planning after those phases has it.
/// Reproducible by `seed`. Fails without a truth, with fewer than two phases, or when `market`
/// already holds a running campaign's actuals (the states start from the campaign's beginning).
Result<std::vector<Market>> realisedCampaignStates(const Market& market, const PostSurprise& luck, int count,
                                                   uint64_t seed);

/// The allocation episode on a mix of markets: each episode starts on the scenario's own market
/// (with probability `plainShare`) or on one of the realised campaign states, drawn evenly; a
/// realised state's episodes keep the scenario's budget (what was spent is spent), the plain
/// market's vary it as `options` say. Every market has the same scenario shape, so the state and
/// action sizes are AllocationEnv's. Rewards are in the plain market's units (rewardScale).
class CampaignStatesEnv : public Environment
{
public:
    /// `market` must outlive the environment; `states` are kept by it.
    CampaignStatesEnv(const Market& market, std::vector<Market> states, AllocationEnv::Options options,
                      double plainShare = 0.5);

    int stateSize() const override { return m_envs.front()->stateSize(); }
    int actionSize() const override { return 1; }
    void reset(Random& rng, float* state) override;
    double step(const float* action, float* nextState, bool& done) override;

    /// How many episodes started on a realised state so far (and on the plain market).
    long realisedEpisodes() const { return m_realised; }
    long plainEpisodes() const { return m_plain; }

private:
    std::vector<std::unique_ptr<Market>> m_states;      // stable addresses for the environments
    std::vector<std::unique_ptr<AllocationEnv>> m_envs; // [0]: the plain market
    double m_plainShare;
    size_t m_current = 0;
    long m_realised = 0, m_plain = 0;
};

} // namespace kol
