#pragma once

// A project's worth of CSV as planners bring it: every situation that broke the product on real
// influencer lists and post sets. Seeded, so every run writes the same files.
//
// KOLs (kols.csv, comma-separated): Douyin, Xiaohongshu, Kuaishou, Weibo and Bilibili, counts
// written as 409.8K / 1.2万 / "1,250,000" / 2.1M, interaction rates as percentages (some above
// 100%), follower quality as bare shares, live-stream prices for some. A second file
// (kols-eu.csv, semicolon-separated) writes decimal commas and dots as thousands separators.
// Posts (posts.csv): plenty for Douyin, Xiaohongshu and Kuaishou; exactly 5 for Weibo; none for
// Bilibili; none in the live-stream format; none in the Sustain phase; dates with times; counts
// with K/M; some posts with 0 reach; one with more likes than reach.
#include "base/Random.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace kol::test {

struct MessyData
{
    std::string kols, kolsEu, posts;
    int kolCount = 0, postCount = 0, zeroReachPosts = 0, likesAboveReach = 0;
    std::map<std::string, int> postsPerChannel;
};

inline std::string messyCount(Random& rng, double v)
{
    char buffer[64];
    switch (rng.below(4)) {
    case 0:
        if (v >= 1e6) {
            std::snprintf(buffer, sizeof buffer, "%.1fM", v / 1e6);
        } else {
            std::snprintf(buffer, sizeof buffer, "%.1fK", v / 1e3);
        }
        return buffer;
    case 1:
        std::snprintf(buffer, sizeof buffer, "%.1f万", v / 1e4);
        return buffer;
    case 2: {
        // "1,250,000", quoted because it holds commas.
        std::string digits = std::to_string(static_cast<long long>(std::llround(v))), grouped;
        for (size_t i = 0; i < digits.size(); ++i) {
            if (i && (digits.size() - i) % 3 == 0) {
                grouped += ',';
            }
            grouped += digits[i];
        }
        return "\"" + grouped + "\"";
    }
    default:
        return std::to_string(static_cast<long long>(std::llround(v)));
    }
}

// The value a messy count text stands for, as the importer must read it.
inline double messyValue(const std::string& text)
{
    std::string s;
    for (char c : text) {
        if (c != '"' && c != ',') {
            s += c;
        }
    }
    double scale = 1;
    if (s.size() >= 3 && s.compare(s.size() - 3, 3, "万") == 0) {
        scale = 1e4;
        s.resize(s.size() - 3);
    } else if (!s.empty() && (s.back() == 'K' || s.back() == 'M')) {
        scale = s.back() == 'K' ? 1e3 : 1e6;
        s.pop_back();
    }
    return std::round(std::stod(s) * scale);
}

