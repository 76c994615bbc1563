#include "../market/MarketFixture.h"
#include "alloc/AllocationEnv.h"
#include "alloc/Constraints.h"
#include "alloc/RlAllocator.h"
#include "rl/Pendulum.h"

#include <cmath>
#include <gtest/gtest.h>
#include <numeric>

using namespace kol;
using kol::test::SmallMarket;

TEST(Pendulum, FollowsGymnasiumsDynamics)
{
    Pendulum p;
    p.setState(1.0, 0.5);
    float next[3];
    bool done = false;
    const float torque[1] = {0.5f}; // scaled to 1.0
    const double reward = p.step(torque, next, done);
    const double thdot = 0.5 + (3 * 10 / 2.0 * std::sin(1.0) + 3.0 * 1.0) * 0.05;
    EXPECT_NEAR(reward, -(1.0 + 0.1 * 0.25 + 0.001 * 1.0), 1e-12);
    EXPECT_NEAR(p.speed(), thdot, 1e-12);
    EXPECT_NEAR(p.angle(), 1.0 + thdot * 0.05, 1e-12);
    EXPECT_NEAR(next[0], std::cos(p.angle()), 1e-6);
    p.setState(1.0, 7.9); // gravity and torque both push it past the limit
    const float full[1] = {1.0f};
    p.step(full, next, done);
    EXPECT_EQ(p.speed(), 8.0) << "speed is clipped before the angle moves";
    for (int i = 0; i < 199; ++i) {
        p.step(full, next, done);
    }
    EXPECT_TRUE(done) << "episodes last 200 steps";
}

TEST(AllocationEnv, RewardsAddUpToThePlansEffect)
{
    const Market market = SmallMarket::get().market();
    AllocationEnv env(market, AllocationEnv::Options{});
    Random rng(3);
    std::vector<float> s(static_cast<size_t>(env.stateSize())), n(s.size());
    for (int episode = 0; episode < 20; ++episode) {
        env.reset(rng, s.data());
        double total = 0;
        bool done = false;
        int steps = 0;
        while (!done) {
            const float a = static_cast<float>(rng.uniform(-1, 1));
            total += env.step(&a, n.data(), done);
            ++steps;
        }
        EXPECT_LE(steps, 54);
        const PlanEvaluator e(market);
        EXPECT_NEAR(total * env.rewardScale(), e.netEffect(env.amounts(), env.budget()), 1e-6 * env.rewardScale());
        EXPECT_LE(std::accumulate(env.amounts().begin(), env.amounts().end(), 0.0), env.budget() * (1 + 1e-9));
    }
}

TEST(AllocationEnv, ShapedRewardsAddUpToTheEffectLessTheFirstProjection)
{
    // Potential-based shaping: the rewards telescope, so a whole episode earns the plan's
    // effect less what the relaxation projected at the start.
    const Market market = SmallMarket::get().market();
    AllocationEnv::Options o;
    o.shaping = true;
    AllocationEnv env(market, o);
    Random rng(5);
    std::vector<float> s(static_cast<size_t>(env.stateSize())), n(s.size());
    for (int episode = 0; episode < 10; ++episode) {
        env.reset(rng, s.data());
        const double start = env.projectedEffect();
        double total = 0;
        bool done = false;
        while (!done) {
            const float a = static_cast<float>(rng.uniform(-1, 1));
            total += env.step(&a, n.data(), done);
        }
        const PlanEvaluator e(market);
        EXPECT_NEAR(total * env.rewardScale() + start, e.netEffect(env.amounts(), env.budget()),
                    1e-6 * env.rewardScale());
        EXPECT_NEAR(env.projectedEffect(), e.netEffect(env.amounts(), env.budget()), 1e-9 * env.rewardScale())
            << "at the end the projection is the plan";
    }
}

TEST(AllocationEnv, TheRelaxationsPlanIsFeasibleAndBeatsTheTemplate)
{
    // Action 0 follows the relaxation exactly. Its shares are shares; its plan keeps every
    // hard constraint and, on the small market, earns more than the template.
    Scenario s = SmallMarket::get().scenario;
    s.rules.channelShares["Douyin"] = {0.0, 0.2};
    const Market market = SmallMarket::get().market(s);
    for (double budget : {0.5, 1.0, 2.0}) {
        AllocationEnv::Options o;
        o.train = false;
        o.budget = budget * s.budget;
        AllocationEnv env(market, o);
        Random rng(1);
        std::vector<float> st(static_cast<size_t>(env.stateSize())), n(st.size());
        env.reset(rng, st.data());
        bool done = false;
        while (!done) {
            EXPECT_GE(st[8], 0.0f);
            EXPECT_LE(st[8], 1.0f);
            const float a = 0;
            env.step(&a, n.data(), done);
            st.swap(n);
        }
        const PlanEvaluator e(market);
        const PlanOutcome plan = e.evaluate(env.amounts(), o.budget);
        EXPECT_TRUE(plan.feasible) << (plan.violations.empty() ? "" : plan.violations[0]);
        EXPECT_GT(plan.effect, 1.2 * e.netEffect(templateAmounts(s, o.budget), o.budget)) << "budget x" << budget;
        EXPECT_EQ(plan.hierarchyPenalty, 0) << "the relaxation caps each tier by the one above";
    }
}

