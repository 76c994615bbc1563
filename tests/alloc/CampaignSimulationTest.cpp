// Simulated campaigns on a demo market's truth (the running-campaign issue, item 3): the
// surprise is the post history's own, a campaign without surprise realises its plan's true
// effect, and re-planning after each phase keeps what was booked and the budget.
#include "market/CampaignSimulation.h"

#include "../market/MarketFixture.h"
#include "alloc/Allocator.h"
#include "alloc/CampaignStatesEnv.h"
#include "market/PlanEvaluator.h"

#include <cmath>
#include <gtest/gtest.h>
#include <memory>

using namespace kol;
using kol::test::SmallMarket;

namespace {
std::shared_ptr<const MarketTruth> smallTruth()
{
    auto truth = std::make_shared<MarketTruth>();
    const DemoMarket& demo = SmallMarket::get().demo;
    for (size_t k = 0; k < demo.kols.size(); ++k) {
        truth->creators[demo.kols[k].id] = demo.creators[k];
    }
    return truth;
}

struct TruthMarkets
{
    std::shared_ptr<const MarketTruth> truth = smallTruth();
    Market planner = SmallMarket::get().market(options(false));
    Market atTruth = SmallMarket::get().market(options(true));

    MarketOptions options(bool planOnTruth) const
    {
        MarketOptions o;
        o.truth = truth;
        o.planOnTruth = planOnTruth;
        return o;
    }
};

const TruthMarkets& markets()
{
    static const TruthMarkets instance;
    return instance;
}

Result<std::vector<double>> optimalPlan(const Market& market)
{
    auto plan = makeAllocator("optimal")->allocate(market, {});
    if (!plan) {
        return plan.status();
    }
    return plan->amounts;
}

} // namespace

TEST(CampaignSimulation, TheSurpriseIsCalibratedToTheHistorysResiduals)
{
    const DemoMarket& demo = SmallMarket::get().demo;
    const auto surprise = PostSurprise::calibrate(demo.kols, demo.posts, *markets().truth);
    ASSERT_TRUE(surprise) << surprise.error();
    const PostSurprise::Spread all = surprise->spread().back();
    EXPECT_EQ(all.channel, "");
    EXPECT_EQ(all.posts, static_cast<int>(demo.posts.size())) << "every post of a generated KOL is a residual";
    // The generator's post-to-post surprise (DemoMarket.cpp): median 1, log spread 0.7 with 3%
    // viral hits (5-40x) and 4% flops (0.05-0.3x).
    EXPECT_NEAR(all.median, 1.0, 0.1);
    EXPECT_GT(all.mean, 1.3 * all.median) << "heavy-tailed: the viral hits pull the mean up";
    EXPECT_GT(all.viralShare, 0.02);
    EXPECT_LT(all.viralShare, 0.08);
    EXPECT_GT(all.flopShare, 0.04);
    EXPECT_NEAR(all.logSpread, 1.0, 0.35);
    // A draw is one of the residuals: the same uniform gives the same surprise.
    const Surprise a = surprise->draw("Douyin", 0.37), b = surprise->draw("Douyin", 0.37);
    EXPECT_EQ(a.reach, b.reach);
    EXPECT_EQ(a.engagements, b.engagements);

    const MarketTruth nobody;
    const auto refused = PostSurprise::calibrate(demo.kols, demo.posts, nobody);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().find("only demo projects"), std::string::npos) << refused.error();
}

TEST(CampaignSimulation, WithoutSurpriseACampaignRealisesItsPlansTrueEffect)
{
    const PostSurprise calm = PostSurprise::none();
    EXPECT_EQ(calm.draw("Douyin", 0.9).reach, 1.0);
    const auto plan = optimalPlan(markets().planner);
    ASSERT_TRUE(plan) << plan.error();
    const auto trueEffect = PlanEvaluator(markets().planner).trueEffect(*plan, markets().atTruth);
    ASSERT_TRUE(trueEffect);
    const auto run = simulateCampaign(markets().planner, markets().atTruth, calm, optimalPlan, CampaignLoop::Open, 1);
    ASSERT_TRUE(run) << run.error();
    EXPECT_NEAR(run->effect, *trueEffect, 1e-3 * *trueEffect)
        << "a campaign whose posts reach their typical post is worth the plan's true effect";
    EXPECT_EQ(run->amounts, *plan);
}

