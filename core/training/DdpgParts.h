#pragma once

// The pieces of DDPG, kept apart so that tests can check each one: networks, a replay buffer
// preallocated as tensors, decaying Gaussian noise, soft target updates. LibTorch only.

#include "base/Random.h"
#include "rl/Ddpg.h"

#include <torch/torch.h>

namespace kol::ddpg {

// Fully connected: ReLU between layers; optional tanh on the output.
struct MlpImpl : torch::nn::Module
{
    MlpImpl(int in, const std::vector<int>& hidden, int out, bool tanhOutput);
    torch::Tensor forward(torch::Tensor x);
    torch::nn::ModuleList layers;
    bool tanhOutput;
};
TORCH_MODULE(Mlp);

// A ring buffer of transitions in preallocated tensors.
class ReplayBuffer
{
public:
    ReplayBuffer(int capacity, int stateSize, int actionSize);
    void add(const float* state, const float* action, double reward, const float* next, bool terminal);
    long size() const { return m_size; }
    int capacity() const { return m_capacity; }

    struct Batch
    {
        torch::Tensor state, action, reward, next, terminal;
    };
    Batch sample(int batch, Random& rng) const;

private:
    int m_capacity, m_stateSize, m_actionSize;
    long m_size = 0;
    long m_next = 0;
    torch::Tensor m_state, m_action, m_reward, m_nextState, m_terminal;
};

class GaussianNoise
{
public:
    GaussianNoise(double sd, double decay, double floor)
        : m_sd(sd)
        , m_decay(decay)
        , m_floor(floor)
    {
    }
    double sample(Random& rng) const { return m_sd * rng.normal(); }
    void decay() { m_sd = std::max(m_floor, m_sd * m_decay); }
    double sd() const { return m_sd; }

private:
    double m_sd, m_decay, m_floor;
};

// target <- (1 - tau) target + tau source, parameter by parameter.
void softUpdate(torch::nn::Module& target, const torch::nn::Module& source, double tau);
void hardCopy(torch::nn::Module& target, const torch::nn::Module& source);

// Clips the gradient norm of `parameters` (or `net`'s) to `clip` (0: no clipping), then steps.
void clipAndStep(torch::optim::Optimizer& opt, const std::vector<torch::Tensor>& parameters, double clip);
void clipAndStep(torch::optim::Optimizer& opt, torch::nn::Module& net, double clip);
void setLearningRate(torch::optim::Adam& opt, double lr);

/// Convergence by evaluations, as DDPG and MADDPG here both use it: an evaluation that improves
/// the best by more than `tolerance` (relative) resets the count; every `patience` evaluations in
/// a row without one is a plateau (the learning rates should halve), and the second plateau in a
/// row means converged.
class Plateau
{
public:
    Plateau(int patience, double tolerance)
        : m_patience(patience)
        , m_tolerance(tolerance)
    {
    }
    /// Records an evaluation; true when it ends a plateau (halve the learning rates).
    bool record(double value);
    bool converged() const { return m_converged; }

private:
    int m_patience;
    double m_tolerance;
    double m_best = -1e300;
    int m_stale = 0;
    bool m_converged = false;
};

// The actor's weights as a plain-C++ policy.
PolicyNetwork toPolicy(const Mlp& actor);

/// The networks and optimizers of DDPG (Lillicrap et al. 2016), or TD3 (Fujimoto et al. 2018)
/// when options.td3, and one gradient step on a sampled batch. The critic targets track the
/// critic from its first update, also while the actor waits (options.actorStarts): a critic that
/// learns for thousands of steps against a frozen random copy of itself learns nothing useful.
class Learner
{
public:
    Learner(int stateSize, int actionSize, const DdpgOptions& options);

    struct Losses
    {
        double critic = 0;
        double actor = 0;
        bool actorUpdated = false;
    };
    /// One critic step on the batch; on the actor's turn (every step, or every policyDelay steps
    /// under TD3) the targets move by tau, and when actorMayLearn the actor takes a step first.
    Losses step(const ReplayBuffer::Batch& batch, bool actorMayLearn);
    /// Multiplies both learning rates (a plateau halves them).
    void scaleLearningRates(double factor);

    Mlp actor, actorTarget, critic, criticTarget, critic2, critic2Target;

private:
    DdpgOptions m_options;
    double m_actorLr, m_criticLr;
    torch::optim::Adam m_actorOpt, m_criticOpt;
    long m_updates = 0;
};

Result<DdpgResult> train(Environment& env, Environment& evalEnv, const DdpgOptions& options);

} // namespace kol::ddpg
