// MADDPG's pieces with real LibTorch: the centralised critic sees every active agent's action,
// inactive agents' actions are masked, and a two-agent team learns a coordinated optimum.
#include "training/MaddpgParts.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace kol;

namespace {
// Two agents, one step: agent 0 sees x, agent 1 sees y (x, y uniform in [-1, 1]); the team's
// reward is -(a0 - x/2)^2 - (a1 + a0)^2. The follower never sees x, so its best constant action is
// -E[a0] = 0, and the best leader then compromises between its own term and the follower's:
// a0 = x/4, not the x/2 it would play alone.
class CoordinationTask : public MultiAgentEnvironment
{
public:
    int stateSize() const override { return 2; }
    int agentCount() const override { return 2; }
    int observationSize(int) const override { return 1; }
    int actionSize(int) const override { return 1; }
    std::string agentName(int agent) const override { return agent == 0 ? "leader" : "follower"; }
    void reset(Random& rng, float* state, float* observations, float* active) override
    {
        m_x = rng.uniform(-1, 1);
        state[0] = static_cast<float>(m_x);
        state[1] = 0;
        observations[0] = static_cast<float>(m_x);
        observations[1] = 0.5f; // the follower sees nothing of x
        active[0] = active[1] = 1;
    }
    double step(const float* a, float* state, float* observations, float* active, bool& done) override
    {
        done = true;
        state[0] = state[1] = observations[0] = observations[1] = active[0] = active[1] = 0;
        return -std::pow(a[0] - m_x / 2, 2) - std::pow(a[1] + a[0], 2);
    }
    double m_x = 0;
};
} // namespace

TEST(MaddpgLearner, TheCentralisedCriticSeesEveryActiveAgentsActionAndNoInactiveOnes)
{
    torch::manual_seed(1);
    MaddpgOptions o;
    o.actorHidden = {8};
    o.criticHidden = {16};
    maddpg::Learner learner(4, {2, 3, 2}, {1, 2, 1}, o);
    ASSERT_EQ(learner.jointActionSize(), 4);
    ASSERT_EQ(learner.packedSize(), 4 + 7 + 3);
    EXPECT_EQ(learner.critic->layers[0]->as<torch::nn::Linear>()->weight.size(1), 4 + 7 + 4)
        << "the critic sees the state, every observation and every action";
    torch::Tensor packed = torch::rand({5, learner.packedSize()});
    // Agents 0 and 1 active, agent 2 not.
    packed.narrow(1, 11, 3).copy_(torch::tensor({1.0f, 1.0f, 0.0f}).expand({5, 3}));
    torch::Tensor actions = torch::rand({5, 4}).requires_grad_(true);
    learner.value(packed, learner.maskActions(packed, actions), false).sum().backward();
    const torch::Tensor g = actions.grad().abs().sum(0);
    EXPECT_GT(g[0].item<float>(), 0) << "agent 0's action reaches the critic";
    EXPECT_GT(g[1].item<float>(), 0) << "agent 1's first action dimension";
    EXPECT_GT(g[2].item<float>(), 0) << "agent 1's second";
    EXPECT_EQ(g[3].item<float>(), 0) << "agent 2 is inactive: masked";
    // The joint action the actors propose is masked the same way.
    const torch::Tensor proposed = learner.act(packed, false);
    EXPECT_EQ(proposed.narrow(1, 3, 1).abs().sum().item<float>(), 0);
    EXPECT_GT(proposed.narrow(1, 0, 3).abs().sum().item<float>(), 0);
}

TEST(MaddpgTraining, TwoAgentsLearnACoordinatedOptimumThroughTheCritic)
{
    CoordinationTask env, evalEnv;
    MaddpgOptions o;
    o.actorHidden = {32};
    o.criticHidden = {64, 64};
    o.learningStarts = 500;
    o.actorStarts = 1000;
    o.totalSteps = 6000;
    o.evalEvery = 0;
    o.patience = 0;
    o.noise = 0.3;
    o.noiseDecay = 0.999;
    o.seed = 2;
    auto trained = maddpg::train(env, evalEnv, o);
    ASSERT_TRUE(trained) << trained.error();
    ASSERT_EQ(trained->actors.size(), 2u);
    for (float x : {-0.8f, 0.0f, 0.6f}) {
        float a0 = 0, a1 = 0, blind = 0.5f;
        trained->actors[0].act(&x, &a0);
        trained->actors[1].act(&blind, &a1);
        EXPECT_NEAR(a0, x / 4, 0.08) << "x = " << x;
    }
    // The follower cannot see x: its best action is -E[a0] = 0.
    float blind = 0.5f, a1 = 0;
    trained->actors[1].act(&blind, &a1);
    EXPECT_NEAR(a1, 0.0, 0.08);
}