TEST(CampaignSimulation, ReplanningAfterEachPhaseKeepsWhatWasBookedAndTheBudget)
{
    const DemoMarket& demo = SmallMarket::get().demo;
    const auto surprise = PostSurprise::calibrate(demo.kols, demo.posts, *markets().truth);
    ASSERT_TRUE(surprise) << surprise.error();
    const double budget = markets().planner.scenario().budget;
    for (uint64_t seed : {3u, 4u}) {
        const auto open
            = simulateCampaign(markets().planner, markets().atTruth, *surprise, optimalPlan, CampaignLoop::Open, seed);
        const auto closed = simulateCampaign(markets().planner, markets().atTruth, *surprise, optimalPlan,
                                             CampaignLoop::Closed, seed);
        ASSERT_TRUE(open) << open.error();
        ASSERT_TRUE(closed) << closed.error();
        EXPECT_LE(closed->spend, budget + 1e-6);
        EXPECT_GT(closed->spend, 0.8 * budget);
        EXPECT_EQ(closed->planSeconds.size(), 3u) << "a plan, then one per later phase";
        EXPECT_EQ(closed->marketSeconds.size(), 2u);
        // The first phase is the same plan with the same luck; the re-plans start from it.
        std::vector<std::string> openFirst, closedFirst;
        for (const auto* run : {&*open, &*closed}) {
            auto& ids = run == &*open ? openFirst : closedFirst;
            for (const ActualPost& p : run->actuals.posts) {
                if (p.phase == "Warm-up") {
                    ids.push_back(p.kolId + "/" + std::to_string(p.reach));
                }
            }
        }
        EXPECT_EQ(openFirst, closedFirst);
        // The finished Warm-up stays at what it spent in the last plan.
        const std::vector<double> spent = closed->actuals.cellSpend(markets().planner.scenario());
        const StrategyMatrix& m = markets().planner.scenario().matrix();
        for (int cell = 0; cell < m.cellCount(); ++cell) {
            if (m.indexOf(cell).phase == 0) {
                EXPECT_EQ(closed->amounts[static_cast<size_t>(cell)], spent[static_cast<size_t>(cell)]);
            }
        }
        EXPECT_TRUE(std::isfinite(open->effect) && open->effect > 0);
        EXPECT_TRUE(std::isfinite(closed->effect) && closed->effect > 0);
    }
    // Another campaign meets other luck.
    const auto a
        = simulateCampaign(markets().planner, markets().atTruth, *surprise, optimalPlan, CampaignLoop::Open, 1);
    const auto b
        = simulateCampaign(markets().planner, markets().atTruth, *surprise, optimalPlan, CampaignLoop::Open, 2);
    ASSERT_TRUE(a && b);
    EXPECT_NE(a->effect, b->effect);
}

TEST(CampaignSimulation, OnlyADemoMarketCanBeSimulated)
{
    const Market plain = SmallMarket::get().market();
    const auto plan = optimalPlan(plain);
    ASSERT_TRUE(plan);
    const auto refused = realisePhase(plain, *plan, 0, PostSurprise::none(), 1);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().find("no truth"), std::string::npos) << refused.error();
}

TEST(CampaignSimulation, RealisedStatesStartTheEpisodeInTheMiddleOfACampaign)
{
    const DemoMarket& demo = SmallMarket::get().demo;
    const auto luck = PostSurprise::calibrate(demo.kols, demo.posts, *markets().truth);
    ASSERT_TRUE(luck) << luck.error();
    auto states = realisedCampaignStates(markets().planner, *luck, 4, 9);
    ASSERT_TRUE(states) << states.error();
    ASSERT_EQ(states->size(), 4u);
    const StrategyMatrix& m = markets().planner.scenario().matrix();
    for (size_t k = 0; k < states->size(); ++k) {
        const Market& state = (*states)[k];
        const int finished = 1 + static_cast<int>(k) % (m.phaseCount() - 1);
        ASSERT_TRUE(state.actuals());
        const std::vector<double> spent = state.actuals()->cellSpend(state.scenario());
        for (int cell = 0; cell < m.cellCount(); ++cell) {
            const MatrixCell& c = state.scenario().matrix().cell(m.indexOf(cell));
            if (m.indexOf(cell).phase < finished) {
                ASSERT_TRUE(c.locked.has_value()) << "state " << k << " cell " << cell;
                EXPECT_EQ(*c.locked, spent[static_cast<size_t>(cell)]);
            } else {
                EXPECT_FALSE(c.locked.has_value()) << "state " << k << " cell " << cell;
            }
        }
    }
    const auto again = realisedCampaignStates(markets().planner, *luck, 4, 9);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->back().actuals()->spend(), states->back().actuals()->spend()) << "reproducible by seed";
    const auto running = realisedCampaignStates(again->front(), *luck, 2, 1);
    ASSERT_FALSE(running) << "a market that already holds actuals is not simulated from its start again";
    EXPECT_NE(running.error().find("already runs with recorded actuals"), std::string::npos) << running.error();

    // Episodes start on the plain market or a realised state; the finished cells keep their spend.
    AllocationEnv::Options o;
    CampaignStatesEnv env(markets().planner, states.take(), o);
    Random rng(5);
    std::vector<float> state(static_cast<size_t>(env.stateSize()));
    const float zero = 0;
    for (int episode = 0; episode < 40; ++episode) {
        env.reset(rng, state.data());
        bool done = false;
        while (!done) {
            EXPECT_TRUE(std::isfinite(env.step(&zero, state.data(), done)));
        }
    }
    EXPECT_GT(env.plainEpisodes(), 5);
    EXPECT_GT(env.realisedEpisodes(), 5);

    Scenario onePhase = markets().planner.scenario();
    onePhase.setPhases({onePhase.phases().front()});
    const auto refused
        = realisedCampaignStates(SmallMarket::get().market(onePhase, markets().options(false)), *luck, 2, 1);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().find("at least two phases"), std::string::npos) << refused.error();
}
