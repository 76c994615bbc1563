#pragma once

// Advertisers competing for the same scarce KOL inventory, as a game (the multi-agent issue,
// item 3). Clearing rule (a trading post, Shapley and Shubik 1977; the proportional mechanism of
// Kelly 1997 and Johari and Tsitsiklis 2004): each cell's inventory is its KOLs' posts in that
// phase, worth its list cost L (every KOL at its cheapest price). The advertisers' money M in a
// cell buys the best KOLs first at list prices while M <= L; beyond that prices rise in
// proportion (price factor M / L), so the money buys the whole inventory and no more. Each
// advertiser gets the share of what the cell's money bought that its money paid for.
//
// Each advertiser is a learning agent: it spreads its budget over cells by exponentiated gradient
// (mirror ascent on its own effect, a no-regret learner); all move at once, with steps shrinking as
// 1 / sqrt(iteration). The distance from an equilibrium is each advertiser's best-response gain:
// what it could still add by changing only its own spread (found by 60 steps of the same ascent
// against the others held fixed), as a share of its effect. A local search finds a lower bound
// of the true gain: a small gap says no nearby spread does better, not that none does.

#include "base/Result.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace kol {

/// How one cell clears: the price factor (>= 1) and the value each advertiser gets.
struct CellClearing
{
    double priceFactor = 1;
    double bought = 0;          // money's worth bought at list prices: min(M, L)
    std::vector<double> shares; // per advertiser, its share of what was bought (0..1)
};
/// The trading-post rule for one cell with list cost `listCost` (> 0) and each advertiser's money.
CellClearing clearCell(double listCost, const std::vector<double>& money);

/// A game of advertisers spreading budgets over cells.
class CompetitiveGame
{
public:
    virtual ~CompetitiveGame() = default;
    virtual int advertisers() const = 0;
    virtual int cells() const = 0;
    virtual double budget(int advertiser) const = 0;
    /// Whether `advertiser` may put money into `cell` (our disabled cells, cells without KOLs).
    virtual bool mayBuy(int advertiser, int cell) const = 0;
    /// The advertiser's effect when everyone spends `money` (per advertiser, per cell).
    virtual double utility(int advertiser, const std::vector<std::vector<double>>& money) const = 0;
    /// The money an advertiser actually plays for a spread it proposes (its hard constraints); by
    /// default the proposal itself.
    virtual std::vector<double> feasible(int /*advertiser*/, std::vector<double> proposed) const { return proposed; }
    /// Whole plans the advertiser may also play (feasible, per cell), e.g. the plan a planner
    /// makes as if alone: a best response considers them, and an advertiser ends on one when it
    /// does better against the others' final spreads than the spread it learned. None by default.
    virtual std::vector<std::vector<double>> candidates(int /*advertiser*/) const { return {}; }
};

struct CompetitionIteration
{
    int iteration = 0;
    std::vector<double> utilities;         // per advertiser
    std::vector<double> bestResponseGains; // per advertiser, as a share of its utility (>= 0)
    double equilibriumGap = 0;             // the largest of those
};

struct GameOptionsLearning
{
    int iterations = 150;
    double step = 0.5; // the first step of exponentiated gradient (log-weight units per unit of relative gain)
    int gapEvery = 10; // iterations between measurements of the equilibrium gap
    std::function<bool(const CompetitionIteration&)> progress; // return false to cancel
    const std::atomic<bool>* cancel = nullptr;
};

struct GameSolution
{
    std::vector<std::vector<double>> money; // per advertiser, per cell: the last (feasible) spreads
    std::vector<int> candidate;             // per advertiser, the candidate it ended on (-1: its spread)
    std::vector<CompetitionIteration> history;
};

/// Plays the game from `start` (per advertiser, per cell; an advertiser without one starts from
/// an even spread; 2% of its budget is spread evenly over its cells so that none is out of
/// reach); fails when cancelled.
Result<GameSolution> learnEquilibrium(const CompetitiveGame& game, const GameOptionsLearning& options,
                                      const std::vector<std::vector<double>>& start = {});
/// Each advertiser's best-response gain at `money`, as a share of its utility.
std::vector<double> bestResponseGains(const CompetitiveGame& game, const std::vector<std::vector<double>>& money,
                                      std::vector<double>* utilities = nullptr);

} // namespace kol
