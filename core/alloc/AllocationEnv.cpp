#include "AllocationEnv.h"

#include "Constraints.h"
#include "model/Vocabulary.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kol {

namespace {
constexpr int kCurvePoints = 4;
const double kCurveAt[kCurvePoints] = {0.01, 0.03, 0.08, 0.2}; // shares of the scenario's budget
constexpr int kMarginalPoints = 4;
const double kMarginalAt[kMarginalPoints] = {0.02, 0.05, 0.12, 0.3}; // shares of the remaining budget
} // namespace

std::string AllocationEnv::signature(const Scenario& s)
{
    const StrategyMatrix& m = s.matrix();
    return joinNames(m.channels(), ",") + "|" + joinNames(m.phases(), ",") + "|" + joinNames(m.tiers(), ",");
}

AllocationEnv::AllocationEnv(const Market& market, Options options)
    : m_market(market)
    , m_evaluator(market)
    , m_options(options)
{
    const Scenario& s = market.scenario();
    const StrategyMatrix& m = s.matrix();
    for (int p = 0; p < m.phaseCount(); ++p) {
        for (int c = 0; c < m.channelCount(); ++c) {
            for (int t = 0; t < m.tierCount(); ++t) {
                m_order.push_back((c * m.phaseCount() + p) * m.tierCount() + t);
            }
        }
    }
    m_scale = std::max(1e-9, m_evaluator.grossEffect(templateAmounts(s, s.budget)));
    // What the cell's market looks like, independent of the episode.
    for (int cell = 0; cell < m.cellCount(); ++cell) {
        const CellCurve& curve = market.curve(cell);
        m_cheapest.push_back(curve.empty() ? 1.0 : std::min(1.0, curve.cheapestPrice() / s.budget));
        const double cap = std::max(1e-9, market.cellCapacity(cell));
        for (double share : kCurveAt) {
            m_curveFeatures.push_back(static_cast<float>(curve.at(share * s.budget).value / cap));
        }
    }
}

int AllocationEnv::stateSize() const
{
    const StrategyMatrix& m = m_market.scenario().matrix();
    return 8 + m.channelCount() + m.phaseCount() + m.tierCount() + 1 + kCurvePoints + kMarginalPoints;
}

void AllocationEnv::reset(Random& rng, float* state)
{
    Scenario s = m_market.scenario();
    const StrategyMatrix& m = s.matrix();
    m_budget = m_options.train ? s.budget * rng.uniform(m_options.budgetLow, m_options.budgetHigh)
                               : (m_options.budget > 0 ? m_options.budget : s.budget);
    if (m_options.train) {
        for (int cell = 0; cell < m.cellCount(); ++cell) {
            MatrixCell& c = s.matrix().cell(s.matrix().indexOf(cell));
            if (c.enabled && !c.locked && c.minAmount <= 0 && rng.chance(m_options.maskShare)) {
                c.enabled = false;
            }
        }
    }
    auto constraints = Constraints::make(s, m_budget);
    m_feasible = constraints.isOk();
    const int n = m.cellCount();
    m_lo.assign(static_cast<size_t>(n), 0.0);
    m_hi.assign(static_cast<size_t>(n), 0.0);
    m_channelLo.assign(static_cast<size_t>(m.channelCount()), 0.0);
    m_channelHi.assign(static_cast<size_t>(m.channelCount()), m_budget);
    if (m_feasible) {
        for (int cell = 0; cell < n; ++cell) {
            m_lo[static_cast<size_t>(cell)] = constraints->lo(cell);
            m_hi[static_cast<size_t>(cell)] = constraints->hi(cell);
        }
        for (int c = 0; c < m.channelCount(); ++c) {
            m_channelLo[static_cast<size_t>(c)] = constraints->channelLo(c);
            m_channelHi[static_cast<size_t>(c)] = constraints->channelHi(c);
        }
    }
    // Fixed cells (locks, disabled) are set before the walk; open cells start at their minimum.
    m_amounts = m_lo;
    m_walk.clear();
    for (int cell : m_order) {
        if (m_hi[static_cast<size_t>(cell)] > m_lo[static_cast<size_t>(cell)]) {
            m_walk.push_back(cell);
        }
    }
    m_channelSpent.assign(static_cast<size_t>(m.channelCount()), 0.0);
    for (int cell = 0; cell < n; ++cell) {
        m_channelSpent[static_cast<size_t>(m.indexOf(cell).channel)] += m_amounts[static_cast<size_t>(cell)];
    }
    m_remaining = m_budget - std::accumulate(m_amounts.begin(), m_amounts.end(), 0.0);
    m_position = 0;
    m_current = m_evaluator.netEffect(m_amounts, m_budget);
    observe(state);
}

