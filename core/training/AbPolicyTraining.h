#pragma once

// The A/B test planner's actor-critic in LibTorch: the actor scores every (segment, variant) row
// of features and its softmax over a segment's variants is the policy; the critic is a value
// baseline on the segment's state. Each step samples segments, variants from the policy and a
// reward drawn from the memory reward estimator's posterior; the actor follows the advantage
// (reward - value) with an entropy bonus, the critic regresses the reward (a one-step
// advantage actor-critic, as in the contextual-bandit setting of the published A/B method).

#include "base/Result.h"
#include "rl/AbPolicy.h"

namespace kol {

/// Trains on `problem`; seeded and reproducible (one torch thread). Fails when the sizes do not
/// match, a posterior parameter is not positive, a loss is not finite, or when cancelled.
Result<AbPolicyResult> trainAbActorCritic(const AbPolicyProblem& problem, const AbPolicyOptions& options);

} // namespace kol
