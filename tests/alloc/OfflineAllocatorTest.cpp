// The method `offline` as a planner runs it: the off-policy estimate (fitted Q evaluation) on
// synthetic logs whose value is known, its bootstrap interval, the support warnings, the stored
// mixture's round trip and refusal when damaged, and the hard constraints on random scenarios.
#include "alloc/OfflineAllocator.h"

#include "../market/MarketFixture.h"
#include "alloc/Constraints.h"
#include "alloc/OfflineEpisodes.h"
#include "base/Random.h"
#include "base/Text.h"

#include <cmath>
#include <gtest/gtest.h>
#include <numeric>

using namespace kol;
using kol::test::SmallMarket;

namespace {
// A log of `campaigns` past campaigns on the scenario's axes. Each spends a budget drawn from
// 0.5M-2M over the enabled cells in fixed shares (times a log-normal factor with sd `spread`,
// 0: the same plan every time); a cell's reach is 1,000 * sqrt(spend) times log-normal luck (sd
// 0.3), its engagements a twentieth of that.
CampaignHistory syntheticLog(const Scenario& s, int campaigns, double spread, uint64_t seed)
{
    Random rng(seed);
    const StrategyMatrix& m = s.matrix();
    CampaignHistory h;
    for (int k = 0; k < campaigns; ++k) {
        const double budget = spread > 0 ? std::exp(rng.uniform(std::log(5e5), std::log(2e6))) : 1e6;
        for (int p = 0; p < m.phaseCount(); ++p) {
            for (int c = 0; c < m.channelCount(); ++c) {
                for (int t = 0; t < m.tierCount(); ++t) {
                    if (!m.cell(c, p, t).enabled) {
                        continue;
                    }
                    const double factor = spread > 0 ? std::exp(spread * rng.normal()) : 1.0;
                    const double spend = budget / m.cellCount() * factor;
                    const double reach = 1000 * std::sqrt(spend) * std::exp(0.3 * rng.normal() - 0.045);
                    h.rows.push_back({"c" + std::to_string(k), m.phases()[static_cast<size_t>(p)],
                                      m.channels()[static_cast<size_t>(c)], m.tiers()[static_cast<size_t>(t)], spend,
                                      reach, reach / 20, std::nullopt, std::nullopt});
                }
            }
        }
    }
    return h;
}

double width(const OffPolicyEstimate& e)
{
    return e.high - e.low;
}
} // namespace

TEST(OfflineMethod, TheEstimateOfTheLoggedPlanIsTheLogsOwnAverage)
{
    // Every campaign ran the same plan: the only plan the support allows, and its value is the
    // log's mean reward, which the estimate must recover with the mean inside its interval.
    Scenario s = SmallMarket::get().scenario;
    s.budget = 1e6;
    const CampaignHistory log = syntheticLog(s, 400, 0, 7);
    auto r = trainOffline(log, s, {});
    ASSERT_TRUE(r) << r.error();
    const std::vector<OfflineEpisode> episodes = offlineEpisodes(log, s);
    double mean = 0;
    for (const OfflineEpisode& e : episodes) {
        mean += std::accumulate(e.reward.begin(), e.reward.end(), 0.0) / static_cast<double>(episodes.size());
    }
    EXPECT_NEAR(r->estimate.value, mean, 0.01 * mean) << "each half's mean, averaged";
    EXPECT_LE(r->estimate.low, mean);
    EXPECT_GE(r->estimate.high, mean);
    EXPECT_GT(r->estimate.standardError, 0);
    EXPECT_EQ(r->estimate.resamples, 100);
}

TEST(OfflineMethod, TheIntervalNarrowsAsTheLogGrows)
{
    Scenario s = SmallMarket::get().scenario;
    s.budget = 1e6;
    auto small = trainOffline(syntheticLog(s, 40, 0.4, 3), s, {});
    auto large = trainOffline(syntheticLog(s, 640, 0.4, 3), s, {});
    ASSERT_TRUE(small && large);
    EXPECT_GT(width(small->estimate), 0);
    // 16 times the campaigns: about a quarter of the width; at most half is asked.
    EXPECT_LT(width(large->estimate), 0.5 * width(small->estimate))
        << width(small->estimate) << " -> " << width(large->estimate);
}

