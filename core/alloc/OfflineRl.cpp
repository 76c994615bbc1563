#include "OfflineRl.h"

#include "OfflineEpisodes.h"
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
constexpr double kMillion = 1e6;

using Episode = OfflineEpisode;

// The learner: the episodes on the scenario's axes, the features and the fitted Q-functions.
class Learner
{
public:
    Learner(std::vector<Episode> episodes, const Scenario& scenario, const OfflineOptions& o)
        : m_episodes(std::move(episodes))
        , m_scenario(scenario)
        , m_channels(scenario.matrix().channelCount())
        , m_tiers(scenario.matrix().tierCount())
        , m_phases(scenario.matrix().phaseCount())
    {
        m_kappa = o.pessimism;
        m_ridge = o.ridge;
        const int n = static_cast<int>(m_episodes.size());
        const StrategyMatrix& m = scenario.matrix();
        m_enabled.assign(static_cast<size_t>(m_phases), std::vector<bool>(static_cast<size_t>(cells()), true));
        for (int p = 0; p < m_phases; ++p) {
            for (int c = 0; c < m_channels; ++c) {
                for (int t = 0; t < m_tiers; ++t) {
                    m_enabled[static_cast<size_t>(p)][static_cast<size_t>(c * m_tiers + t)] = m.cell(c, p, t).enabled;
                }
            }
        }
        // Candidate actions per phase: the log's own phase spends (money per cell).
        Random random(o.seed);
        for (int p = 0; p < m_phases; ++p) {
            std::vector<int> order(static_cast<size_t>(n));
            for (int i = 0; i < n; ++i) {
                order[static_cast<size_t>(i)] = i;
            }
            for (int i = n - 1; i > 0; --i) {
                std::swap(order[static_cast<size_t>(i)], order[random.below(static_cast<uint64_t>(i) + 1)]);
            }
            std::vector<std::vector<double>> candidates;
            for (int k = 0; k < std::min(n, o.candidates); ++k) {
                const Episode& e = m_episodes[static_cast<size_t>(order[static_cast<size_t>(k)])];
                candidates.push_back(e.money[static_cast<size_t>(p)]);
            }
            m_candidates.push_back(std::move(candidates));
        }
        // Logged features per phase, their standardisation and the ridge solution operator.
        for (int p = 0; p < m_phases; ++p) {
            Eigen::MatrixXd phi(n, features());
            for (int i = 0; i < n; ++i) {
                phi.row(i) = raw(stateOf(i, p), m_episodes[static_cast<size_t>(i)].money[static_cast<size_t>(p)]);
            }
            Eigen::VectorXd mean = phi.colwise().mean();
            Eigen::VectorXd scale = ((phi.rowwise() - mean.transpose()).array().square().colwise().mean().sqrt());
            mean(0) = 0;
            for (Eigen::Index j = 0; j < scale.size(); ++j) {
                scale(j) = j == 0 || scale(j) < 1e-9 ? 1.0 : scale(j);
            }
            m_mean.push_back(mean);
            m_scale.push_back(scale);
            const Eigen::MatrixXd z = standardise(phi, p);
            Eigen::MatrixXd gram = z.transpose() * z;
            for (Eigen::Index j = 1; j < gram.rows(); ++j) {
                gram(j, j) += o.ridge * n;
            }
            gram(0, 0) += 1e-9;
            const Eigen::MatrixXd inverse = gram.ldlt().solve(Eigen::MatrixXd::Identity(gram.rows(), gram.cols()));
            m_solve.push_back(inverse * z.transpose());
            m_covariance.push_back(inverse);
            m_logged.push_back(z);
        }
        // The greedy step's features at every logged next state, for each candidate (fixed).
        m_next.resize(static_cast<size_t>(m_phases));
        m_nextWidth.emplace_back(); // phase 0 has no next-state rows
        for (int p = 1; p < m_phases; ++p) {
            const int j = static_cast<int>(m_candidates[static_cast<size_t>(p)].size());
            Eigen::MatrixXf all(static_cast<Eigen::Index>(n) * j, features());
            for (int i = 0; i < n; ++i) {
                const State s = stateOf(i, p);
                for (int k = 0; k < j; ++k) {
                    all.row(static_cast<Eigen::Index>(i) * j + k)
                        = standardise(raw(s, money(s, m_candidates[static_cast<size_t>(p)][static_cast<size_t>(k)], p)),
                                      p)
                              .cast<float>();
                }
            }
            // Each row's uncertainty in units of the fit's residual sd: sqrt(z' (Z'Z + ridge)^-1 z).
            const Eigen::MatrixXf cov = m_covariance[static_cast<size_t>(p)].cast<float>();
            m_nextWidth.push_back(((all * cov).cwiseProduct(all)).rowwise().sum().cwiseMax(0.0f).cwiseSqrt());
            m_next[static_cast<size_t>(p)] = std::move(all);
        }
    }

