#include "CompetitiveGame.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kol {

CellClearing clearCell(double listCost, const std::vector<double>& money)
{
    CellClearing c;
    const double total = std::accumulate(money.begin(), money.end(), 0.0);
    c.shares.assign(money.size(), 0.0);
    if (!(total > 0) || !(listCost > 0)) {
        return c;
    }
    c.priceFactor = std::max(1.0, total / listCost);
    c.bought = total / c.priceFactor;
    for (size_t a = 0; a < money.size(); ++a) {
        c.shares[a] = std::max(0.0, money[a]) / total;
    }
    return c;
}

namespace {
// One advertiser's learner: log-weights over the cells it may buy; it plays its budget spread by
// their softmax, made feasible by the game.
struct Learner
{
    std::vector<double> weights;
    std::vector<bool> allowed;
};

std::vector<double> spreadOf(const CompetitiveGame& game, int a, const Learner& l)
{
    std::vector<double> money(l.weights.size(), 0.0);
    double top = -1e300;
    for (size_t c = 0; c < money.size(); ++c) {
        top = l.allowed[c] ? std::max(top, l.weights[c]) : top;
    }
    double sum = 0;
    for (size_t c = 0; c < money.size(); ++c) {
        money[c] = l.allowed[c] ? std::exp(l.weights[c] - top) : 0.0;
        sum += money[c];
    }
    for (double& m : money) {
        m = sum > 0 ? game.budget(a) * m / sum : 0.0;
    }
    return game.feasible(a, std::move(money));
}

// Exponentiated-gradient step of advertiser `a` against the others' money; returns its utility
// before the step. The gradient is a central difference per cell at a twentieth of an even share.
double ascend(const CompetitiveGame& game, int a, Learner& l, std::vector<std::vector<double>>& money, double eta)
{
    money[static_cast<size_t>(a)] = spreadOf(game, a, l);
    const double u = game.utility(a, money);
    const int n = game.cells();
    const double allowed = std::max(1.0, static_cast<double>(std::count(l.allowed.begin(), l.allowed.end(), true)));
    const double delta = 0.05 * game.budget(a) / allowed;
    std::vector<double> gradient(static_cast<size_t>(n), 0.0);
    for (int c = 0; c < n; ++c) {
        if (!l.allowed[static_cast<size_t>(c)]) {
            continue;
        }
        // Through the advertiser's own feasibility map: a cell at its bound gains nothing.
        const std::vector<double> played = money[static_cast<size_t>(a)];
        const double keep = played[static_cast<size_t>(c)];
        const double low = std::max(0.0, keep - delta);
        std::vector<double> probe = played;
        probe[static_cast<size_t>(c)] = keep + delta;
        money[static_cast<size_t>(a)] = game.feasible(a, probe);
        const double up = game.utility(a, money);
        probe[static_cast<size_t>(c)] = low;
        money[static_cast<size_t>(a)] = game.feasible(a, probe);
        const double down = game.utility(a, money);
        money[static_cast<size_t>(a)] = played;
        gradient[static_cast<size_t>(c)] = (up - down) / (keep + delta - low);
    }
    const double scale = game.budget(a) / std::max(std::abs(u), 1e-6);
    for (int c = 0; c < n; ++c) {
        l.weights[static_cast<size_t>(c)] += eta * scale * gradient[static_cast<size_t>(c)];
    }
    return u;
}

std::vector<Learner> startingLearners(const CompetitiveGame& game)
{
    std::vector<Learner> learners(static_cast<size_t>(game.advertisers()));
    for (int a = 0; a < game.advertisers(); ++a) {
        Learner& l = learners[static_cast<size_t>(a)];
        l.weights.assign(static_cast<size_t>(game.cells()), 0.0);
        for (int c = 0; c < game.cells(); ++c) {
            l.allowed.push_back(game.mayBuy(a, c));
        }
    }
    return learners;
}

double bestResponse(const CompetitiveGame& game, int a, Learner l, std::vector<std::vector<double>> money, double now)
{
    double best = now;
    for (int k = 0; k < 60; ++k) {
        best = std::max(best, ascend(game, a, l, money, 0.5));
    }
    money[static_cast<size_t>(a)] = spreadOf(game, a, l);
    best = std::max(best, game.utility(a, money));
    for (const auto& plan : game.candidates(a)) {
        money[static_cast<size_t>(a)] = plan;
        best = std::max(best, game.utility(a, money));
    }
    return best;
}

std::vector<double> gains(const CompetitiveGame& game, const std::vector<Learner>& learners,
                          const std::vector<std::vector<double>>& money, std::vector<double>& utilities)
{
    std::vector<double> out;
    utilities.clear();
    for (int a = 0; a < game.advertisers(); ++a) {
        const double u = game.utility(a, money);
        utilities.push_back(u);
        const double best = bestResponse(game, a, learners[static_cast<size_t>(a)], money, u);
        out.push_back(std::max(0.0, best - u) / std::max(std::abs(u), 1e-6));
    }
    return out;
}
} // namespace

