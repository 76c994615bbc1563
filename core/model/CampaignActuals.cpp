#include "CampaignActuals.h"

#include "Scenario.h"

#include <algorithm>

namespace kol {

double CampaignActuals::spend() const
{
    double total = 0;
    for (const ActualPost& p : posts) {
        total += p.spend;
    }
    return total;
}

std::vector<std::string> CampaignActuals::finishedPhases(const Scenario& scenario) const
{
    std::vector<std::string> out;
    for (const std::string& phase : scenario.matrix().phases()) {
        if (std::any_of(posts.begin(), posts.end(), [&](const ActualPost& p) { return p.phase == phase; })) {
            out.push_back(phase);
        }
    }
    return out;
}

std::vector<double> CampaignActuals::cellSpend(const Scenario& scenario) const
{
    const StrategyMatrix& m = scenario.matrix();
    std::vector<double> out(static_cast<size_t>(m.cellCount()), 0.0);
    for (const ActualPost& p : posts) {
        if (const auto idx = m.find(p.channel, p.phase, p.tier)) {
            out[static_cast<size_t>(m.flatIndex(*idx))] += p.spend;
        }
    }
    return out;
}

} // namespace kol