TEST(OfflineMethod, APlanOutsideTheLogsSupportIsWarnedAbout)
{
    Scenario s = SmallMarket::get().scenario;
    s.budget = 1e6;
    const CampaignHistory log = syntheticLog(s, 50, 0.3, 5);
    const StrategyMatrix& m = s.matrix();
    double most = 0;
    for (const HistoryRow& row : log.rows) {
        most = std::max(most, row.spend);
    }
    // The log's own first campaign: within the support.
    std::vector<double> amounts(static_cast<size_t>(m.cellCount()), 0.0);
    for (const HistoryRow& row : log.rows) {
        if (row.campaign == "c0") {
            amounts[static_cast<size_t>(m.flatIndex(*m.find(row.channel, row.phase, row.tier)))] = row.spend;
        }
    }
    EXPECT_TRUE(offlineSupportWarnings(log, s, amounts).empty());
    amounts[0] = 2 * most;
    const auto warnings = offlineSupportWarnings(log, s, amounts);
    ASSERT_FALSE(warnings.empty());
    EXPECT_NE(warnings[0].find(m.cellName(m.indexOf(0)) + " gets "), std::string::npos) << warnings[0];
    EXPECT_NE(warnings[0].find("more than any past campaign put there"), std::string::npos) << warnings[0];
    // A budget far above anything logged is extrapolation too.
    std::vector<double> big(amounts.size(), 1e7);
    EXPECT_NE(offlineSupportWarnings(log, s, big)[0].find("outside what the past campaigns spent"), std::string::npos);
}

TEST(OfflineMethod, TheStoredMixtureRoundTripsAndADamagedOneIsRefused)
{
    Scenario s = SmallMarket::get().scenario;
    s.budget = 1e6;
    const CampaignHistory log = syntheticLog(s, 120, 0.4, 9);
    OfflineOptions o;
    o.iterations = 40;
    auto r = trainOffline(log, s, o);
    ASSERT_TRUE(r) << r.error();
    const StoredModel stored = offlineToStored(r.value(), s, log);
    auto back = offlineFromStored(stored, s.name);
    ASSERT_TRUE(back) << back.error();
    ASSERT_EQ(back->plans.size(), r->plans.size());
    EXPECT_EQ(back->iterations.size(), 40u);
    EXPECT_EQ(back->recommended, r->recommended);
    EXPECT_NEAR(back->recommendation.spend, r->recommendation.spend, 1e-6 * s.budget);
    for (size_t i = 0; i < r->plans.size(); ++i) {
        EXPECT_NEAR(back->weights[i], r->weights[i], 1e-6);
        for (size_t k = 0; k < r->plans[i].amounts.size(); ++k) {
            EXPECT_NEAR(back->plans[i].amounts[k], r->plans[i].amounts[k], 1e-6 * s.budget);
        }
    }
    EXPECT_NEAR(back->estimate.low, r->estimate.low, 1e-9);

    StoredModel damaged = stored;
    damaged.tensors["mixture"].values[0] = 0.2f; // the weights no longer add up to 1
    if (r->plans.size() == 1) {
        damaged.tensors["mixture"].values[0] = 2.0f;
    }
    EXPECT_FALSE(offlineFromStored(damaged, s.name));
    damaged = stored;
    damaged.tensors["plans"].values.pop_back();
    auto refused = offlineFromStored(damaged, "Spring");
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().find("the offline policy of scenario 'Spring' is damaged"), std::string::npos)
        << refused.error();
}

