#pragma once

#include "base/Result.h"
#include "model/Catalog.h"
#include "model/DemoTruth.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace kol {

struct DemoOptions
{
    uint64_t seed = 42;
    int kols = 3000;
    int posts = 30000;
    // The channels and phases to fill (empty: the defaults'). Channels outside the six defaults
    // get the neutral profile (MarketAssumptions.h), phases outside the three the neutral reach.
    std::vector<std::string> channels = {};
    std::vector<std::string> phases = {};
};

/// One post's reach and engagements (people, per post).
struct DemoResponse
{
    double reach = 0;
    double engagements = 0;
};

/// The generator's typical post of a KOL in a format and phase: its expected reach with the
/// post-to-post surprise at its median (1), and the engagements that go with it. This is the
/// demo market's truth, the quantity the performance model's log-scale fit estimates.
DemoResponse demoTypicalPost(const Kol& kol, const DemoCreator& creator, const std::string& format,
                             const std::string& phase);

/// A demo project's truth: every generated KOL's creator figures, by KOL id. Plans are scored
/// against it (true_effect) next to the fitted model.
struct MarketTruth
{
    DemoCreators creators;
    /// The typical post of `kol`, or nothing when the KOL is not one the generator made.
    std::optional<DemoResponse> typicalPost(const Kol& kol, const std::string& format, const std::string& phase) const
    {
        const auto it = creators.find(kol.id);
        return it == creators.end() ? std::nullopt
                                    : std::optional<DemoResponse>(demoTypicalPost(kol, it->second, format, phase));
    }
};

struct DemoMarket
{
    std::vector<Kol> kols;
    std::vector<Post> posts;
    std::vector<DemoCreator> creators; ///< parallel to kols
};

// A seeded, realistic market over the six default channels (assumptions and their sources in
// MarketAssumptions.cpp and docs/demo-market.md): heavy-tailed follower counts covering every
// tier, follower quality, prices per format that grow sub-linearly with followers, and a year of
// posts (2025) spread over the KOLs as unevenly as in public post sets (most KOLs have one post
// or none, a few have many). Reach per follower is channel-typical and heavy-tailed (above 1 on
// short-video feeds, with viral hits and flops, and a few posts with no reach at all);
// engagements follow reach (so they can exceed the followers on short-video channels) and split
// into likes, comments and shares in each channel's own mix.
DemoMarket generateDemoMarket(const DemoOptions& options);

} // namespace kol
