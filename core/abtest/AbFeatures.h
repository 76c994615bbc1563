#pragma once

// What the A/B methods know of a segment and a variant as numbers: a segment's portrait as
// indicators, and a variant's text as hashed n-grams.
#include "model/AbTest.h"

#include <vector>

namespace kol {

/// Per segment of `test`: a constant 1, then one indicator per channel, tier, age band and
/// interest tag that any segment of the test has (in the order first met).
std::vector<std::vector<double>> abSegmentFeatures(const AbTest& test);

/// A variant's text representation: word unigrams and bigrams (split at spaces and punctuation,
/// ASCII lower-cased) hashed into `buckets` slots, and character trigrams (Unicode code points,
/// so Chinese copy counts characters, not bytes) hashed into another `buckets`; each half scaled to
/// unit length (all zero for empty text). FNV-1a hashes: the same on every platform.
std::vector<double> abTextFeatures(const std::string& text, int buckets = 32);

} // namespace kol
