#pragma once

#include <string>

namespace kol {

// What each default channel is like: the ranges the demo generator draws from and the
// content-format fit the composite score uses. Values are written down in MarketAssumptions.cpp
// with their reasons; channels outside the six defaults get neutral values.
struct ChannelProfile
{
    std::string name;
    double kolShare;        // share of the catalog's KOLs on this channel
    double medianFollowers; // log-normal follower counts: median and spread (in log units)
    double followerSpread;
    double medianInteraction; // engagements per follower per post (log-normal, spread 0.45)
    double qualityMean;       // follower quality: mean of a clipped normal with sd 0.1
    double pricePerFollower;  // CNY per follower^0.85 for the channel's main format
    double reachElasticity;   // reach grows as followers^elasticity (big accounts reach a smaller share)
    double reachRate;         // reach per follower^elasticity for the main format
    const char* formats;      // formats offered, main one first: "short video|live stream"
    double feedBoost;         // reach grows as (interaction / channel median)^feedBoost
};

const ChannelProfile& channelProfile(const std::string& channel);

// How well a content format fits a channel in a phase, 0..1 (SPEC 3.2's format fit).
double formatFit(const std::string& channel, const std::string& phase, const std::string& format);

// Reach multiplier of a format on a channel relative to the channel's main format.
double formatReachFactor(const std::string& channel, const std::string& format);
// Price multiplier of a format relative to the channel's main format.
double formatPriceFactor(const std::string& format);
// Reach multiplier of a phase (launch weeks draw the most attention).
double phaseReachFactor(const std::string& channel, const std::string& phase);

} // namespace kol