std::vector<double> bestResponseGains(const CompetitiveGame& game, const std::vector<std::vector<double>>& money,
                                      std::vector<double>* utilities)
{
    std::vector<Learner> learners = startingLearners(game);
    for (int a = 0; a < game.advertisers(); ++a) {
        // Start each best response from the advertiser's own spread (log of its money).
        Learner& l = learners[static_cast<size_t>(a)];
        for (int c = 0; c < game.cells(); ++c) {
            l.weights[static_cast<size_t>(c)]
                = std::log(std::max(1e-9, money[static_cast<size_t>(a)][static_cast<size_t>(c)]));
        }
    }
    std::vector<double> u;
    auto out = gains(game, learners, money, u);
    if (utilities) {
        *utilities = u;
    }
    return out;
}

Result<GameSolution> learnEquilibrium(const CompetitiveGame& game, const GameOptionsLearning& o,
                                      const std::vector<std::vector<double>>& start)
{
    using R = Result<GameSolution>;
    std::vector<Learner> learners = startingLearners(game);
    for (size_t a = 0; a < start.size() && a < learners.size(); ++a) {
        Learner& l = learners[a];
        if (start[a].size() != l.weights.size()) {
            continue;
        }
        const double cells = std::max(1.0, static_cast<double>(std::count(l.allowed.begin(), l.allowed.end(), true)));
        const double floor = 0.02 * game.budget(static_cast<int>(a)) / cells;
        for (size_t c = 0; c < l.weights.size(); ++c) {
            l.weights[c] = std::log(std::max(0.0, start[a][c]) + floor);
        }
    }
    GameSolution s;
    s.money.assign(static_cast<size_t>(game.advertisers()), {});
    for (int a = 0; a < game.advertisers(); ++a) {
        s.money[static_cast<size_t>(a)] = spreadOf(game, a, learners[static_cast<size_t>(a)]);
    }
    for (int t = 1; t <= o.iterations; ++t) {
        if (o.cancel && o.cancel->load()) {
            return R::failure("the competition was cancelled");
        }
        // Simultaneous moves: every advertiser steps against the others' spreads of this round.
        const auto round = s.money;
        const double eta = o.step / std::sqrt(static_cast<double>(t));
        for (int a = 0; a < game.advertisers(); ++a) {
            auto view = round;
            ascend(game, a, learners[static_cast<size_t>(a)], view, eta);
        }
        for (int a = 0; a < game.advertisers(); ++a) {
            s.money[static_cast<size_t>(a)] = spreadOf(game, a, learners[static_cast<size_t>(a)]);
        }
        if (t % std::max(1, o.gapEvery) == 0 || t == o.iterations) {
            CompetitionIteration it;
            it.iteration = t;
            it.bestResponseGains = gains(game, learners, s.money, it.utilities);
            it.equilibriumGap = *std::max_element(it.bestResponseGains.begin(), it.bestResponseGains.end());
            s.history.push_back(it);
            if (o.progress && !o.progress(it)) {
                return R::failure("the competition was cancelled");
            }
        }
    }
    // Each advertiser ends on a candidate plan where it does better against the others' final
    // spreads than the spread it learned.
    s.candidate.assign(s.money.size(), -1);
    for (int a = 0; a < game.advertisers(); ++a) {
        const auto candidates = game.candidates(a);
        double best = game.utility(a, s.money);
        auto trial = s.money;
        for (size_t k = 0; k < candidates.size(); ++k) {
            trial[static_cast<size_t>(a)] = candidates[k];
            const double u = game.utility(a, trial);
            if (u > best) {
                best = u;
                s.candidate[static_cast<size_t>(a)] = static_cast<int>(k);
            }
        }
        if (s.candidate[static_cast<size_t>(a)] >= 0) {
            s.money[static_cast<size_t>(a)] = candidates[static_cast<size_t>(s.candidate[static_cast<size_t>(a)])];
        }
    }
    return s;
}

} // namespace kol
