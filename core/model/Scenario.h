#pragma once

#include "Date.h"
#include "Rival.h"
#include "StrategyMatrix.h"

#include <map>
#include <string>
#include <vector>

namespace kol {

struct Vocabulary;

// Weights of the composite score of one KOL post (SPEC 3.2).
struct ScoreWeights
{
    double reach = 0.35;
    double engagement = 0.25;
    double quality = 0.15;
    double priceEfficiency = 0.15;
    double formatFit = 0.10;

    bool operator==(const ScoreWeights& o) const
    {
        return reach == o.reach && engagement == o.engagement && quality == o.quality
            && priceEfficiency == o.priceEfficiency && formatFit == o.formatFit;
    }
};

struct PhaseWindow
{
    std::string name;
    Date start;
    Date end; // inclusive

    bool operator==(const PhaseWindow& o) const { return name == o.name && start == o.start && end == o.end; }
};

struct ShareBounds
{
    double minShare = 0;
    double maxShare = 1;

    bool operator==(const ShareBounds& o) const { return minShare == o.minShare && maxShare == o.maxShare; }
};

// Soft rules (penalties) and per-channel hard share bounds.
struct Rules
{
    bool tierHierarchy = true;                        // within a channel and phase: Head >= Mid >= Tail in amount
    double maxCellShare = 0.30;                       // no cell above this share of the budget
    std::map<std::string, ShareBounds> channelShares; // channels not listed: 0..1

    ShareBounds channelBounds(const std::string& channel) const;
    bool operator==(const Rules& o) const
    {
        return tierHierarchy == o.tierHierarchy && maxCellShare == o.maxCellShare && channelShares == o.channelShares;
    }
};

// The expert template: relative weights per channel, phase and tier. A cell's template amount is
// budget x channel share x phase share x tier share, each share normalised over the scenario's axis.
struct ExpertTemplate
{
    std::map<std::string, double> channelWeights;
    std::map<std::string, double> phaseWeights;
    std::map<std::string, double> tierWeights;

    bool operator==(const ExpertTemplate& o) const
    {
        return channelWeights == o.channelWeights && phaseWeights == o.phaseWeights && tierWeights == o.tierWeights;
    }
};

struct ValidationError
{
    std::string field;
    std::string message;

    std::string toString() const { return field + ": " + message; }
};

// One set of campaign requirements and constraints. The matrix's axes are the scenario's
// channels, phases and tiers; the setters keep phases, matrix and template in step.
class Scenario
{
public:
    std::string name;
    std::string notes;
    double budget = 1000000;
    std::string currency = "CNY";
    std::vector<std::string> formats; // content formats allowed; empty = all of the project's
    ScoreWeights weights;
    Rules rules;
    ExpertTemplate expertTemplate;
    std::vector<Rival> rivals; // competing advertisers (at most kMaxRivals); none by default

    // The default scenario: 1,000,000 CNY over every default channel, three phases from
    // `start` (14, 7 and 21 days), the Head/Mid/Tail tiers and the shipped template.
    static Scenario makeDefault(const std::string& name, const Date& start);

    const std::vector<PhaseWindow>& phases() const { return m_phases; }
    const StrategyMatrix& matrix() const { return m_matrix; }
    StrategyMatrix& matrix() { return m_matrix; }

    void setChannels(std::vector<std::string> channels);
    void setPhases(std::vector<PhaseWindow> phases);
    void setTiers(std::vector<std::string> tiers);
    // Replaces axes and cells at once (used when loading).
    void setMatrix(std::vector<PhaseWindow> phases, StrategyMatrix matrix);

    // Template shares normalised over this scenario's axes (0 when all weights are 0).
    double templateChannelShare(const std::string& channel) const;
    double templatePhaseShare(const std::string& phase) const;
    double templateTierShare(const std::string& tier) const;

    // Every problem with the scenario, each naming its field. Empty when valid.
    std::vector<ValidationError> validate(const Vocabulary& vocabulary) const;

    bool operator==(const Scenario& o) const
    {
        return name == o.name && notes == o.notes && budget == o.budget && currency == o.currency
            && formats == o.formats && weights == o.weights && rules == o.rules && expertTemplate == o.expertTemplate
            && rivals == o.rivals && m_phases == o.m_phases && m_matrix == o.m_matrix;
    }

private:
    std::vector<PhaseWindow> m_phases;
    StrategyMatrix m_matrix;
};

/// A fingerprint (16 hex digits) of everything in `s` that a plan depends on: budget, currency,
/// formats, weights, rules, template, phases and the matrix's axes and cell constraints (not its
/// name, notes or rivals: no method plans differently for them). Equal scenarios give equal fingerprints, on every
/// platform.
std::string scenarioFingerprint(const Scenario& s);

// One line for a command-line error: the first problem, and how many more there are.
std::string summariseErrors(const std::vector<ValidationError>& errors);

} // namespace kol
