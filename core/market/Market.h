#pragma once

#include "CellCurve.h"
#include "model/Catalog.h"
#include "model/Result.h"
#include "model/Scenario.h"

#include <string>
#include <vector>

namespace kol {

class PerformanceModel;
struct Vocabulary;

// The knobs of the environment (SPEC 3.3-3.5). Defaults are the product's; tests vary them.
struct MarketOptions
{
    int gridPoints = 4096;       // budget grid of each cell's value curve
    double budgetSpan = 2.0;     // curves cover amounts up to this multiple of the budget
    double cellOverlap = 0.6;    // a cell's audience saturates at this share of all its KOLs' value
    double carryOver = 0.35;     // the most that earlier phases' reach raises a later phase's value
    double awarenessScale = 0.3; // ... approached once earlier value is this share of the channel's capacity
    // A channel's audience saturates at this multiple of its reference value: what its cells buy
    // with `saturationSpend` times an even share of the scenario's budget each. Tied to the
    // budget, so that carry-over and saturation matter at the money a campaign really spends.
    double channelCapacity = 1.0;
    double saturationSpend = 3.0;
    double hierarchyPenalty = 1.0; // effect lost per unit of money breaking the tier hierarchy, in
    double ratioPenalty = 2.0;     // template-effect-per-money units; likewise above the max cell share
};

// A scenario's market: for every cell, the KOLs of that channel and tier with each allowed
// format's price, composite value (SPEC 3.2, from the performance model's predictions) and the
// cell's value curve. Built once per scenario, shared by every allocator, the CLI and the GUI.
class Market
{
public:
    static Result<Market> build(const Scenario& scenario, const std::vector<Kol>& kols, const PerformanceModel& model,
                                const Vocabulary& vocabulary, const MarketOptions& options = {});

    const Scenario& scenario() const { return m_scenario; }
    // Whether `s` needs new value curves: its axes, budget, weights or formats differ.
    bool needsRebuild(const Scenario& s) const;
    // Takes `s`'s cell constraints, rules and template (the curves stay); requires !needsRebuild(s).
    void updateScenario(const Scenario& s);
    const MarketOptions& options() const { return m_options; }
    const std::vector<Kol>& kols() const { return m_kols; }
    const std::vector<std::string>& formats() const { return m_formats; }
    const CellCurve& curve(int cell) const { return m_curves[static_cast<size_t>(cell)]; }
    int cellCount() const { return static_cast<int>(m_curves.size()); }
    // Audience capacity of a cell (its value saturates at this) and of a channel.
    double cellCapacity(int cell) const { return m_cellCapacity[static_cast<size_t>(cell)]; }
    double channelCapacity(int channel) const { return m_channelCapacity[static_cast<size_t>(channel)]; }

    // The composite score of one post (SPEC 3.2): reach, engagements, follower quality, price
    // efficiency and format fit, normalised by the catalog's medians and weighted by the scenario.
    double compositeScore(const Kol& kol, double reach, double engagements, double price, const std::string& phase,
                          const std::string& format) const;

private:
    Scenario m_scenario;
    MarketOptions m_options;
    std::vector<Kol> m_kols;
    std::vector<std::string> m_formats;
    std::vector<CellCurve> m_curves;
    std::vector<double> m_cellCapacity;
    std::vector<double> m_channelCapacity;
    double m_reachNorm = 1, m_engagementNorm = 1, m_efficiencyNorm = 1;
};

} // namespace kol
