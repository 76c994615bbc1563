#pragma once

// The A/B test planner's methods, one interface: each reads a test's rounds so far and says, per
// segment and variant, the estimated rate with an interval, the probability that the variant is
// the segment's best, and the share of the next round's impressions it should get.
#include "base/Result.h"
#include "model/AbTest.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace kol {

/// What a test optimises: clicks or conversions per impression.
enum class AbMetric { Clicks, Conversions };

struct AbOptions
{
    AbMetric metric = AbMetric::Clicks;
    uint64_t seed = 1;
    int draws = 4000;              // posterior draws for the probability of being best
    double alpha = 0.05;           // fixed: the test's significance level (Bonferroni over the comparisons)
    int64_t minImpressions = 1000; // fixed: impressions each variant needs before the test may stop
    double discount = 0.7;         // discounted Thompson sampling: a round's weight per round of age
    double exploration = 0.1;      // linucb: the share of a round kept for the variants it does not pick
    int policySteps = 600;         // actor-critic: gradient steps
    double entropy = 0.2;          // actor-critic: the entropy bonus, a softmax temperature in units of the mean rate
    const std::atomic<bool>* cancel = nullptr; // actor-critic: stops training
};

/// One variant in one segment.
struct AbCell
{
    int64_t impressions = 0;  // all rounds so far
    int64_t successes = 0;    // clicks or conversions, by the metric
    double rate = 0;          // the method's estimate (per impression)
    double low = 0, high = 1; // its 95% interval
    double probBest = 0;      // that this variant is the segment's best, 0..1
    double share = 0;         // of the segment's impressions in the next round, 0..1 (a segment's add to 1)
};

struct AbRecommendation
{
    std::string method;
    int nextRound = 1;
    std::vector<std::vector<AbCell>> cells; // [segment][variant], the test's order
    std::vector<std::string> notes;         // e.g. a segment's test that stopped, and why
};

/// The methods: "fixed" (an even split with a significance test and a stopping rule),
/// "thompson" (Thompson sampling on Beta posteriors), "linucb" (a linear contextual bandit on the
/// segments' features) and "dts" (discounted Thompson sampling: the memory reward estimator,
/// which forgets old rounds to follow drifting preferences) and "actor-critic" (a policy trained in
/// the training module on the memory estimator's rewards, over the segment's portrait, the context
/// and the variant's text: AbActorCritic.h).
const std::vector<std::string>& abMethodNames();

/// The recommendation of `method` for `test` after its rounds so far. Fails naming the method
/// when it is unknown, or the test when it is not valid (AbTest::validate without vocabulary
/// checks).
Result<AbRecommendation> recommendAb(const AbTest& test, const std::string& method, const AbOptions& options = {});

/// The Beta prior of the Bayesian methods, as (successes, failures): centred on the test's pooled
/// rate with the weight of two impressions (an empirical-Bayes prior: Beta(1, 1) would put a
/// rarely shown variant's mean near 50%, far from any click-through rate); Beta(1, 1) without results.
std::pair<double, double> abBetaPrior(const AbTest& test, AbMetric metric);

/// The successes of a result row by `metric`.
int64_t abSuccesses(const AbResult& r, AbMetric metric);

} // namespace kol
