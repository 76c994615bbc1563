// The A/B test methods on problems with known answers: stationary markets whose best variant is
// known, a switch of the best variant that the memory estimator must follow, and the stopping rule.
#include "abtest/AbMethods.h"

#include "abtest/AbActorCritic.h"
#include "abtest/AbFeatures.h"
#include "abtest/AbSimulator.h"
#include "abtest/AbStats.h"

#include <gtest/gtest.h>

using namespace kol;

namespace {
// A test of `rates.size()` segments and `rates[0].size()` variants, without results.
AbTest emptyTest(const std::vector<std::vector<double>>& rates)
{
    AbTest t;
    t.name = "known";
    for (size_t v = 0; v < rates.front().size(); ++v) {
        t.variants.push_back({std::string(1, static_cast<char>('A' + v)), "headline", "", "", ""});
    }
    const char* channels[] = {"Douyin", "Xiaohongshu", "Bilibili"};
    for (size_t s = 0; s < rates.size(); ++s) {
        t.segments.push_back({"segment " + std::to_string(s + 1), channels[s % 3], "", s % 2 ? "18-24" : "25-34", {}});
    }
    return t;
}

// Plays `rounds` rounds of `method` at `ratesAt(round)`; returns the test with every round.
AbTest play(const std::string& method, int rounds, const std::function<std::vector<std::vector<double>>(int)>& ratesAt,
            const AbOptions& options = {}, int64_t impressions = 2000, std::vector<AbRecommendation>* steps = nullptr)
{
    AbTest t = emptyTest(ratesAt(1));
    Random random(99);
    for (int round = 1; round <= rounds; ++round) {
        AbOptions o = options;
        o.seed = 1000 + static_cast<uint64_t>(round);
        auto r = recommendAb(t, method, o);
        EXPECT_TRUE(r) << r.error();
        if (steps) {
            steps->push_back(r.value());
        }
        const auto rates = ratesAt(round);
        for (size_t s = 0; s < t.segments.size(); ++s) {
            for (size_t v = 0; v < t.variants.size(); ++v) {
                const auto n
                    = static_cast<int64_t>(std::llround(r->cells[s][v].share * static_cast<double>(impressions)));
                if (n > 0) {
                    const int64_t clicks = ab::binomialDraw(random, n, rates[s][v]);
                    t.results.push_back({round, t.variants[v].name, t.segments[s].name, n, clicks, clicks / 10});
                }
            }
        }
    }
    return t;
}

const std::vector<std::vector<double>> kStationary
    = {{0.020, 0.030, 0.045}, {0.050, 0.030, 0.020}, {0.030, 0.042, 0.025}};
const size_t kBest[] = {2, 0, 1};
} // namespace

TEST(AbStats, IntervalsAndDrawsHaveTheirKnownValues)
{
    const auto [lo, hi] = ab::wilsonInterval(0, 10);
    EXPECT_NEAR(lo, 0, 1e-12);
    EXPECT_NEAR(hi, 0.2775, 1e-4); // Wilson's upper bound for 0 of 10
    const auto [lo2, hi2] = ab::wilsonInterval(50, 100);
    EXPECT_NEAR(lo2, 0.4038, 1e-4);
    EXPECT_NEAR(hi2, 0.5962, 1e-4);
    EXPECT_NEAR(ab::twoProportionPValue(30, 1000, 30, 1000), 1.0, 1e-12);
    EXPECT_LT(ab::twoProportionPValue(20, 1000, 45, 1000), 0.01);
    Random random(5);
    double beta = 0, small = 0, large = 0;
    for (int k = 0; k < 20000; ++k) {
        beta += ab::betaDraw(random, 3, 7) / 20000;
        small += static_cast<double>(ab::binomialDraw(random, 200, 0.03)) / 20000;
        large += static_cast<double>(ab::binomialDraw(random, 100000, 0.3)) / 20000;
    }
    EXPECT_NEAR(beta, 0.3, 0.005);
    EXPECT_NEAR(small, 6, 0.1);
    EXPECT_NEAR(large, 30000, 10);
}

