#include "OfflineEpisodes.h"

#include "base/Numbers.h"
#include "base/Text.h"

#include <algorithm>
#include <map>

namespace kol {

namespace {
constexpr double kMillion = 1e6;
constexpr double kSupportSlack = 1.25; // a cell's money may exceed the log's most by this factor
} // namespace

std::vector<OfflineEpisode> offlineEpisodes(const CampaignHistory& history, const Scenario& scenario,
                                            const CampaignHistory* normsFrom)
{
    const StrategyMatrix& m = scenario.matrix();
    const int nc = m.channelCount(), np = m.phaseCount(), nt = m.tierCount();
    std::vector<double> reach, engagements;
    for (const HistoryRow& r : (normsFrom ? *normsFrom : history).rows) {
        if (r.spend > 0) {
            reach.push_back(r.reach);
            engagements.push_back(r.engagements);
        }
    }
    const double reachNorm = positiveMedian(reach), engagementNorm = positiveMedian(engagements);
    std::map<std::string, OfflineEpisode> byCampaign;
    for (const HistoryRow& r : history.rows) {
        const auto cell = m.find(r.channel, r.phase, r.tier);
        if (!cell || !m.cell(cell->channel, cell->phase, cell->tier).enabled) {
            continue; // money the scenario cannot spend there earns nothing it can plan
        }
        OfflineEpisode& e = byCampaign[r.campaign];
        if (e.money.empty()) {
            e.money.assign(static_cast<size_t>(np), std::vector<double>(static_cast<size_t>(nc * nt), 0.0));
            e.reward.assign(static_cast<size_t>(np), 0.0);
            e.spend.assign(static_cast<size_t>(np), 0.0);
        }
        const size_t p = static_cast<size_t>(cell->phase);
        e.money[p][static_cast<size_t>(cell->channel * nt + cell->tier)] += r.spend / kMillion;
        e.spend[p] += r.spend / kMillion;
        e.budget += r.spend;
        e.reward[p] += scenario.weights.reach * r.reach / reachNorm
            + scenario.weights.engagement * r.engagements / engagementNorm;
    }
    std::vector<OfflineEpisode> episodes;
    for (const std::string& id : history.campaigns()) {
        const auto it = byCampaign.find(id);
        if (it != byCampaign.end() && it->second.budget > 0) {
            episodes.push_back(std::move(it->second));
        }
    }
    return episodes;
}

std::vector<std::string> offlineSupportWarnings(const CampaignHistory& history, const Scenario& scenario,
                                                const std::vector<double>& amounts)
{
    const StrategyMatrix& m = scenario.matrix();
    const std::vector<OfflineEpisode> episodes = offlineEpisodes(history, scenario);
    std::vector<std::string> out;
    if (episodes.empty()) {
        return out;
    }
    double lowest = episodes.front().budget, highest = lowest, total = 0;
    for (const OfflineEpisode& e : episodes) {
        lowest = std::min(lowest, e.budget);
        highest = std::max(highest, e.budget);
    }
    for (double a : amounts) {
        total += a;
    }
    if (total > highest * kSupportSlack || total < lowest / kSupportSlack) {
        out.push_back("the plan spends " + formatAmount(total, 0) + ", outside what the past campaigns spent ("
                      + formatAmount(lowest, 0) + " to " + formatAmount(highest, 0)
                      + "): the offline estimate is extrapolated");
    }
    const int nt = m.tierCount();
    for (int flat = 0; flat < m.cellCount() && flat < static_cast<int>(amounts.size()); ++flat) {
        const double amount = amounts[static_cast<size_t>(flat)];
        if (!(amount > 0)) {
            continue;
        }
        const CellIndex i = m.indexOf(flat);
        double most = 0;
        for (const OfflineEpisode& e : episodes) {
            most = std::max(most, e.money[static_cast<size_t>(i.phase)][static_cast<size_t>(i.channel * nt + i.tier)]);
        }
        most *= kMillion;
        if (most <= 0) {
            out.push_back(m.cellName(i) + " gets " + formatAmount(amount, 0)
                          + " but no past campaign put money there: the offline estimate knows nothing of it");
        } else if (amount > most * kSupportSlack) {
            out.push_back(m.cellName(i) + " gets " + formatAmount(amount, 0)
                          + ", more than any past campaign put there (" + formatAmount(most, 0)
                          + "): the offline estimate is extrapolated");
        }
    }
    return out;
}

} // namespace kol

#include "base/Hash.h"

namespace kol {
std::string historyFingerprint(const CampaignHistory& history)
{
    Fingerprint f;
    for (const HistoryRow& r : history.rows) {
        f.add(r.campaign);
        f.add(r.phase);
        f.add(r.channel);
        f.add(r.tier);
        f.add(r.spend);
        f.add(r.reach);
        f.add(r.engagements);
    }
    return f.hex();
}
} // namespace kol
