#pragma once

// The campaign history as the offline learner sees it (OfflineRl.h): each past campaign an
// episode on a scenario's axes, and what the log supports (the money each cell ever had).

#include "model/CampaignHistory.h"
#include "model/Scenario.h"

#include <string>
#include <vector>

namespace kol {

/// One past campaign on the scenario's axes. Money and spend in millions of currency units; the
/// reward per phase in value units (reach and engagements over the history's medians, weighted by
/// the scenario's weights).
struct OfflineEpisode
{
    double budget = 0;                      // currency units spent in the scenario's cells
    std::vector<std::vector<double>> money; // [phase][channel * tiers + tier], millions
    std::vector<double> reward, spend;      // [phase]; spend in millions
};

/// The history's campaigns with money in the scenario's enabled cells, in the order of first
/// appearance (rows outside the scenario's channels, phases and tiers, or in its disabled cells,
/// are left out). Rewards are valued over
/// the medians of `normsFrom` (null: of `history` itself), so that campaigns outside the log can be
/// valued in the log's units.
std::vector<OfflineEpisode> offlineEpisodes(const CampaignHistory& history, const Scenario& scenario,
                                            const CampaignHistory* normsFrom = nullptr);

/// Where `amounts` (per cell, the matrix's flat order, currency units) leave the log's support,
/// each as a sentence: a cell with money that no past campaign funded, a cell with more than 1.25x
/// the most any past campaign put there, and a plan whose total is outside the past campaigns'
/// range of spend (beyond 1.25x either way). Empty:
/// the plan stays within what the log has tried, so its off-policy estimate rests on data.
std::vector<std::string> offlineSupportWarnings(const CampaignHistory& history, const Scenario& scenario,
                                                const std::vector<double>& amounts);

} // namespace kol

namespace kol {
/// A fingerprint of the history (16 hex digits): a policy learned from it fits only while the
/// project's history is the same.
std::string historyFingerprint(const CampaignHistory& history);
} // namespace kol
