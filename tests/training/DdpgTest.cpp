// The DDPG pieces with real LibTorch, and DDPG on a problem whose optimum is known exactly.
#include "training/DdpgParts.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace kol;
using namespace kol::ddpg;

TEST(ReplayBuffer, WrapsAroundAndSamplesWhatWasStored)
{
    ReplayBuffer buffer(4, 2, 1);
    for (int i = 0; i < 6; ++i) {
        const float s[2] = {static_cast<float>(i), 0}, a[1] = {0.5f}, n[2] = {static_cast<float>(i + 1), 0};
        buffer.add(s, a, i * 10.0, n, i == 5);
    }
    EXPECT_EQ(buffer.size(), 4);
    Random rng(1);
    const auto b = buffer.sample(64, rng);
    for (int k = 0; k < 64; ++k) {
        const float s = b.state[k][0].item<float>();
        EXPECT_GE(s, 2.0f) << "the two oldest were overwritten";
        EXPECT_FLOAT_EQ(b.next[k][0].item<float>(), s + 1);
        EXPECT_FLOAT_EQ(b.reward[k][0].item<float>(), s * 10);
        EXPECT_FLOAT_EQ(b.terminal[k][0].item<float>(), s == 5 ? 1.0f : 0.0f);
    }
}

TEST(GaussianNoise, DecaysToItsFloorWithTheRightSpread)
{
    GaussianNoise noise(0.3, 0.5, 0.05);
    Random rng(2);
    double sum = 0, sq = 0;
    for (int i = 0; i < 20000; ++i) {
        const double x = noise.sample(rng);
        sum += x;
        sq += x * x;
    }
    EXPECT_NEAR(sum / 20000, 0.0, 0.01);
    EXPECT_NEAR(std::sqrt(sq / 20000), 0.3, 0.01);
    noise.decay();
    EXPECT_DOUBLE_EQ(noise.sd(), 0.15);
    for (int i = 0; i < 10; ++i) {
        noise.decay();
    }
    EXPECT_DOUBLE_EQ(noise.sd(), 0.05);
}

TEST(SoftUpdate, MovesTargetsByTau)
{
    torch::manual_seed(3);
    Mlp source(3, std::vector<int>{8}, 2, true), target(3, std::vector<int>{8}, 2, true);
    const auto before = target->parameters()[0].clone();
    softUpdate(*target, *source, 0.1);
    const auto expected = before * 0.9 + source->parameters()[0] * 0.1;
    EXPECT_TRUE(torch::allclose(target->parameters()[0], expected));
    hardCopy(*target, *source);
    for (size_t i = 0; i < target->parameters().size(); ++i) {
        EXPECT_TRUE(torch::equal(target->parameters()[i], source->parameters()[i]));
    }
}

// The critic-only warm-up: the critic's targets must follow the critic from its first update,
// not stay a frozen copy of its random start until the actor begins (the bug of the engine issue).
TEST(Learner, CriticTargetsTrackTheCriticWhileTheActorWaits)
{
    DdpgOptions o;
    o.actorHidden = {8};
    o.criticHidden = {8};
    o.tau = 0.05;
    o.seed = 5;
    for (const bool td3 : {false, true}) {
        torch::manual_seed(5);
        o.td3 = td3;
        Learner learner(2, 1, o);
        const torch::Tensor startTarget = learner.criticTarget->parameters()[0].clone();
        const torch::Tensor startActor = learner.actor->parameters()[0].clone();
        ReplayBuffer buffer(64, 2, 1);
        Random rng(6);
        for (int i = 0; i < 64; ++i) {
            const float s[2] = {static_cast<float>(rng.uniform(-1, 1)), 0}, a[1] = {0.1f}, n[2] = {s[0], 1};
            buffer.add(s, a, s[0], n, true);
        }
        for (int i = 0; i < 40; ++i) {
            const Learner::Losses l = learner.step(buffer.sample(16, rng), false);
            EXPECT_FALSE(l.actorUpdated);
            EXPECT_TRUE(std::isfinite(l.critic));
        }
        const double moved = (learner.criticTarget->parameters()[0] - startTarget).abs().sum().item<double>();
        EXPECT_GT(moved, 1e-4) << "the critic target followed the critic (td3=" << td3 << ")";
        EXPECT_TRUE(torch::equal(learner.actor->parameters()[0], startActor)) << "the actor waited";
        EXPECT_TRUE(torch::equal(learner.actorTarget->parameters()[0], startActor));
        const Learner::Losses l = learner.step(buffer.sample(16, rng), true);
        const Learner::Losses l2 = td3 && !l.actorUpdated ? learner.step(buffer.sample(16, rng), true) : l;
        EXPECT_TRUE(l2.actorUpdated);
        EXPECT_FALSE(torch::equal(learner.actor->parameters()[0], startActor)) << "then it learns";
    }
}

