#include "DdpgParts.h"

#include <chrono>
#include <cmath>

namespace kol::ddpg {

MlpImpl::MlpImpl(int in, const std::vector<int>& hidden, int out, bool tanh)
    : tanhOutput(tanh)
{
    int width = in;
    for (int h : hidden) {
        layers->push_back(torch::nn::Linear(width, h));
        width = h;
    }
    layers->push_back(torch::nn::Linear(width, out));
    register_module("layers", layers);
}

torch::Tensor MlpImpl::forward(torch::Tensor x)
{
    const size_t n = layers->size();
    for (size_t i = 0; i < n; ++i) {
        x = layers[i]->as<torch::nn::Linear>()->forward(x);
        if (i + 1 < n) {
            x = torch::relu(x);
        }
    }
    return tanhOutput ? torch::tanh(x) : x;
}

ReplayBuffer::ReplayBuffer(int capacity, int stateSize, int actionSize)
    : m_capacity(capacity)
    , m_stateSize(stateSize)
    , m_actionSize(actionSize)
    , m_state(torch::zeros({capacity, stateSize}))
    , m_action(torch::zeros({capacity, actionSize}))
    , m_reward(torch::zeros({capacity, 1}))
    , m_nextState(torch::zeros({capacity, stateSize}))
    , m_terminal(torch::zeros({capacity, 1}))
{
}

void ReplayBuffer::add(const float* state, const float* action, double reward, const float* next, bool terminal)
{
    float* s = m_state.data_ptr<float>() + m_next * m_stateSize;
    float* a = m_action.data_ptr<float>() + m_next * m_actionSize;
    float* s2 = m_nextState.data_ptr<float>() + m_next * m_stateSize;
    std::copy(state, state + m_stateSize, s);
    std::copy(action, action + m_actionSize, a);
    std::copy(next, next + m_stateSize, s2);
    m_reward.data_ptr<float>()[m_next] = static_cast<float>(reward);
    m_terminal.data_ptr<float>()[m_next] = terminal ? 1.0f : 0.0f;
    m_next = (m_next + 1) % m_capacity;
    m_size = std::min<long>(m_size + 1, m_capacity);
}

ReplayBuffer::Batch ReplayBuffer::sample(int batch, Random& rng) const
{
    torch::Tensor idx = torch::empty({batch}, torch::kLong);
    auto* p = idx.data_ptr<int64_t>();
    for (int i = 0; i < batch; ++i) {
        p[i] = static_cast<int64_t>(rng.below(static_cast<uint64_t>(m_size)));
    }
    return {m_state.index_select(0, idx), m_action.index_select(0, idx), m_reward.index_select(0, idx),
            m_nextState.index_select(0, idx), m_terminal.index_select(0, idx)};
}

void softUpdate(torch::nn::Module& target, const torch::nn::Module& source, double tau)
{
    torch::NoGradGuard noGrad;
    auto t = target.parameters();
    const auto s = source.parameters();
    for (size_t i = 0; i < t.size(); ++i) {
        t[i].mul_(1.0 - tau).add_(s[i], tau);
    }
}

void hardCopy(torch::nn::Module& target, const torch::nn::Module& source)
{
    softUpdate(target, source, 1.0);
}

bool Plateau::record(double value)
{
    bool plateau = false;
    if (value - m_best > m_tolerance * std::max(1e-9, std::abs(m_best))) {
        m_stale = 0;
    } else if (++m_stale % m_patience == 0) {
        m_converged = m_converged || m_stale >= 2 * m_patience;
        plateau = true;
    }
    m_best = std::max(m_best, value);
    return plateau;
}

PolicyNetwork toPolicy(const Mlp& actor)
{
    PolicyNetwork p;
    for (const auto& module : *actor->layers) {
        auto linear = module->as<torch::nn::Linear>();
        const torch::Tensor w = linear->weight.detach().contiguous(), b = linear->bias.detach().contiguous();
        DenseLayer d;
        d.out = static_cast<int>(w.size(0));
        d.in = static_cast<int>(w.size(1));
        d.weight.assign(w.data_ptr<float>(), w.data_ptr<float>() + w.numel());
        d.bias.assign(b.data_ptr<float>(), b.data_ptr<float>() + b.numel());
        p.layers.push_back(std::move(d));
    }
    return p;
}

void clipAndStep(torch::optim::Optimizer& opt, const std::vector<torch::Tensor>& parameters, double clip)
{
    if (clip > 0) {
        torch::nn::utils::clip_grad_norm_(parameters, clip);
    }
    opt.step();
}

void clipAndStep(torch::optim::Optimizer& opt, torch::nn::Module& net, double clip)
{
    clipAndStep(opt, net.parameters(), clip);
}

void setLearningRate(torch::optim::Adam& opt, double lr)
{
    for (auto& group : opt.param_groups()) {
        static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
    }
}

namespace {
std::vector<torch::Tensor> criticParameters(const Mlp& critic, const Mlp& critic2, bool twin)
{
    std::vector<torch::Tensor> all = critic->parameters();
    if (twin) {
        for (const auto& p : critic2->parameters()) {
            all.push_back(p);
        }
    }
    return all;
}
} // namespace

Learner::Learner(int S, int A, const DdpgOptions& o)
    : actor(S, o.actorHidden, A, true)
    , actorTarget(S, o.actorHidden, A, true)
    , critic(S + A, o.criticHidden, 1, false)
    , criticTarget(S + A, o.criticHidden, 1, false)
    , critic2(S + A, o.criticHidden, 1, false)
    , critic2Target(S + A, o.criticHidden, 1, false)
    , m_options(o)
    , m_actorLr(o.actorLearningRate)
    , m_criticLr(o.criticLearningRate)
    , m_actorOpt(actor->parameters(), torch::optim::AdamOptions(o.actorLearningRate))
    , m_criticOpt(criticParameters(critic, critic2, o.td3), torch::optim::AdamOptions(o.criticLearningRate))
{
    if (o.actorFinalInit > 0) {
        // As in the DDPG paper: a near-zero last layer, so the first policy outputs about 0.
        torch::NoGradGuard noGrad;
        auto last = actor->layers[actor->layers->size() - 1]->as<torch::nn::Linear>();
        last->weight.uniform_(-o.actorFinalInit, o.actorFinalInit);
        last->bias.uniform_(-o.actorFinalInit, o.actorFinalInit);
    }
    hardCopy(*actorTarget, *actor);
    hardCopy(*criticTarget, *critic);
    hardCopy(*critic2Target, *critic2);
}

Learner::Losses Learner::step(const ReplayBuffer::Batch& b, bool actorMayLearn)
{
    const DdpgOptions& o = m_options;
    torch::Tensor y;
    {
        torch::NoGradGuard noGrad;
        torch::Tensor a2 = actorTarget->forward(b.next);
        if (o.td3) {
            a2 = (a2 + (torch::randn_like(a2) * o.targetNoise).clamp(-o.targetNoiseClip, o.targetNoiseClip))
                     .clamp(-1.0, 1.0);
        }
        const torch::Tensor next = torch::cat({b.next, a2}, 1);
        torch::Tensor q2 = criticTarget->forward(next);
        if (o.td3) {
            q2 = torch::min(q2, critic2Target->forward(next));
        }
        y = b.reward + o.gamma * (1 - b.terminal) * q2;
    }
    const torch::Tensor sa = torch::cat({b.state, b.action}, 1);
    torch::Tensor criticLoss = torch::mse_loss(critic->forward(sa), y);
    if (o.td3) {
        criticLoss = criticLoss + torch::mse_loss(critic2->forward(sa), y);
    }
    m_criticOpt.zero_grad();
    criticLoss.backward();
    clipAndStep(m_criticOpt, *critic, o.gradientClip);
    Losses losses;
    losses.critic = criticLoss.item<double>();
    const bool turn = !o.td3 || ++m_updates % o.policyDelay == 0;
    if (!turn || !std::isfinite(losses.critic)) {
        return losses;
    }
    if (actorMayLearn) {
        const torch::Tensor actorLoss = -critic->forward(torch::cat({b.state, actor->forward(b.state)}, 1)).mean();
        m_actorOpt.zero_grad();
        actorLoss.backward();
        clipAndStep(m_actorOpt, *actor, o.gradientClip);
        losses.actor = actorLoss.item<double>();
        losses.actorUpdated = true;
        softUpdate(*actorTarget, *actor, o.tau);
    }
    softUpdate(*criticTarget, *critic, o.tau);
    if (o.td3) {
        softUpdate(*critic2Target, *critic2, o.tau);
    }
    return losses;
}

void Learner::scaleLearningRates(double factor)
{
    m_actorLr *= factor;
    m_criticLr *= factor;
    setLearningRate(m_actorOpt, m_actorLr);
    setLearningRate(m_criticOpt, m_criticLr);
}

Result<DdpgResult> train(Environment& env, Environment& evalEnv, const DdpgOptions& o)
{
    using R = Result<DdpgResult>;
    const auto start = std::chrono::steady_clock::now();
    torch::set_num_threads(1);
    torch::manual_seed(o.seed);
    Random rng(o.seed);
    const int S = env.stateSize(), A = env.actionSize();
    Learner learner(S, A, o);
    Mlp& actor = learner.actor;
    ReplayBuffer buffer(o.bufferSize, S, A);
    GaussianNoise noise(o.noise, o.noiseDecay, o.noiseMin);

    DdpgResult result;
    DdpgProgress progress;
    progress.evalReturn = std::nan("");
    std::vector<float> state(static_cast<size_t>(S)), next(static_cast<size_t>(S)), action(static_cast<size_t>(A));
    env.reset(rng, state.data());
    double episodeReturn = 0, bestSnapshot = -1e300;
    PolicyNetwork best; // the best evaluated policy is the one returned
    Plateau plateau(std::max(1, o.patience), o.tolerance);
    for (long step = 1; step <= o.totalSteps; ++step) {
        if (step <= o.learningStarts) {
            for (auto& a : action) {
                a = static_cast<float>(rng.uniform(-1, 1));
            }
        } else {
            torch::NoGradGuard noGrad;
            const torch::Tensor a = actor->forward(torch::from_blob(state.data(), {1, S})).contiguous();
            const float* proposed = a.data_ptr<float>();
            for (int i = 0; i < A; ++i) {
                action[static_cast<size_t>(i)]
                    = static_cast<float>(std::clamp(proposed[i] + noise.sample(rng), -1.0, 1.0));
            }
        }
        bool done = false;
        const double reward = env.step(action.data(), next.data(), done);
        if (!std::isfinite(reward)) {
            return R::failure("the environment returned a reward that is not a finite number at step "
                              + std::to_string(step));
        }
        buffer.add(state.data(), action.data(), reward, next.data(), done && !env.endsByTimeLimit());
        episodeReturn += reward;
        state.swap(next);
        if (done) {
            ++progress.episodes;
            progress.episodeReturn = episodeReturn;
            episodeReturn = 0;
            noise.decay();
            env.reset(rng, state.data());
        }
        if (step > o.learningStarts && buffer.size() >= o.batch) {
            for (int g = 0; g < o.gradientSteps; ++g) {
                const Learner::Losses losses = learner.step(buffer.sample(o.batch, rng), step > o.actorStarts);
                progress.criticLoss = losses.critic;
                if (!std::isfinite(progress.criticLoss)) {
                    return R::failure("training diverged: the critic loss became NaN or infinite at step "
                                      + std::to_string(step) + "; the previous policy is kept");
                }
                if (losses.actorUpdated) {
                    progress.actorLoss = losses.actor;
                }
            }
        }
        progress.steps = step;
        progress.noise = noise.sd();
        progress.evaluated = false;
        progress.episodeEnded = done;
        if (o.evalEvery > 0 && step % o.evalEvery == 0) {
            progress.evalReturn = evaluatePolicy(toPolicy(actor), evalEnv, o.evalEpisodes, o.seed + 7919);
            progress.evaluated = true;
            result.history.push_back(progress);
            if (progress.evalReturn > bestSnapshot) {
                bestSnapshot = progress.evalReturn;
                best = toPolicy(actor);
            }
            if (o.patience > 0 && step > o.learningStarts) {
                if (plateau.record(progress.evalReturn)) {
                    learner.scaleLearningRates(0.5); // a plateau: smaller steps, then stop if it stays flat
                }
                result.converged = plateau.converged();
            }
        }
        if ((o.cancel && o.cancel->load()) || (o.progress && (progress.evaluated || done) && !o.progress(progress))) {
            return R::failure("training was cancelled; the previous policy is kept");
        }
        if (result.converged) {
            break;
        }
    }
    result.actor = best.empty() ? toPolicy(actor) : best;
    if (!best.empty()
        && evaluatePolicy(toPolicy(actor), evalEnv, std::max(1, o.evalEpisodes), o.seed + 7919) > bestSnapshot) {
        result.actor = toPolicy(actor);
    }
    result.steps = progress.steps;
    result.episodes = progress.episodes;
    result.finalEvalReturn = evaluatePolicy(result.actor, evalEnv, std::max(1, o.evalEpisodes), o.seed + 104729);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace kol::ddpg
