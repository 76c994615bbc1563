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
constexpr int kRounds = 6; // of the relaxation's re-weighting
constexpr double kResidualRange = 0.5;
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
        // Upper concave hull of (amount, saturated value), by a monotone chain over the grid.
        std::vector<std::pair<double, double>> hull{{0.0, 0.0}};
        const int points = curve.empty() ? 0 : static_cast<int>(std::lround(curve.maxAmount() / curve.step()));
        for (int i = 1; i <= points; ++i) {
            const double x = curve.step() * i;
            const double y = cap * (1.0 - std::exp(-curve.at(x).value / cap));
            if (y <= hull.back().second) {
                continue;
            }
            while (hull.size() >= 2) {
                const auto& a = hull[hull.size() - 2];
                const auto& b = hull.back();
                // Drop b when it lies on or below the chord from a to (x, y).
                if ((b.second - a.second) * (x - a.first) <= (y - a.second) * (b.first - a.first)) {
                    hull.pop_back();
                } else {
                    break;
                }
            }
            hull.emplace_back(x, y);
        }
        m_hulls.push_back(std::move(hull));
    }
}

double AllocationEnv::hullValue(int cell, double amount) const
{
    const auto& hull = m_hulls[static_cast<size_t>(cell)];
    auto it = std::upper_bound(hull.begin(), hull.end(), amount,
                               [](double x, const std::pair<double, double>& p) { return x < p.first; });
    if (it == hull.end()) {
        return hull.back().second;
    }
    const auto& b = *it;
    const auto& a = *(it - 1);
    return a.second + (b.second - a.second) * (amount - a.first) / (b.first - a.first);
}

double AllocationEnv::separableShare(std::vector<double>& amounts) const
{
    // A relaxation of the rest of the walk: every remaining cell offers the segments of its
    // concave hull above its current amount (up to its bound and the max cell share), and the
    // free budget buys the steepest segments first, within each channel's maximum share. Slopes are weighted by each
    // channel's saturation and each phase's carry-over lift at the previous round's solution, a few damped rounds.
    // Returns the current cell's part of the free budget.
    const Scenario& s = m_market.scenario();
    const StrategyMatrix& m = s.matrix();
    const MarketOptions& o = m_market.options();
    const int np = m.phaseCount(), nt = m.tierCount();
    const int current = m_walk[m_position];
    const double free = std::max(0.0, m_remaining - reservedFor(m.indexOf(current).channel));
    amounts = m_amounts;
    if (free <= 0) {
        return 0;
    }
    struct Segment
    {
        double slope, length;
        int cell;
    };
    std::vector<Segment> segments;
    std::vector<double> weight(static_cast<size_t>(m.cellCount()), 1.0);
    std::vector<double> previous = amounts;
    double mine = 0;
    for (int round = 0; round < kRounds; ++round) {
        previous = amounts;
        segments.clear();
        for (size_t k = m_position; k < m_walk.size(); ++k) {
            const int cell = m_walk[k];
            const double from = m_amounts[static_cast<size_t>(cell)];
            double to = std::min(m_hi[static_cast<size_t>(cell)], s.rules.maxCellShare * m_budget);
            if (s.rules.tierHierarchy && m.indexOf(cell).tier > 0 && round > 0) {
                to = std::min(to, previous[static_cast<size_t>(cell - 1)]); // no more than the tier above
            }
            const auto& hull = m_hulls[static_cast<size_t>(cell)];
            for (size_t i = 1; i < hull.size(); ++i) {
                const double lo = std::max(from, hull[i - 1].first), hi = std::min(to, hull[i].first);
                if (hi > lo) {
                    const double slope = (hull[i].second - hull[i - 1].second) / (hull[i].first - hull[i - 1].first);
                    segments.push_back({slope * weight[static_cast<size_t>(cell)], hi - lo, cell});
                }
            }
        }
        std::sort(segments.begin(), segments.end(),
                  [](const Segment& a, const Segment& b) { return a.slope > b.slope; });
        for (size_t k = m_position; k < m_walk.size(); ++k) {
            amounts[static_cast<size_t>(m_walk[k])] = m_amounts[static_cast<size_t>(m_walk[k])];
        }
        double left = free;
        mine = 0;
        std::vector<double> channelRoom(m_channelHi.size());
        for (size_t c = 0; c < channelRoom.size(); ++c) {
            channelRoom[c] = std::max(0.0, m_channelHi[c] - m_channelSpent[c]);
        }
        for (const Segment& seg : segments) {
            if (left <= 0 || seg.slope <= 0) {
                break;
            }
            double& room = channelRoom[static_cast<size_t>(m.indexOf(seg.cell).channel)];
            const double take = std::min({left, seg.length, room});
            room -= take;
            left -= take;
            amounts[static_cast<size_t>(seg.cell)] += take;
            mine += seg.cell == current ? take : 0.0;
        }
        // Re-weight: d(channel effect)/d(cell value) = lift(phase) * exp(-channel sum / capacity).
        for (int c = 0; c < m.channelCount(); ++c) {
            const double capacity = m_market.channelCapacity(c);
            const double scale = o.awarenessScale * capacity;
            double aware = 0, sum = 0;
            std::vector<double> lift(static_cast<size_t>(np));
            for (int p = 0; p < np; ++p) {
                lift[static_cast<size_t>(p)] = 1 + o.carryOver * (scale > 0 ? 1 - std::exp(-aware / scale) : 0);
                double phase = 0;
                for (int t = 0; t < nt; ++t) {
                    const int cell = (c * np + p) * nt + t;
                    phase += hullValue(cell, amounts[static_cast<size_t>(cell)]);
                }
                sum += lift[static_cast<size_t>(p)] * phase;
                aware += phase;
            }
            const double saturation = capacity > 0 ? std::exp(-sum / capacity) : 0.0;
            for (int p = 0; p < np; ++p) {
                for (int t = 0; t < nt; ++t) {
                    double& w = weight[static_cast<size_t>((c * np + p) * nt + t)];
                    w = 0.5 * w + 0.5 * lift[static_cast<size_t>(p)] * saturation;
                }
            }
        }
    }
    // Aim a little above the combination's price: the excess is not committed (amountFor), while
    // falling short of it would lose a KOL.
    if (mine <= 0) {
        return 0;
    }
    double aim = mine + 0.01 * free + m_market.curve(current).step();
    const CellIndex idx = m.indexOf(current);
    if (s.rules.tierHierarchy && idx.tier > 0) {
        // ... but not above the tier above, which the walk has already set.
        const double above = m_amounts[static_cast<size_t>(current - 1)] - m_amounts[static_cast<size_t>(current)];
        aim = std::min(aim, std::max(mine, above));
    }
    return std::min(1.0, aim / free);
}

