// Competing advertisers: the trading-post clearing rule, learning dynamics that land on a known
// equilibrium, and the market with rivals on a real demo market.
#include "alloc/Competition.h"

#include "../TestUtil.h"
#include "../market/MarketFixture.h"
#include "alloc/Constraints.h"

#include <cmath>
#include <gtest/gtest.h>
#include <numeric>

using namespace kol;
using kol::test::SmallMarket;

TEST(ClearCell, PricesRiseOnlyOnceTheMoneyExceedsTheInventory)
{
    CellClearing c = clearCell(100, {30, 10});
    EXPECT_DOUBLE_EQ(c.priceFactor, 1);
    EXPECT_DOUBLE_EQ(c.bought, 40);
    EXPECT_DOUBLE_EQ(c.shares[0], 0.75);
    c = clearCell(100, {150, 50});
    EXPECT_DOUBLE_EQ(c.priceFactor, 2);
    EXPECT_DOUBLE_EQ(c.bought, 100) << "the money buys the whole inventory and no more";
    EXPECT_DOUBLE_EQ(c.shares[1], 0.25);
    c = clearCell(100, {0, 0});
    EXPECT_DOUBLE_EQ(c.bought, 0);
}

namespace {
// Two advertisers, two KOLs (one cell each, inventory worth 1 value unit, list cost 0.01 so
// prices rise), budgets 1. Advertiser A values KOL 1's posts `w` times as much as KOL 2's, B the
// other way round. At the equilibrium each puts w / (w + 1) of its budget on its preferred KOL:
// with y = 1 - x by symmetry, A's first-order condition w (1 - x) = x.
class TwoKolGame : public CompetitiveGame
{
public:
    explicit TwoKolGame(double w)
        : m_w(w)
    {
    }
    int advertisers() const override { return 2; }
    int cells() const override { return 2; }
    double budget(int) const override { return 1; }
    bool mayBuy(int, int) const override { return true; }
    double utility(int a, const std::vector<std::vector<double>>& money) const override
    {
        double u = 0;
        for (int c = 0; c < 2; ++c) {
            const CellClearing clearing
                = clearCell(0.01, {money[0][static_cast<size_t>(c)], money[1][static_cast<size_t>(c)]});
            const double weight = (a == c) ? m_w : 1.0;
            u += weight * clearing.bought / 0.01 * clearing.shares[static_cast<size_t>(a)];
        }
        return u;
    }
    double m_w;
};
} // namespace

TEST(CompetitiveGame, TwoAdvertisersLearnTheKnownEquilibriumOfATwoKolMarket)
{
    for (const double w : {2.0, 3.0}) {
        TwoKolGame game(w);
        GameOptionsLearning o;
        o.iterations = 300;
        auto solved = learnEquilibrium(game, o);
        ASSERT_TRUE(solved) << solved.error();
        const double expected = w / (w + 1);
        EXPECT_NEAR(solved->money[0][0], expected, 0.02) << "w = " << w;
        EXPECT_NEAR(solved->money[1][1], expected, 0.02) << "w = " << w;
        ASSERT_FALSE(solved->history.empty());
        EXPECT_LT(solved->history.back().equilibriumGap, 0.005);
        EXPECT_GT(solved->history.front().equilibriumGap, solved->history.back().equilibriumGap);
        // The gap measure itself: at even spreads, each would gain by leaning to its favourite.
        const auto gains = bestResponseGains(game, {{0.5, 0.5}, {0.5, 0.5}});
        EXPECT_GT(gains[0], 0.01);
    }
}

TEST(MarketCompetition, RivalsCostEffectTheLearnedPlanKeepsTheRulesAndBadRivalsAreRefused)
{
    Scenario s = SmallMarket::get().scenario;
    s.matrix().cell(*s.matrix().find("Weibo", "Launch", "Head")).locked = 30000;
    s.matrix().cell(*s.matrix().find("WeChat", "Warm-up", "Mid")).enabled = false;
    // Capped cells: money the softmax gives them beyond their maximum goes elsewhere, not lost.
    for (const char* channel : {"Douyin", "Xiaohongshu"}) {
        for (const char* phase : {"Warm-up", "Launch", "Sustain"}) {
            s.matrix().cell(*s.matrix().find(channel, phase, "Head")).maxAmount = 20000;
        }
    }
    const Market market = SmallMarket::get().market(s);
    CompetitionOptions o;
    o.rivals = {{"Rival A", 800000, {"Douyin", "Xiaohongshu"}, 2.0}, {"Rival B", 400000, {"Bilibili"}, 3.0}};
    o.learning.iterations = kol::test::repeats(60, 30);
    o.learning.gapEvery = 10;
    auto r = playCompetition(market, o);
    ASSERT_TRUE(r) << r.error();
    ASSERT_EQ(r->advertisers.size(), 3u);
    auto c = Constraints::make(s, s.budget);
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->feasible(r->ourPlan, amountTolerance(s.budget))) << "locks, disabled cells, budget";
    EXPECT_GT(std::accumulate(r->ourPlan.begin(), r->ourPlan.end(), 0.0), 0.99 * s.budget)
        << "the whole budget is placed, capped cells' share going elsewhere";
    for (double e : r->effects) {
        EXPECT_TRUE(std::isfinite(e) && e > 0);
    }
    EXPECT_LT(r->effectContested, r->effectAlone) << "competition costs effect";
    EXPECT_LT(r->effectIgnoring, r->effectAlone);
    EXPECT_GE(r->effectContested, r->effectIgnoring - 1e-9) << "the alone plan is a candidate";
    EXPECT_EQ(r->keptAlonePlan, r->effectContested == r->effectIgnoring);
    ASSERT_GE(r->history.size(), 2u);
    EXPECT_LT(r->history.back().equilibriumGap, r->history.front().equilibriumGap);
    ASSERT_FALSE(r->contested.empty());
    EXPECT_GE(r->contested.front().rivalShare, 0.2);
    EXPECT_FALSE(r->contested.front().kols.empty());

    // Given plans are valued alone and against the learned rivals; one of another shape is refused.
    CompetitionOptions valued = o;
    valued.learning.iterations = 10;
    valued.plans = {r->ourPlan, std::vector<double>(r->ourPlan.size(), 0.0)};
    auto v = playCompetition(market, valued);
    ASSERT_TRUE(v) << v.error();
    ASSERT_EQ(v->plans.size(), 2u);
    EXPECT_LT(v->plans[0].againstRivals, v->plans[0].alone);
    EXPECT_GT(v->plans[0].againstRivals, 0);
    EXPECT_NEAR(v->plans[1].alone, 0, 1e-9);
    valued.plans.push_back({1.0, 2.0});
    EXPECT_NE(playCompetition(market, valued).error().find("has 2 cells"), std::string::npos);
    // A preferred channel the scenario does not have plays no part.
    CompetitionOptions elsewhere = o, nowhere = o;
    elsewhere.learning.iterations = nowhere.learning.iterations = 10;
    elsewhere.rivals[1].preferredChannels = {"Kuaishou-not-here"};
    nowhere.rivals[1].preferredChannels.clear();
    auto a = playCompetition(market, elsewhere), b = playCompetition(market, nowhere);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->effects, b->effects);
    CompetitionOptions bad = o;
    bad.rivals[0].budget = 0;
    EXPECT_NE(playCompetition(market, bad).error().find("Rival A"), std::string::npos);
    bad = o;
    bad.rivals[1].name = "Rival A";
    EXPECT_NE(playCompetition(market, bad).error().find("named twice"), std::string::npos);
    bad.rivals.clear();
    EXPECT_FALSE(playCompetition(market, bad));
}
