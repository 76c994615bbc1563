#pragma once

// The budget as a constraint on a learned policy (the offline-RL issue, item 2; after Ant Group's
// offline constrained deep RL for marketing budgets, a game-theoretic method with mixed
// policies): maximise a policy's expected value subject to its expected spend <= the budget, as a
// Lagrangian game. The policy player best-responds to the multiplier lambda (a policy maximising
// value - lambda * spend); the multiplier player runs projected online gradient descent, a
// no-regret update, mu <- clip(mu + eta / sqrt(t) * clip((spend - budget) / budget, -1, 1), 0, muMax), where
// mu = lambda * budget is the multiplier in value units (lambda: value per unit of money). The
// answer is a mixture of policies kept to a constant number: after each best response the
// mixture is the best one over the policies it holds and the new one (a linear program with one
// budget constraint, whose optimum needs at most two policies), so at most two are ever stored.

#include "base/Result.h"

#include <functional>
#include <vector>

namespace kol {

// A deterministic policy's offline estimates: expected value (the reward's units) and expected
// spend (currency units), and an id the best response gives it.
struct PolicyFigures
{
    int id = -1;
    double value = 0;
    double spend = 0;
};

// The policy maximising value - lambda * spend (lambda >= 0: value per unit of money), or why
// there is none.
using BestResponse = std::function<Result<PolicyFigures>(double lambda)>;

struct GameOptions
{
    double budget = 0; // currency units
    int iterations = 200;
    // eta: the multiplier's step (value units) per unit of relative overspend; 0: the first best
    // response's value, so that the step is in the problem's own scale.
    double step = 0;
    // The multiplier's upper bound, value units; 0: a million steps (the problem's own scale).
    double muMax = 0;
    // Policies the mixture may use from the start (distinct ids), e.g. the cheapest one, so that a
    // budget some known policy keeps is never reported as kept by none.
    std::vector<PolicyFigures> initial;
    // Called after each iteration with its figures; return false to cancel.
    std::function<bool(const struct GameIteration&)> progress;
};

// One iteration: the multiplier played, the best response's figures, the mixture after it, and the
// duality gap: the best dual bound so far (min over the multipliers played of the Lagrangian at
// their best response, an upper bound on the constrained optimum) less the mixture's value when it
// keeps the budget (else the gap is reported against the cheapest policy held, and marked).
struct GameIteration
{
    int iteration = 0;
    double lambda = 0; // value per unit of money
    PolicyFigures response;
    double mixtureValue = 0;
    double mixtureSpend = 0;
    double dualBound = 0;
    double dualityGap = 0;
    bool feasible = false; // the mixture's expected spend is within the budget
    int storedPolicies = 0;
};

// A mixture of at most two policies: play `policies[i]` with probability `weights[i]`.
struct PolicyMixture
{
    std::vector<PolicyFigures> policies;
    std::vector<double> weights;
    double value = 0;
    double spend = 0;
};

struct GameResult
{
    PolicyMixture mixture;
    std::vector<GameIteration> iterations;
};

// Plays the game for options.iterations rounds. Fails when a best response fails or the run is
// cancelled; a budget that no policy held keeps is not a failure (the last iteration says
// feasible = false and the mixture is the cheapest policy seen).
Result<GameResult> playLagrangianGame(const BestResponse& bestResponse, const GameOptions& options);

// The best mixture of `candidates` whose expected spend is at most `budget`: one policy, or two
// mixed so that the spend is exactly the budget (the linear program's optimum); the cheapest
// candidate alone when none keeps the budget.
PolicyMixture bestMixture(const std::vector<PolicyFigures>& candidates, double budget);

} // namespace kol
