#include "DemoMarket.h"

#include "MarketAssumptions.h"
#include "base/Random.h"
#include "model/Scenario.h"
#include "model/Vocabulary.h"

#include <algorithm>
#include <cmath>

namespace kol {

namespace {
const char* const kCategories[] = {"beauty", "fashion", "food", "tech", "travel", "parenting", "fitness", "gaming"};

std::vector<std::string> splitFormats(const char* text)
{
    std::vector<std::string> out(1);
    for (const char* c = text; *c; ++c) {
        if (*c == '|') {
            out.emplace_back();
        } else {
            out.back() += *c;
        }
    }
    return out;
}

double roundTo(double v, double step)
{
    return std::round(v / step) * step;
}

Kol makeKol(Random& rng, int index, const std::vector<std::string>& channels)
{
    // Channel by its share of the catalog.
    double total = 0;
    for (const auto& c : channels) {
        total += channelProfile(c).kolShare;
    }
    double pick = rng.uniform() * total;
    std::string channel = channels.back();
    for (const auto& c : channels) {
        pick -= channelProfile(c).kolShare;
        if (pick < 0) {
            channel = c;
            break;
        }
    }
    const ChannelProfile& p = channelProfile(channel);
    Kol k;
    k.channel = channel;
    k.followers = static_cast<int64_t>(std::clamp(rng.logNormal(p.medianFollowers, p.followerSpread), 1000.0, 5e7));
    const double f = static_cast<double>(k.followers);
    // Big accounts carry more bought and dormant followers, and engage a smaller share of them.
    k.followerQuality = std::clamp(rng.normal(p.qualityMean, 0.1) - 0.03 * std::log10(f / 1e5), 0.2, 0.99);
    k.followerQuality = std::round(k.followerQuality * 1000) / 1000;
    k.interactionRate = std::clamp(rng.logNormal(p.medianInteraction, 0.45) * std::pow(f / 1e5, -0.12), 5e-4, 0.3);
    k.interactionRate = std::round(k.interactionRate * 1e5) / 1e5;
    k.category = kCategories[rng.below(8)];
    char id[32];
    std::snprintf(id, sizeof id, "K%05d", index + 1);
    k.id = id;
    k.name = channel + " " + k.category + " creator " + std::to_string(index + 1);
    // Prices grow as followers^0.85, with a premium for clean audiences and a personal spread.
    const std::vector<std::string> formats = splitFormats(p.formats);
    const double main
        = p.pricePerFollower * std::pow(f, 0.85) * (0.7 + 0.6 * k.followerQuality) * rng.logNormal(1.0, 0.25);
    for (size_t i = 0; i < formats.size(); ++i) {
        if (i > 0 && rng.chance(0.35)) {
            continue; // not every KOL offers every format
        }
        const double factor = formatPriceFactor(formats[i]) / formatPriceFactor(formats[0]);
        k.prices[formats[i]] = std::max(100.0, roundTo(main * factor, 10));
    }
    return k;
}

Post makePost(Random& rng, int index, const Kol& k, const std::vector<std::string>& phases)
{
    const ChannelProfile& p = channelProfile(k.channel);
    Post post;
    char id[32];
    std::snprintf(id, sizeof id, "P%06d", index + 1);
    post.id = id;
    post.kolId = k.id;
    post.date = Date{2025, 1, 1}.addDays(static_cast<long>(rng.below(365)));
    post.phase = phases[rng.below(phases.size())];
    // The main format most of the time.
    auto it = k.prices.begin();
    const std::vector<std::string> formats = splitFormats(p.formats);
    if (k.prices.count(formats[0]) && rng.chance(0.7)) {
        it = k.prices.find(formats[0]);
    } else {
        std::advance(it, static_cast<long>(rng.below(k.prices.size())));
    }
    post.format = it->first;
    post.price = roundTo(it->second * rng.uniform(0.85, 1.05), 10);

    const double f = static_cast<double>(k.followers);
    const double q = k.followerQuality;
    // Platforms throttle audiences that look bought; algorithmic feeds amplify engaging accounts;
    // live-commerce stars draw disproportionately large rooms. None of this is log-linear in
    // the KOL's attributes, which is why the performance model is a network.
    const double throttle = q < 0.55 ? 0.35 : 1.0;
    const double boost = std::pow(k.interactionRate / p.medianInteraction, p.feedBoost);
    const double liveStar = post.format == "live stream" ? std::pow(f / 1e5, 0.25) : 1.0;
    const double megaFatigue = std::pow(1.0 + f / 3e6, -0.35); // mega accounts reach a shrinking share
    const double expected = p.reachRate * std::pow(f, p.reachElasticity) * formatReachFactor(k.channel, post.format)
        * phaseReachFactor(k.channel, post.phase) * std::pow(0.35 + 0.65 * q, 1.5) * throttle * boost * liveStar
        * megaFatigue;
    double surprise = rng.logNormal(1.0, 0.3);
    if (rng.chance(0.02)) {
        surprise *= rng.uniform(3, 8); // a viral hit
    } else if (rng.chance(0.03)) {
        surprise *= rng.uniform(0.1, 0.3); // a flop
    }
    const double reach = std::max(10.0, expected * surprise);
    post.reach = static_cast<int64_t>(std::round(reach));
    const double formatEngagement = post.format == "live stream" ? 1.6 : (post.format == "image-text" ? 0.8 : 1.0);
    const double engagements = k.interactionRate * f * formatEngagement * std::pow(surprise, 0.7)
        * rng.logNormal(1.0, 0.3) * std::min(1.0, 2.0 * reach / std::max(1.0, f));
    post.likes = static_cast<int64_t>(std::round(engagements * 0.82));
    post.comments = static_cast<int64_t>(std::round(engagements * 0.07));
    post.shares = static_cast<int64_t>(std::round(engagements * 0.11));
    return post;
}
} // namespace

DemoMarket generateDemoMarket(const DemoOptions& options)
{
    const Vocabulary v = Vocabulary::defaults();
    Random rng(options.seed);
    DemoMarket market;
    market.kols.reserve(static_cast<size_t>(options.kols));
    for (int i = 0; i < options.kols; ++i) {
        market.kols.push_back(makeKol(rng, i, v.channels));
    }
    market.posts.reserve(static_cast<size_t>(options.posts));
    for (int i = 0; i < options.posts && !market.kols.empty(); ++i) {
        const Kol& k = market.kols[rng.below(market.kols.size())];
        market.posts.push_back(makePost(rng, i, k, v.phases));
    }
    return market;
}

} // namespace kol
