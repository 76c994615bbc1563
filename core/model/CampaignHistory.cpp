#include "CampaignHistory.h"

#include <unordered_map>

namespace kol {

std::vector<std::string> CampaignHistory::campaigns() const
{
    std::vector<std::string> ids;
    std::unordered_map<std::string, size_t> seen;
    for (const HistoryRow& r : rows) {
        if (seen.emplace(r.campaign, ids.size()).second) {
            ids.push_back(r.campaign);
        }
    }
    return ids;
}

std::vector<double> CampaignHistory::campaignSpend() const
{
    std::vector<double> spend;
    std::unordered_map<std::string, size_t> at;
    for (const HistoryRow& r : rows) {
        const auto [it, added] = at.emplace(r.campaign, spend.size());
        if (added) {
            spend.push_back(0);
        }
        spend[it->second] += r.spend;
    }
    return spend;
}

} // namespace kol
