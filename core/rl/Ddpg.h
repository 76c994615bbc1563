#pragma once

// DDPG (and its TD3 variant) as the engine sees it: options, progress and the trained policy.
// The trainer runs in the training module (LibTorch); the policy runs in plain C++.

#include "Environment.h"
#include "base/Result.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace kol {

struct DdpgOptions
{
    std::vector<int> actorHidden{400, 300};
    std::vector<int> criticHidden{400, 300};
    double gamma = 0.98;
    double tau = 0.005; // soft update of the target networks
    double actorLearningRate = 1e-3;
    double criticLearningRate = 1e-3;
    int batch = 256;
    int bufferSize = 200000;    // the replay buffer, preallocated
    int learningStarts = 10000; // uniformly random actions before learning starts
    long totalSteps = 20000;    // environment steps
    int gradientSteps = 1;      // updates per environment step once learning
    long actorStarts = 0;       // the actor waits for this step (the critic learns first)
    double actorFinalInit = 0;  // > 0: the actor's last layer starts uniform in +-this
    double noise = 0.1;         // Gaussian exploration noise (sd, in action units)
    double noiseDecay = 1.0;    // multiplied into the noise after every episode
    double noiseMin = 0.0;
    double gradientClip = 10.0; // max gradient norm
    bool td3 = false;           // twin critics, delayed actor updates, target policy smoothing
    int policyDelay = 2;
    double targetNoise = 0.2;
    double targetNoiseClip = 0.5;
    uint64_t seed = 1;
    long evalEvery = 0; // steps between evaluations of the deterministic policy; 0 = never.
                        // With evaluations, the best evaluated policy is returned.
    int evalEpisodes = 5;
    // Convergence: stop once `patience` evaluations in a row improved the best by less than
    // `tolerance` (relative); on each such plateau the learning rates are halved first.
    int patience = 0;
    double tolerance = 0.005;
    std::function<bool(const struct DdpgProgress&)> progress; // return false to cancel
    const std::atomic<bool>* cancel = nullptr;
};

struct DdpgProgress
{
    long steps = 0;
    long episodes = 0;
    double actorLoss = 0;
    double criticLoss = 0;
    double episodeReturn = 0; // of the last finished episode
    double evalReturn = 0;    // of the last evaluation (NaN before the first)
    double noise = 0;
    bool evaluated = false;    // this report carries a new evaluation
    bool episodeEnded = false; // ... or the end of an episode (episodeReturn is its return)
};

struct DdpgResult
{
    PolicyNetwork actor;
    long steps = 0;
    long episodes = 0;
    bool converged = false;
    double finalEvalReturn = 0;
    std::vector<DdpgProgress> history; // one entry per evaluation (or per episode when none)
    double seconds = 0;
};

// Mean return of the deterministic policy over `episodes` episodes.
double evaluatePolicy(const PolicyNetwork& policy, Environment& env, int episodes, uint64_t seed);

} // namespace kol
