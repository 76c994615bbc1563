#pragma once

#include "base/Random.h"

#include <vector>

namespace kol {

// A reinforcement-learning task as the DDPG trainer sees it: continuous states and actions,
// actions in [-1, 1] per dimension (the environment scales them).
class Environment
{
public:
    virtual ~Environment() = default;
    virtual int stateSize() const = 0;
    virtual int actionSize() const = 0;
    // Starts an episode; writes the first state.
    virtual void reset(Random& rng, float* state) = 0;
    // Applies `action`, writes the next state, returns the reward; `done` ends the episode.
    virtual double step(const float* action, float* nextState, bool& done) = 0;
    // True when episodes end by a time limit rather than a terminal state: the trainer then
    // still bootstraps from the last state.
    virtual bool endsByTimeLimit() const { return false; }
};

// A dense layer of a policy or model network, stored as plain arrays.
struct DenseLayer
{
    std::vector<float> weight; // out x in, row-major
    std::vector<float> bias;   // out
    int in = 0;
    int out = 0;
};

// A deterministic policy network: ReLU hidden layers and a tanh output, run in plain C++ so
// that re-planning needs no LibTorch.
struct PolicyNetwork
{
    std::vector<DenseLayer> layers;

    void act(const float* state, float* action) const;
    bool empty() const { return layers.empty(); }
};

} // namespace kol
