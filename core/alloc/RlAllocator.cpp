#include "RlAllocator.h"

#include "AllocationEnv.h"
#include "CampaignStatesEnv.h"
#include "Constraints.h"
#include "base/Text.h"
#include "training/Training.h"

#include <cmath>

namespace kol {

std::string openCells(const Scenario& s)
{
    std::string open;
    const StrategyMatrix& m = s.matrix();
    for (int i = 0; i < m.cellCount(); ++i) {
        open += m.cell(m.indexOf(i)).enabled ? '1' : '0';
    }
    return open;
}

std::string rlRetrainAdvice(const StoredModel& policy, const Market& market)
{
    return retrainAdvice("rl", policy, market);
}

std::string retrainAdvice(const std::string& method, const StoredModel& policy, const Market& market)
{
    const auto budget = policy.numbers.find("budget");
    if (budget == policy.numbers.end() || !(budget->second > 0)) {
        return {};
    }
    const Scenario& s = market.scenario();
    const auto open = policy.texts.find("open_cells");
    const bool cellsChanged = open != policy.texts.end() && open->second != openCells(s);
    const double ratio = s.budget / budget->second;
    if (std::abs(ratio - 1) <= 0.1 && !cellsChanged) {
        return {};
    }
    std::string what = std::abs(ratio - 1) > 0.1 ? "the " + method + " policy was trained at a budget of "
            + formatAmount(budget->second) + ", not " + formatAmount(s.budget)
                                                 : "the " + method + " policy was trained with other cells open";
    if (std::abs(ratio - 1) > 0.1 && cellsChanged) {
        what += ", and with other cells open";
    }
    return what
        + "; it re-plans without retraining, but a policy trained again for this scenario plans closer to "
          "optimal's";
}

Result<AllocationPolicy> trainAllocationPolicy(const Market& market, const TrainOptions& options)
{
    AllocationEnv::Options trainOptions;
    trainOptions.shaping = true;
    std::vector<Market> states;
    if (options.realisedStates > 0 && options.luck) {
        auto realised = realisedCampaignStates(market, *options.luck, options.realisedStates, options.seed);
        if (!realised) {
            return realised.status();
        }
        states = realised.take();
    }
    CampaignStatesEnv env(market, std::move(states), trainOptions);
    AllocationEnv::Options evalOptions;
    evalOptions.train = false;
    AllocationEnv evalEnv(market, evalOptions);
    DdpgOptions o;
    o.actorHidden = {128, 128};
    o.criticHidden = {256, 256};
    o.gamma = 1.0; // finite episodes; shaped rewards add up to the effect less the starting projection
    o.tau = 0.005;
    o.actorLearningRate = options.learningRate / 2;
    o.criticLearningRate = options.learningRate;
    o.batch = 128;
    o.bufferSize = 100000;
    o.learningStarts = 3000;
    o.actorStarts = 8000; // the residual policy starts at the relaxation; the critic learns first
    o.actorFinalInit = 3e-3;
    o.totalSteps = options.steps;
    o.noise = 0.3;
    o.noiseDecay = 0.997;
    o.noiseMin = 0.03;
    o.seed = options.seed;
    o.td3 = options.td3;
    o.evalEvery = 2000;
    o.evalEpisodes = 1; // the evaluation episode is deterministic
    o.patience = 6;
    o.tolerance = 0.002;
    if (options.progress) {
        o.progress = [&options, total = options.steps](const DdpgProgress& d) {
            TrainingProgress p;
            p.steps = d.steps;
            p.totalSteps = total;
            p.episodes = d.episodes;
            p.evaluated = d.evaluated;
            p.evalMultiple = d.evaluated ? d.evalReturn : NAN;
            p.metrics = {{"actor loss", d.actorLoss}, {"critic loss", d.criticLoss}};
            if (d.episodeEnded) {
                p.metrics.emplace_back("episode return", d.episodeReturn);
            }
            return options.progress(p);
        };
    }
    o.cancel = options.cancel;
    auto trained = trainDdpg(env, evalEnv, o);
    if (!trained) {
        return trained.status();
    }
    AllocationPolicy p;
    p.network = trained->actor;
    p.signature = AllocationEnv::signature(market.scenario());
    p.steps = trained->steps;
    p.episodes = trained->episodes;
    p.seconds = trained->seconds;
    p.finalEvalEffect = trained->finalEvalReturn * evalEnv.rewardScale();
    p.converged = trained->converged;
    p.history = trained->history;
    p.trainedBudget = market.scenario().budget;
    p.trainedOpen = openCells(market.scenario());
    for (auto& h : p.history) {
        h.evalReturn *= evalEnv.rewardScale();
        h.episodeReturn *= evalEnv.rewardScale();
    }
    return p;
}

Result<std::vector<double>> RlAllocator::run(const Market& market, const Constraints& c, const AllocationOptions&) const
{
    using R = Result<std::vector<double>>;
    if (m_policy.signature != AllocationEnv::signature(market.scenario())) {
        return R::failure("the trained policy is for other channels, phases or tiers; train it again");
    }
    AllocationEnv::Options o;
    o.train = false;
    o.budget = c.budget();
    AllocationEnv env(market, o);
    if (m_policy.network.empty() || m_policy.network.layers.front().in != env.stateSize()) {
        return R::failure("the trained policy does not fit this scenario; train it again");
    }
    Random rng(1);
    std::vector<float> state(static_cast<size_t>(env.stateSize())), next(state.size());
    float action = 0;
    env.reset(rng, state.data());
    bool done = false;
    while (!done) {
        m_policy.network.act(state.data(), &action);
        env.step(&action, next.data(), done);
        state.swap(next);
    }
    return env.amounts();
}

void storeNetwork(StoredModel& m, const std::string& prefix, const PolicyNetwork& network)
{
    for (size_t l = 0; l < network.layers.size(); ++l) {
        const DenseLayer& d = network.layers[l];
        m.tensors[prefix + "layer" + std::to_string(l) + ".weight"] = TensorData{d.out, d.in, d.weight};
        m.tensors[prefix + "layer" + std::to_string(l) + ".bias"] = TensorData{1, d.out, d.bias};
    }
}

Result<PolicyNetwork> loadNetwork(const StoredModel& m, const std::string& prefix, int layers,
                                  const std::string& scenario)
{
    using R = Result<PolicyNetwork>;
    PolicyNetwork network;
    int in = -1;
    for (int l = 0; l < layers; ++l) {
        const auto w = m.tensors.find(prefix + "layer" + std::to_string(l) + ".weight");
        const auto b = m.tensors.find(prefix + "layer" + std::to_string(l) + ".bias");
        if (w == m.tensors.end() || b == m.tensors.end() || (in >= 0 && w->second.cols != in) || b->second.rows != 1
            || b->second.cols != w->second.rows || w->second.rows > 4096 || w->second.rows < 1 || w->second.cols < 1
            || w->second.values.size() != static_cast<size_t>(w->second.rows) * static_cast<size_t>(w->second.cols)
            || b->second.values.size() != static_cast<size_t>(b->second.cols)) {
            return R::failure("the stored policy of scenario " + quoteValue(scenario, 100)
                              + " has layers of the wrong shape");
        }
        for (const auto* t : {&w->second, &b->second}) {
            for (float v : t->values) {
                if (!std::isfinite(v)) {
                    return R::failure("the stored policy of scenario " + quoteValue(scenario, 100)
                                      + " holds NaN or infinite weights");
                }
            }
        }
        network.layers.push_back(DenseLayer{w->second.values, b->second.values, w->second.cols, w->second.rows});
        in = w->second.rows;
    }
    if (network.layers.empty()) {
        return R::failure("the stored policy of scenario " + quoteValue(scenario, 100) + " is damaged; train it again");
    }
    return network;
}

StoredModel rlPolicyToStored(const AllocationPolicy& p)
{
    StoredModel m;
    m.kind = "policy";
    m.texts["signature"] = p.signature;
    m.numbers["steps"] = static_cast<double>(p.steps);
    m.numbers["episodes"] = static_cast<double>(p.episodes);
    m.numbers["seconds"] = p.seconds;
    m.numbers["final_eval_effect"] = p.finalEvalEffect;
    m.numbers["converged"] = p.converged ? 1 : 0;
    m.numbers["layers"] = static_cast<double>(p.network.layers.size());
    if (p.trainedBudget > 0) {
        m.numbers["budget"] = p.trainedBudget;
        m.texts["open_cells"] = p.trainedOpen;
    }
    storeNetwork(m, "", p.network);
    // Training history: steps, episodes, actor loss, critic loss, episode return, evaluation effect.
    TensorData history{static_cast<int>(p.history.size()), 6, {}};
    for (const auto& h : p.history) {
        for (double v : {static_cast<double>(h.steps), static_cast<double>(h.episodes), h.actorLoss, h.criticLoss,
                         h.episodeReturn, h.evalReturn}) {
            history.values.push_back(std::isfinite(v) ? static_cast<float>(v) : 0.0f);
        }
    }
    if (!p.history.empty()) {
        m.tensors["history"] = history;
    }
    return m;
}

Result<AllocationPolicy> rlPolicyFromStored(const StoredModel& m, const std::string& scenario)
{
    using R = Result<AllocationPolicy>;
    AllocationPolicy p;
    const auto layers = m.numbers.find("layers");
    const auto signature = m.texts.find("signature");
    if (m.kind != "policy" || layers == m.numbers.end() || signature == m.texts.end() || layers->second < 1
        || layers->second > 8) {
        return R::failure("the stored policy of scenario " + quoteValue(scenario, 100) + " is damaged; train it again");
    }
    p.signature = signature->second;
    if (const auto budget = m.numbers.find("budget"); budget != m.numbers.end() && std::isfinite(budget->second)) {
        p.trainedBudget = std::max(0.0, budget->second);
    }
    if (const auto open = m.texts.find("open_cells"); open != m.texts.end()) {
        p.trainedOpen = open->second;
    }
    auto network = loadNetwork(m, "", static_cast<int>(layers->second), scenario);
    if (!network) {
        return network.status();
    }
    p.network = network.take();
    const int in = p.network.layers.back().out;
    if (in != 1) {
        return R::failure("the stored policy of scenario " + quoteValue(scenario, 100) + " does not output one action");
    }
    auto number = [&](const char* key) {
        const auto it = m.numbers.find(key);
        return it == m.numbers.end() ? 0.0 : it->second;
    };
    p.steps = static_cast<long>(number("steps"));
    p.episodes = static_cast<long>(number("episodes"));
    p.seconds = number("seconds");
    p.finalEvalEffect = number("final_eval_effect");
    p.converged = number("converged") != 0;
    return p;
}

} // namespace kol
