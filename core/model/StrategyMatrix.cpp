#include "StrategyMatrix.h"

#include <algorithm>
#include <utility>

namespace kol {

namespace {
int position(const std::vector<std::string>& names, const std::string& name)
{
    const auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}
} // namespace

StrategyMatrix::StrategyMatrix(std::vector<std::string> channels, std::vector<std::string> phases,
                               std::vector<std::string> tiers)
    : m_channels(std::move(channels))
    , m_phases(std::move(phases))
    , m_tiers(std::move(tiers))
    , m_cells(m_channels.size() * m_phases.size() * m_tiers.size())
{
}

std::optional<CellIndex> StrategyMatrix::find(const std::string& channel, const std::string& phase,
                                              const std::string& tier) const
{
    const CellIndex i{position(m_channels, channel), position(m_phases, phase), position(m_tiers, tier)};
    if (i.channel < 0 || i.phase < 0 || i.tier < 0) {
        return std::nullopt;
    }
    return i;
}

CellIndex StrategyMatrix::indexOf(int flatIndex) const
{
    CellIndex i;
    i.tier = flatIndex % tierCount();
    i.phase = (flatIndex / tierCount()) % phaseCount();
    i.channel = flatIndex / (tierCount() * phaseCount());
    return i;
}

std::string StrategyMatrix::cellName(const CellIndex& i) const
{
    return m_channels[i.channel] + "/" + m_phases[i.phase] + "/" + m_tiers[i.tier];
}

void StrategyMatrix::reshape(std::vector<std::string> channels, std::vector<std::string> phases,
                             std::vector<std::string> tiers)
{
    StrategyMatrix next(std::move(channels), std::move(phases), std::move(tiers));
    for (int c = 0; c < next.channelCount(); ++c) {
        for (int p = 0; p < next.phaseCount(); ++p) {
            for (int t = 0; t < next.tierCount(); ++t) {
                if (auto old = find(next.m_channels[c], next.m_phases[p], next.m_tiers[t])) {
                    next.cell(c, p, t) = cell(*old);
                }
            }
        }
    }
    *this = std::move(next);
}

double StrategyMatrix::lockedTotal() const
{
    double sum = 0;
    for (const auto& c : m_cells) {
        if (c.enabled && c.locked) {
            sum += *c.locked;
        }
    }
    return sum;
}

double StrategyMatrix::minimumTotal() const
{
    double sum = 0;
    for (const auto& c : m_cells) {
        if (c.enabled) {
            sum += c.locked ? *c.locked : c.minAmount;
        }
    }
    return sum;
}

} // namespace kol