    // The greedy policy of the Q-function fitted with reward - lambdaM * spend (lambdaM: value per
    // million), rolled out at the scenario's budget.
    struct Policy
    {
        std::vector<int> choice; // candidate per phase
        std::vector<double> amounts;
        double value = 0, spend = 0;
        double standardError = 0; // of the value: the phase-0 fit's, at the start
    };
    Policy bestResponse(double lambdaM) const
    {
        const int n = static_cast<int>(m_episodes.size());
        std::vector<Eigen::VectorXd> theta(static_cast<size_t>(m_phases));
        std::vector<double> residualSd(static_cast<size_t>(m_phases), 0.0);
        Eigen::VectorXd future = Eigen::VectorXd::Zero(n);
        for (int p = m_phases - 1; p >= 0; --p) {
            Eigen::VectorXd y(n);
            for (int i = 0; i < n; ++i) {
                const Episode& e = m_episodes[static_cast<size_t>(i)];
                y(i) = e.reward[static_cast<size_t>(p)] - lambdaM * e.spend[static_cast<size_t>(p)] + future(i);
            }
            theta[static_cast<size_t>(p)] = m_solve[static_cast<size_t>(p)] * y;
            residualSd[static_cast<size_t>(p)]
                = std::sqrt((y - m_logged[static_cast<size_t>(p)] * theta[static_cast<size_t>(p)]).squaredNorm() / n);
            if (p > 0) {
                const int j = static_cast<int>(m_candidates[static_cast<size_t>(p)].size());
                // Pessimism: the lower confidence bound, kappa residual sds of the fit below.
                const Eigen::VectorXf q = m_next[static_cast<size_t>(p)] * theta[static_cast<size_t>(p)].cast<float>()
                    - static_cast<float>(m_kappa * residualSd[static_cast<size_t>(p)])
                        * m_nextWidth[static_cast<size_t>(p)];
                for (int i = 0; i < n; ++i) {
                    future(i) = q.segment(static_cast<Eigen::Index>(i) * j, j).maxCoeff();
                }
            }
        }
        // The rollout from the campaign's start at the scenario's budget.
        Policy policy;
        policy.amounts.assign(static_cast<size_t>(m_scenario.matrix().cellCount()), 0.0);
        State s{std::log(m_scenario.budget / kMillion), 1.0, std::vector<double>(static_cast<size_t>(m_channels), 0.0),
                m_scenario.budget};
        for (int p = 0; p < m_phases; ++p) {
            int best = 0;
            double bestQ = -1e300;
            const auto& candidates = m_candidates[static_cast<size_t>(p)];
            for (int k = 0; k < static_cast<int>(candidates.size()); ++k) {
                const Eigen::VectorXd z = standardise(raw(s, money(s, candidates[static_cast<size_t>(k)], p)), p);
                const double width = std::sqrt(std::max(0.0, z.dot(m_covariance[static_cast<size_t>(p)] * z)));
                const double q
                    = z.dot(theta[static_cast<size_t>(p)]) - m_kappa * residualSd[static_cast<size_t>(p)] * width;
                if (q > bestQ) {
                    bestQ = q;
                    best = k;
                }
            }
            policy.choice.push_back(best);
            const std::vector<double> m = money(s, candidates[static_cast<size_t>(best)], p);
            for (int c = 0; c < m_channels; ++c) {
                for (int t = 0; t < m_tiers; ++t) {
                    const double amount = m[static_cast<size_t>(c * m_tiers + t)] * kMillion;
                    policy.amounts[static_cast<size_t>((c * m_phases + p) * m_tiers + t)] = amount;
                    policy.spend += amount;
                    s.remaining -= amount / s.budget;
                    s.channelMoney[static_cast<size_t>(c)] += amount / kMillion;
                }
            }
        }
        policy.value = evaluate(policy.choice, Eigen::VectorXd::Ones(n), &policy.standardError);
        return policy;
    }

