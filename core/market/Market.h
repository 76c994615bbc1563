#pragma once

#include "CellCurve.h"
#include "DemoMarket.h"
#include "base/Result.h"
#include "model/CampaignActuals.h"
#include "model/CampaignHistory.h"
#include "model/Catalog.h"
#include "model/Scenario.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kol {

class PerformanceModel;
struct Vocabulary;

// The scenario's channels, phases and formats with fewer than HistorySupport::kThinPosts posts
// in the model's history, each as a sentence.
std::vector<std::string> dataWarnings(const Scenario& scenario, const PerformanceModel& model,
                                      const std::vector<std::string>& formats);
// The fingerprint of a catalog and a performance model (Market::fingerprint).
std::string marketFingerprint(const std::vector<Kol>& kols, const PerformanceModel& model);

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
    // A demo project's truth (DemoMarket.h): with it, every option also carries its value at the
    // truth, and plans get a true effect next to the modelled one. Null: no truth.
    std::shared_ptr<const MarketTruth> truth;
    // Build on the truth instead of the model's predictions: what a planner who knew every KOL's
    // typical post would plan on (the reference for what the model's errors cost).
    bool planOnTruth = false;
    // The project's campaign history (past campaigns, CampaignHistory.h), for the method that
    // learns from it (`offline`); it changes no curve. Null: none.
    std::shared_ptr<const CampaignHistory> history;
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
    // The market of `s`, which differs from this market's scenario at most in its budget (and cell
    // constraints, rules, template): the value curves are built again over the new budget's span
    // from this market's KOL options, without predicting again (what a what-if budget and the
    // savings search ask for, several times per scenario). Fails when `s` differs in more.
    Result<Market> withBudget(const Scenario& s) const;
    // Takes `s`'s cell constraints, rules and template (the curves stay); requires !needsRebuild(s).
    void updateScenario(const Scenario& s);
    // The market of a running campaign (MarketActuals.cpp): the finished phases' cells hold what
    // their booked posts actually reached (fixedPoint), and the model's predictions for the later
    // phases are corrected by how the booked KOLs and their channels did against them (a ratio of
    // actual to predicted value, a geometric mean shrunk toward 1: MarketActuals.cpp). The scenario should be
    // lockedAtActuals() so that plans keep the money already spent. Fails naming the post when a
    // post's cell or KOL is not in this market. Without `correctPredictions` the later phases keep
    // the model's predictions (only the finished cells and their carry-over are actual).
    Result<Market> withActuals(const CampaignActuals& actuals, bool correctPredictions = true) const;
    // Per cell, what it actually reached in a finished phase (value, spend, reach, engagements of
    // its booked posts), whatever the plan's amount; null for a cell still to be planned.
    const CellCurve::Point* fixedPoint(int cell) const
    {
        return m_data->fixed.empty() || !m_data->fixed[static_cast<size_t>(cell)]
            ? nullptr
            : &*m_data->fixed[static_cast<size_t>(cell)];
    }
    // The KOLs a cell's amount buys: the curve's choice, or a finished cell's booked posts.
    std::vector<CurveOption> chosen(int cell, double amount) const
    {
        if (fixedPoint(cell)) {
            std::vector<CurveOption> booked;
            for (const auto& post : curve(cell).options()) {
                booked.insert(booked.end(), post.begin(), post.end());
            }
            return booked;
        }
        return curve(cell).choose(amount);
    }
    // The campaign's actuals this market was built with (null: none).
    const CampaignActuals* actuals() const { return m_data->actuals.get(); }
    const MarketOptions& options() const { return m_options; }
    // Of the catalog and performance model this market was built from (not of the scenario):
    // stored with every plan, so that an old plan says when what it was valued on has changed.
    const std::string& fingerprint() const { return m_data->fingerprint; }
    // What a planner should know about the data behind this market's figures: channels, phases
    // and content formats of the scenario with little post history, predictions capped at what
    // the history supports. Plans carry these in their notes.
    const std::vector<std::string>& warnings() const { return m_data->warnings; }
    const std::vector<Kol>& kols() const { return m_data->kols; }
    // Whether every option carries a value at the truth (options.truth knew every KOL).
    bool hasTruth() const { return m_data->hasTruth; }
    const std::vector<std::string>& formats() const { return m_data->formats; }
    const CellCurve& curve(int cell) const { return m_data->curves[static_cast<size_t>(cell)]; }
    int cellCount() const { return static_cast<int>(m_data->curves.size()); }
    // Audience capacity of a cell (its value saturates at this) and of a channel.
    double cellCapacity(int cell) const { return m_data->cellCapacity[static_cast<size_t>(cell)]; }
    double channelCapacity(int channel) const { return m_data->channelCapacity[static_cast<size_t>(channel)]; }

    // The composite score of one post (SPEC 3.2): reach, engagements, follower quality, price
    // efficiency and format fit, normalised by the catalog's medians and weighted by the scenario.
    double compositeScore(const Kol& kol, double reach, double engagements, double price, const std::string& phase,
                          const std::string& format) const;

private:
    // What the curves are built from and of, shared (never changed) by copies of the market that
    // differ only in cell constraints, rules or template: a copy costs a scenario, not the curves.
    struct Data
    {
        std::vector<Kol> kols;
        std::vector<std::string> formats;
        std::vector<CellCurve> curves;
        std::vector<double> cellCapacity;
        std::vector<double> channelCapacity;
        double reachNorm = 1, engagementNorm = 1, efficiencyNorm = 1;
        bool hasTruth = false;
        std::string fingerprint;
        std::vector<std::string> warnings;
        // A running campaign (withActuals): its record, each cell's options before the record
        // corrected them (to build the curves again at another budget), the finished cells'
        // actual outcomes.
        std::shared_ptr<const CampaignActuals> actuals;
        bool corrected = true; // the later phases' predictions corrected by the actuals
        std::vector<std::vector<std::vector<CurveOption>>> baseCells;
        std::vector<std::optional<CellCurve::Point>> fixed;
    };
    // `cells` corrected by `d.actuals` and the curves built from them, the finished cells' curves
    // holding their booked posts (MarketActuals.cpp).
    static Status applyActuals(Data& d, const Scenario& scenario, const MarketOptions& options,
                               std::vector<std::vector<std::vector<CurveOption>>> cells);
    // New data with `from`'s KOLs, formats, normalisers, fingerprint, warnings and truth, no curves.
    static std::shared_ptr<Data> sameCatalog(const Data& from);
    // The curves, capacities of `d` for `scenario` from each cell's options grouped per KOL.
    static void buildCurves(Data& d, const Scenario& scenario, const MarketOptions& options,
                            std::vector<std::vector<std::vector<CurveOption>>> cells);
    static double compositeScore(const Data& data, const ScoreWeights& weights, const Kol& kol, double reach,
                                 double engagements, double price, const std::string& phase, const std::string& format);

    Scenario m_scenario;
    MarketOptions m_options;
    std::shared_ptr<const Data> m_data;
};

} // namespace kol
