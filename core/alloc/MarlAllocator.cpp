#include "MarlAllocator.h"

#include "AllocationEnv.h"
#include "Constraints.h"
#include "MarlEnv.h"
#include "RlAllocator.h"
#include "base/Amount.h"
#include "base/Text.h"
#include "model/Vocabulary.h"
#include "training/Training.h"

#include <cmath>
#include <fmt/format.h>

namespace kol {

Result<MarlPolicy> trainMarlPolicy(const Market& market, const TrainOptions& options)
{
    if (auto feasible = Constraints::make(market.scenario(), market.scenario().budget); !feasible) {
        return feasible.status();
    }
    MarlEnv env(market, MarlEnv::Options{});
    MarlEnv::Options evalOptions;
    evalOptions.train = false;
    MarlEnv evalEnv(market, evalOptions);
    MaddpgOptions o;
    o.actorHidden = {64, 64};
    o.criticHidden = {256, 256};
    o.gamma = 1.0; // finite episodes: the rewards add up to the plan's net effect
    o.tau = 0.005;
    o.actorLearningRate = options.learningRate / 10;
    o.criticLearningRate = options.learningRate;
    o.batch = 128;
    o.bufferSize = 50000;
    o.learningStarts = 1000;
    o.actorStarts = 3000; // the agents start at the relaxation's split; the critic learns first
    o.actorFinalInit = 3e-3;
    o.totalSteps = options.steps;
    o.noise = 0.3;
    o.noiseDecay = 0.998;
    o.noiseMin = 0.03;
    o.seed = options.seed;
    o.evalEvery = 500;
    o.patience = 6;
    o.tolerance = 0.002;
    std::vector<std::string> names;
    for (int i = 0; i < env.agentCount(); ++i) {
        names.push_back(env.agentName(i));
    }
    if (options.progress) {
        o.progress = [&options, &names, total = options.steps](const MaddpgProgress& d) {
            TrainingProgress p;
            p.steps = d.steps;
            p.totalSteps = total;
            p.episodes = d.episodes;
            p.evaluated = d.evaluated;
            p.evalMultiple = d.evaluated ? d.evalReturn : NAN;
            p.metrics = {{"actor loss", d.actorLoss}, {"critic loss", d.criticLoss}};
            if (d.episodeEnded) {
                for (size_t i = 0; i < d.agentReturns.size() && i < names.size(); ++i) {
                    p.metrics.emplace_back("return: " + names[i], d.agentReturns[i]);
                }
            }
            return options.progress(p);
        };
    }
    o.cancel = options.cancel;
    auto trained = trainMaddpg(env, evalEnv, o);
    if (!trained) {
        return trained.status();
    }
    MarlPolicy p;
    p.actors = trained->actors;
    p.agents = names;
    p.signature = AllocationEnv::signature(market.scenario());
    p.steps = trained->steps;
    p.episodes = trained->episodes;
    p.convergedAt = trained->convergedAt;
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

Result<std::vector<double>> MarlAllocator::run(const Market& market, const Constraints& c,
                                               const AllocationOptions&) const
{
    using R = Result<std::vector<double>>;
    if (m_policy.signature != AllocationEnv::signature(market.scenario())) {
        return R::failure("the trained marl policy is for other channels, phases or tiers; train it again");
    }
    MarlEnv::Options o;
    o.train = false;
    o.budget = c.budget();
    MarlEnv env(market, o);
    if (static_cast<int>(m_policy.actors.size()) != env.agentCount()) {
        return R::failure("the trained marl policy does not fit this scenario; train it again");
    }
    for (int i = 0; i < env.agentCount(); ++i) {
        if (m_policy.agents.size() == m_policy.actors.size()
            && m_policy.agents[static_cast<size_t>(i)] != env.agentName(i)) {
            return R::failure("the trained marl policy is for other channels; train it again");
        }
        const PolicyNetwork& actor = m_policy.actors[static_cast<size_t>(i)];
        if (actor.empty() || actor.layers.front().in != env.observationSize(i)
            || actor.layers.back().out != env.actionSize(i)) {
            return R::failure("the trained marl policy does not fit this scenario; train it again");
        }
    }
    runActors(m_policy.actors, env, 1);
    if (!env.feasible()) {
        return R::failure("the scenario's constraints cannot be met at this budget");
    }
    return env.amounts();
}

StoredModel marlPolicyToStored(const MarlPolicy& p)
{
    StoredModel m;
    m.kind = "marl policy";
    m.texts["signature"] = p.signature;
    m.texts["agents"] = joinNames(p.agents, "\n");
    m.numbers["steps"] = static_cast<double>(p.steps);
    m.numbers["episodes"] = static_cast<double>(p.episodes);
    m.numbers["converged_at"] = static_cast<double>(p.convergedAt);
    m.numbers["seconds"] = p.seconds;
    m.numbers["final_eval_effect"] = p.finalEvalEffect;
    m.numbers["converged"] = p.converged ? 1 : 0;
    m.numbers["agent_count"] = static_cast<double>(p.actors.size());
    m.numbers["budget"] = p.trainedBudget;
    m.texts["open_cells"] = p.trainedOpen;
    for (size_t i = 0; i < p.actors.size(); ++i) {
        m.numbers["agent" + std::to_string(i) + ".layers"] = static_cast<double>(p.actors[i].layers.size());
        storeNetwork(m, "agent" + std::to_string(i) + ".", p.actors[i]);
    }
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

Result<MarlPolicy> marlPolicyFromStored(const StoredModel& m, const std::string& scenario)
{
    using R = Result<MarlPolicy>;
    const auto damaged = [&] {
        return R::failure("the stored marl policy of scenario " + quoteValue(scenario, 100)
                          + " is damaged; train it again");
    };
    const auto number = [&](const std::string& key) {
        const auto it = m.numbers.find(key);
        return it == m.numbers.end() || !std::isfinite(it->second) ? -1.0 : it->second;
    };
    const auto signature = m.texts.find("signature");
    const auto agents = m.texts.find("agents");
    const double count = number("agent_count");
    if (m.kind != "marl policy" || signature == m.texts.end() || agents == m.texts.end() || count < 2
        || count > 100000) {
        return damaged();
    }
    MarlPolicy p;
    p.signature = signature->second;
    p.agents = splitList(agents->second, '\n');
    if (p.agents.size() != static_cast<size_t>(count) || p.agents.front() != "budget") {
        return damaged();
    }
    for (int i = 0; i < static_cast<int>(count); ++i) {
        const double layers = number("agent" + std::to_string(i) + ".layers");
        if (layers < 1 || layers > 8) {
            return damaged();
        }
        auto network = loadNetwork(m, "agent" + std::to_string(i) + ".", static_cast<int>(layers), scenario);
        if (!network) {
            return network.status();
        }
        p.actors.push_back(network.take());
    }
    p.steps = static_cast<long>(std::max(0.0, number("steps")));
    p.episodes = static_cast<long>(std::max(0.0, number("episodes")));
    p.convergedAt = static_cast<long>(std::max(0.0, number("converged_at")));
    p.seconds = std::max(0.0, number("seconds"));
    p.finalEvalEffect = number("final_eval_effect");
    p.converged = number("converged") > 0;
    p.trainedBudget = std::max(0.0, number("budget"));
    if (const auto open = m.texts.find("open_cells"); open != m.texts.end()) {
        p.trainedOpen = open->second;
    }
    return p;
}

Method marlMethod()
{
    Method marl{"marl", "Multi-agent RL (budget and channel agents)",
                "a budget agent splits each phase's money across channels and one agent per channel splits it "
                "across tiers; trained together with a centralised critic (MADDPG), each acts on its own view",
                true};
    marl.train = [](const Market& market, const TrainOptions& options) -> Result<StoredModel> {
        auto policy = trainMarlPolicy(market, options);
        if (!policy) {
            return policy.status();
        }
        return marlPolicyToStored(policy.value());
    };
    marl.fromPolicy = [](const StoredModel& stored, const Market& market) -> Result<std::unique_ptr<Allocator>> {
        auto policy = marlPolicyFromStored(stored, market.scenario().name);
        if (!policy) {
            return policy.status();
        }
        return std::unique_ptr<Allocator>(std::make_unique<MarlAllocator>(policy.take()));
    };
    marl.policyFits = [](const StoredModel& stored, const Market& market) {
        const auto signature = stored.texts.find("signature");
        return stored.kind == "marl policy" && signature != stored.texts.end()
            && signature->second == AllocationEnv::signature(market.scenario());
    };
    marl.policyAdvice = [](const StoredModel& stored, const Market& market) {
        return retrainAdvice("marl", stored, market);
    };
    marl.describe = [](const StoredModel& stored) {
        auto policy = marlPolicyFromStored(stored, "");
        if (!policy) {
            return policy.error();
        }
        const MarlPolicy& p = policy.value();
        return fmt::format("{} agents ({}) trained for {} steps ({} episodes) in {:.1f} s; best evaluation at step "
                           "{}, {}; final evaluation effect {:.1f}",
                           p.actors.size(), joinNames(p.agents, ", "), p.steps, p.episodes, p.seconds, p.convergedAt,
                           p.converged ? "converged" : "not converged", p.finalEvalEffect);
    };
    return marl;
}

} // namespace kol