TEST(Policy, PlainCppMatchesLibTorch)
{
    torch::manual_seed(4);
    Mlp actor(5, std::vector<int>{16, 12}, 2, true);
    const PolicyNetwork policy = toPolicy(actor);
    const torch::Tensor x = torch::randn({1, 5});
    const torch::Tensor y = actor->forward(x);
    float action[2];
    policy.act(x.data_ptr<float>(), action);
    EXPECT_NEAR(action[0], y[0][0].item<float>(), 1e-5);
    EXPECT_NEAR(action[1], y[0][1].item<float>(), 1e-5);
}

namespace {
// Two cells, one unit of money, concave value sqrt(amount): the optimum puts half in each (first
// action share 0.5, second 1.0) for sqrt(2).
class TwoCells : public Environment
{
public:
    int stateSize() const override { return 2; }
    int actionSize() const override { return 1; }
    void reset(Random&, float* s) override
    {
        m_step = 0;
        m_remaining = 1;
        s[0] = 0;
        s[1] = 1;
    }
    double step(const float* a, float* s, bool& done) override
    {
        const double amount = m_remaining * (a[0] + 1) / 2;
        m_remaining -= amount;
        done = ++m_step == 2;
        s[0] = static_cast<float>(m_step);
        s[1] = static_cast<float>(m_remaining);
        return std::sqrt(amount);
    }

private:
    int m_step = 0;
    double m_remaining = 1;
};
DdpgOptions twoCellOptions(bool td3)
{
    DdpgOptions o;
    o.actorHidden = {32, 32};
    o.criticHidden = {64, 64};
    o.gamma = 1.0;
    o.batch = 64;
    o.learningStarts = 500;
    o.totalSteps = 5000;
    o.noise = 0.3;
    o.noiseDecay = 0.998;
    o.tau = 0.01;
    o.td3 = td3;
    return o;
}
} // namespace

TEST(Ddpg, LearnsAProblemWithAKnownOptimum)
{
    TwoCells env, evalEnv;
    auto r = train(env, evalEnv, twoCellOptions(false));
    ASSERT_TRUE(r) << r.error();
    EXPECT_GT(r->finalEvalReturn, 0.98 * std::sqrt(2.0)) << "learned return " << r->finalEvalReturn;
    float first = 0;
    const float start[2] = {0, 1};
    r->actor.act(start, &first);
    EXPECT_NEAR((first + 1) / 2, 0.5, 0.1);
    EXPECT_EQ(r->steps, 5000);
}

TEST(Ddpg, Td3VariantLearnsItToo)
{
    TwoCells env, evalEnv;
    auto r = train(env, evalEnv, twoCellOptions(true));
    ASSERT_TRUE(r) << r.error();
    EXPECT_GT(r->finalEvalReturn, 0.97 * std::sqrt(2.0));
}

TEST(Ddpg, CancelStopsTraining)
{
    TwoCells env, evalEnv;
    std::atomic<bool> cancel{true};
    DdpgOptions o;
    o.cancel = &cancel;
    o.actorHidden = {8};
    o.criticHidden = {8};
    auto r = train(env, evalEnv, o);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().find("cancelled"), std::string::npos);
}
