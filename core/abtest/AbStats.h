#pragma once

// The statistics of the A/B test methods: intervals for a rate, posterior draws and the
// probability that each variant is best. Own distributions on base/Random.h, so that results are
// the same bytes for the same seed everywhere.
#include "base/Random.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace kol::ab {

/// Wilson's 95% score interval for `successes` of `trials` (rates in 0..1; [0, 1] without trials).
std::pair<double, double> wilsonInterval(double successes, double trials, double z = 1.959964);

/// Two-sided p-value of the pooled two-proportion z-test of s1/n1 against s2/n2 (1 when either
/// has no trials or the pooled rate is 0 or 1).
double twoProportionPValue(double s1, double n1, double s2, double n2);

/// A Gamma(shape, 1) draw (Marsaglia and Tsang, 2000); shape > 0.
double gammaDraw(Random& random, double shape);
/// A Beta(a, b) draw from two Gamma draws; a, b > 0.
double betaDraw(Random& random, double a, double b);
/// A Binomial(n, p) draw: exact (counting geometric gaps) for n·min(p, 1-p) < 40, else the normal
/// approximation rounded and clamped to 0..n.
int64_t binomialDraw(Random& random, int64_t n, double p);

/// Posterior draws per arm (draws[arm][k]); returns each arm's probability of having the largest
/// draw (ties split), and fills each arm's 2.5% and 97.5% quantiles of its draws.
std::vector<double> probabilityBest(const std::vector<std::vector<double>>& draws,
                                    std::vector<std::pair<double, double>>* interval95 = nullptr);

} // namespace kol::ab
