#pragma once

// What competition costs a planner: rival advertisers learn to spread their budgets over the same
// KOL inventory as the scenario (CompetitiveGame.h: the trading-post clearing rule and the
// learning dynamics), and the scenario's own plan learns against them within its hard
// constraints. Effects are valued with the market's overlap, carry-over and saturation
// (PlanEvaluator::effectOfValues), the same audience for every advertiser.

#include "CompetitiveGame.h"
#include "market/PlanEvaluator.h"
#include "model/Rival.h"

#include <memory>
#include <string>
#include <vector>

namespace kol {

class Constraints;

struct CompetitionOptions
{
    std::vector<Rival> rivals; // usually the scenario's own (Scenario::rivals)
    GameOptionsLearning learning;
    /// Plans (currency units per cell, the matrix's flat order) to value alone and against the
    /// learned rivals, e.g. every method's plan for `compare` or the plan in a PDF report.
    std::vector<std::vector<double>> plans;
};

/// A given plan's effect with no rivals and against the rivals' learned spreads (each net of the
/// scenario's soft-rule penalties).
struct PlanAgainstRivals
{
    double alone = 0;
    double againstRivals = 0;
};

/// A cell the rivals contest: its price factor (>= 1: list prices times this) and the share of
/// its money that is the rivals'.
struct ContestedCell
{
    int cell = 0;
    double priceFactor = 1;
    double rivalShare = 0;
    double ourMoney = 0;
    std::vector<std::string> kols; // the KOLs the cell's money buys (names), best first, at most 5
};

struct CompetitionResult
{
    std::vector<std::string> advertisers;   // "us", then the rivals' names
    std::vector<std::vector<double>> money; // per advertiser, per cell (currency units)
    std::vector<double> effects;            // per advertiser, at the learned spreads
    std::vector<double> ourPlan;            // the scenario's learned plan against the rivals
    double effectAlone = 0;                 // optimal's plan with no rivals
    double effectIgnoring = 0;              // optimal's plan (made as if alone) against the learned rivals
    double effectContested = 0;             // the learned plan against the learned rivals
    bool keptAlonePlan = false;             // optimal's plan alone did better against them than the spread learned
    std::vector<CompetitionIteration> history;
    std::vector<PlanAgainstRivals> plans; // per CompetitionOptions::plans, in its order
    std::vector<ContestedCell> contested; // cells where the plan puts 0.5% of its budget or more and the rivals
                                          // pay over 20% of the money, ordered by what they make the plan pay
                                          // above list prices, then by their share
};

/// The market with rivals as a game: advertiser 0 is the scenario (its budget, within its
/// constraints), the others the rivals (any cell with KOLs).
class MarketCompetition : public CompetitiveGame
{
public:
    MarketCompetition(const Market& market, const Constraints& constraints, std::vector<Rival> rivals);
    ~MarketCompetition() override;
    int advertisers() const override { return 1 + static_cast<int>(m_rivals.size()); }
    int cells() const override { return static_cast<int>(m_listCost.size()); }
    double budget(int advertiser) const override;
    bool mayBuy(int advertiser, int cell) const override;
    double utility(int advertiser, const std::vector<std::vector<double>>& money) const override;
    std::vector<double> feasible(int advertiser, std::vector<double> proposed) const override;
    std::vector<std::vector<double>> candidates(int advertiser) const override;
    /// Plans the scenario may also play (the plan it makes alone).
    void setOurCandidates(std::vector<std::vector<double>> plans) { m_ourCandidates = std::move(plans); }
    /// The cell's inventory at list prices (every KOL once, at its cheapest price).
    double listCost(int cell) const { return m_listCost[static_cast<size_t>(cell)]; }

private:
    const Market& m_market;
    std::unique_ptr<Constraints> m_constraints;
    std::vector<Rival> m_rivals;
    PlanEvaluator m_evaluator;
    std::vector<double> m_listCost;
    std::vector<std::vector<double>> m_weight; // per rival, per cell: its preference
    std::vector<std::vector<double>> m_ourCandidates;
};

/// Learns the rivals' and the scenario's spreads at the scenario's budget and says what
/// competition costs. A rival's preferred channels that are not the scenario's play no part.
/// Fails naming the rival whose budget or preference is not positive, when there is no rival, when
/// a plan to value has another number of cells, when the scenario is infeasible, or when cancelled.
Result<CompetitionResult> playCompetition(const Market& market, const CompetitionOptions& options);

} // namespace kol
