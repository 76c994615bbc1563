#pragma once
// What happened in a running campaign's finished phases (the running-campaign issue): the posts
// the planner booked, what they cost and what they reached, per scenario.
#include <string>
#include <vector>

namespace kol {

class Scenario;

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
    /// The phases with actuals, in the scenario's order; a valid record is a prefix of the
    /// scenario's phases (the campaign runs them in order).
    std::vector<std::string> finishedPhases(const Scenario& scenario) const;
    /// Per cell of the scenario's matrix (flat order), the money spent (0 where nothing was).
    std::vector<double> cellSpend(const Scenario& scenario) const;
};

} // namespace kol
