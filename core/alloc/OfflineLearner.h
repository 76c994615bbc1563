#pragma once

// The offline method's learner (OfflineRl.h): the past campaigns as episodes on a scenario's
// axes, their features, the fitted Q-functions of the Lagrangian game's best responses, and
// fitted Q evaluation of open-loop plans. Internal to OfflineRl.cpp.

#include "OfflineEpisodes.h"
#include "OfflineRl.h"
#include "base/Random.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace kol::offline {

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
                    s.remaining = std::max(0.0, s.remaining - amount / s.budget);
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
            theta = plain ? Eigen::VectorXd(m_solve[static_cast<size_t>(p)] * y) : weightedFit(p, y, weight);
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
        const State start = startOf(actionsOf(choice));
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
            theta = weightedFit(p, y, weight);
            if (p > 0) {
                for (int i = 0; i < n; ++i) {
                    const State s = stateOf(i, p);
                    future(i) = standardise(raw(s, money(s, actions[static_cast<size_t>(p)], p)), p).dot(theta);
                }
            }
        }
        const State start = startOf(actions);
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

    // The start of a campaign that runs the open-loop plan `actions`: in the log a campaign's
    // budget is what it spent, so the plan is valued as a campaign of its own spend.
    State startOf(const std::vector<std::vector<double>>& actions) const
    {
        double total = 0;
        for (int p = 0; p < m_phases; ++p) {
            for (int k = 0; k < cells(); ++k) {
                total += m_enabled[static_cast<size_t>(p)][static_cast<size_t>(k)]
                    ? std::max(0.0, actions[static_cast<size_t>(p)][static_cast<size_t>(k)])
                    : 0.0;
            }
        }
        total = std::max(total, 1e-6);
        return State{std::log(total), 1.0, std::vector<double>(static_cast<size_t>(m_channels), 0.0), total * kMillion};
    }

    // The ridge fit of phase p's targets `y` with each logged campaign weighted (bootstrap counts).
    Eigen::VectorXd weightedFit(int p, const Eigen::VectorXd& y, const Eigen::VectorXd& weight) const
    {
        const Eigen::MatrixXd& z = m_logged[static_cast<size_t>(p)];
        Eigen::MatrixXd gram = z.transpose() * weight.asDiagonal() * z;
        for (Eigen::Index j = 1; j < gram.rows(); ++j) {
            gram(j, j) += m_ridge * weight.sum();
        }
        gram(0, 0) += 1e-9;
        return gram.ldlt().solve(z.transpose() * weight.cwiseProduct(y));
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

} // namespace kol::offline
