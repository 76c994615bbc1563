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

double formatEngagement(const std::string& format)
{
    return format == "live stream" ? 1.6 : (format == "image-text" ? 0.8 : 1.0);
}

Kol makeKol(Random& rng, int index, const std::vector<std::string>& channels, DemoCreator& creator)
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
    // A creator's pull (heavy-tailed: a few accounts travel much further than their followers)
    // and how engaging their posts are.
    const double q = k.followerQuality;
    // Where posts go to subscribers, only the real, active ones read them (reach grows with the
    // follower quality itself); feeds recommend beyond the followers, so quality matters less.
    const double active = p.feedBoost > 0 ? 0.35 + 0.65 * q : std::pow(q, 2.0);
    creator.reachPerFollower
        = p.reachPerFollower * std::pow(f / 1e5, p.reachElasticity - 1) * active * rng.logNormal(1.0, 0.6);
    creator.engagementPerView
        = std::clamp(p.engagementPerView * std::pow(f / 1e5, -0.08) * rng.logNormal(1.0, 0.4), 1e-4, 0.5);
    // The list's interaction rate is measured on a few past posts (noisy), and accounts whose
    // audience looks bought also buy engagement: their rate looks better than their reach is.
    const double bots = q < 0.55 ? 1.6 : 1.0;
    k.interactionRate
        = std::min(20.0, creator.reachPerFollower * creator.engagementPerView * bots * rng.logNormal(1.0, 0.35));
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

Post makePost(Random& rng, int index, const Kol& k, const DemoCreator& creator, const std::vector<std::string>& phases)
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
    if (rng.chance(0.01)) {
        return post; // taken down, or never measured: 0 reach and 0 engagements, as real exports have
    }
    const double expected = demoTypicalPost(k, creator, post.format, post.phase).reach;
    // Post to post, reach is heavy-tailed [T]: most posts near the creator's typical reach, a few
    // going viral (5 to 40 times), some flopping.
    double surprise = rng.logNormal(1.0, 0.7);
    if (rng.chance(0.03)) {
        surprise *= rng.uniform(5, 40);
    } else if (rng.chance(0.04)) {
        surprise *= rng.uniform(0.05, 0.3);
    }
    const double reach = std::max(10.0, expected * surprise);
    post.reach = static_cast<int64_t>(std::round(reach));
    const double engagements = reach * creator.engagementPerView * formatEngagement(post.format)
        * std::pow(surprise, 0.15) * rng.logNormal(1.0, 0.35);
    // Each channel's own mix of likes, comments and shares [T] [B].
    post.likes = static_cast<int64_t>(std::round(engagements * p.likeShare));
    post.comments = static_cast<int64_t>(std::round(engagements * p.commentShare));
    post.shares = static_cast<int64_t>(std::round(engagements * (1 - p.likeShare - p.commentShare)));
    return post;
}
} // namespace

DemoResponse demoTypicalPost(const Kol& k, const DemoCreator& creator, const std::string& format,
                             const std::string& phase)
{
    const ChannelProfile& p = channelProfile(k.channel);
    const double f = static_cast<double>(k.followers);
    // Live-commerce stars draw disproportionately large rooms; mega accounts reach a shrinking
    // share. None of this is log-linear in the KOL's attributes, which is why the performance
    // model is a network.
    // Platforms throttle the distribution of accounts whose audience looks bought.
    const double throttle = k.followerQuality < 0.55 ? 0.35 : 1.0;
    const double liveStar = format == "live stream" ? std::pow(f / 1e5, 0.25) : 1.0;
    const double megaFatigue = std::pow(1.0 + f / 3e6, -0.35);
    // Feeds show engaging creators more, channel by channel: not log-linear in the catalog's
    // attributes across channels, which is why the performance model is a network.
    const double boost = std::pow(creator.engagementPerView / p.engagementPerView, p.feedBoost);
    DemoResponse r;
    r.reach = f * creator.reachPerFollower * formatReachFactor(k.channel, format) * phaseReachFactor(k.channel, phase)
        * throttle * liveStar * megaFatigue * boost;
    r.engagements = r.reach * creator.engagementPerView * formatEngagement(format);
    return r;
}

DemoMarket generateDemoMarket(const DemoOptions& options)
{
    Vocabulary v = Vocabulary::defaults();
    if (!options.channels.empty()) {
        v.channels = options.channels;
    }
    if (!options.phases.empty()) {
        v.phases = options.phases;
    }
    Random rng(options.seed);
    DemoMarket market;
    std::vector<DemoCreator>& creators = market.creators;
    creators.assign(static_cast<size_t>(std::max(0, options.kols)), DemoCreator{});
    market.kols.reserve(creators.size());
    for (int i = 0; i < options.kols; ++i) {
        market.kols.push_back(makeKol(rng, i, v.channels, creators[static_cast<size_t>(i)]));
    }
    // How active each KOL is: heavy-tailed, so that most have a post or none and a few many, as in
    // public post sets (median posts per creator 1 [T]).
    std::vector<double> cumulative;
    double total = 0;
    for (size_t k = 0; k < market.kols.size(); ++k) {
        total += rng.logNormal(1.0, 2.0);
        cumulative.push_back(total);
    }
    market.posts.reserve(static_cast<size_t>(options.posts));
    for (int i = 0; i < options.posts && !market.kols.empty(); ++i) {
        const double at = rng.uniform() * total;
        const size_t k
            = static_cast<size_t>(std::lower_bound(cumulative.begin(), cumulative.end(), at) - cumulative.begin());
        const size_t kol = std::min(k, market.kols.size() - 1);
        market.posts.push_back(makePost(rng, i, market.kols[kol], creators[kol], v.phases));
    }
    return market;
}

} // namespace kol
