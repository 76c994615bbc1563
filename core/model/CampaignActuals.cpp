#include "CampaignActuals.h"

#include "PlanReport.h"
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
    // Up to the last phase with a post: a phase before it in which nothing was booked is over too.
    const std::vector<std::string>& phases = scenario.matrix().phases();
    size_t last = 0;
    for (size_t i = 0; i < phases.size(); ++i) {
        if (std::any_of(posts.begin(), posts.end(), [&](const ActualPost& p) { return p.phase == phases[i]; })) {
            last = i + 1;
        }
    }
    return std::vector<std::string>(phases.begin(), phases.begin() + static_cast<long>(last));
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

Scenario lockedAtActuals(const Scenario& scenario, const CampaignActuals& actuals)
{
    Scenario out = scenario;
    StrategyMatrix& m = out.matrix();
    const std::vector<std::string> finished = actuals.finishedPhases(scenario);
    const std::vector<double> spent = actuals.cellSpend(scenario);
    for (int i = 0; i < m.cellCount(); ++i) {
        const CellIndex idx = m.indexOf(i);
        MatrixCell& cell = m.cell(idx);
        const std::string& phase = m.phases()[static_cast<size_t>(idx.phase)];
        if (cell.enabled && std::find(finished.begin(), finished.end(), phase) != finished.end()) {
            cell.locked = spent[static_cast<size_t>(i)];
        }
    }
    return out;
}

std::vector<PhaseChange> phaseChanges(const Scenario& scenario, const PlanReport* before, const PlanReport& after,
                                      const CampaignActuals& actuals)
{
    const std::vector<std::string> finished = actuals.finishedPhases(scenario);
    std::vector<PhaseChange> out;
    for (const std::string& phase : scenario.matrix().phases()) {
        PhaseChange c;
        c.phase = phase;
        c.finished = std::find(finished.begin(), finished.end(), phase) != finished.end();
        for (const ActualPost& p : actuals.posts) {
            c.actual += p.phase == phase ? p.spend : 0.0;
        }
        for (const PlanCell& cell : after.cells) {
            c.after += cell.phase == phase ? cell.amount : 0.0;
        }
        if (before) {
            for (const PlanCell& cell : before->cells) {
                c.before += cell.phase == phase ? cell.amount : 0.0;
            }
        }
        out.push_back(c);
    }
    return out;
}

} // namespace kol