TEST(AbMethods, ThompsonSamplingAndLinUcbFindTheKnownBestVariantOfEachSegment)
{
    for (const std::string method : {"thompson", "linucb"}) {
        std::vector<AbRecommendation> steps;
        const AbTest t = play(
            method, 25, [](int) { return kStationary; }, {}, 2000, &steps);
        auto last = recommendAb(t, method);
        ASSERT_TRUE(last) << last.error();
        for (size_t s = 0; s < 3; ++s) {
            const AbCell& best = last->cells[s][kBest[s]];
            EXPECT_GT(best.probBest, 0.9) << method << " segment " << s;
            EXPECT_GE(best.share, method == "linucb" ? 0.9 - 1e-9 : 0.8) << method << " segment " << s;
            EXPECT_LT(best.low, best.high) << method;
        }
        // Adaptive: the later rounds show the best variant far more than an even split would.
        double shown = 0, all = 0;
        for (const AbResult& r : t.results) {
            if (r.round > 10) {
                const int s = t.segmentIndex(r.segment);
                shown += t.variantIndex(r.variant) == static_cast<int>(kBest[s]) ? static_cast<double>(r.impressions)
                                                                                 : 0.0;
                all += static_cast<double>(r.impressions);
            }
        }
        EXPECT_GT(shown / all, 0.75) << method;
    }
}

TEST(AbMethods, TheFixedSplitStopsOnlyWhenTheLeaderIsSignificantlyBetter)
{
    AbOptions o;
    o.minImpressions = 1000;
    std::vector<AbRecommendation> steps;
    play(
        "fixed", 6,
        [](int) {
            return std::vector<std::vector<double>>{{0.02, 0.04}};
        },
        o, 3000, &steps);
    ASSERT_EQ(steps.size(), 6u);
    EXPECT_DOUBLE_EQ(steps[0].cells[0][0].share, 0.5) << "an even split until the test may stop";
    EXPECT_DOUBLE_EQ(steps.back().cells[0][1].share, 1.0) << "B (4%) wins over A (2%)";
    ASSERT_FALSE(steps.back().notes.empty());
    steps.clear();
    play(
        "fixed", 6,
        [](int) {
            return std::vector<std::vector<double>>{{0.03, 0.03}};
        },
        o, 3000, &steps);
    for (const auto& r : steps) {
        EXPECT_DOUBLE_EQ(r.cells[0][0].share, 0.5) << "equal variants never stop the test at round " << r.nextRound;
    }
}

TEST(AbMethods, TheMemoryEstimatorFollowsASwitchOfTheBestVariantWithinFourRounds)
{
    // From round 16 on, A and B swap: B (5%) becomes the worse.
    const auto ratesAt = [](int round) {
        return round < 16 ? std::vector<std::vector<double>>{{0.02, 0.05}, {0.05, 0.02}}
                          : std::vector<std::vector<double>>{{0.05, 0.02}, {0.02, 0.05}};
    };
    auto roundsToFollow = [&](const std::string& method) {
        std::vector<AbRecommendation> steps;
        play(method, 40, ratesAt, {}, 2000, &steps);
        for (const auto& r : steps) {
            if (r.nextRound > 16 && r.cells[0][0].share > 0.5 && r.cells[1][1].share > 0.5) {
                return r.nextRound - 16;
            }
        }
        return 1000;
    };
    const int dts = roundsToFollow("dts");
    const int thompson = roundsToFollow("thompson");
    EXPECT_LE(dts, 4) << "rounds after the switch until the new best gets most of both segments";
    EXPECT_GT(thompson, dts) << "without memory the old rounds hold Thompson sampling back";
}

TEST(AbMethods, BadInputIsRefusedNamingIt)
{
    AbTest t = emptyTest(kStationary);
    EXPECT_NE(recommendAb(t, "bandit").error().find("unknown A/B method 'bandit'"), std::string::npos);
    t.results.push_back({1, "Z", "segment 1", 10, 1, 0});
    EXPECT_NE(recommendAb(t, "thompson").error().find("'Z' is not a variant of the test"), std::string::npos);
    t.results.back() = {1, "A", "segment 1", 10, 11, 0};
    EXPECT_NE(recommendAb(t, "thompson").error().find("more clicks than impressions"), std::string::npos);
}

