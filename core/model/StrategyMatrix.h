#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kol {

// The longest note a cell keeps, in bytes.
inline constexpr size_t kMaxCellNote = 1000;

// Constraints of one (channel, phase, tier) cell, and the planner's note on it. Amounts are in the scenario's currency.
struct MatrixCell
{
    bool enabled = true;
    std::optional<double> locked; // a fixed amount the allocator must keep
    double minAmount = 0;
    std::optional<double> maxAmount; // nullopt: no upper bound
    std::string note;                // the planner's note on the cell (UTF-8, at most kMaxCellNote bytes)

    bool operator==(const MatrixCell& o) const
    {
        return enabled == o.enabled && locked == o.locked && minAmount == o.minAmount && maxAmount == o.maxAmount
            && note == o.note;
    }
    bool operator!=(const MatrixCell& o) const { return !(*this == o); }
};

struct CellIndex
{
    int channel = 0;
    int phase = 0;
    int tier = 0;
};

// The channel x phase x tier grid of cell constraints. Axes are named; reshaping to new axes
// keeps the cells whose three names survive.
class StrategyMatrix
{
public:
    StrategyMatrix() = default;
    StrategyMatrix(std::vector<std::string> channels, std::vector<std::string> phases, std::vector<std::string> tiers);

    const std::vector<std::string>& channels() const { return m_channels; }
    const std::vector<std::string>& phases() const { return m_phases; }
    const std::vector<std::string>& tiers() const { return m_tiers; }
    int channelCount() const { return static_cast<int>(m_channels.size()); }
    int phaseCount() const { return static_cast<int>(m_phases.size()); }
    int tierCount() const { return static_cast<int>(m_tiers.size()); }
    int cellCount() const { return static_cast<int>(m_cells.size()); }

    MatrixCell& cell(int channel, int phase, int tier) { return m_cells[flat(channel, phase, tier)]; }
    const MatrixCell& cell(int channel, int phase, int tier) const { return m_cells[flat(channel, phase, tier)]; }
    MatrixCell& cell(const CellIndex& i) { return cell(i.channel, i.phase, i.tier); }
    const MatrixCell& cell(const CellIndex& i) const { return cell(i.channel, i.phase, i.tier); }
    std::optional<CellIndex> find(const std::string& channel, const std::string& phase, const std::string& tier) const;
    CellIndex indexOf(int flatIndex) const;
    int flatIndex(const CellIndex& i) const { return flat(i.channel, i.phase, i.tier); }
    std::string cellName(const CellIndex& i) const; // "Douyin/Launch/Head"

    void reshape(std::vector<std::string> channels, std::vector<std::string> phases, std::vector<std::string> tiers);

    double lockedTotal() const;
    double minimumTotal() const; // what enabled cells must receive at least (locks count as their amount)

    bool operator==(const StrategyMatrix& o) const
    {
        return m_channels == o.m_channels && m_phases == o.m_phases && m_tiers == o.m_tiers && m_cells == o.m_cells;
    }

private:
    int flat(int c, int p, int t) const { return (c * phaseCount() + p) * tierCount() + t; }

    std::vector<std::string> m_channels;
    std::vector<std::string> m_phases;
    std::vector<std::string> m_tiers;
    std::vector<MatrixCell> m_cells;
};

} // namespace kol