TEST(OfflineMethod, KeepsLocksBoundsSharesAndTheBudgetOnRandomScenarios)
{
    const Method method = offlineMethod();
    for (uint64_t seed = 1; seed <= 4; ++seed) {
        Random rng(seed);
        Scenario s = SmallMarket::get().scenario;
        s.budget = rng.uniform(300000, 1500000);
        StrategyMatrix& m = s.matrix();
        for (int i = 0; i < m.cellCount(); ++i) {
            MatrixCell& c = m.cell(m.indexOf(i));
            const double u = rng.uniform();
            if (u < 0.1) {
                c.enabled = false;
            } else if (u < 0.15) {
                c.locked = std::round(rng.uniform(0, 0.03) * s.budget);
            } else if (u < 0.3) {
                c.maxAmount = rng.uniform(0, 0.05) * s.budget;
            }
        }
        s.rules.channelShares["Xiaohongshu"] = {0.1, 0.5};
        MarketOptions options;
        options.history
            = std::make_shared<const CampaignHistory>(syntheticLog(SmallMarket::get().scenario, 80, 0.5, seed));
        const Market market = SmallMarket::get().market(s, options);
        auto c = Constraints::make(s, s.budget);
        ASSERT_TRUE(c) << c.error();
        auto stored = method.train(market, {});
        ASSERT_TRUE(stored) << stored.error();
        EXPECT_TRUE(method.policyFits(stored.value(), market));
        auto allocator = method.fromPolicy(stored.value(), market);
        ASSERT_TRUE(allocator) << allocator.error();
        for (double budget : {s.budget, 0.7 * s.budget}) { // the stored budget, and learned again at another
            AllocationOptions o;
            o.budget = budget;
            auto a = allocator.value()->allocate(market, o);
            ASSERT_TRUE(a) << a.error();
            auto at = Constraints::make(s, budget);
            ASSERT_TRUE(at);
            EXPECT_TRUE(at->feasible(a->amounts, amountTolerance(budget)));
            EXPECT_LE(std::accumulate(a->amounts.begin(), a->amounts.end(), 0.0), budget + amountTolerance(budget));
            bool described = false;
            for (const std::string& note : a->notes) {
                described = described || note.rfind("Offline: learned from 80 past campaigns", 0) == 0;
            }
            EXPECT_TRUE(described);
        }
    }
}

TEST(OfflineMethod, APolicyNoLongerFitsOnceTheHistoryChangesAndNoHistoryIsAClearError)
{
    const Scenario& s = SmallMarket::get().scenario;
    MarketOptions options;
    options.history = std::make_shared<const CampaignHistory>(syntheticLog(s, 30, 0.5, 2));
    const Method method = offlineMethod();
    auto stored = method.train(SmallMarket::get().market(s, options), {});
    ASSERT_TRUE(stored) << stored.error();
    options.history = std::make_shared<const CampaignHistory>(syntheticLog(s, 31, 0.5, 2));
    EXPECT_FALSE(method.policyFits(stored.value(), SmallMarket::get().market(s, options)));
    auto none = method.train(SmallMarket::get().market(s), {});
    ASSERT_FALSE(none);
    EXPECT_NE(none.error().find("no campaign history to learn from: import past campaigns"), std::string::npos);
}

TEST(OfflineMethod, TheEstimateOfAVariedLogRecoversAKnownRewardPhaseByPhase)
{
    // Varied actions, no luck: each cell reaches exactly 1,000 * sqrt(spend), which the Q-function's
    // features (each cell's square root of money) can represent, so fitted Q evaluation through
    // every phase must give the chosen plan's own reward sum.
    Scenario s = SmallMarket::get().scenario;
    s.budget = 1e6;
    CampaignHistory log = syntheticLog(s, 300, 0.5, 21);
    for (HistoryRow& row : log.rows) {
        row.reach = 1000 * std::sqrt(row.spend);
        row.engagements = row.reach / 20;
    }
    OfflineOptions o;
    o.ridge = 1e-7;
    o.pessimism = 0;
    o.iterations = 30;
    auto r = trainOffline(log, s, o);
    ASSERT_TRUE(r) << r.error();
    // The recommendation's reward at the log's medians, as offlineEpisodes values a campaign.
    CampaignHistory booked;
    const StrategyMatrix& m = s.matrix();
    for (int i = 0; i < m.cellCount(); ++i) {
        const double spend = r->recommendation.amounts[static_cast<size_t>(i)];
        if (spend > 0) {
            const CellIndex c = m.indexOf(i);
            booked.rows.push_back({"booked", m.phases()[static_cast<size_t>(c.phase)],
                                   m.channels()[static_cast<size_t>(c.channel)], m.tiers()[static_cast<size_t>(c.tier)],
                                   spend, 1000 * std::sqrt(spend), 50 * std::sqrt(spend), std::nullopt, std::nullopt});
        }
    }
    const auto episodes = offlineEpisodes(booked, s, &log);
    ASSERT_EQ(episodes.size(), 1u);
    const double truth = std::accumulate(episodes[0].reward.begin(), episodes[0].reward.end(), 0.0);
    EXPECT_NEAR(r->recommendation.value, truth, 0.01 * truth);
    EXPECT_TRUE(r->crossFitted);
}

