#pragma once

#include "abtest/AbMethods.h"

#include <string>

namespace kol {

/// A/B test `test` as CSV: its rounds (round, variant, segment, impressions, clicks,
/// conversions), a blank line, then the recommendation's estimates and split per segment and
/// variant (method, next_round, segment, variant, rate, low, high, prob_best, share; rates and
/// shares in 0..1). What `abtest export` and the window's Export CSV write.
std::string abTestCsv(const AbTest& test, const AbRecommendation& recommendation);

} // namespace kol
