// A running campaign (the running-campaign issue): re-planning keeps the finished phases at what
// they spent, the actual results feed the carry-over exactly as the evaluator defines it, and the
// later phases' predictions are corrected by the stated shrunk ratio.
#include "../market/MarketFixture.h"
#include "alloc/Allocator.h"
#include "market/PlanEvaluator.h"
#include "model/CampaignActuals.h"

#include <cmath>
#include <gtest/gtest.h>
#include <numeric>

using namespace kol;
using kol::test::SmallMarket;

namespace {
// The Warm-up of `optimal`'s plan as booked, each post's reach and engagements `factor` times the
// model's prediction.
CampaignActuals warmUpAsBooked(const Market& market, double factor)
{
    const auto plan = makeAllocator("optimal")->allocate(market, {});
    EXPECT_TRUE(plan) << plan.error();
    const StrategyMatrix& m = market.scenario().matrix();
    CampaignActuals a;
    for (int cell = 0; cell < m.cellCount(); ++cell) {
        const CellIndex idx = m.indexOf(cell);
        if (idx.phase != 0) {
            continue;
        }
        for (const CurveOption& o : market.curve(cell).choose(plan->amounts[static_cast<size_t>(cell)])) {
            a.posts.push_back(ActualPost{
                m.phases()[0], m.channels()[static_cast<size_t>(idx.channel)], m.tiers()[static_cast<size_t>(idx.tier)],
                market.kols()[static_cast<size_t>(o.kol)].id, market.formats()[static_cast<size_t>(o.format)], o.price,
                factor * o.reach, factor * o.engagements});
        }
    }
    EXPECT_FALSE(a.empty());
    return a;
}

Market campaign(const CampaignActuals& a)
{
    const Scenario locked = lockedAtActuals(SmallMarket::get().scenario, a);
    auto built = SmallMarket::get().market(locked).withActuals(a);
    EXPECT_TRUE(built) << built.error();
    return built.take();
}
} // namespace

TEST(Campaign, ReplanningKeepsTheFinishedPhaseAndTheMoneySpent)
{
    const CampaignActuals a = warmUpAsBooked(SmallMarket::get().market(), 1.0);
    const Market market = campaign(a);
    const std::vector<double> spent = a.cellSpend(market.scenario());
    const double budget = market.scenario().budget;
    for (const char* method : {"template", "greedy", "optimal"}) {
        const auto plan = makeAllocator(method)->allocate(market, {});
        ASSERT_TRUE(plan) << method << ": " << plan.error();
        double later = 0;
        for (int cell = 0; cell < market.cellCount(); ++cell) {
            const double amount = plan->amounts[static_cast<size_t>(cell)];
            if (market.scenario().matrix().indexOf(cell).phase == 0) {
                EXPECT_EQ(amount, spent[static_cast<size_t>(cell)]) << method << " cell " << cell;
                EXPECT_EQ(plan->outcome.cells[static_cast<size_t>(cell)].spend,
                          static_cast<float>(spent[static_cast<size_t>(cell)]))
                    << method << ": a finished cell spends what it did";
            } else {
                later += amount;
            }
        }
        EXPECT_LE(later, budget - a.spend() + 1e-6) << method << ": only the money left";
        EXPECT_GE(later, 0.9 * (budget - a.spend())) << method << ": the money left is planned";
    }
}

