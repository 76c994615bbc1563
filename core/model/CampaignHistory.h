#pragma once
// Campaigns the planner or agency ran before (the offline-RL issue): phase by phase, what went
// into each channel and tier and what came back. The one input the `offline` method learns from.
#include "Date.h"

#include <optional>
#include <string>
#include <vector>

namespace kol {

/// One logged cell of a past campaign: money spent (currency units) in a channel and tier in a
/// phase, and what it reached (people; likes + comments + shares), with the phase's dates if known.
struct HistoryRow
{
    std::string campaign;
    std::string phase, channel, tier;
    double spend = 0;
    double reach = 0;
    double engagements = 0;
    std::optional<Date> start, end;
};

/// The project's campaign history, in the order it was imported: each campaign's rows in the
/// order of its phases.
struct CampaignHistory
{
    std::vector<HistoryRow> rows;

    bool empty() const { return rows.empty(); }
    /// The campaigns' ids, in order of first appearance.
    std::vector<std::string> campaigns() const;
    /// Money spent per campaign (currency units), in the order of campaigns().
    std::vector<double> campaignSpend() const;
};

} // namespace kol