int AllocationEnv::stateSize() const
{
    const StrategyMatrix& m = m_market.scenario().matrix();
    return 9 + m.channelCount() + m.phaseCount() + m.tierCount() + 1 + kCurvePoints + kMarginalPoints;
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
    project();
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
    const double reserved = reservedFor(channel);
    double extra = share * std::max(0.0, m_remaining - reserved);
    extra = std::min(extra, m_hi[static_cast<size_t>(cell)] - m_lo[static_cast<size_t>(cell)]);
    extra = std::min(extra, m_channelHi[static_cast<size_t>(channel)] - m_channelSpent[static_cast<size_t>(channel)]);
    // Money above what buys the cell's KOL combination is not committed: it stays for the
    // cells after this one. (Without this, a share a hair below a combination's price loses a
    // KOL and a hair above wastes money: a landscape of cliffs for the critic.)
    const double start = m_amounts[static_cast<size_t>(cell)];
    const double needed = m_market.curve(cell).neededAmount(start + extra);
    extra = std::min(extra, std::max(0.0, needed - start));
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
    // Residual policy: the actor's output in [-1, 1] corrects the relaxation's share by up to
    // +-kResidualRange; the share actually spent is in [0, 1] as SPEC section 4 states it.
    const double share = std::clamp(m_guide + kResidualRange * static_cast<double>(action[0]), 0.0, 1.0);
    const double extra = amountFor(share);
    m_amounts[static_cast<size_t>(cell)] += extra;
    m_channelSpent[static_cast<size_t>(m.indexOf(cell).channel)] += extra;
    m_remaining -= extra;
    const double value = m_evaluator.netEffect(m_amounts, m_budget);
    double reward = (value - m_current) / m_scale;
    m_current = value;
    ++m_position;
    done = m_position >= m_walk.size();
    const double projected = m_projected;
    project();
    if (m_options.shaping) {
        // Potential-based shaping (Ng, Harada and Russell, 1999) with the potential
        // projected - current: the reward becomes the change in the projected final effect, so
        // overspending shows at once instead of 50 cells later. The optimal policy is unchanged.
        reward = (m_projected - projected) / m_scale;
    }
    observe(nextState);
    return reward;
}

void AllocationEnv::project()
{
    // The relaxation's share for the current cell and the effect of finishing the walk its way.
    if (m_position >= m_walk.size() || !m_feasible) {
        m_guide = 0;
        m_projected = m_current;
        return;
    }
    std::vector<double> plan;
    m_guide = separableShare(plan);
    m_projected = m_evaluator.netEffect(plan, m_budget);
}

double AllocationEnv::reservedFor(int channel) const
{
    double reserved = 0;
    for (int c = 0; c < static_cast<int>(m_channelLo.size()); ++c) {
        if (c != channel) {
            reserved += std::max(0.0, m_channelLo[static_cast<size_t>(c)] - m_channelSpent[static_cast<size_t>(c)]);
        }
    }
    return reserved;
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
    state[k++] = static_cast<float>(m_guide);
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

std::vector<double> relaxationPlan(const Market& market, double budget)
{
    AllocationEnv::Options o;
    o.train = false;
    o.budget = budget;
    AllocationEnv env(market, o);
    Random rng(1);
    std::vector<float> state(static_cast<size_t>(env.stateSize()));
    env.reset(rng, state.data());
    bool done = false;
    const float zero = 0;
    while (!done) {
        env.step(&zero, state.data(), done);
    }
    return env.amounts();
}

} // namespace kol
