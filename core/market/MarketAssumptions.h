#pragma once

#include <string>

namespace kol {

// What each default channel is like: the ranges the demo generator draws from and the
// content-format fit the composite score uses. Values are written down in MarketAssumptions.cpp
// with their sources (docs/demo-market.md lists them); channels outside the six defaults get
// neutral values.
struct ChannelProfile
{
    std::string name;
    double kolShare;        // share of the catalog's KOLs on this channel
    double medianFollowers; // log-normal follower counts: median and spread (in log units)
    double followerSpread;
    double qualityMean;      // follower quality: mean of a clipped normal with sd 0.1
    double pricePerFollower; // CNY per follower^0.85 for the channel's main format
    // Reach per follower of a typical post of a 100,000-follower account in the main format:
    // above 1 where an algorithmic feed shows posts to non-followers (short video), far below 1
    // where posts go to subscribers, many of them inactive (WeChat articles, Weibo).
    double reachPerFollower;
    double reachElasticity;   // reach grows as followers^elasticity (big accounts reach a smaller share)
    double engagementPerView; // (likes + comments + shares) / reach of a typical post
    double likeShare;         // how engagements split into likes, comments and shares
    double commentShare;
    double feedBoost;    // an algorithmic feed shows engaging posts more: reach grows as (engagement
                         // per view / the channel's)^feedBoost; 0 where posts go to subscribers
    const char* formats; // formats offered, main one first: "short video|live stream"
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
