#pragma once

// The method `offline` (the offline-RL issue): an allocation policy learned from the campaign
// history alone, with the budget as a constraint (after Ant Group's offline constrained deep RL
// for marketing budget allocation: value-based, a Lagrangian game, mixed policies).
//
// - Transitions: each past campaign is an episode over the scenario's phases. State: the budget
//   (log of the campaign's total spend, in millions), the share of it still to spend, and the
//   money each channel has had so far (its build-up: carry-over). Action: the phase's spend per
//   channel and tier in money (millions of currency units), so a plan never puts more into a cell
//   in a phase than some past campaign did. Reward: what the phase's cells reached, valued with
//   the scenario's reach and engagement weights over the history's medians.
// - Q-function: per phase, ridge regression on features of state and action (each cell's money
//   and its square root, the root times the channel's build-up), fitted by backward fitted Q
//   iteration on the logged transitions only.
// - Guard against actions the log never tried: a support constraint and pessimism. The policy
//   only takes the log's own phase actions (the money per cell of up to 128 logged campaigns per
//   phase), so the Q-function is never asked about an action outside the log's support; and it
//   rates each at its lower confidence bound, Q - kappa * the ridge fit's standard error at that
//   state and action (kappa = 1), so an action logged in states unlike this one counts for less.
// - Budget: the Lagrangian game of LagrangianGame.h; each best response is the greedy policy of
//   the Q-function fitted with reward - lambda * spend. Its plan at the scenario's budget is the
//   policy rolled out from the start (the state does not depend on outcomes, so the rollout is
//   exact). The plan to book is the best response within the budget with the highest lower
//   confidence bound. Every plan is valued by one
//   estimator, fitted Q evaluation of the plan with the reward alone (off-policy, from the log alone), and the
//   recommended plan's value gets a bootstrap interval over the past campaigns.

#include "LagrangianGame.h"
#include "base/Result.h"
#include "model/CampaignHistory.h"
#include "model/Scenario.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace kol {

struct OfflineOptions
{
    int iterations = 100; // of the Lagrangian game
    int candidates = 128; // logged actions per phase the policy chooses among
    double ridge = 1e-2;  // the Q-regression's L2 penalty, relative to the features' scale
    double pessimism = 1; // kappa: the greedy step rates actions at Q - kappa * its standard error
    int resamples = 100;  // bootstrap resamples of the campaigns for the estimate's interval
    uint64_t seed = 1;
    std::function<bool(const GameIteration&)> progress; // return false to cancel
    const std::atomic<bool>* cancel = nullptr;
};

// One policy of the mixture as a plan at the scenario's budget (per cell, the matrix's flat
// order, currency units), with the Q-function's estimate of its value and its spend.
struct OfflinePlan
{
    std::vector<double> amounts;
    double value = 0; // reward units (logged value)
    double spend = 0;
};

// An off-policy estimate of a plan's value from the log alone (fitted Q evaluation), in reward
// units (the log's value units), with its bootstrap spread over the past campaigns.
struct OffPolicyEstimate
{
    double value = 0;
    double standardError = 0;
    double low = 0, high = 0; // the 90% interval: value +- 1.645 standard errors, low never below 0
    int resamples = 0;
};

struct OfflineResult
{
    std::vector<OfflinePlan> plans; // at most two
    std::vector<double> weights;
    // The plan to book: of the game's best responses within the budget, the one with the highest
    // lower confidence bound (value - pessimism * its standard error); the cheapest where none
    // keeps the budget (withinBudget false). Its index in `plans` (-1: the mixture does not hold it).
    OfflinePlan recommendation;
    int recommended = -1;
    bool withinBudget = true;
    int responses = 0; // distinct best responses the game met
    // The off-policy estimate, cross-fitted (crossFitted true: with 10 or more campaigns): the plan
    // the method learns from one half of the campaigns valued on the other half, both ways,
    // averaged; it leans low (half the data) but is free of the optimism of choosing among many
    // estimates on the same data. Else the recommendation's own estimate, with that optimism.
    OffPolicyEstimate estimate;
    bool crossFitted = false;
    std::vector<GameIteration> iterations;
    int campaigns = 0; // episodes learned from
    // The mean reward of the past campaigns that spent within 1.5x of the budget, and how many did;
    // with none (loggedNear 0), the mean over all past campaigns.
    double loggedValue = 0;
    int loggedNear = 0;
    double seconds = 0;
};

// Learns from `history` for `scenario` (its axes, budget and disabled cells). Fails naming the
// reason when fewer than 5 past campaigns spent money in the scenario's enabled cells, when they
// reached nothing there, or when cancelled.
Result<OfflineResult> trainOffline(const CampaignHistory& history, const Scenario& scenario,
                                   const OfflineOptions& options);

} // namespace kol