    // Fitted Q evaluation of the open-loop plan `choice` (a logged candidate per phase): the
    // reward-only Q-function of taking choice[p] at every phase p, fitted backward on the logged
    // transitions weighted by `weight` (all ones: the log itself; bootstrap counts: a resample),
    // read at the scenario's start. Every policy of the game is valued by this one estimator, so
    // that the mixture's figures compare like with like. With `standardError`, also the value's
    // standard error from the phase-0 fit (its residual sd times the start's leverage).
    double evaluate(const std::vector<int>& choice, const Eigen::VectorXd& weight,
                    double* standardError = nullptr) const
    {
        const int n = static_cast<int>(m_episodes.size());
        const bool plain = (weight.array() == 1.0).all();
        Eigen::VectorXd future = Eigen::VectorXd::Zero(n);
        Eigen::VectorXd theta;
        for (int p = m_phases - 1; p >= 0; --p) {
            Eigen::VectorXd y(n);
            for (int i = 0; i < n; ++i) {
                y(i) = m_episodes[static_cast<size_t>(i)].reward[static_cast<size_t>(p)] + future(i);
            }
            if (plain) {
                theta = m_solve[static_cast<size_t>(p)] * y;
            } else {
                const Eigen::MatrixXd& z = m_logged[static_cast<size_t>(p)];
                Eigen::MatrixXd gram = z.transpose() * weight.asDiagonal() * z;
                for (Eigen::Index j = 1; j < gram.rows(); ++j) {
                    gram(j, j) += m_ridge * weight.sum();
                }
                gram(0, 0) += 1e-9;
                theta = gram.ldlt().solve(z.transpose() * weight.cwiseProduct(y));
            }
            if (p > 0) {
                const int j = static_cast<int>(m_candidates[static_cast<size_t>(p)].size());
                const Eigen::VectorXf t = theta.cast<float>();
                for (int i = 0; i < n; ++i) {
                    future(i) = m_next[static_cast<size_t>(p)]
                                    .row(static_cast<Eigen::Index>(i) * j + choice[static_cast<size_t>(p)])
                                    .dot(t);
                }
            }
        }
        const State start{std::log(m_scenario.budget / kMillion), 1.0,
                          std::vector<double>(static_cast<size_t>(m_channels), 0.0), m_scenario.budget};
        const Eigen::VectorXd z0
            = standardise(raw(start, money(start, m_candidates[0][static_cast<size_t>(choice[0])], 0)), 0);
        if (standardError) {
            Eigen::VectorXd y(n);
            for (int i = 0; i < n; ++i) {
                y(i) = m_episodes[static_cast<size_t>(i)].reward[0] + future(i);
            }
            const double residualSd = std::sqrt((y - m_logged[0] * theta).squaredNorm() / std::max(1, n));
            *standardError = residualSd * std::sqrt(std::max(0.0, z0.dot(m_covariance[0] * z0)));
        }
        return z0.dot(theta);
    }

