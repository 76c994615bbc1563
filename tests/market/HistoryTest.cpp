// What the post history supports: categories without (or with little) history borrow from the
// others with a wide band, and no prediction leaves the range the history shows.
#include "MarketFixture.h"
#include "market/PlanEvaluator.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

using namespace kol;
using kol::test::SmallMarket;

namespace {
// The demo's posts without those `drop` rejects, except the first `keep` of them.
std::vector<Post> without(const std::function<bool(const Post&, const Kol&)>& drop, size_t keep = 0)
{
    const DemoMarket& demo = SmallMarket::get().demo;
    std::map<std::string, const Kol*> kols;
    for (const auto& k : demo.kols) {
        kols[k.id] = &k;
    }
    std::vector<Post> out;
    size_t kept = 0;
    for (const auto& p : demo.posts) {
        if (!drop(p, *kols.at(p.kolId)) || kept++ < keep) {
            out.push_back(p);
        }
    }
    return out;
}

PerformanceModel fitOn(const std::vector<Post>& posts)
{
    FitOptions o;
    o.members = 2;
    o.epochs = 40;
    auto fit = fitPerformanceModel(SmallMarket::get().demo.kols, posts, Vocabulary::defaults(), o);
    EXPECT_TRUE(fit) << fit.error();
    return fit.take().model;
}

// Predictions for every KOL of `channel` in `phase` and its main format.
std::vector<Prediction> predictionsFor(const PerformanceModel& model, const std::string& channel,
                                       const std::string& phase, const std::string& format)
{
    std::vector<Prediction> out;
    const Vocabulary v = Vocabulary::defaults();
    for (const Kol& k : SmallMarket::get().demo.kols) {
        if (k.channel == channel) {
            out.push_back(model.predict(k, phase, format, v.tierFor(k.followers).value_or("")));
        }
    }
    return out;
}
} // namespace

TEST(HistorySupport, AChannelWithFivePostsGetsABandThatCoversWhatTheFullDataPredicts)
{
    const PerformanceModel& full = SmallMarket::get().fit.model;
    const PerformanceModel thin = fitOn(without([](const Post&, const Kol& k) { return k.channel == "Bilibili"; }, 5));
    EXPECT_EQ(thin.postsOf("channel", "Bilibili"), 5);
    const auto a = predictionsFor(full, "Bilibili", "Launch", "short video");
    const auto b = predictionsFor(thin, "Bilibili", "Launch", "short video");
    ASSERT_EQ(a.size(), b.size());
    ASSERT_GT(a.size(), 30u);
    int covered = 0;
    double wider = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        ASSERT_TRUE(std::isfinite(b[i].reach) && std::isfinite(b[i].logSdReach));
        const double lo = b[i].reach * std::exp(-b[i].logSdReach), hi = b[i].reach * std::exp(b[i].logSdReach);
        covered += a[i].reach >= lo && a[i].reach <= hi ? 1 : 0;
        wider += b[i].logSdReach - a[i].logSdReach;
    }
    const double share = static_cast<double>(covered) / static_cast<double>(a.size());
    std::printf("5 Bilibili posts: the band covers the full-data prediction for %.0f%% of %zu KOLs\n", 100 * share,
                a.size());
    EXPECT_GE(share, 0.9);
    EXPECT_GT(wider / static_cast<double>(a.size()), 0.1) << "the thin channel's band is wider";
}

TEST(HistorySupport, ChannelsFormatsAndPhasesWithoutPostsBorrowAndStayFinite)
{
    const PerformanceModel model = fitOn(without([](const Post& p, const Kol& k) {
        return k.channel == "Bilibili" || p.format == "live stream" || p.phase == "Sustain";
    }));
    EXPECT_EQ(model.postsOf("channel", "Bilibili"), 0);
    EXPECT_EQ(model.postsOf("format", "live stream"), 0);
    EXPECT_EQ(model.postsOf("phase", "Sustain"), 0);
    const PerformanceModel& full = SmallMarket::get().fit.model;
    // Without history a category is predicted as the post-weighted average of its kind: within
    // the range of what the known categories predict for the same KOL.
    const Vocabulary v = Vocabulary::defaults();
    for (const Kol& k : SmallMarket::get().demo.kols) {
        if (k.channel != "Douyin" || !k.prices.count("live stream")) {
            continue;
        }
        const std::string tier = v.tierFor(k.followers).value_or("");
        const Prediction live = model.predict(k, "Launch", "live stream", tier);
        const Prediction video = model.predict(k, "Launch", "short video", tier);
        const Prediction sustain = model.predict(k, "Sustain", "short video", tier);
        ASSERT_TRUE(std::isfinite(live.reach) && std::isfinite(sustain.reach));
        EXPECT_LT(live.reach, 50 * std::max(1.0, full.predict(k, "Launch", "live stream", tier).reach));
        EXPECT_GT(live.logSdReach, video.logSdReach) << "the unknown format's band is wider";
        EXPECT_GT(sustain.reach, 0.1 * video.reach);
        EXPECT_LT(sustain.reach, 10 * video.reach);
    }
    // A live-stream-only scenario on a Bilibili-without-posts market plans with finite figures.
    Scenario s = SmallMarket::get().scenario;
    s.formats = {"live stream"};
    auto market = Market::build(s, SmallMarket::get().demo.kols, model, v);
    ASSERT_TRUE(market) << market.error();
    const std::vector<double> amounts = templateAmounts(s, s.budget);
    const PlanOutcome o = PlanEvaluator(market.value()).evaluate(amounts);
    EXPECT_TRUE(std::isfinite(o.effect) && std::isfinite(o.reach));
    EXPECT_LT(o.reach, 1e9) << "no 1e17 reach for a million";
    bool warned = false;
    for (const auto& w : market->warnings()) {
        warned = warned || w.find("content format live stream has no post history") != std::string::npos;
    }
    EXPECT_TRUE(warned);
}

TEST(HistorySupport, PredictionsStayWithinWhatTheHistoryShowsAndNonFiniteOnesAreRefused)
{
    PerformanceModel model = SmallMarket::get().fit.model;
    ASSERT_FALSE(model.support.empty());
    for (auto& member : model.members) {
        member.back().bias.array() += 40.0f; // a model that predicts absurd reach for everyone
    }
    const Vocabulary v = Vocabulary::defaults();
    int capped = 0;
    for (const Kol& k : SmallMarket::get().demo.kols) {
        const Prediction p = model.predict(k, "Launch", k.prices.begin()->first, v.tierFor(k.followers).value_or(""));
        ASSERT_TRUE(std::isfinite(p.reach));
        EXPECT_LT(p.reach / static_cast<double>(k.followers), 1000) << k.id;
        capped += p.capped ? 1 : 0;
    }
    EXPECT_EQ(capped, static_cast<int>(SmallMarket::get().demo.kols.size()));
    auto market = Market::build(SmallMarket::get().scenario, SmallMarket::get().demo.kols, model, v);
    ASSERT_TRUE(market) << market.error();
    bool warned = false;
    for (const auto& w : market->warnings()) {
        warned = warned || w.find("were brought within the reach and engagements per follower") != std::string::npos;
    }
    EXPECT_TRUE(warned);

    model.members.front().back().bias(0) = std::nanf("");
    auto broken = Market::build(SmallMarket::get().scenario, SmallMarket::get().demo.kols, model, v);
    ASSERT_FALSE(broken);
    EXPECT_NE(broken.error().find("predicts no finite reach for KOL 'K"), std::string::npos) << broken.error();
}
