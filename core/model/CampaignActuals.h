#pragma once
// What happened in a running campaign's finished phases (the running-campaign issue): the posts
// the planner booked, what they cost and what they reached, per scenario.
#include <string>
#include <vector>

namespace kol {

class Scenario;
struct PlanReport;

/// One booked post, as recorded or imported (`import actuals`): its cell (phase, channel, tier
/// of the scenario's matrix), its KOL (catalog id) and format, the money paid (currency units)
/// and its results (people reached; likes + comments + shares).
struct ActualPost
{
    std::string phase, channel, tier;
    std::string kolId;
    std::string format;
    double spend = 0;
    double reach = 0;
    double engagements = 0;
};

/// A scenario's actuals: the posts of its finished phases, in the order they were recorded.
struct CampaignActuals
{
    std::vector<ActualPost> posts;

    bool empty() const { return posts.empty(); }
    /// Money spent so far (currency units).
    double spend() const;
    /// The finished phases: the scenario's phases up to the last one with a post (the campaign
    /// runs them in order, so one before it without posts is over too).
    std::vector<std::string> finishedPhases(const Scenario& scenario) const;
    /// Per cell of the scenario's matrix (flat order), the money spent (0 where nothing was).
    std::vector<double> cellSpend(const Scenario& scenario) const;
};

/// `scenario` with every enabled cell of the finished phases locked at what it actually spent
/// (0 where nothing was booked), so that every method plans only the remaining phases, with the
/// budget that is left. A scenario without actuals comes back unchanged.
Scenario lockedAtActuals(const Scenario& scenario, const CampaignActuals& actuals);

/// One phase of a re-planned campaign: what the plan before gave it, what was actually spent
/// (finished phases), and what the re-plan gives it (currency units).
struct PhaseChange
{
    std::string phase;
    bool finished = false;
    double before = 0; // the plan before the re-plan (0 without one)
    double actual = 0; // spent, for a finished phase
    double after = 0;  // the re-plan
};
/// The re-plan against the plan before it, phase by phase, with what the finished phases spent.
std::vector<PhaseChange> phaseChanges(const Scenario& scenario, const PlanReport* before, const PlanReport& after,
                                      const CampaignActuals& actuals);

} // namespace kol
