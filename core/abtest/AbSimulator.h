#pragma once

// A market of audience segments whose response to content variants drifts over rounds (seeded),
// to judge the A/B methods: each round a method splits every segment's impressions over the
// variants, clicks and conversions are drawn from the segments' current rates, and the run is
// scored on cumulative clicks, regret against the best variant per segment, and the width of the
// winner's interval.
#include "AbMethods.h"
#include "base/Random.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kol {

struct AbSimulation
{
    int segments = 4;
    int variants = 4;
    int64_t impressionsPerSegment = 2000; // per round
    double baseRate = 0.03;               // a typical click-through rate
    double spread = 0.35;                 // sd of the variants' effects on the logit scale, per segment
    double drift = 0.0;                   // sd of each rate's random walk per round, on the logit scale
    int switchAt = 0;                     // from this round on, each segment's best and worst variants swap (0: never)
    double conversionRate = 0.1;          // conversions per click
    uint64_t seed = 1;
};

/// The simulated market: its rates per round, segment and variant.
class AbMarket
{
public:
    explicit AbMarket(const AbSimulation& simulation);
    /// A test over the market's segments (with channels, tiers, ages and interests drawn from a
    /// small demo portrait set) and variants (with demo copy), without results.
    AbTest makeTest(const std::string& name, const std::string& scenario) const;
    /// The click-through rate of `variant` in `segment` in round `round` (1-based).
    double rate(int round, int segment, int variant) const;
    const AbSimulation& simulation() const { return m_sim; }

private:
    void grow(int rounds) const;

    AbSimulation m_sim;
    // Logits per [round - 1][segment][variant], grown on demand: round r's walk draws from a
    // generator of its own, so a rate never depends on the order it was asked for.
    mutable std::vector<std::vector<std::vector<double>>> m_logit;
};

/// The rows of one round: each segment's impressions split by `split` ([segment][variant] shares),
/// clicks and conversions drawn at the market's rates; `random` draws them.
std::vector<AbResult> simulateRound(const AbMarket& market, const AbTest& test, int round,
                                    const std::vector<std::vector<double>>& split, Random& random);

/// How a method did over a simulated run.
struct AbRunScore
{
    std::string method;
    double clicks = 0;         // drawn, all rounds
    double expectedClicks = 0; // the impressions shown times their true rates
    double regret = 0;         // expected clicks of always showing each segment's best, less expectedClicks
    double winnerWidth = 0;    // after the last round, the mean width of the 95% interval of each segment's
                               // most-shown variant (rate units)
    double bestShare = 0;      // the share of the last round's impressions on each segment's true best
};

/// Runs `method` for `rounds` rounds on a fresh market of `simulation`; fails as recommendAb.
Result<AbRunScore> simulateRun(const AbSimulation& simulation, const std::string& method, int rounds,
                               const AbOptions& options = {});

} // namespace kol
