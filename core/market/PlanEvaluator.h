#pragma once

#include "Market.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kol {

struct CellOutcome
{
    double amount = 0;
    double spend = 0;  // money committed to the chosen KOLs (at most the amount)
    double value = 0;  // the combination's value after audience overlap
    double effect = 0; // its share of the plan's effect (carry-over and saturation applied)
    double reach = 0;
    double engagements = 0;
    int kols = 0;        // KOLs bought
    double rounding = 0; // how much of the amount is the value grid's rounding of their prices
                         // (up to one grid step per KOL): money beyond spend that buys nothing more
};

struct PlanOutcome
{
    double budget = 0;
    double effect = 0;    // SPEC 3.6: value with carry-over and saturation, net of penalties
    double effectLow = 0; // the same with every prediction at its low / high band
    double effectHigh = 0;
    double spend = 0;
    double reach = 0;
    double engagements = 0;
    double penalty = 0;
    double hierarchyPenalty = 0;
    double ratioPenalty = 0;
    bool feasible = true; // hard constraints: budget, locks, bounds, disabled cells, channel shares
    std::vector<std::string> violations;
    std::vector<CellOutcome> cells; // in the matrix's flat order
};

// Money that breaks the soft rules (pure functions, in currency units):
// tier hierarchy - per channel and phase, how much each tier exceeds the tier above it, where
// the tier above could use that money: with `cheapest` (per cell, the price of its cheapest KOL;
// infinity for a cell without KOLs), a tier above whose cheapest KOL costs more than the tier
// below gets is exempt (nobody should put money into a Head cell where no KOL fits);
double hierarchyExcess(const StrategyMatrix& matrix, const std::vector<double>& amounts,
                       const std::vector<double>* cheapest = nullptr);
// max cell share - how much cells exceed maxShare x budget.
double ratioExcess(const std::vector<double>& amounts, double budget, double maxShare);
// How far an amount may differ from a limit and still keep it: a millionth of the budget (at
// least 0.01), so plans rounded to whole units in a spreadsheet still count as within budget.
inline double amountTolerance(double budget)
{
    return budget * 1e-6 > 0.01 ? budget * 1e-6 : 0.01;
}

// Why one cell of a plan breaks a rule or a constraint, one reason per line (empty: it does not):
// disabled but funded, off its lock, outside its bounds, above the tier above it (hierarchy),
// above the max cell share.
std::vector<std::string> cellIssues(const Scenario& scenario, const std::vector<double>& amounts, double budget,
                                    int cell, const std::vector<double>* cheapest = nullptr);
// Per cell of `market`, the price of its cheapest KOL (infinity where it has none).
std::vector<double> cheapestPrices(const Market& market);

// The expert template's amounts: budget x channel x phase x tier share, for every cell.
std::vector<double> templateAmounts(const Scenario& scenario, double budget);

// Evaluates plans against a market (SPEC 3.4-3.6). Deterministic and allocation-free per call
// apart from the outcome: thousands of plans a second.
class PlanEvaluator
{
public:
    explicit PlanEvaluator(const Market& market)
        : m_market(market)
        , m_cheapest(cheapestPrices(market))
        , m_saturated(static_cast<size_t>(market.cellCount()), {-1, 0.0})
    {
    }

    // `amounts` per cell in the matrix's flat order; `budget` 0 = the scenario's.
    PlanOutcome evaluate(const std::vector<double>& amounts, double budget = 0) const;
    // Effect before penalties (no feasibility checks): what allocators optimise inside the rules.
    double grossEffect(const std::vector<double>& amounts) const;
    // The effect of a campaign whose cells' values are given (per cell in the matrix's flat order,
    // the summed composite value of its posts before audience overlap, e.g. what they actually
    // reached): this market's cell and channel saturation and carry-over, no penalties.
    double effectOfValues(const std::vector<double>& cellValues) const;
    // Per cell (flat order), the factor that audience overlap within the cell and carry-over from
    // the channel's earlier phases apply to what the cell's posts reached (effectOfValues' terms
    // before the channel's own saturation): how a campaign's record of reach per cell is made
    // from its posts (demo histories). 1 where a cell has no value.
    std::vector<double> outcomeFactors(const std::vector<double>& cellValues) const;
    // Effect lost per unit of money that breaks a soft rule (times the rule's weight): what the
    // expert template earns per unit of money at this budget.
    double penaltyRate(double budget) const;
    // Gross effect minus penalties, without the outcome's details: what allocators maximise.
    double netEffect(const std::vector<double>& amounts, double budget) const;
    // The plan's effect at a demo project's truth: in each cell the KOLs this market's model
    // chooses at the amount, valued at their true typical posts (CurveOption::valueTrue), with the
    // saturation and the penalties of `truth`, the same scenario's market built on the truth
    // (MarketOptions::planOnTruth). Same units as effect. Nothing when either has no truth.
    std::optional<double> trueEffect(const std::vector<double>& amounts, const Market& truth, double budget = 0) const;

private:
    struct Gross
    {
        double effect = 0, low = 0, high = 0;
    };
    // `band`: also the effect at the low and high ends of the model's band (three times the work;
    // the allocators' searches only need the effect).
    Gross gross(const std::vector<double>& amounts, std::vector<CellOutcome>* cells, const Market* truth = nullptr,
                bool band = true) const;

    const Market& m_market;
    std::vector<double> m_cheapest;   // per cell, for the tier hierarchy's exemption
    mutable double m_rateBudget = -1; // cache of penaltyRate (an evaluator serves one thread)
    mutable double m_rate = 0;
    // Per cell, the grid point last valued and its saturated value: a search moves money between
    // a few cells at a time, and the others' saturation need not be computed again.
    mutable std::vector<std::pair<int, double>> m_saturated;
};

} // namespace kol
