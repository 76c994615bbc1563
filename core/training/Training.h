#pragma once

// The engine's entry points into the training module (libkolplanner_training.so, the only code
// that links LibTorch). Each call loads the module on first use (TrainingModule.cpp), so that
// programs that never train never pay LibTorch's start-up time and memory.

#include "market/ModelFit.h"
#include "rl/AbPolicy.h"
#include "rl/Ddpg.h"
#include "rl/MultiAgent.h"

namespace kol {

// Trains the performance model on the post history with LibTorch (one intra-op thread), seeded
// and reproducible. A loss that becomes NaN or infinite stops the fit with an error.
Result<FitReport> fitPerformanceModel(const std::vector<Kol>& kols, const std::vector<Post>& posts,
                                      const Vocabulary& vocabulary, const FitOptions& options);

// Trains on `env`, evaluating on `evalEnv` (both owned by the caller). Loads the training module.
Result<DdpgResult> trainDdpg(Environment& env, Environment& evalEnv, const DdpgOptions& options);

// Trains a cooperative team with a centralised critic (MADDPG; the module's MaddpgParts.h) on
// `env`, evaluating on `evalEnv` (both owned by the caller). Loads the training module.
Result<MaddpgResult> trainMaddpg(MultiAgentEnvironment& env, MultiAgentEnvironment& evalEnv,
                                 const MaddpgOptions& options);

// Trains the A/B test planner's actor-critic (a softmax policy over variants per segment, a
// value baseline) on rewards drawn from the memory reward estimator's posterior. Loads the
// training module. Fails when cancelled or when the problem's sizes do not match.
Result<AbPolicyResult> trainAbPolicy(const AbPolicyProblem& problem, const AbPolicyOptions& options);

} // namespace kol
