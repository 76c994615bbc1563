#pragma once

#include "base/Result.h"
#include "model/Catalog.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kol {

struct DemoOptions
{
    uint64_t seed = 42;
    int kols = 3000;
    int posts = 30000;
};

struct DemoMarket
{
    std::vector<Kol> kols;
    std::vector<Post> posts;
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