TEST(Campaign, ActualResultsFeedTheCarryOverAsTheEvaluatorDefinesIt)
{
    const Market plain = SmallMarket::get().market();
    double launchLift[2] = {0, 0};
    for (int k = 0; k < 2; ++k) {
        const CampaignActuals a = warmUpAsBooked(plain, k == 0 ? 0.5 : 2.0);
        const Market market = campaign(a);
        const StrategyMatrix& m = market.scenario().matrix();
        const auto plan = makeAllocator("optimal")->allocate(market, {});
        ASSERT_TRUE(plan) << plan.error();
        const PlanOutcome& o = plan->outcome;
        const int douyin = 0, np = m.phaseCount(), nt = m.tierCount();
        // Warm-up: each cell's value is what its posts reached (saturated), its lift 1; Launch's
        // lift is 1 + carry-over x (1 - exp(-Warm-up's value / (awareness scale x capacity))).
        double warmUp = 0, ratioWarmUp = 0, ratioLaunch = 0;
        for (int t = 0; t < nt; ++t) {
            const CellOutcome& w = o.cells[static_cast<size_t>((douyin * np + 0) * nt + t)];
            const CellOutcome& l = o.cells[static_cast<size_t>((douyin * np + 1) * nt + t)];
            warmUp += w.value;
            ratioWarmUp = w.value > 0 ? w.effect / w.value : ratioWarmUp;
            ratioLaunch = l.value > 0 ? l.effect / l.value : ratioLaunch;
            const CellCurve::Point* fixed = market.fixedPoint((douyin * np + 0) * nt + t);
            ASSERT_NE(fixed, nullptr);
            EXPECT_NEAR(w.value,
                        market.cellCapacity((douyin * np) * nt + t)
                            * (1 - std::exp(-fixed->value / market.cellCapacity((douyin * np) * nt + t))),
                        1e-6 * (1 + w.value));
        }
        ASSERT_GT(ratioWarmUp, 0);
        ASSERT_GT(ratioLaunch, 0);
        const MarketOptions& mo = market.options();
        const double expected
            = 1 + mo.carryOver * (1 - std::exp(-warmUp / (mo.awarenessScale * market.channelCapacity(douyin))));
        launchLift[k] = ratioLaunch / ratioWarmUp;
        EXPECT_NEAR(launchLift[k], expected, 1e-6);
    }
    EXPECT_GT(launchLift[1], launchLift[0]) << "a Warm-up that reached more lifts Launch more";
}

TEST(Campaign, LaterPredictionsAreCorrectedByTheShrunkGeometricMeanRatioOfActualToPredicted)
{
    const Market plain = SmallMarket::get().market();
    const CampaignActuals a = warmUpAsBooked(plain, 2.0);
    const Market market = campaign(a);
    const Scenario& s = market.scenario();
    const StrategyMatrix& m = s.matrix();
    // Per channel and per KOL: the summed log ratio of actual to predicted value of its posts
    // (each ratio kept within 1/4..4) and how many posts.
    std::map<std::string, std::pair<double, int>> channel, kol;
    for (const ActualPost& p : a.posts) {
        const int cell = m.flatIndex(*m.find(p.channel, p.phase, p.tier));
        for (const auto& group : plain.curve(cell).options()) {
            for (const CurveOption& o : group) {
                const Kol& k = plain.kols()[static_cast<size_t>(o.kol)];
                if (k.id == p.kolId && plain.formats()[static_cast<size_t>(o.format)] == p.format && o.value > 0) {
                    const double actual = plain.compositeScore(k, p.reach, p.engagements, p.spend, p.phase, p.format);
                    const double logRatio = std::log(std::clamp(actual / o.value, 0.25, 4.0));
                    for (auto* t : {&channel[p.channel], &kol[p.kolId]}) {
                        t->first += logRatio;
                        ++t->second;
                    }
                }
            }
        }
    }
    ASSERT_FALSE(kol.empty());
    int checked = 0;
    for (int cell = 0; cell < m.cellCount(); ++cell) {
        if (m.indexOf(cell).phase != 1) {
            continue;
        }
        const std::string& ch = m.channels()[static_cast<size_t>(m.indexOf(cell).channel)];
        const auto& before = plain.curve(cell).options();
        const auto& after = market.curve(cell).options();
        ASSERT_EQ(before.size(), after.size());
        for (size_t g = 0; g < before.size(); ++g) {
            const std::string& id = plain.kols()[static_cast<size_t>(before[g][0].kol)].id;
            const auto c = channel.find(ch);
            const double channelLog = c == channel.end() ? 0.0 : c->second.first / (c->second.second + 10);
            double r = std::exp(channelLog);
            if (const auto k = kol.find(id); k != kol.end()) {
                r = std::exp((k->second.first + 3 * channelLog) / (k->second.second + 3));
                ++checked;
            }
            EXPECT_NEAR(after[g][0].value, before[g][0].value * r, 1e-9 * (1 + before[g][0].value)) << id;
        }
    }
    EXPECT_GT(checked, 0) << "some booked KOLs are offered again in Launch";
    // Without the correction the later phases keep the model's predictions.
    auto uncorrected = SmallMarket::get().market(lockedAtActuals(SmallMarket::get().scenario, a)).withActuals(a, false);
    ASSERT_TRUE(uncorrected) << uncorrected.error();
    for (int cell = 0; cell < m.cellCount(); ++cell) {
        if (m.indexOf(cell).phase == 1 && !plain.curve(cell).options().empty()) {
            EXPECT_EQ(uncorrected->curve(cell).options()[0][0].value, plain.curve(cell).options()[0][0].value);
        }
    }
}
