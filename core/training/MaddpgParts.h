#pragma once

// Multi-agent DDPG with one centralised critic (MADDPG, Lowe et al. 2017, for a cooperative team
// that shares its reward): per agent an actor on its own observation, one critic on the global
// state, every agent's observation and every agent's action. The actors learn together by the centralised policy
// gradient (every active agent's action taken from its current actor, as in FACMAC, Peng et al. 2021). LibTorch only;
// transitions live in a ReplayBuffer whose "state" row packs global state | every agent's observation | active flags
// (one per agent).

#include "DdpgParts.h"
#include "rl/MultiAgent.h"

namespace kol::maddpg {

class Learner
{
public:
    Learner(int stateSize, std::vector<int> observationSizes, std::vector<int> actionSizes,
            const MaddpgOptions& options);

    int agentCount() const { return static_cast<int>(actors.size()); }
    int stateSize() const { return m_stateSize; }
    /// Width of a packed row: state, observations, active flags.
    int packedSize() const;
    int jointActionSize() const { return m_actionOffsets.back(); }
    /// The actors' joint action for packed rows [batch, packedSize] (inactive agents' dims are 0).
    torch::Tensor act(const torch::Tensor& packed, bool target);
    /// Zeroes the dims of inactive agents in joint actions [batch, jointActionSize].
    torch::Tensor maskActions(const torch::Tensor& packed, const torch::Tensor& actions) const;
    /// The centralised critic's value of packed rows (state and observations) and joint actions:
    /// [batch, 1].
    torch::Tensor value(const torch::Tensor& packed, const torch::Tensor& actions, bool target);

    struct Losses
    {
        double critic = 0;
        double actor = 0;
        bool actorUpdated = false;
    };
    /// One critic step on the batch (targets from the target actors on the next observations);
    /// when actorsMayLearn, one step of every actor; then the targets move by tau.
    Losses step(const ddpg::ReplayBuffer::Batch& batch, bool actorsMayLearn);
    void scaleLearningRates(double factor);

    std::vector<ddpg::Mlp> actors, actorTargets;
    ddpg::Mlp critic, criticTarget;

private:
    int m_stateSize;
    std::vector<int> m_observationOffsets; // into the packed row, per agent (and the end)
    std::vector<int> m_actionOffsets;      // into the joint action, per agent (and the end)
    MaddpgOptions m_options;
    double m_actorLr, m_criticLr;
    std::unique_ptr<torch::optim::Adam> m_actorOpt, m_criticOpt;
};

/// Trains the team on `env`, evaluating the deterministic actors on `evalEnv` every
/// options.evalEvery steps; the best evaluated team is returned. Seeded and reproducible; a
/// non-finite reward or loss stops with an error; progress may cancel.
Result<MaddpgResult> train(MultiAgentEnvironment& env, MultiAgentEnvironment& evalEnv, const MaddpgOptions& options);

} // namespace kol::maddpg
