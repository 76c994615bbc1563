// The market as the demo generator and the composite score assume it. These are stated
// assumptions, not measurements: orders of magnitude typical of public rate cards and platform
// reports (Douyin and Kuaishou video-first with live commerce, Xiaohongshu notes with high
// engagement and premium prices, Weibo reach with low engagement and many inactive followers,
// WeChat official-account articles, Bilibili long-form video with the most loyal audiences).
#include "MarketAssumptions.h"

#include <map>

namespace kol {

namespace {
// clang-format off
const ChannelProfile kProfiles[] = {
    // Prices: Douyin ~31,000 CNY for a 1M-follower video, Xiaohongshu notes dearer per follower,
    // Weibo cheap. Feed boost: algorithmic feeds amplify engaging accounts; WeChat and Weibo
    // mostly deliver to subscribers.
    //  name          share  median  spread  inter.  quality  price/f^.85 elast. rate  formats   feed boost
    {"Douyin",        0.28, 120000,  1.55,  0.030,  0.76,    0.25,       0.95, 0.55, "short video|live stream", 0.6},
    {"Xiaohongshu",   0.24,  35000,  1.35,  0.050,  0.82,    0.50,       0.90, 0.35, "image-text|short video", 0.5},
    {"Weibo",         0.14, 200000,  1.70,  0.008,  0.58,    0.12,       0.75, 0.90, "image-text|short video", 0.0},
    {"WeChat",        0.12,  60000,  1.20,  0.020,  0.86,    0.35,       1.00, 0.12, "image-text", 0.0},
    {"Kuaishou",      0.12, 100000,  1.50,  0.028,  0.72,    0.20,       0.85, 0.80, "short video|live stream", 0.6},
    {"Bilibili",      0.10,  80000,  1.40,  0.055,  0.88,    0.30,       1.05, 0.25, "short video", 0.4},
};
const ChannelProfile kNeutral = {"", 0.1, 80000, 1.4, 0.03, 0.75, 0.25, 0.93, 0.4, "short video|image-text", 0.3};
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
