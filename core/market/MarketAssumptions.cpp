// The market as the demo generator and the composite score assume it. These are stated
// assumptions calibrated to public figures, not measurements of the Chinese platforms; each one's
// source or reasoning is next to it and in docs/demo-market.md.
//
// Sources of the figures:
// [R] Rival IQ, TikTok Benchmark Report 2023 and 2024: brands' engagement per view about 4% (4.1%
//     in 2023), per follower 2.6-4.1%; engagement per view higher for large accounts (7.5% above
//     1M followers).
// [T] Public TikTok sets of top creators and of 10,000 videos with their authors' follower counts:
//     reach per follower median 4.3, 72% of posts reach more people than the account's followers,
//     62.6% of creators average more engagements per post than followers; likes : comments :
//     shares about 85 : 1 : 14; median posts per creator 1.
// [B] A public set of 6,400 Bilibili videos: likes : comments : shares about 84 : 16 : 0.
// [C] Agencies' public rate cards for Douyin, Xiaohongshu, Weibo, WeChat, Kuaishou and Bilibili
//     (price per post against followers, order of magnitude), and platform reports on where
//     posts are distributed (algorithmic feeds vs subscribers).
#include "MarketAssumptions.h"

#include <map>

namespace kol {

namespace {
// clang-format off
const ChannelProfile kProfiles[] = {
    // Short-video feeds show posts far beyond the followers [T] (Douyin and Kuaishou lower than
    // TikTok's top creators); Xiaohongshu notes travel in the discovery feed; Bilibili videos are
    // recommended but watched mostly by fans; Weibo followers are largely inactive; WeChat articles
    // are read by a few percent of subscribers [C]. Engagement per view ~4-6% on short video [R].
    //  name         share  median  spread quality price/f^.85 reach/f elast. eng/view likes comm. boost formats
    {"Douyin",       0.28, 120000,  1.55,  0.76,   0.25,       2.5,   0.75,  0.050,  0.85, 0.01, 1.0, "short video|live stream"},
    {"Xiaohongshu",  0.24,  35000,  1.35,  0.82,   0.50,       0.6,   0.85,  0.060,  0.78, 0.10, 0.8, "image-text|short video"},
    {"Weibo",        0.14, 200000,  1.70,  0.58,   0.12,       0.15,  0.80,  0.010,  0.70, 0.15, 0.0, "image-text|short video"},
    {"WeChat",       0.12,  60000,  1.20,  0.86,   0.35,       0.05,  1.00,  0.020,  0.60, 0.10, 0.0, "image-text"},
    {"Kuaishou",     0.12, 100000,  1.50,  0.72,   0.20,       2.0,   0.75,  0.040,  0.84, 0.04, 1.0, "short video|live stream"},
    {"Bilibili",     0.10,  80000,  1.40,  0.88,   0.30,       0.8,   0.90,  0.060,  0.84, 0.16, 0.6, "short video"},
};
const ChannelProfile kNeutral
    = {"", 0.1, 80000, 1.4, 0.75, 0.25, 0.5, 0.93, 0.03, 0.80, 0.08, 0.3, "short video|image-text"};
// clang-format on

// Format fit by channel: how native the format is to the platform.
const std::map<std::string, std::map<std::string, double>> kChannelFit = {
    {"Douyin", {{"short video", 1.0}, {"live stream", 0.9}, {"image-text", 0.3}}},
    {"Xiaohongshu", {{"image-text", 1.0}, {"short video", 0.85}, {"live stream", 0.5}}},
    {"Weibo", {{"image-text", 0.9}, {"short video", 0.8}, {"live stream", 0.5}}},
    {"WeChat", {{"image-text", 1.0}, {"short video", 0.6}, {"live stream", 0.5}}},
    {"Kuaishou", {{"live stream", 1.0}, {"short video", 0.9}, {"image-text", 0.3}}},
    {"Bilibili", {{"short video", 1.0}, {"live stream", 0.7}, {"image-text", 0.4}}},
};
// And by phase: explanatory long formats build awareness early, live streams convert at launch.
const std::map<std::string, std::map<std::string, double>> kPhaseFit = {
    {"Warm-up", {{"image-text", 1.0}, {"short video", 0.95}, {"live stream", 0.6}}},
    {"Launch", {{"image-text", 0.8}, {"short video", 1.0}, {"live stream", 1.0}}},
    {"Sustain", {{"image-text", 0.95}, {"short video", 0.9}, {"live stream", 0.8}}},
};

double lookup(const std::map<std::string, std::map<std::string, double>>& table, const std::string& a,
              const std::string& b, double fallback)
{
    const auto row = table.find(a);
    if (row == table.end()) {
        return fallback;
    }
    const auto cell = row->second.find(b);
    return cell == row->second.end() ? fallback : cell->second;
}
} // namespace

const ChannelProfile& channelProfile(const std::string& channel)
{
    for (const auto& p : kProfiles) {
        if (p.name == channel) {
            return p;
        }
    }
    return kNeutral;
}

double formatFit(const std::string& channel, const std::string& phase, const std::string& format)
{
    return lookup(kChannelFit, channel, format, 0.7) * lookup(kPhaseFit, phase, format, 0.9);
}

double formatReachFactor(const std::string& channel, const std::string& format)
{
    // Live streams reach fewer people than a video but hold them longer; notes on Xiaohongshu
    // and articles on WeChat are the native, widest-reaching formats there.
    static const std::map<std::string, std::map<std::string, double>> factors = {
        {"Douyin", {{"short video", 1.0}, {"live stream", 0.45}, {"image-text", 0.3}}},
        {"Xiaohongshu", {{"image-text", 1.0}, {"short video", 1.25}}},
        {"Weibo", {{"image-text", 1.0}, {"short video", 1.35}}},
        {"WeChat", {{"image-text", 1.0}}},
        {"Kuaishou", {{"short video", 1.0}, {"live stream", 0.7}}},
        {"Bilibili", {{"short video", 1.0}}},
    };
    return lookup(factors, channel, format, 0.8);
}

double formatPriceFactor(const std::string& format)
{
    if (format == "live stream") {
        return 2.2;
    }
    if (format == "image-text") {
        return 0.7;
    }
    return 1.0;
}

double phaseReachFactor(const std::string& channel, const std::string& phase)
{
    // Launch weeks get platform traffic support; Weibo's hot-search effect makes its launch peak
    // sharper, WeChat readership is steady.
    static const std::map<std::string, std::map<std::string, double>> factors = {
        {"Weibo", {{"Warm-up", 0.75}, {"Launch", 1.45}, {"Sustain", 0.85}}},
        {"WeChat", {{"Warm-up", 1.0}, {"Launch", 1.05}, {"Sustain", 1.0}}},
        {"Douyin", {{"Warm-up", 0.85}, {"Launch", 1.3}, {"Sustain", 0.95}}},
    };
    return lookup(factors, channel, phase, phase == "Launch" ? 1.15 : (phase == "Warm-up" ? 0.9 : 1.0));
}

} // namespace kol
