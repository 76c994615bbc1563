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

// The actor's weights as a plain-C++ policy.
PolicyNetwork toPolicy(const Mlp& actor);

Result<DdpgResult> train(Environment& env, Environment& evalEnv, const DdpgOptions& options);

} // namespace kol::ddpg
