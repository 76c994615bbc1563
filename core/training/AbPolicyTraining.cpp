#include "AbPolicyTraining.h"

#include "DdpgParts.h"

#include <cmath>
#include <torch/torch.h>

namespace kol {

Result<AbPolicyResult> trainAbActorCritic(const AbPolicyProblem& p, const AbPolicyOptions& o)
{
    using R = Result<AbPolicyResult>;
    const int64_t s = p.segments, v = p.variants;
    if (s < 1 || v < 2 || p.stateDim < 1 || p.pairDim < 1 || p.states.size() != static_cast<size_t>(s * p.stateDim)
        || p.pairs.size() != static_cast<size_t>(s * v * p.pairDim) || p.alpha.size() != static_cast<size_t>(s * v)
        || p.beta.size() != p.alpha.size() || o.steps < 1 || o.batch < 1 || o.hidden < 1) {
        return R::failure("the A/B policy problem's sizes do not match");
    }
    for (size_t k = 0; k < p.alpha.size(); ++k) {
        if (!(p.alpha[k] > 0) || !(p.beta[k] > 0) || !std::isfinite(p.alpha[k] + p.beta[k])) {
            return R::failure("the reward estimator's posterior must have positive parameters");
        }
    }
    torch::set_num_threads(1);
    torch::manual_seed(o.seed);
    const auto f32 = torch::TensorOptions().dtype(torch::kFloat32);
    const torch::Tensor states = torch::from_blob(const_cast<float*>(p.states.data()), {s, p.stateDim}, f32).clone();
    const torch::Tensor pairs = torch::from_blob(const_cast<float*>(p.pairs.data()), {s * v, p.pairDim}, f32).clone();
    const auto f64 = torch::TensorOptions().dtype(torch::kFloat64);
    const torch::Tensor alpha
        = torch::from_blob(const_cast<double*>(p.alpha.data()), {s, v}, f64).clone().to(torch::kFloat32);
    const torch::Tensor beta
        = torch::from_blob(const_cast<double*>(p.beta.data()), {s, v}, f64).clone().to(torch::kFloat32);
    // Rewards in units of the mean posterior rate, so that learning rates do not depend on how
    // rare clicks are.
    const double scale = 1.0 / std::max(1e-6, (alpha / (alpha + beta)).mean().item<double>());

    ddpg::Mlp actor(p.pairDim, std::vector<int>{o.hidden}, 1, false);
    ddpg::Mlp critic(p.stateDim, std::vector<int>{o.hidden}, 1, false);
    torch::optim::Adam actorOpt(actor->parameters(), torch::optim::AdamOptions(o.actorRate));
    torch::optim::Adam criticOpt(critic->parameters(), torch::optim::AdamOptions(o.criticRate));
    AbPolicyResult result;
    double rewardSum = 0;
    int rewardSteps = 0;
    for (int step = 0; step < o.steps; ++step) {
        if (o.cancel && o.cancel->load()) {
            return R::failure("cancelled");
        }
        const torch::Tensor segment = torch::randint(s, {o.batch}, torch::TensorOptions().dtype(torch::kLong));
        const torch::Tensor logits = actor->forward(pairs).view({s, v}).index_select(0, segment);
        const torch::Tensor logProbs = torch::log_softmax(logits, 1);
        const torch::Tensor probs = logProbs.exp();
        const torch::Tensor action = torch::multinomial(probs.detach(), 1).squeeze(1);
        torch::Tensor reward;
        {
            torch::NoGradGuard noGrad;
            const torch::Tensor a = alpha.index_select(0, segment).gather(1, action.unsqueeze(1)).squeeze(1);
            const torch::Tensor b = beta.index_select(0, segment).gather(1, action.unsqueeze(1)).squeeze(1);
            const torch::Tensor x = torch::_standard_gamma(a), y = torch::_standard_gamma(b);
            reward = x / (x + y) * scale;
        }
        const torch::Tensor value = critic->forward(states.index_select(0, segment)).squeeze(1);
        const torch::Tensor advantage = (reward - value).detach();
        const torch::Tensor chosen = logProbs.gather(1, action.unsqueeze(1)).squeeze(1);
        const torch::Tensor entropy = -(probs * logProbs).sum(1);
        const torch::Tensor actorLoss = -(chosen * advantage).mean() - o.entropy * entropy.mean();
        const torch::Tensor criticLoss = (reward - value).pow(2).mean();
        if (!std::isfinite(actorLoss.item<double>()) || !std::isfinite(criticLoss.item<double>())) {
            return R::failure("the A/B actor-critic's loss is not finite at step " + std::to_string(step));
        }
        actorOpt.zero_grad();
        actorLoss.backward();
        actorOpt.step();
        criticOpt.zero_grad();
        criticLoss.backward();
        criticOpt.step();
        rewardSum += reward.mean().item<double>();
        if (++rewardSteps == 50 || step + 1 == o.steps) {
            result.meanReward.push_back(rewardSum / rewardSteps);
            rewardSum = 0;
            rewardSteps = 0;
        }
    }
    torch::NoGradGuard noGrad;
    const torch::Tensor policy = torch::softmax(actor->forward(pairs).view({s, v}), 1).to(torch::kFloat64).contiguous();
    result.probabilities.assign(policy.data_ptr<double>(), policy.data_ptr<double>() + s * v);
    return result;
}

} // namespace kol