TEST(RlAllocator, KeepsTheConstraintsEvenUntrained)
{
    // A policy with random weights: whatever it says, the plan must be feasible.
    Random rng(9);
    Scenario s = SmallMarket::get().scenario;
    s.matrix().cell(*s.matrix().find("Douyin", "Launch", "Head")).locked = 50000;
    s.matrix().cell(*s.matrix().find("Weibo", "Launch", "Mid")).enabled = false;
    s.matrix().cell(*s.matrix().find("WeChat", "Sustain", "Tail")).maxAmount = 1000;
    s.rules.channelShares["Bilibili"] = {0.1, 0.3};
    const Market market = SmallMarket::get().market(s);
    AllocationEnv env(market, AllocationEnv::Options{});
    AllocationPolicy policy;
    policy.signature = AllocationEnv::signature(s);
    int in = env.stateSize();
    for (int out : {16, 1}) {
        DenseLayer d{std::vector<float>(static_cast<size_t>(in * out)), std::vector<float>(static_cast<size_t>(out)),
                     in, out};
        for (auto& w : d.weight) {
            w = static_cast<float>(rng.normal(0, 1));
        }
        policy.network.layers.push_back(d);
        in = out;
    }
    for (double budget : {300000.0, 600000.0, 1200000.0}) {
        AllocationOptions o;
        o.budget = budget;
        auto a = RlAllocator(policy).allocate(market, o);
        ASSERT_TRUE(a) << a.error();
        EXPECT_TRUE(a->outcome.feasible) << (a->outcome.violations.empty() ? "" : a->outcome.violations[0]);
    }
    // Budgets at the extremes: refused with the reason, or a feasible plan that says what it leaves.
    AllocationOptions tiny;
    tiny.budget = 1;
    auto refused = RlAllocator(policy).allocate(market, tiny);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().find("the locked cells need 50,000, more than the budget of 1"), std::string::npos)
        << refused.error();
    AllocationOptions huge;
    huge.budget = 1e12;
    auto h = RlAllocator(policy).allocate(market, huge);
    ASSERT_TRUE(h) << h.error();
    EXPECT_TRUE(h->outcome.feasible);
    EXPECT_TRUE(std::isfinite(h->outcome.effect));
    ASSERT_FALSE(h->notes.empty());
    EXPECT_NE(h->notes[0].find("stays unspent"), std::string::npos) << h->notes[0];
    Scenario other = s;
    other.setTiers({"Head", "Mid"});
    const Market otherMarket = SmallMarket::get().market(other);
    EXPECT_NE(RlAllocator(policy).allocate(otherMarket, {}).error().find("train it again"), std::string::npos);
}

TEST(RlAllocator, SaysWhenAnEditedScenarioShouldBeTrainedAgain)
{
    const Scenario s = SmallMarket::get().scenario;
    const Market market = SmallMarket::get().market(s);
    AllocationPolicy policy;
    policy.signature = AllocationEnv::signature(s);
    policy.network.layers.push_back(DenseLayer{std::vector<float>(4, 0.0f), {0.0f}, 4, 1});
    policy.trainedBudget = s.budget;
    for (int i = 0; i < s.matrix().cellCount(); ++i) {
        policy.trainedOpen += '1';
    }
    const StoredModel stored = rlPolicyToStored(policy);
    auto back = rlPolicyFromStored(stored, s.name);
    ASSERT_TRUE(back) << back.error();
    EXPECT_DOUBLE_EQ(back->trainedBudget, s.budget);
    EXPECT_EQ(back->trainedOpen, policy.trainedOpen);
    EXPECT_EQ(rlRetrainAdvice(stored, market), "") << "the scenario it was trained on";

    Scenario bigger = s;
    bigger.budget = 2 * s.budget;
    const std::string budgetAdvice = rlRetrainAdvice(stored, SmallMarket::get().market(bigger));
    EXPECT_NE(budgetAdvice.find("trained at a budget of 600,000, not 1,200,000"), std::string::npos) << budgetAdvice;
    Scenario nearly = s;
    nearly.budget = 1.05 * s.budget;
    EXPECT_EQ(rlRetrainAdvice(stored, SmallMarket::get().market(nearly)), "") << "5% is within what it learned";

    Scenario closed = s;
    closed.matrix().cell(*closed.matrix().find("Weibo", "Launch", "Mid")).enabled = false;
    const std::string cellAdvice = rlRetrainAdvice(stored, SmallMarket::get().market(closed));
    EXPECT_NE(cellAdvice.find("with other cells open"), std::string::npos) << cellAdvice;

    StoredModel old = stored;
    old.numbers.erase("budget");
    EXPECT_EQ(rlRetrainAdvice(old, SmallMarket::get().market(bigger)), "") << "an older policy gives no advice";
}
