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

// A seeded, realistic market over the six default channels (assumptions in
// MarketAssumptions.cpp): heavy-tailed follower counts covering every tier, channel-typical
// interaction rates and follower quality, prices per format that grow sub-linearly with
// followers, and a year of posts (2025) whose reach and engagement follow from the KOL, the
// channel, the phase and the format with log-normal noise, viral hits and flops.
DemoMarket generateDemoMarket(const DemoOptions& options);

} // namespace kol