inline MessyData writeMessyData(const std::string& folder, uint64_t seed = 11)
{
    Random rng(seed);
    MessyData d;
    d.kols = folder + "/kols.csv";
    d.kolsEu = folder + "/kols-eu.csv";
    d.posts = folder + "/posts.csv";
    std::ofstream kols(d.kols), eu(d.kolsEu), posts(d.posts);
    kols << "kol_id,name,channel,category,followers,follower_quality,interaction_rate,price_image_text,"
            "price_short_video,price_live_stream\n";
    eu << "kol_id;name;channel;followers;follower_quality;interaction_rate;category;price_image_text;"
          "price_short_video;price_live_stream\n";
    posts << "post_id,kol_id,date,phase,format,price,reach,likes,comments,shares\n";
    struct Channel
    {
        const char* name;
        int kols;
        int posts; // -1: many
        double reachPerFollower;
        double engagementPerView;
    };
    const Channel channels[] = {{"Douyin", 160, -1, 2.5, 0.05},
                                {"Xiaohongshu", 120, -1, 0.6, 0.06},
                                {"Kuaishou", 80, -1, 2.0, 0.04},
                                {"Weibo", 60, 5, 0.15, 0.01},
                                {"Bilibili", 40, 0, 0.8, 0.06}};
    int kolIndex = 0, postIndex = 0;
    for (const Channel& ch : channels) {
        int weiboPosts = 0;
        for (int k = 0; k < ch.kols; ++k) {
            ++kolIndex;
            const double followers = std::round(std::exp(rng.normal(std::log(150000.0), 1.6)) + 2000);
            const double quality = std::round(std::min(0.98, std::max(0.3, rng.normal(0.78, 0.1))) * 100) / 100;
            const double pull = ch.reachPerFollower * rng.logNormal(1.0, 0.6);
            const double view = ch.engagementPerView * rng.logNormal(1.0, 0.3);
            const double rate = pull * view * (rng.chance(0.05) ? 12 : 1); // a few far above 100%
            const double price = std::round(0.3 * std::pow(followers, 0.85) * rng.logNormal(1.0, 0.2) / 10) * 10;
            const std::string id = "k" + std::to_string(kolIndex);
            char rateText[32];
            std::snprintf(rateText, sizeof rateText, "%.2f%%", 100 * rate);
            const bool live = rng.chance(0.4);
            const bool european = kolIndex % 10 == 0; // every tenth KOL arrives in the other file
            if (european) {
                char q[16], r[32];
                std::snprintf(q, sizeof q, "%.2f", quality);
                std::snprintf(r, sizeof r, "%.4f", rate);
                std::string qs = q, rs = r;
                qs[qs.find('.')] = ',';
                rs[rs.find('.')] = ',';
                // Prices with dots grouping thousands: 18.500 is eighteen thousand five hundred.
                const long long whole = std::llround(price);
                const std::string grouped = whole >= 1000 ? std::to_string(whole / 1000) + "."
                        + std::string(3 - std::to_string(whole % 1000).size(), '0') + std::to_string(whole % 1000)
                                                          : std::to_string(whole);
                eu << id << ";Creator " << kolIndex << ";" << ch.name << ";" << static_cast<long long>(followers) << ";"
                   << qs << ";" << rs << ";beauty;;" << grouped << ";\n";
            } else {
                kols << id << ",Creator " << kolIndex << "," << ch.name << ",food," << messyCount(rng, followers) << ","
                     << quality << "," << rateText << "," << std::llround(0.7 * price) << "," << std::llround(price)
                     << "," << (live ? std::to_string(std::llround(2.2 * price)) : "") << "\n";
            }
            ++d.kolCount;
            // Posts: short video or image-text (never live stream), Warm-up or Launch (never Sustain).
            const int count = ch.posts < 0 ? 1 + static_cast<int>(rng.below(30)) : 0;
            for (int p = 0; p < count || (ch.posts > 0 && weiboPosts < ch.posts && p == 0); ++p) {
                if (ch.posts > 0) {
                    ++weiboPosts;
                }
                ++postIndex;
                const bool video = rng.chance(0.7);
                double reach = followers * pull * rng.logNormal(1.0, 0.7) * (video ? 1.0 : 0.4);
                if (rng.chance(0.02)) {
                    reach = 0;
                    ++d.zeroReachPosts;
                }
                const double engagements = reach * view * rng.logNormal(1.0, 0.3);
                long long likes = std::llround(0.85 * engagements);
                if (postIndex == 7) {
                    likes = std::llround(reach) + 500; // more likes than reach: imported with a warning
                    ++d.likesAboveReach;
                }
                char when[40];
                std::snprintf(when, sizeof when,
                              rng.chance(0.5) ? "2025-%02d-%02d %02d:%02d:%02d" : "2025-%02d-%02dT%02d:%02d:%02dZ",
                              1 + static_cast<int>(rng.below(12)), 1 + static_cast<int>(rng.below(28)),
                              static_cast<int>(rng.below(24)), static_cast<int>(rng.below(60)),
                              static_cast<int>(rng.below(60)));
                posts << "p" << postIndex << "," << id << "," << when << "," << (rng.chance(0.5) ? "Warm-up" : "Launch")
                      << "," << (video ? "short video" : "image-text") << "," << std::llround(price) << ","
                      << (reach > 0 ? messyCount(rng, reach) : "0") << "," << likes << ","
                      << std::llround(0.02 * engagements) << "," << std::llround(0.13 * engagements) << "\n";
                ++d.postCount;
                ++d.postsPerChannel[ch.name];
            }
        }
    }
    return d;
}

} // namespace kol::test
