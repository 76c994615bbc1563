#pragma once

// The problem the A/B test planner's actor-critic learns on, as plain data that crosses into the
// training module (TrainingAbi.h): per segment a state, per segment and variant a feature row and
// the memory reward estimator's posterior. See core/abtest/AbActorCritic.h for how it is built.

#include <atomic>
#include <cstdint>
#include <vector>

namespace kol {

struct AbPolicyProblem
{
    int segments = 0;
    int variants = 0;
    int stateDim = 0;          // the critic's input per segment
    int pairDim = 0;           // the actor's input per segment and variant
    std::vector<float> states; // [segments][stateDim], row-major
    std::vector<float> pairs;  // [segments * variants][pairDim], row-major (segment-major)
    // The memory reward estimator's Beta posterior per segment and variant ([s * variants + v]):
    // each training reward is a draw from it (so the policy meets the estimator's uncertainty).
    std::vector<double> alpha, beta;
};

struct AbPolicyOptions
{
    int steps = 600;         // gradient steps
    int batch = 64;          // segments sampled per step
    int hidden = 32;         // units of the actor's and the critic's hidden layer
    double actorRate = 0.01; // Adam learning rates
    double criticRate = 0.01;
    double entropy = 0.003; // weight of the policy's entropy in the actor's loss
    uint64_t seed = 1;
    const std::atomic<bool>* cancel = nullptr;
};

struct AbPolicyResult
{
    std::vector<double> probabilities; // the trained policy pi(v | s), [s * variants + v]
    std::vector<double> meanReward;    // the sampled reward per 50 steps, in units of the mean rate (learning curve)
};

} // namespace kol
