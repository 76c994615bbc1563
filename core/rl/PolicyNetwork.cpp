#include "Ddpg.h"

#include <algorithm>
#include <cmath>

namespace kol {

void PolicyNetwork::act(const float* state, float* action) const
{
    std::vector<float> x(state, state + (layers.empty() ? 0 : layers.front().in)), y;
    for (size_t l = 0; l < layers.size(); ++l) {
        const DenseLayer& d = layers[l];
        y.assign(static_cast<size_t>(d.out), 0.0f);
        for (int o = 0; o < d.out; ++o) {
            float sum = d.bias[static_cast<size_t>(o)];
            const float* w = d.weight.data() + static_cast<size_t>(o) * static_cast<size_t>(d.in);
            for (int i = 0; i < d.in; ++i) {
                sum += w[i] * x[static_cast<size_t>(i)];
            }
            y[static_cast<size_t>(o)] = l + 1 < layers.size() ? std::max(0.0f, sum) : std::tanh(sum);
        }
        x.swap(y);
    }
    std::copy(x.begin(), x.end(), action);
}

double evaluatePolicy(const PolicyNetwork& policy, Environment& env, int episodes, uint64_t seed)
{
    Random rng(seed);
    std::vector<float> state(static_cast<size_t>(env.stateSize())), next(state.size());
    std::vector<float> action(static_cast<size_t>(env.actionSize()));
    double total = 0;
    for (int e = 0; e < episodes; ++e) {
        env.reset(rng, state.data());
        bool done = false;
        while (!done) {
            policy.act(state.data(), action.data());
            total += env.step(action.data(), next.data(), done);
            state.swap(next);
        }
    }
    return total / std::max(1, episodes);
}

} // namespace kol
