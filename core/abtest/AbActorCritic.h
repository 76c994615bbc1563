#pragma once

// The actor-critic A/B method ("actor-critic"), after the RL-enhanced LLM framework for automated
// A/B testing in personalised marketing: the state fuses the segment's portrait, the context and
// the variant's text; the actor (LibTorch, in the training module) picks the variant to show; the
// reward comes from a memory-augmented estimator that follows drifting preferences.
#include "AbMethods.h"
#include "rl/AbPolicy.h"

namespace kol {

/// The problem the actor-critic learns on for `test` after its rounds so far:
/// - the critic's state per segment: abSegmentFeatures and the context (log(1 + next round) / 5);
/// - the actor's row per segment and variant: the state, abTextFeatures of the variant's text, and
///   what the memory estimator says of the pair (its mean and standard deviation over the mean of
///   all pairs, and log(1 + its discounted impressions) / 10);
/// - the memory estimator: Beta(prior + discounted successes, prior + discounted failures), each
///   round weighing options.discount per round of age (as `dts`; the prior is abBetaPrior).
AbPolicyProblem abPolicyProblem(const AbTest& test, const AbOptions& options);

/// The actor-critic's recommendation: estimates, intervals and probabilities of being best are
/// the memory estimator's (as `dts`); the split is the trained policy. Fails when the training
/// module cannot be loaded or training fails (the message says why).
Result<AbRecommendation> actorCriticRecommendation(const AbTest& test, const AbOptions& options);

} // namespace kol
