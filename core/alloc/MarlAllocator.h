#pragma once

// The method `marl`: a budget agent and one agent per channel (MarlEnv.h), trained together with
// a centralised critic (MADDPG, in the training module) and run decentralised: each agent acts on
// its own observation, with plain-C++ networks, so re-planning takes milliseconds.

#include "Allocator.h"
#include "MethodRegistry.h"
#include "model/StoredModel.h"
#include "rl/MultiAgent.h"

#include <string>
#include <vector>

namespace kol {

/// A trained team with what it was trained on.
struct MarlPolicy
{
    std::vector<PolicyNetwork> actors; // agent 0 the budget agent, then one per channel
    std::vector<std::string> agents;   // their names ("budget", the channels)
    std::string signature;             // AllocationEnv::signature of the scenario
    long steps = 0;
    long episodes = 0;
    long convergedAt = 0; // the step of the best evaluation
    double seconds = 0;
    double finalEvalEffect = 0; // currency-free effect units, the team's plan at the scenario's budget
    bool converged = false;
    std::vector<MaddpgProgress> history; // per evaluation (effects in the market's units)
    double trainedBudget = 0;
    std::string trainedOpen; // openCells at training
};

/// Trains the team for the market's scenario over budgets of 0.5x-2x and masked cells. Progress
/// reports the evaluation's effect as a multiple of the template's, the actor and critic losses
/// and, at an episode's end, the team's return and each agent's ("return: <agent>": the budget
/// agent's is the team's, a channel agent's the effect of its channel's cells). Fails when the
/// training module is missing, the scenario is infeasible or training is cancelled.
Result<MarlPolicy> trainMarlPolicy(const Market& market, const TrainOptions& options);

/// The `marl` allocator: runs the trained agents once through the episode at the budget asked.
class MarlAllocator : public Allocator
{
public:
    explicit MarlAllocator(MarlPolicy policy)
        : m_policy(std::move(policy))
    {
    }
    std::string name() const override { return "marl"; }

protected:
    Result<std::vector<double>> run(const Market& market, const class Constraints& constraints,
                                    const AllocationOptions& options) const override;

private:
    MarlPolicy m_policy;
};

/// The team as named arrays for the project file (kind "marl policy": per agent its layers
/// "agent<i>.layer<l>.*", the signature, budget and open cells it was trained with, its training
/// history), and back, checking every shape and weight: a damaged team is refused naming `scenario`.
StoredModel marlPolicyToStored(const MarlPolicy& policy);
Result<MarlPolicy> marlPolicyFromStored(const StoredModel& stored, const std::string& scenario);

/// The registry's entry for `marl`.
Method marlMethod();

} // namespace kol