    // The phase actions (money per cell, millions) of the open-loop plan `choice`.
    std::vector<std::vector<double>> actionsOf(const std::vector<int>& choice) const
    {
        std::vector<std::vector<double>> actions;
        for (int p = 0; p < m_phases; ++p) {
            actions.push_back(
                m_candidates[static_cast<size_t>(p)][static_cast<size_t>(choice[static_cast<size_t>(p)])]);
        }
        return actions;
    }

    // Fitted Q evaluation, as evaluate(), of a plan given by its phase actions (money per cell,
    // millions), which need not be among this learner's candidates: a plan learned on other
    // campaigns, valued on these (cross-fitting).
    double evaluateActions(const std::vector<std::vector<double>>& actions, const Eigen::VectorXd& weight) const
    {
        const int n = static_cast<int>(m_episodes.size());
        Eigen::VectorXd future = Eigen::VectorXd::Zero(n);
        Eigen::VectorXd theta;
        for (int p = m_phases - 1; p >= 0; --p) {
            Eigen::VectorXd y(n);
            for (int i = 0; i < n; ++i) {
                y(i) = m_episodes[static_cast<size_t>(i)].reward[static_cast<size_t>(p)] + future(i);
            }
            const Eigen::MatrixXd& z = m_logged[static_cast<size_t>(p)];
            Eigen::MatrixXd gram = z.transpose() * weight.asDiagonal() * z;
            for (Eigen::Index j = 1; j < gram.rows(); ++j) {
                gram(j, j) += m_ridge * weight.sum();
            }
            gram(0, 0) += 1e-9;
            theta = gram.ldlt().solve(z.transpose() * weight.cwiseProduct(y));
            if (p > 0) {
                for (int i = 0; i < n; ++i) {
                    const State s = stateOf(i, p);
                    future(i) = standardise(raw(s, money(s, actions[static_cast<size_t>(p)], p)), p).dot(theta);
                }
            }
        }
        const State start{std::log(m_scenario.budget / kMillion), 1.0,
                          std::vector<double>(static_cast<size_t>(m_channels), 0.0), m_scenario.budget};
        return standardise(raw(start, money(start, actions[0], 0)), 0).dot(theta);
    }

    int size() const { return static_cast<int>(m_episodes.size()); }

    // The mean reward of the past campaigns that spent within 1.5x of `budget`, and their count;
    // with none, the mean over all and 0.
    std::pair<double, int> meanLoggedReward(double budget) const
    {
        double sum = 0, near = 0;
        int count = 0, nearCount = 0;
        for (const Episode& e : m_episodes) {
            double total = 0;
            for (double r : e.reward) {
                total += r;
            }
            sum += total;
            ++count;
            if (e.budget > budget / 1.5 && e.budget < budget * 1.5) {
                near += total;
                ++nearCount;
            }
        }
        return nearCount > 0 ? std::pair{near / nearCount, nearCount} : std::pair{count > 0 ? sum / count : 0.0, 0};
    }

private:
    struct State
    {
        double logBudget = 0;
        double remaining = 1;             // share of the budget still to spend
        std::vector<double> channelMoney; // millions so far, per channel
        double budget = 0;                // currency units
    };

    int cells() const { return m_channels * m_tiers; }
    int features() const { return 3 + m_channels + 3 * cells(); }

    State stateOf(int episode, int phase) const
    {
        const Episode& e = m_episodes[static_cast<size_t>(episode)];
        State s{std::log(e.budget / kMillion), 1.0, std::vector<double>(static_cast<size_t>(m_channels), 0.0),
                e.budget};
        for (int p = 0; p < phase; ++p) {
            for (int c = 0; c < m_channels; ++c) {
                for (int t = 0; t < m_tiers; ++t) {
                    const double m = e.money[static_cast<size_t>(p)][static_cast<size_t>(c * m_tiers + t)];
                    s.channelMoney[static_cast<size_t>(c)] += m;
                    s.remaining -= m * kMillion / e.budget;
                }
            }
        }
        s.remaining = std::max(0.0, s.remaining);
        return s;
    }

