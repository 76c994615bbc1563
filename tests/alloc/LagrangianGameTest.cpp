// The Lagrangian game between a best-responding policy player and a no-regret multiplier player,
// on tiny problems whose constrained optimum is known.
#include "alloc/LagrangianGame.h"

#include "base/Random.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace kol;

namespace {
// Five deterministic policies as (value, spend). With a budget of 2 the best mixture plays
// policy 1 (3 for 1) and policy 2 (4 for 3) half the time each: value 3.5 at spend 2. Policy 4
// (2 for 2) keeps the budget alone but is worth less; policy 3 is the most valuable and too dear.
const std::vector<PolicyFigures> kPolicies = {{0, 1, 0}, {1, 3, 1}, {2, 4, 3}, {3, 4.2, 5}, {4, 2, 2}};

BestResponse respondFrom(const std::vector<PolicyFigures>& policies, int* calls = nullptr)
{
    return [policies, calls](double lambda) -> Result<PolicyFigures> {
        if (calls) {
            ++*calls;
        }
        const PolicyFigures* best = &policies.front();
        for (const auto& p : policies) {
            if (p.value - lambda * p.spend > best->value - lambda * best->spend + 1e-12) {
                best = &p;
            }
        }
        return *best;
    };
}
} // namespace

TEST(LagrangianGame, TheMixtureMeetsTheBudgetAtTheKnownConstrainedOptimum)
{
    GameOptions o;
    o.budget = 2;
    o.iterations = 300;
    auto r = playLagrangianGame(respondFrom(kPolicies), o);
    ASSERT_TRUE(r) << r.error();
    const PolicyMixture& m = r->mixture;
    EXPECT_NEAR(m.value, 3.5, 1e-9);
    EXPECT_NEAR(m.spend, 2.0, 1e-9);
    ASSERT_EQ(m.policies.size(), 2u);
    double w1 = 0, w2 = 0;
    for (size_t i = 0; i < m.policies.size(); ++i) {
        (m.policies[i].id == 1 ? w1 : w2) += m.weights[i];
    }
    EXPECT_NEAR(w1, 0.5, 1e-9);
    EXPECT_NEAR(w2, 0.5, 1e-9);
    // Weak duality holds at every iteration and the gap closes.
    for (const GameIteration& it : r->iterations) {
        EXPECT_GE(it.dualityGap, -1e-9) << "iteration " << it.iteration;
    }
    EXPECT_TRUE(r->iterations.back().feasible);
    EXPECT_LT(r->iterations.back().dualityGap, 0.02);
    EXPECT_NEAR(r->iterations.back().lambda, 0.5, 0.1) << "the multiplier settles at the hull's slope";
}

TEST(LagrangianGame, TheNumberOfStoredPoliciesStaysConstantAsIterationsGrow)
{
    for (const int iterations : {10, 100, 1000, 5000}) {
        GameOptions o;
        o.budget = 2;
        o.iterations = iterations;
        auto r = playLagrangianGame(respondFrom(kPolicies), o);
        ASSERT_TRUE(r);
        int most = 0;
        for (const GameIteration& it : r->iterations) {
            most = std::max(most, it.storedPolicies);
        }
        EXPECT_LE(most, 2) << iterations << " iterations";
        EXPECT_LE(r->mixture.policies.size(), 2u);
    }
}

TEST(LagrangianGame, BestMixtureIsTheLinearProgramsOptimum)
{
    Random random(9);
    for (int trial = 0; trial < 50; ++trial) {
        std::vector<PolicyFigures> points;
        for (int i = 0; i < 6; ++i) {
            points.push_back({i, random.uniform(0, 10), random.uniform(0, 10)});
        }
        const double budget = random.uniform(1, 9);
        const PolicyMixture m = bestMixture(points, budget);
        // Every mixture of two on a fine grid of weights that keeps the budget is worth no more.
        double searched = -1;
        for (const auto& a : points) {
            for (const auto& b : points) {
                for (int k = 0; k <= 1000; ++k) {
                    const double w = k / 1000.0;
                    if ((1 - w) * a.spend + w * b.spend <= budget) {
                        searched = std::max(searched, (1 - w) * a.value + w * b.value);
                    }
                }
            }
        }
        if (searched < 0) {
            continue; // nothing keeps this budget
        }
        EXPECT_LE(m.spend, budget + 1e-9);
        EXPECT_GE(m.value, searched - 1e-9);
        EXPECT_LE(m.policies.size(), 2u);
    }
}

TEST(LagrangianGame, ABudgetNoPolicyKeepsEndsWithTheCheapestAndSaysSo)
{
    GameOptions o;
    o.budget = 0.5;
    o.iterations = 50;
    const std::vector<PolicyFigures> dear = {{0, 1, 1}, {1, 3, 2}};
    auto r = playLagrangianGame(respondFrom(dear), o);
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->iterations.back().feasible);
    ASSERT_EQ(r->mixture.policies.size(), 1u);
    EXPECT_EQ(r->mixture.policies[0].id, 0);
    GameOptions none;
    EXPECT_FALSE(playLagrangianGame(respondFrom(dear), none)) << "no budget";
}
