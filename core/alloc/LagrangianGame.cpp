#include "LagrangianGame.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kol {

PolicyMixture bestMixture(const std::vector<PolicyFigures>& candidates, double budget)
{
    PolicyMixture best;
    double bestValue = -std::numeric_limits<double>::infinity();
    const double tolerance = 1e-9 * std::max(1.0, std::abs(budget));
    auto consider = [&](PolicyMixture m) {
        if (m.value > bestValue + 1e-12 * std::max(1.0, std::abs(m.value))) {
            bestValue = m.value;
            best = std::move(m);
        }
    };
    for (size_t i = 0; i < candidates.size(); ++i) {
        const PolicyFigures& a = candidates[i];
        if (a.spend <= budget + tolerance) {
            consider({{a}, {1.0}, a.value, a.spend});
        }
        for (size_t j = 0; j < candidates.size(); ++j) {
            const PolicyFigures& b = candidates[j];
            // a below the budget, b above it: mixed to spend exactly the budget.
            if (i == j || !(a.spend < budget - tolerance) || !(b.spend > budget + tolerance)) {
                continue;
            }
            const double wb = (budget - a.spend) / (b.spend - a.spend);
            consider({{a, b}, {1 - wb, wb}, (1 - wb) * a.value + wb * b.value, budget});
        }
    }
    if (best.policies.empty() && !candidates.empty()) { // nothing keeps the budget: the cheapest
        const auto cheapest = std::min_element(candidates.begin(), candidates.end(),
                                               [](const auto& x, const auto& y) { return x.spend < y.spend; });
        best = {{*cheapest}, {1.0}, cheapest->value, cheapest->spend};
    }
    return best;
}

Result<GameResult> playLagrangianGame(const BestResponse& bestResponse, const GameOptions& o)
{
    using R = Result<GameResult>;
    if (!(o.budget > 0) || o.iterations < 1) {
        return R::failure("the Lagrangian game needs a budget above 0 and at least one iteration");
    }
    GameResult result;
    // Policies known before the first iteration (e.g. the cheapest): the mixture may use them.
    result.mixture = bestMixture(o.initial, o.budget);
    double mu = 0, step = o.step; // the multiplier in value units: lambda = mu / budget
    double dualBound = std::numeric_limits<double>::infinity();
    for (int t = 1; t <= o.iterations; ++t) {
        const double lambda = mu / o.budget;
        auto response = bestResponse(lambda);
        if (!response) {
            return response.status();
        }
        const PolicyFigures r = response.value();
        if (!(step > 0)) {
            step = std::max(1e-9, std::abs(r.value));
        }
        // The dual function at lambda: the Lagrangian at its best response.
        dualBound = std::min(dualBound, r.value - lambda * (r.spend - o.budget));
        std::vector<PolicyFigures> candidates = result.mixture.policies;
        if (std::none_of(candidates.begin(), candidates.end(), [&](const auto& p) { return p.id == r.id; })) {
            candidates.push_back(r);
        }
        result.mixture = bestMixture(candidates, o.budget);
        GameIteration it;
        it.iteration = t;
        it.lambda = lambda;
        it.response = r;
        it.mixtureValue = result.mixture.value;
        it.mixtureSpend = result.mixture.spend;
        it.feasible = result.mixture.spend <= o.budget * (1 + 1e-9);
        it.dualBound = dualBound;
        it.dualityGap = dualBound - result.mixture.value;
        it.storedPolicies = static_cast<int>(result.mixture.policies.size());
        result.iterations.push_back(it);
        // The multiplier player: projected online gradient descent on the Lagrangian, the gradient
        // (relative overspend) clipped to [-1, 1] so that one far-off response cannot throw the
        // multiplier where a hundred iterations cannot bring it back.
        const double overspend = std::clamp((r.spend - o.budget) / o.budget, -1.0, 1.0);
        const double muMax = o.muMax > 0 ? o.muMax : 1e6 * step;
        mu = std::clamp(mu + step / std::sqrt(static_cast<double>(t)) * overspend, 0.0, muMax);
        if (o.progress && !o.progress(it)) {
            return R::failure("cancelled");
        }
    }
    return result;
}

} // namespace kol
