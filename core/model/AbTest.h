#pragma once

#include "Scenario.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kol {

/// A content variant of an A/B test: its name and the text fields a post carries (any may be
/// empty). UTF-8; each field at most kMaxAbText bytes.
struct AbVariant
{
    std::string name;
    std::string headline;
    std::string copy;
    std::string cover; // the cover's text
    std::string callToAction;

    bool operator==(const AbVariant& o) const
    {
        return name == o.name && headline == o.headline && copy == o.copy && cover == o.cover
            && callToAction == o.callToAction;
    }
    /// Every text field joined, for the variant's text representation.
    std::string text() const { return headline + "\n" + copy + "\n" + cover + "\n" + callToAction; }
};

/// An audience segment: its name and portrait (a channel and tier of the project or empty, an age
/// band such as "18-24" or empty, interest tags without commas).
struct AbSegment
{
    std::string name;
    std::string channel;
    std::string tier;
    std::string ageBand;
    std::vector<std::string> interests;

    bool operator==(const AbSegment& o) const
    {
        return name == o.name && channel == o.channel && tier == o.tier && ageBand == o.ageBand
            && interests == o.interests;
    }
};

/// One result row: in round `round` (1-based), the variant shown to the segment this many times
/// and what came of it (clicks <= impressions, conversions <= clicks).
struct AbResult
{
    int round = 1;
    std::string variant;
    std::string segment;
    int64_t impressions = 0;
    int64_t clicks = 0;
    int64_t conversions = 0;

    bool operator==(const AbResult& o) const
    {
        return round == o.round && variant == o.variant && segment == o.segment && impressions == o.impressions
            && clicks == o.clicks && conversions == o.conversions;
    }
};

constexpr size_t kMaxAbText = 2000;
constexpr int kMaxAbVariants = 12;
constexpr int kMaxAbSegments = 40;
constexpr int kMaxAbRounds = 1000;
constexpr int kMaxAbInterests = 20;              // tags per segment, each at most 100 bytes
constexpr int64_t kMaxAbCount = 1000000000000LL; // impressions in one row

/// A content A/B test of a scenario: its variants (2 to kMaxAbVariants), audience segments (1 to
/// kMaxAbSegments), the brief it tests for, and the rounds of results so far (in any order; a
/// round, variant and segment at most once).
struct AbTest
{
    std::string name;
    std::string scenario;
    std::string brief;
    std::vector<AbVariant> variants;
    std::vector<AbSegment> segments;
    std::vector<AbResult> results;

    bool operator==(const AbTest& o) const
    {
        return name == o.name && scenario == o.scenario && brief == o.brief && variants == o.variants
            && segments == o.segments && results == o.results;
    }
    /// The index of the variant or segment of that name, or -1.
    int variantIndex(const std::string& name) const;
    int segmentIndex(const std::string& name) const;
    /// The last round with results (0 when none).
    int lastRound() const;
    /// Every problem with the test, each naming its field ("variants[B].headline"); empty when
    /// valid. Channels and tiers are checked against `vocabulary`.
    std::vector<ValidationError> validate(const Vocabulary& vocabulary) const;
};

} // namespace kol