TEST(AbSimulator, RunsAreScoredAndTheSameForTheSameSeed)
{
    AbSimulation sim;
    sim.seed = 3;
    sim.drift = 0.1;
    auto a = simulateRun(sim, "dts", 8), b = simulateRun(sim, "dts", 8);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->clicks, b->clicks);
    EXPECT_GT(a->expectedClicks, 0);
    EXPECT_GE(a->regret, 0);
    EXPECT_GT(a->winnerWidth, 0);
    const AbMarket market(sim);
    EXPECT_EQ(market.rate(5, 1, 2), AbMarket(sim).rate(5, 1, 2)) << "a rate does not depend on what was asked before";
    sim.switchAt = 3;
    const AbMarket switched(sim);
    int best = 0, worst = 0;
    for (int v = 1; v < sim.variants; ++v) {
        best = switched.rate(1, 0, v) > switched.rate(1, 0, best) ? v : best;
        worst = switched.rate(1, 0, v) < switched.rate(1, 0, worst) ? v : worst;
    }
    EXPECT_LT(switched.rate(3, 0, best), switched.rate(3, 0, worst)) << "the best and worst swap at round 3";
}

TEST(AbFeatures, TextIsHashedNGramsOfUnitLengthTheSameEverywhere)
{
    const auto a = abTextFeatures("Glow all day\nShop now");
    EXPECT_EQ(a, abTextFeatures("Glow all day\nShop now"));
    ASSERT_EQ(a.size(), 64u);
    double words = 0, chars = 0;
    for (size_t k = 0; k < 32; ++k) {
        words += a[k] * a[k];
        chars += a[32 + k] * a[32 + k];
    }
    EXPECT_NEAR(words, 1, 1e-12);
    EXPECT_NEAR(chars, 1, 1e-12);
    EXPECT_EQ(abTextFeatures("GLOW all day\nshop now"), a) << "words are lower-cased";
    EXPECT_NE(abTextFeatures("焕亮一整天"), abTextFeatures("三步护肤")) << "Chinese copy is read by its characters";
    for (double x : abTextFeatures("")) {
        EXPECT_EQ(x, 0);
    }
    const auto segments = abSegmentFeatures(emptyTest(kStationary));
    ASSERT_EQ(segments.size(), 3u);
    EXPECT_EQ(segments[0][0], 1) << "a constant first";
    EXPECT_NE(segments[0], segments[2]);
}

TEST(AbMethods, TheActorCriticLearnsToShowEachSegmentsBestVariantMost)
{
    const AbTest t = play("thompson", 12, [](int) { return kStationary; });
    AbOptions o;
    const AbPolicyProblem problem = abPolicyProblem(t, o);
    EXPECT_EQ(problem.pairs.size(), static_cast<size_t>(3 * 3 * problem.pairDim));
    EXPECT_EQ(problem.states.size(), static_cast<size_t>(3 * problem.stateDim));
    auto r = recommendAb(t, "actor-critic", o);
    ASSERT_TRUE(r) << r.error();
    for (size_t s = 0; s < 3; ++s) {
        double total = 0;
        for (size_t v = 0; v < 3; ++v) {
            total += r->cells[s][v].share;
            if (v != kBest[s]) {
                EXPECT_GT(r->cells[s][kBest[s]].share, r->cells[s][v].share) << "segment " << s;
            }
        }
        EXPECT_NEAR(total, 1, 1e-9);
    }
    ASSERT_GE(r->notes.size(), 2u);
    EXPECT_NE(r->notes.back().find("actor-critic: 600 steps"), std::string::npos) << r->notes.back();
    auto again = recommendAb(t, "actor-critic", o);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->cells[1][0].share, r->cells[1][0].share) << "seeded: the same rounds give the same split";
}
