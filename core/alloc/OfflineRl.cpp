#include "OfflineRl.h"

#include "OfflineEpisodes.h"
#include "OfflineLearner.h"
#include "base/Hash.h"
#include "base/Random.h"

#include <Eigen/Dense>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

namespace kol {

namespace {
using offline::Episode;
using offline::kMillion;
using offline::Learner;

// Bootstrap weights over `n` campaigns: each drawn n times with replacement.
Eigen::VectorXd resampleWeights(int n, Random& random)
{
    Eigen::VectorXd w = Eigen::VectorXd::Zero(n);
    for (int k = 0; k < n; ++k) {
        w(static_cast<Eigen::Index>(random.below(static_cast<uint64_t>(n)))) += 1;
    }
    return w;
}

// The spread of bootstrap `values` around `estimate`: their standard deviation, and the 90%
// interval estimate +- 1.645 of it, never below 0 (rewards are reach and engagements). Normal
// rather than percentile: ridge fits on resamples lean toward the mean, so the percentiles of a
// small log can leave the estimate at or outside their own ends.
OffPolicyEstimate spreadOf(double estimate, std::vector<double> values)
{
    OffPolicyEstimate e;
    e.value = estimate;
    e.resamples = static_cast<int>(values.size());
    if (values.size() < 2) {
        e.low = e.high = estimate;
        return e;
    }
    double mean = 0, square = 0;
    for (double v : values) {
        mean += v / static_cast<double>(values.size());
    }
    for (double v : values) {
        square += (v - mean) * (v - mean) / static_cast<double>(values.size() - 1);
    }
    e.standardError = std::sqrt(square);
    e.low = std::max(0.0, estimate - 1.645 * e.standardError);
    e.high = estimate + 1.645 * e.standardError;
    return e;
}

// One game on `learner`: its result, every best response met (by id) and the plan to book.
struct Played
{
    GameResult game;
    std::map<uint64_t, Learner::Policy> seen;
    uint64_t chosen = 0;
};

Result<Played> play(const Learner& learner, const Scenario& scenario, const OfflineOptions& o, bool report)
{
    Played out;
    const BestResponse respond = [&](double lambda) -> Result<PolicyFigures> {
        if (o.cancel && o.cancel->load()) {
            return Result<PolicyFigures>::failure("cancelled");
        }
        Learner::Policy policy = learner.bestResponse(lambda * kMillion);
        Fingerprint id;
        for (int c : policy.choice) {
            id.add(static_cast<uint64_t>(c));
        }
        const PolicyFigures figures{static_cast<int>(id.value() & 0x7fffffff), policy.value, policy.spend};
        out.seen.emplace(static_cast<uint64_t>(figures.id), std::move(policy));
        return figures;
    };
    GameOptions game;
    game.budget = scenario.budget;
    game.iterations = o.iterations;
    game.progress = [&](const GameIteration& it) {
        return !(o.cancel && o.cancel->load()) && (!report || !o.progress || o.progress(it));
    };
    // The cheapest plan the log supports (the best response to a prohibitive multiplier), known to
    // the mixture from the start: a budget it keeps is never said to be kept by none.
    if (auto cheapest = respond(1e6 / kMillion)) {
        game.initial.push_back(cheapest.value());
    } else {
        return Result<Played>::failure(cheapest.error() == "cancelled" ? "training was cancelled" : cheapest.error());
    }
    auto played = playLagrangianGame(respond, game);
    if (!played) {
        return Result<Played>::failure(played.error() == "cancelled" ? "training was cancelled" : played.error());
    }
    out.game = played.take();
    // The plan to book: of the best responses within the budget, the one with the highest lower
    // confidence bound (value - kappa standard errors), so that picking the best of many estimates
    // does not undo the pessimism; the cheapest where none keeps the budget.
    const Learner::Policy* chosen = nullptr;
    const auto lower = [&](const Learner::Policy& p) {
        return p.value - o.pessimism * p.standardError;
    };
    for (const auto& [id, p] : out.seen) {
        const bool within = p.spend <= scenario.budget * (1 + 1e-9);
        const bool chosenWithin = chosen && chosen->spend <= scenario.budget * (1 + 1e-9);
        if (!chosen || (within && (!chosenWithin || lower(p) > lower(*chosen)))
            || (!within && !chosenWithin && p.spend < chosen->spend)) {
            chosen = &p;
            out.chosen = id;
        }
    }
    return out;
}
} // namespace

Result<OfflineResult> trainOffline(const CampaignHistory& history, const Scenario& scenario, const OfflineOptions& o)
{
    using R = Result<OfflineResult>;
    const auto start = std::chrono::steady_clock::now();
    std::vector<Episode> episodes = offlineEpisodes(history, scenario);
    if (episodes.size() < 5) {
        return R::failure("the campaign history has " + std::to_string(episodes.size())
                          + " past campaign(s) with money in this scenario's cells; the offline method needs at "
                            "least 5 (import campaigns)");
    }
    if (!(scenario.budget > 0)) {
        return R::failure("the scenario has no budget");
    }
    if (std::all_of(episodes.begin(), episodes.end(), [](const Episode& e) {
            return std::all_of(e.reward.begin(), e.reward.end(), [](double r) { return !(r > 0); });
        })) {
        return R::failure("the past campaigns reached nothing in this scenario's cells (every reach and engagement "
                          "is 0): there is no value to learn from");
    }
    OfflineResult result;
    result.campaigns = static_cast<int>(episodes.size());
    // Two halves of the campaigns (a seeded shuffle) for the cross-fitted estimate below.
    std::vector<Episode> halves[2];
    {
        std::vector<size_t> order(episodes.size());
        for (size_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        Random shuffle(o.seed ^ 0xC2055F17ULL);
        for (size_t i = order.size() - 1; i > 0; --i) {
            std::swap(order[i], order[shuffle.below(i + 1)]);
        }
        for (size_t k = 0; k < order.size(); ++k) {
            halves[k % 2].push_back(episodes[order[k]]);
        }
    }
    const Learner learner(std::move(episodes), scenario, o);
    auto played = play(learner, scenario, o, true);
    if (!played) {
        return played.status();
    }
    result.iterations = played->game.iterations;
    const PolicyMixture& mixture = played->game.mixture;
    for (size_t i = 0; i < mixture.policies.size(); ++i) {
        const Learner::Policy& p = played->seen.at(static_cast<uint64_t>(mixture.policies[i].id));
        result.plans.push_back({p.amounts, p.value, p.spend});
        result.weights.push_back(mixture.weights[i]);
    }
    const Learner::Policy& chosen = played->seen.at(played->chosen);
    result.withinBudget = chosen.spend <= scenario.budget * (1 + 1e-9);
    result.recommendation = {chosen.amounts, chosen.value, chosen.spend};
    result.responses = static_cast<int>(played->seen.size());
    result.recommended = -1;
    for (size_t i = 0; i < mixture.policies.size(); ++i) {
        result.recommended = static_cast<uint64_t>(mixture.policies[i].id) == played->chosen ? static_cast<int>(i)
                                                                                             : result.recommended;
    }
    // The estimate, cross-fitted: the plan learned on one half of the campaigns is valued on the
    // other half and the other way round, so that choosing among many estimates on the same data
    // (the winner's curse) does not inflate it. It values what the method learns from half the
    // log, so it leans low. Its spread: bootstrap resamples of each evaluation half.
    if (halves[0].size() >= 5 && halves[1].size() >= 5) {
        const Learner half[2]
            = {Learner(std::move(halves[0]), scenario, o), Learner(std::move(halves[1]), scenario, o)};
        std::vector<std::vector<double>> actions[2];
        for (int h = 0; h < 2; ++h) {
            OfflineOptions quiet = o;
            quiet.progress = nullptr;
            auto learned = play(half[h], scenario, quiet, false);
            if (!learned) {
                return learned.status();
            }
            actions[h] = half[h].actionsOf(learned->seen.at(learned->chosen).choice);
        }
        const auto crossFitted = [&](const Eigen::VectorXd* w0, const Eigen::VectorXd* w1) {
            return 0.5
                * (half[1].evaluateActions(actions[0], w1 ? *w1 : Eigen::VectorXd::Ones(half[1].size()))
                   + half[0].evaluateActions(actions[1], w0 ? *w0 : Eigen::VectorXd::Ones(half[0].size())));
        };
        Random random(o.seed ^ 0x0FF11E);
        std::vector<double> values;
        for (int b = 0; b < o.resamples; ++b) {
            if (o.cancel && o.cancel->load()) {
                return R::failure("training was cancelled");
            }
            const Eigen::VectorXd w0 = resampleWeights(half[0].size(), random);
            const Eigen::VectorXd w1 = resampleWeights(half[1].size(), random);
            values.push_back(crossFitted(&w0, &w1));
        }
        result.estimate = spreadOf(crossFitted(nullptr, nullptr), std::move(values));
        result.crossFitted = true;
    } else {
        Random random(o.seed ^ 0x0FF11E);
        std::vector<double> values;
        for (int b = 0; b < o.resamples; ++b) {
            values.push_back(learner.evaluate(chosen.choice, resampleWeights(learner.size(), random)));
        }
        result.estimate = spreadOf(chosen.value, std::move(values));
    }
    std::tie(result.loggedValue, result.loggedNear) = learner.meanLoggedReward(scenario.budget);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace kol
