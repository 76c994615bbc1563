#include "MaddpgParts.h"

#include <chrono>
#include <cmath>

namespace kol::maddpg {

namespace {
std::vector<int> offsets(int start, const std::vector<int>& sizes)
{
    std::vector<int> out{start};
    for (int s : sizes) {
        out.push_back(out.back() + s);
    }
    return out;
}

void startNearZero(ddpg::Mlp& actor, double scale)
{
    if (scale <= 0) {
        return;
    }
    torch::NoGradGuard noGrad;
    auto last = actor->layers[actor->layers->size() - 1]->as<torch::nn::Linear>();
    last->weight.uniform_(-scale, scale);
    last->bias.uniform_(-scale, scale);
}
} // namespace

Learner::Learner(int stateSize, std::vector<int> observationSizes, std::vector<int> actionSizes, const MaddpgOptions& o)
    : critic(nullptr)
    , criticTarget(nullptr)
    , m_stateSize(stateSize)
    , m_observationOffsets(offsets(stateSize, observationSizes))
    , m_actionOffsets(offsets(0, actionSizes))
    , m_options(o)
    , m_actorLr(o.actorLearningRate)
    , m_criticLr(o.criticLearningRate)
{
    std::vector<torch::Tensor> actorParameters;
    for (size_t i = 0; i < observationSizes.size(); ++i) {
        actors.emplace_back(observationSizes[i], o.actorHidden, actionSizes[i], true);
        actorTargets.emplace_back(observationSizes[i], o.actorHidden, actionSizes[i], true);
        startNearZero(actors.back(), o.actorFinalInit);
        ddpg::hardCopy(*actorTargets.back(), *actors.back());
        for (const auto& p : actors.back()->parameters()) {
            actorParameters.push_back(p);
        }
    }
    // The critic sees the state and every agent's observation (all but the active flags).
    critic = ddpg::Mlp(m_observationOffsets.back() + jointActionSize(), o.criticHidden, 1, false);
    criticTarget = ddpg::Mlp(m_observationOffsets.back() + jointActionSize(), o.criticHidden, 1, false);
    ddpg::hardCopy(*criticTarget, *critic);
    m_actorOpt = std::make_unique<torch::optim::Adam>(actorParameters, torch::optim::AdamOptions(m_actorLr));
    m_criticOpt = std::make_unique<torch::optim::Adam>(critic->parameters(), torch::optim::AdamOptions(m_criticLr));
}

int Learner::packedSize() const
{
    return m_observationOffsets.back() + agentCount();
}

torch::Tensor Learner::maskActions(const torch::Tensor& packed, const torch::Tensor& actions) const
{
    const int n = agentCount();
    const torch::Tensor active = packed.narrow(1, m_observationOffsets.back(), n);
    std::vector<torch::Tensor> parts;
    for (int i = 0; i < n; ++i) {
        const int width = m_actionOffsets[static_cast<size_t>(i) + 1] - m_actionOffsets[static_cast<size_t>(i)];
        parts.push_back(actions.narrow(1, m_actionOffsets[static_cast<size_t>(i)], width) * active.narrow(1, i, 1));
    }
    return torch::cat(parts, 1);
}

torch::Tensor Learner::act(const torch::Tensor& packed, bool target)
{
    std::vector<torch::Tensor> parts;
    for (int i = 0; i < agentCount(); ++i) {
        const int from = m_observationOffsets[static_cast<size_t>(i)];
        const torch::Tensor obs = packed.narrow(1, from, m_observationOffsets[static_cast<size_t>(i) + 1] - from);
        auto& net = target ? actorTargets[static_cast<size_t>(i)] : actors[static_cast<size_t>(i)];
        parts.push_back(net->forward(obs));
    }
    return maskActions(packed, torch::cat(parts, 1));
}

torch::Tensor Learner::value(const torch::Tensor& packed, const torch::Tensor& actions, bool target)
{
    const torch::Tensor input = torch::cat({packed.narrow(1, 0, m_observationOffsets.back()), actions}, 1);
    return (target ? criticTarget : critic)->forward(input);
}

Learner::Losses Learner::step(const ddpg::ReplayBuffer::Batch& b, bool actorsMayLearn)
{
    torch::Tensor y;
    {
        torch::NoGradGuard noGrad;
        y = b.reward + m_options.gamma * (1 - b.terminal) * value(b.next, act(b.next, true), true);
    }
    const torch::Tensor criticLoss = torch::mse_loss(value(b.state, maskActions(b.state, b.action), false), y);
    m_criticOpt->zero_grad();
    criticLoss.backward();
    ddpg::clipAndStep(*m_criticOpt, *critic, m_options.gradientClip);
    Losses losses;
    losses.critic = criticLoss.item<double>();
    if (!std::isfinite(losses.critic)) {
        return losses;
    }
    if (actorsMayLearn) {
        const torch::Tensor actorLoss = -value(b.state, act(b.state, false), false).mean();
        m_actorOpt->zero_grad();
        actorLoss.backward();
        std::vector<torch::Tensor> all;
        for (auto& a : actors) {
            for (const auto& p : a->parameters()) {
                all.push_back(p);
            }
        }
        ddpg::clipAndStep(*m_actorOpt, all, m_options.gradientClip);
        losses.actor = actorLoss.item<double>();
        losses.actorUpdated = true;
        for (size_t i = 0; i < actors.size(); ++i) {
            ddpg::softUpdate(*actorTargets[i], *actors[i], m_options.tau);
        }
    }
    ddpg::softUpdate(*criticTarget, *critic, m_options.tau);
    return losses;
}

void Learner::scaleLearningRates(double factor)
{
    m_actorLr *= factor;
    m_criticLr *= factor;
    ddpg::setLearningRate(*m_actorOpt, m_actorLr);
    ddpg::setLearningRate(*m_criticOpt, m_criticLr);
}

Result<MaddpgResult> train(MultiAgentEnvironment& env, MultiAgentEnvironment& evalEnv, const MaddpgOptions& o)
{
    using R = Result<MaddpgResult>;
    const auto start = std::chrono::steady_clock::now();
    torch::set_num_threads(1);
    torch::manual_seed(o.seed);
    Random rng(o.seed);
    const int n = env.agentCount(), S = env.stateSize();
    std::vector<int> obsSizes, actSizes;
    for (int i = 0; i < n; ++i) {
        obsSizes.push_back(env.observationSize(i));
        actSizes.push_back(env.actionSize(i));
    }
    Learner learner(S, obsSizes, actSizes, o);
    const int P = learner.packedSize(), A = learner.jointActionSize();
    ddpg::ReplayBuffer buffer(o.bufferSize, P, A);
    ddpg::GaussianNoise noise(o.noise, o.noiseDecay, o.noiseMin);
    auto snapshot = [&] {
        std::vector<PolicyNetwork> team;
        for (const auto& a : learner.actors) {
            team.push_back(ddpg::toPolicy(a));
        }
        return team;
    };

    MaddpgResult result;
    MaddpgProgress progress;
    progress.evalReturn = std::nan("");
    // A packed row: state | observations | active, as the learner reads it.
    std::vector<float> row(static_cast<size_t>(P)), next(row.size()), action(static_cast<size_t>(A));
    auto reset = [&](std::vector<float>& r) {
        env.reset(rng, r.data(), r.data() + S, r.data() + (P - n));
    };
    reset(row);
    double episodeReturn = 0, bestSnapshot = -1e300;
    std::vector<PolicyNetwork> best;
    ddpg::Plateau plateau(std::max(1, o.patience), o.tolerance);
    for (long step = 1; step <= o.totalSteps; ++step) {
        if (step <= o.learningStarts) {
            for (auto& a : action) {
                a = static_cast<float>(rng.uniform(-1, 1));
            }
        } else {
            torch::NoGradGuard noGrad;
            const torch::Tensor a = learner.act(torch::from_blob(row.data(), {1, P}), false).contiguous();
            const float* proposed = a.data_ptr<float>();
            for (int i = 0; i < A; ++i) {
                action[static_cast<size_t>(i)]
                    = static_cast<float>(std::clamp(proposed[i] + noise.sample(rng), -1.0, 1.0));
            }
        }
        bool done = false;
        const double reward = env.step(action.data(), next.data(), next.data() + S, next.data() + (P - n), done);
        if (!std::isfinite(reward)) {
            return R::failure("the environment returned a reward that is not a finite number at step "
                              + std::to_string(step));
        }
        buffer.add(row.data(), action.data(), reward, next.data(), done);
        episodeReturn += reward;
        row.swap(next);
        if (done) {
            ++progress.episodes;
            progress.episodeReturn = episodeReturn;
            progress.agentReturns = env.agentReturns(episodeReturn);
            episodeReturn = 0;
            noise.decay();
            reset(row);
        }
        if (step > o.learningStarts && buffer.size() >= o.batch) {
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
        progress.steps = step;
        progress.evaluated = false;
        progress.episodeEnded = done;
        if (o.evalEvery > 0 && step % o.evalEvery == 0) {
            const auto team = snapshot();
            progress.evalReturn = runActors(team, evalEnv, o.seed + 7919);
            progress.evaluated = true;
            result.history.push_back(progress);
            if (progress.evalReturn > bestSnapshot) {
                bestSnapshot = progress.evalReturn;
                best = team;
                result.convergedAt = step;
            }
            if (o.patience > 0 && step > o.actorStarts) {
                if (plateau.record(progress.evalReturn)) {
                    learner.scaleLearningRates(0.5);
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
    result.actors = best.empty() ? snapshot() : best;
    result.steps = progress.steps;
    result.episodes = progress.episodes;
    result.finalEvalReturn = runActors(result.actors, evalEnv, o.seed + 104729);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace kol::maddpg
