#pragma once

#include "Constraints.h"
#include "market/PlanEvaluator.h"
#include "rl/MultiAgent.h"

#include <optional>
#include <string>
#include <vector>

namespace kol {

/// The budget allocation as a cooperative, hierarchical multi-agent task (the `marl` method):
/// a budget agent and one agent per channel of the scenario. Each phase takes two steps:
///  1. the budget agent decides how much of the remaining budget the phase gets and how it splits
///     across channels (action: 1 + channels values);
///  2. each channel agent splits its channel's money across its tiers (action: tiers values),
///     seeing only its own channel: its money, what it spent so far, its open tiers.
/// Every decision is a correction of the planning relaxation's split (relaxationPlan at the
/// nearest of 16 budgets between 0.5x and 2x): share = prior x exp(action), renormalised, so an
/// untrained team plans like the relaxation. Locks and cell minimums are placed first; cells stay
/// within their bounds and no channel is given money past its maximum share; at the end the plan
/// is repaired into the channel shares and the budget (Constraints::repair). The shared reward
/// is the net effect each channel step adds, in template-effect units, so rewards sum to the
/// final plan's net effect. In training, each episode draws a budget (0.5x to 2x the scenario's)
/// and closes 10% of the open cells, as `rl` does, so that one training re-plans edits.
class MarlEnv : public MultiAgentEnvironment
{
public:
    struct Options
    {
        bool train = true;
        double budgetLow = 0.5;
        double budgetHigh = 2.0;
        double maskShare = 0.1;
        double budget = 0; // evaluation budget (train = false); 0 = the scenario's
    };

    MarlEnv(const Market& market, Options options);

    int stateSize() const override;
    int agentCount() const override { return 1 + m_channels; }
    int observationSize(int agent) const override;
    int actionSize(int agent) const override;
    std::string agentName(int agent) const override;
    void reset(Random& rng, float* state, float* observations, float* active) override;
    double step(const float* actions, float* nextState, float* nextObservations, float* nextActive,
                bool& done) override;
    std::vector<double> agentReturns(double teamReturn) const override;

    /// The plan so far (per cell, the matrix's flat order, currency units); the final plan once
    /// the episode is done.
    const std::vector<double>& amounts() const { return m_amounts; }
    double rewardScale() const { return m_scale; }
    double budget() const { return m_budget; }
    /// Whether the last reset could build a feasible episode (else the episode ends at once).
    bool feasible() const { return m_feasible; }

private:
    void observe(float* state, float* observations, float* active) const;
    const std::vector<double>& priorFor(double budget) const;
    std::vector<double> channelPrior(int phase) const;
    std::vector<double> tierPrior(int channel, int phase) const;
    bool open(int cell) const { return m_hi[static_cast<size_t>(cell)] > m_amounts[static_cast<size_t>(cell)]; }
    int cellOf(int channel, int phase, int tier) const { return (channel * m_phases + phase) * m_tiers + tier; }

    const Market& m_market;
    PlanEvaluator m_evaluator;
    Options m_options;
    int m_channels = 0, m_phases = 0, m_tiers = 0;
    double m_scale = 1;
    std::vector<double> m_priorBudgets;            // multiples of the scenario's budget
    std::vector<std::vector<double>> m_priorPlans; // the relaxation's plan at each
    // Per episode:
    double m_budget = 0;
    std::optional<Constraints> m_constraints;
    std::vector<double> m_lo, m_hi, m_amounts;
    const std::vector<double>* m_prior = nullptr;
    int m_phase = 0;
    bool m_channelStep = false;
    double m_remaining = 0;
    std::vector<double> m_allotted; // per channel, its money in this phase
    double m_current = 0;
    bool m_feasible = true;
    bool m_done = false;
};

} // namespace kol