TEST(OfflineMethod, DisabledCellsAreNotCampaignDataAndZerosDoNotBreakTheBudget)
{
    Scenario s = SmallMarket::get().scenario;
    s.budget = 1e6;
    // Money only in one channel, which the scenario disables: nothing to learn from.
    CampaignHistory log = syntheticLog(s, 40, 0.4, 4);
    const std::string channel = s.matrix().channels()[0];
    CampaignHistory only;
    for (const HistoryRow& row : log.rows) {
        if (row.channel == channel) {
            only.rows.push_back(row);
        }
    }
    Scenario closed = s;
    for (int p = 0; p < s.matrix().phaseCount(); ++p) {
        for (int t = 0; t < s.matrix().tierCount(); ++t) {
            closed.matrix().cell(0, p, t).enabled = false;
        }
    }
    auto refused = trainOffline(only, closed, {});
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().find("has 0 past campaign(s)"), std::string::npos) << refused.error();

    // Most cells reached nothing: the values stay in scale and the mixture keeps the budget.
    Random rng(5);
    for (HistoryRow& row : log.rows) {
        if (rng.chance(0.6)) {
            row.reach = 0;
            row.engagements = 0;
        }
    }
    auto r = trainOffline(log, s, {});
    ASSERT_TRUE(r) << r.error();
    double expected = 0;
    for (size_t i = 0; i < r->plans.size(); ++i) {
        expected += r->weights[i] * r->plans[i].spend;
        EXPECT_LT(std::abs(r->plans[i].value), 1e6);
    }
    EXPECT_LE(expected, s.budget * (1 + 1e-6));
    EXPECT_TRUE(r->withinBudget);
}

TEST(OfflineMethod, APolicyLearnedForOtherCellsOrWeightsIsLearnedAgain)
{
    Scenario s = SmallMarket::get().scenario;
    MarketOptions options;
    options.history = std::make_shared<const CampaignHistory>(syntheticLog(s, 60, 0.5, 6));
    const Method method = offlineMethod();
    auto stored = method.train(SmallMarket::get().market(s, options), {});
    ASSERT_TRUE(stored) << stored.error();
    // Other weights or enabled cells: the stored mixture still fits the axes and the history, and
    // the allocator learns again for the edited scenario on the spot.
    Scenario reweighted = s;
    reweighted.weights.reach = 0;
    EXPECT_TRUE(method.policyFits(stored.value(), SmallMarket::get().market(reweighted, options)));
    Scenario closed = s;
    closed.matrix().cell(0, 0, 0).enabled = false;
    const Market market = SmallMarket::get().market(closed, options);
    EXPECT_TRUE(method.policyFits(stored.value(), market));
    // The stored policy, handed the edited scenario anyway, learns for it instead of booking the old plan.
    auto allocator = method.fromPolicy(stored.value(), market);
    ASSERT_TRUE(allocator);
    auto a = allocator.value()->allocate(market, {});
    ASSERT_TRUE(a) << a.error();
    EXPECT_EQ(a->amounts[static_cast<size_t>(closed.matrix().flatIndex({0, 0, 0}))], 0.0);
    auto learned = trainOffline(*options.history, closed, {});
    ASSERT_TRUE(learned);
    bool same = false;
    for (const std::string& note : a->notes) {
        same = same || note.find("spend " + formatAmount(learned->recommendation.spend, 0) + ")") != std::string::npos;
    }
    EXPECT_TRUE(same) << "the notes describe the mixture learned for the edited scenario";
}

TEST(OfflineMethod, ADamagedStoredPolicyWithImpossibleNumbersIsRefused)
{
    Scenario s = SmallMarket::get().scenario;
    s.budget = 1e6;
    const CampaignHistory log = syntheticLog(s, 40, 0.4, 8);
    auto r = trainOffline(log, s, {});
    ASSERT_TRUE(r);
    const StoredModel stored = offlineToStored(r.value(), s, log);
    ASSERT_TRUE(offlineFromStored(stored, s.name));
    for (const char* key : {"campaigns", "resamples", "budget", "recommendation_spend"}) {
        StoredModel damaged = stored;
        damaged.numbers[key] = -1e30;
        EXPECT_FALSE(offlineFromStored(damaged, s.name)) << key;
        damaged.numbers.erase(key);
        EXPECT_FALSE(offlineFromStored(damaged, s.name)) << key;
    }
    StoredModel damaged = stored;
    damaged.tensors["recommendation"].values[0] += 1e5f; // no longer its spend
    auto refused = offlineFromStored(damaged, s.name);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().find("does not match"), std::string::npos) << refused.error();
    damaged = stored;
    damaged.tensors["mixture"].values[1] = 3e38f;
    EXPECT_FALSE(offlineFromStored(damaged, s.name));
}
