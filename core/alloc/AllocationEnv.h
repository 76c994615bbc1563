#pragma once

#include "market/PlanEvaluator.h"
#include "rl/Environment.h"

#include <vector>

namespace kol {

class Constraints;

// The budget allocation as an episode (SPEC section 4): walk the enabled, unlocked cells in a
// fixed order (phase, then channel, then tier from Head down); at each cell the action is the
// share of the remaining budget it gets; the reward is the net effect the step adds, so
// penalties are charged as soon as they are known and the rewards sum to the plan's effect.
// In training, each episode draws a budget (0.5x to 2x the scenario's) and masks random cells.
//
// The policy is residual: a planning relaxation (each remaining cell's concave value hull,
// weighted by channel saturation and carry-over, capped by the tier above and the channel's
// maximum share) proposes a share, and the action in [-1, 1] corrects it by up to +-0.5. With
// `shaping`, the reward is the change in the effect the relaxation projects for the finished
// plan: potential-based shaping, so the best policy is unchanged but overspending shows at once.
class AllocationEnv : public Environment
{
public:
    struct Options
    {
        bool train = true;      // spread of budgets and masks; false: the scenario as it is
        double budgetLow = 0.5; // ... as multiples of the scenario's budget
        double budgetHigh = 2.0;
        double maskShare = 0.1; // chance that an open cell is closed for an episode
        double budget = 0;      // evaluation budget (train = false); 0 = the scenario's
        bool shaping = false;   // reward = change in the projected final effect (training)
    };

    AllocationEnv(const Market& market, Options options);

    int stateSize() const override;
    int actionSize() const override { return 1; }
    void reset(Random& rng, float* state) override;
    double step(const float* action, float* nextState, bool& done) override;

    // Rewards are scaled by this (the template's effect at the scenario's budget).
    double rewardScale() const { return m_scale; }
    const std::vector<double>& amounts() const { return m_amounts; }
    // The effect of finishing the walk as the planning relaxation would, from here.
    double projectedEffect() const { return m_projected; }
    double budget() const { return m_budget; }
    // Whether the last reset could build a feasible episode.
    bool feasible() const { return m_feasible; }
    // The shape a policy for this environment was trained on: channels|phases|tiers.
    static std::string signature(const Scenario& scenario);

private:
    void observe(float* state) const;
    double amountFor(double share) const;
    double reservedFor(int channel) const;
    // The current cell's share of the free budget in the separable relaxation (below).
    double separableShare(std::vector<double>& plan) const;
    void project();
    double hullValue(int cell, double amount) const;

    const Market& m_market;
    PlanEvaluator m_evaluator;
    Options m_options;
    double m_scale = 1;
    std::vector<int> m_order;           // cells in walk order (all of them)
    std::vector<double> m_cheapest;     // per cell, / scenario budget
    std::vector<float> m_curveFeatures; // per cell, 4 points of its value curve
    // Per cell, the upper concave hull of its saturated value against the amount: the
    // separable relaxation that tells the agent how the rest of the walk competes for money.
    std::vector<std::vector<std::pair<double, double>>> m_hulls;
    // Per episode:
    double m_budget = 0;
    std::vector<double> m_lo, m_hi, m_amounts;
    std::vector<int> m_walk; // the open cells of this episode, in order
    std::vector<double> m_channelLo, m_channelHi, m_channelSpent;
    size_t m_position = 0;
    double m_remaining = 0;
    double m_current = 0;
    double m_guide = 0;     // the relaxation's share for the current cell
    double m_projected = 0; // the effect of finishing the walk as the relaxation would
    bool m_feasible = true;
};

// The plan the planning relaxation alone makes (every correction 0) at `budget`.
std::vector<double> relaxationPlan(const Market& market, double budget);

} // namespace kol