double AllocationEnv::amountFor(double share) const
{
    const StrategyMatrix& m = m_market.scenario().matrix();
    const int cell = m_walk[m_position];
    const int channel = m.indexOf(cell).channel;
    auto shortfall = [&](int c) {
        return std::max(0.0, m_channelLo[static_cast<size_t>(c)] - m_channelSpent[static_cast<size_t>(c)]);
    };
    bool lastOfChannel = true;
    for (size_t k = m_position + 1; k < m_walk.size(); ++k) {
        lastOfChannel = lastOfChannel && m.indexOf(m_walk[k]).channel != channel;
    }
    // Money other channels still need to reach their minimum shares is not this cell's to take.
    double reserved = 0;
    for (int c = 0; c < m.channelCount(); ++c) {
        reserved += c == channel ? 0.0 : shortfall(c);
    }
    double extra = share * std::max(0.0, m_remaining - reserved);
    extra = std::min(extra, m_hi[static_cast<size_t>(cell)] - m_lo[static_cast<size_t>(cell)]);
    extra = std::min(extra, m_channelHi[static_cast<size_t>(channel)] - m_channelSpent[static_cast<size_t>(channel)]);
    if (lastOfChannel) {
        extra = std::max(extra, shortfall(channel)); // the channel's last chance to reach its minimum
    }
    return std::clamp(extra, 0.0, m_remaining);
}

double AllocationEnv::step(const float* action, float* nextState, bool& done)
{
    if (m_walk.empty() || !m_feasible) {
        done = true;
        observe(nextState);
        return 0;
    }
    const StrategyMatrix& m = m_market.scenario().matrix();
    const int cell = m_walk[m_position];
    const double share = std::clamp((static_cast<double>(action[0]) + 1.0) / 2.0, 0.0, 1.0);
    const double extra = amountFor(share);
    m_amounts[static_cast<size_t>(cell)] += extra;
    m_channelSpent[static_cast<size_t>(m.indexOf(cell).channel)] += extra;
    m_remaining -= extra;
    const double value = m_evaluator.netEffect(m_amounts, m_budget);
    const double reward = (value - m_current) / m_scale;
    m_current = value;
    ++m_position;
    done = m_position >= m_walk.size();
    observe(nextState);
    return reward;
}

void AllocationEnv::observe(float* state) const
{
    const Scenario& s = m_market.scenario();
    const StrategyMatrix& m = s.matrix();
    std::fill(state, state + stateSize(), 0.0f);
    const bool atCell = m_position < m_walk.size();
    const int cell = atCell ? m_walk[m_position] : 0;
    const CellIndex idx = m.indexOf(cell);
    double channelSpent = 0, phaseSpent = 0, upperTier = 0, earlier = 0;
    for (int i = 0; i < m.cellCount(); ++i) {
        const CellIndex j = m.indexOf(i);
        const double a = m_amounts[static_cast<size_t>(i)];
        channelSpent += j.channel == idx.channel ? a : 0;
        phaseSpent += j.phase == idx.phase ? a : 0;
        upperTier += (j.channel == idx.channel && j.phase == idx.phase && j.tier == idx.tier - 1) ? a : 0;
        earlier += (j.channel == idx.channel && j.phase < idx.phase) ? a : 0;
    }
    int k = 0;
    state[k++] = static_cast<float>(m_remaining / m_budget);
    state[k++] = static_cast<float>(std::log(m_budget / s.budget));
    state[k++] = static_cast<float>(
        m_walk.empty() ? 1.0 : static_cast<double>(m_position) / static_cast<double>(m_walk.size()));
    state[k++] = static_cast<float>(channelSpent / m_budget);
    state[k++] = static_cast<float>(phaseSpent / m_budget);
    state[k++] = static_cast<float>(upperTier / m_budget);
    state[k++] = static_cast<float>(earlier / m_budget);
    state[k++] = static_cast<float>(m_walk.empty() ? 0.0 : static_cast<double>(m_walk.size() - m_position) / 54.0);
    state[k + idx.channel] = atCell ? 1.0f : 0.0f;
    k += m.channelCount();
    state[k + idx.phase] = atCell ? 1.0f : 0.0f;
    k += m.phaseCount();
    state[k + idx.tier] = atCell ? 1.0f : 0.0f;
    k += m.tierCount();
    state[k++] = static_cast<float>(m_cheapest[static_cast<size_t>(cell)] * s.budget / m_budget);
    for (int p = 0; p < kCurvePoints; ++p) {
        state[k++] = m_curveFeatures[static_cast<size_t>(cell * kCurvePoints + p)];
    }
    // What money is worth in this cell now, given everything placed so far (carry-over,
    // saturation, hierarchy): the net effect a slice of the remaining budget would add, per
    // unit of budget share, in template-effect units.
    if (atCell && m_remaining > 0) {
        std::vector<double> probe = m_amounts;
        const double room = m_hi[static_cast<size_t>(cell)] - m_amounts[static_cast<size_t>(cell)];
        for (double share : kMarginalAt) {
            const double x = std::min(share * m_remaining, room);
            double gain = 0;
            if (x > 0) {
                probe[static_cast<size_t>(cell)] = m_amounts[static_cast<size_t>(cell)] + x;
                gain = (m_evaluator.netEffect(probe, m_budget) - m_current) / m_scale / (x / m_budget);
            }
            state[k++] = static_cast<float>(std::clamp(gain, -5.0, 10.0));
        }
    } else {
        k += kMarginalPoints;
    }
}

} // namespace kol
