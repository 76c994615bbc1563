#include "CampaignStatesEnv.h"

#include <numeric>

namespace kol {

Result<std::vector<Market>> realisedCampaignStates(const Market& market, const PostSurprise& luck, int count,
                                                   uint64_t seed)
{
    using R = Result<std::vector<Market>>;
    const Scenario& scenario = market.scenario();
    const StrategyMatrix& m = scenario.matrix();
    if (market.actuals()) {
        return R::failure("realised campaign states are simulated from the campaign's start, and " + scenario.name
                          + " already runs with recorded actuals: train without realised states, or clear the "
                            "actuals (kolplanner-cli actuals --clear) first");
    }
    if (m.phaseCount() < 2) {
        return R::failure("realised campaign states need at least two phases: " + scenario.name + " has one");
    }
    const std::vector<double> relaxation = relaxationPlan(market, scenario.budget);
    std::vector<Market> states;
    Random rng(seed);
    for (int k = 0; k < count; ++k) {
        const int finished = 1 + k % (m.phaseCount() - 1);
        // A plan a planner might have run: the relaxation's, each cell off by up to 40%.
        std::vector<double> plan = relaxation;
        for (double& a : plan) {
            a *= rng.uniform(0.6, 1.4);
        }
        const double total = std::accumulate(plan.begin(), plan.end(), 0.0);
        if (total > scenario.budget) {
            for (double& a : plan) {
                a *= scenario.budget / total;
            }
        }
        CampaignActuals record;
        const uint64_t campaignSeed = rng.next();
        for (int phase = 0; phase < finished; ++phase) {
            auto posts = realisePhase(market, plan, phase, luck, campaignSeed);
            if (!posts) {
                return posts.status();
            }
            record.posts.insert(record.posts.end(), posts->begin(), posts->end());
        }
        auto state = campaignMarket(market, record, finished);
        if (!state) {
            return state.status();
        }
        states.push_back(state.take());
    }
    return states;
}

CampaignStatesEnv::CampaignStatesEnv(const Market& market, std::vector<Market> states, AllocationEnv::Options options,
                                     double plainShare)
    : m_plainShare(plainShare)
{
    m_envs.push_back(std::make_unique<AllocationEnv>(market, options));
    // A running campaign's budget is the scenario's: what was spent is spent.
    AllocationEnv::Options running = options;
    running.budgetLow = running.budgetHigh = 1.0;
    for (Market& s : states) {
        m_states.push_back(std::make_unique<Market>(std::move(s)));
        m_envs.push_back(std::make_unique<AllocationEnv>(*m_states.back(), running));
    }
}

void CampaignStatesEnv::reset(Random& rng, float* state)
{
    if (m_envs.size() == 1 || rng.chance(m_plainShare)) {
        m_current = 0;
        ++m_plain;
    } else {
        m_current = 1 + static_cast<size_t>(rng.below(m_envs.size() - 1));
        ++m_realised;
    }
    m_envs[m_current]->reset(rng, state);
}

double CampaignStatesEnv::step(const float* action, float* nextState, bool& done)
{
    const double reward = m_envs[m_current]->step(action, nextState, done);
    // In the plain market's units (each environment scales by its own market's template effect).
    return m_current == 0 ? reward : reward * m_envs[m_current]->rewardScale() / m_envs.front()->rewardScale();
}

} // namespace kol
