#pragma once

// A demo project's truth as the project file keeps it: what the generator knows of each KOL
// beyond the catalog (market/DemoMarket.h turns it into each KOL's typical post).

#include <string>
#include <unordered_map>

namespace kol {

/// How far a KOL's posts travel per follower (reach per follower, before format, phase and
/// platform factors; 0..1,000) and how engaging they are per view (engagements per reach, 0..1).
/// The catalog's interaction rate is a noisy view of their product.
struct DemoCreator
{
    double reachPerFollower = 0;
    double engagementPerView = 0;
};

/// Creator figures by KOL id.
using DemoCreators = std::unordered_map<std::string, DemoCreator>;

} // namespace kol