    // A candidate's money (millions) in the scenario: nothing in its disabled cells. What the
    // budget allows is the multiplier's business (the Lagrangian game), not the action set's.
    std::vector<double> money(const State&, const std::vector<double>& candidate, int phase) const
    {
        std::vector<double> m(static_cast<size_t>(cells()));
        for (int k = 0; k < cells(); ++k) {
            m[static_cast<size_t>(k)] = m_enabled[static_cast<size_t>(phase)][static_cast<size_t>(k)]
                ? candidate[static_cast<size_t>(k)]
                : 0.0;
        }
        return m;
    }

    Eigen::VectorXd raw(const State& s, const std::vector<double>& m) const
    {
        Eigen::VectorXd f(features());
        f(0) = 1;
        f(1) = s.logBudget;
        f(2) = s.remaining;
        for (int c = 0; c < m_channels; ++c) {
            f(3 + c) = s.channelMoney[static_cast<size_t>(c)];
        }
        const int base = 3 + m_channels;
        for (int k = 0; k < cells(); ++k) {
            const double x = std::max(0.0, m[static_cast<size_t>(k)]);
            f(base + k) = std::sqrt(x);
            f(base + cells() + k) = x;
            f(base + 2 * cells() + k) = std::sqrt(x) * std::sqrt(s.channelMoney[static_cast<size_t>(k / m_tiers)]);
        }
        return f;
    }

    Eigen::VectorXd standardise(const Eigen::VectorXd& f, int p) const
    {
        return (f - m_mean[static_cast<size_t>(p)]).cwiseQuotient(m_scale[static_cast<size_t>(p)]);
    }
    Eigen::MatrixXd standardise(const Eigen::MatrixXd& f, int p) const
    {
        return (f.rowwise() - m_mean[static_cast<size_t>(p)].transpose()).array().rowwise()
            / m_scale[static_cast<size_t>(p)].transpose().array();
    }

    std::vector<Episode> m_episodes;
    const Scenario& m_scenario;
    int m_channels, m_tiers, m_phases;
    std::vector<std::vector<bool>> m_enabled;
    std::vector<std::vector<std::vector<double>>> m_candidates;
    std::vector<Eigen::VectorXd> m_mean, m_scale;
    std::vector<Eigen::MatrixXd> m_solve;      // (Z'Z + ridge)^-1 Z' per phase
    std::vector<Eigen::MatrixXd> m_covariance; // (Z'Z + ridge)^-1 per phase
    std::vector<Eigen::MatrixXd> m_logged;     // Z: the logged rows' standardised features per phase
    std::vector<Eigen::MatrixXf> m_next;       // per phase >= 1: features at (next state, candidate)
    std::vector<Eigen::VectorXf> m_nextWidth;  // their uncertainty, in residual sds
    double m_kappa = 1;
    double m_ridge = 1e-2;
};

// Bootstrap weights over `n` campaigns: each drawn n times with replacement.
Eigen::VectorXd resampleWeights(int n, Random& random)
{
    Eigen::VectorXd w = Eigen::VectorXd::Zero(n);
    for (int k = 0; k < n; ++k) {
        w(static_cast<Eigen::Index>(random.below(static_cast<uint64_t>(n)))) += 1;
    }
    return w;
}

// The spread of `values` around `estimate`: their standard deviation and 5th and 95th percentiles.
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
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        return values[static_cast<size_t>(std::lround(q * static_cast<double>(values.size() - 1)))];
    };
    e.low = std::min(estimate, at(0.05));
    e.high = std::max(estimate, at(0.95));
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
