#include "MultiAgent.h"

#include <algorithm>

namespace kol {

void actAll(const std::vector<PolicyNetwork>& actors, const MultiAgentEnvironment& env, const float* observations,
            const float* active, float* actions)
{
    int obsAt = 0, actAt = 0;
    for (int i = 0; i < env.agentCount(); ++i) {
        const int size = env.actionSize(i);
        if (active[i] > 0) {
            actors[static_cast<size_t>(i)].act(observations + obsAt, actions + actAt);
        } else {
            std::fill(actions + actAt, actions + actAt + size, 0.0f);
        }
        obsAt += env.observationSize(i);
        actAt += size;
    }
}

double runActors(const std::vector<PolicyNetwork>& actors, MultiAgentEnvironment& env, uint64_t seed)
{
    int obsSize = 0, actSize = 0;
    for (int i = 0; i < env.agentCount(); ++i) {
        obsSize += env.observationSize(i);
        actSize += env.actionSize(i);
    }
    Random rng(seed);
    std::vector<float> state(static_cast<size_t>(env.stateSize())), nextState(state.size());
    std::vector<float> obs(static_cast<size_t>(obsSize)), nextObs(obs.size());
    std::vector<float> active(static_cast<size_t>(env.agentCount())), nextActive(active.size());
    std::vector<float> actions(static_cast<size_t>(actSize), 0.0f);
    env.reset(rng, state.data(), obs.data(), active.data());
    double total = 0;
    bool done = false;
    while (!done) {
        actAll(actors, env, obs.data(), active.data(), actions.data());
        total += env.step(actions.data(), nextState.data(), nextObs.data(), nextActive.data(), done);
        state.swap(nextState);
        obs.swap(nextObs);
        active.swap(nextActive);
    }
    return total;
}

} // namespace kol
