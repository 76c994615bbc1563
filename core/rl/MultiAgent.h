#pragma once

// Multi-agent DDPG with a centralised critic (MADDPG, Lowe et al. 2017) as the engine sees it: a
// cooperative task with several agents, options, progress and the trained actors. The trainer
// runs in the training module (LibTorch); the actors run in plain C++ (PolicyNetwork).

#include "Environment.h"
#include "base/Result.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace kol {

/// A cooperative task for several agents that share one reward. Each step every agent sees its
/// own local observation and acts; agents that have nothing to decide at a step are inactive
/// (their action is ignored and the critic sees it as zeros). The critic sees the global state and
/// every agent's action (centralised training); an actor sees only its observation (decentralised
/// execution). Observations and actions of all agents are concatenated in agent order; actions
/// are in [-1, 1] per dimension.
class MultiAgentEnvironment
{
public:
    virtual ~MultiAgentEnvironment() = default;
    virtual int stateSize() const = 0;
    virtual int agentCount() const = 0;
    virtual int observationSize(int agent) const = 0;
    virtual int actionSize(int agent) const = 0;
    /// A short name for the agent ("budget", a channel's name): progress names its return so.
    virtual std::string agentName(int agent) const = 0;
    /// Starts an episode: writes the global state, every agent's observation and which agents act
    /// (1 or 0 per agent).
    virtual void reset(Random& rng, float* state, float* observations, float* active) = 0;
    /// Applies the active agents' actions; writes the next state, observations and active agents;
    /// returns the shared reward; `done` ends the episode.
    virtual double step(const float* actions, float* nextState, float* nextObservations, float* nextActive, bool& done)
        = 0;
    /// Per agent, its part of the episode just finished (what the charts show as one return per
    /// agent); by default every agent's is the team's return.
    virtual std::vector<double> agentReturns(double teamReturn) const
    {
        return std::vector<double>(static_cast<size_t>(agentCount()), teamReturn);
    }
};

struct MaddpgProgress
{
    long steps = 0;
    long episodes = 0;
    double actorLoss = 0;
    double criticLoss = 0;
    double episodeReturn = 0;         // team return of the last finished episode
    std::vector<double> agentReturns; // per agent, of that episode (agentReturns)
    double evalReturn = 0;            // of the last evaluation (NaN before the first)
    bool evaluated = false;
    bool episodeEnded = false;
};

struct MaddpgOptions
{
    std::vector<int> actorHidden{64, 64};
    std::vector<int> criticHidden{256, 256};
    double gamma = 1.0;
    double tau = 0.01;
    double actorLearningRate = 5e-4;
    double criticLearningRate = 1e-3;
    int batch = 128;
    int bufferSize = 50000;
    int learningStarts = 1000; // uniformly random actions before learning starts
    long actorStarts = 2000;   // the actors wait for this step (the critic learns first)
    double actorFinalInit = 3e-3;
    long totalSteps = 20000;
    double noise = 0.3;
    double noiseDecay = 0.995; // per episode
    double noiseMin = 0.03;
    double gradientClip = 10.0;
    uint64_t seed = 1;
    long evalEvery = 500; // steps between evaluations of the deterministic actors; 0 = never
    int patience = 6;     // stop after 2 x patience evaluations without a relative gain of
    double tolerance = 0.002;
    std::function<bool(const MaddpgProgress&)> progress; // return false to cancel
    const std::atomic<bool>* cancel = nullptr;
};

struct MaddpgResult
{
    std::vector<PolicyNetwork> actors; // per agent: its observation in, its action out
    long steps = 0;
    long episodes = 0;
    bool converged = false;
    long convergedAt = 0; // the step of the best evaluation
    double finalEvalReturn = 0;
    std::vector<MaddpgProgress> history; // one entry per evaluation
    double seconds = 0;
};

/// Decentralised execution: each active agent's actor acts on its own slice of `observations`
/// (concatenated in agent order) and writes its slice of `actions`; inactive agents' are 0.
void actAll(const std::vector<PolicyNetwork>& actors, const MultiAgentEnvironment& env, const float* observations,
            const float* active, float* actions);

/// One deterministic episode of `actors` on `env` (each acting on its own observation); returns
/// the team return.
double runActors(const std::vector<PolicyNetwork>& actors, MultiAgentEnvironment& env, uint64_t seed);

} // namespace kol
