#include "MarlEnv.h"

#include "AllocationEnv.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kol {

namespace {
constexpr double kPhaseRange = 0.7;  // the phase's share of the remaining budget: prior x exp(+-0.7)
constexpr double kSplitRange = 1.0;  // a channel's or tier's weight: prior x exp(+-1)
constexpr double kUniformMix = 0.03; // of the prior, spread evenly so that no open cell is out of reach
constexpr int kPriorBudgets = 16;

// `weights` (>= 0, per option) as shares with kUniformMix of an even split over `open` options.
std::vector<double> mixedShares(const std::vector<double>& weights, const std::vector<bool>& open)
{
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    const double count = static_cast<double>(std::count(open.begin(), open.end(), true));
    std::vector<double> shares(weights.size(), 0.0);
    if (count == 0) {
        return shares;
    }
    for (size_t i = 0; i < weights.size(); ++i) {
        if (open[i]) {
            shares[i]
                = (total > 0 ? (1 - kUniformMix) * weights[i] / total : 0.0) + (total > 0 ? kUniformMix : 1.0) / count;
        }
    }
    return shares;
}

// Shares proportional to prior x exp(range x action) over the options the prior allows.
std::vector<double> corrected(const std::vector<double>& prior, const float* action, double range)
{
    std::vector<double> w(prior.size(), 0.0);
    for (size_t i = 0; i < prior.size(); ++i) {
        const double a = std::isfinite(action[i]) ? std::clamp(static_cast<double>(action[i]), -1.0, 1.0) : 0.0;
        w[i] = prior[i] * std::exp(range * a);
    }
    const double total = std::accumulate(w.begin(), w.end(), 0.0);
    for (double& x : w) {
        x = total > 0 ? x / total : 0.0;
    }
    return w;
}
} // namespace

MarlEnv::MarlEnv(const Market& market, Options options)
    : m_market(market)
    , m_evaluator(market)
    , m_options(options)
{
    const Scenario& s = market.scenario();
    const StrategyMatrix& m = s.matrix();
    m_channels = m.channelCount();
    m_phases = m.phaseCount();
    m_tiers = m.tierCount();
    m_scale = std::max(1e-9, m_evaluator.grossEffect(templateAmounts(s, s.budget)));
    if (options.train) {
        for (int k = 0; k < kPriorBudgets; ++k) {
            m_priorBudgets.push_back(options.budgetLow
                                     * std::pow(options.budgetHigh / options.budgetLow, k / (kPriorBudgets - 1.0)));
        }
    } else {
        m_priorBudgets.push_back((options.budget > 0 ? options.budget : s.budget) / s.budget);
    }
    for (double multiple : m_priorBudgets) {
        m_priorPlans.push_back(relaxationPlan(market, multiple * s.budget));
    }
    m_allotted.assign(static_cast<size_t>(m_channels), 0.0);
}

int MarlEnv::stateSize() const
{
    return 2 + m_phases + 2 + 3 * m_channels + 1;
}

int MarlEnv::observationSize(int agent) const
{
    return agent == 0 ? stateSize() : 1 + m_phases + 3 + 2 * m_tiers;
}

int MarlEnv::actionSize(int agent) const
{
    return agent == 0 ? 1 + m_channels : m_tiers;
}

std::string MarlEnv::agentName(int agent) const
{
    return agent == 0 ? std::string("budget") : m_market.scenario().matrix().channels()[static_cast<size_t>(agent - 1)];
}

const std::vector<double>& MarlEnv::priorFor(double budget) const
{
    const double multiple = budget / m_market.scenario().budget;
    size_t best = 0;
    for (size_t k = 1; k < m_priorBudgets.size(); ++k) {
        if (std::abs(std::log(m_priorBudgets[k] / multiple)) < std::abs(std::log(m_priorBudgets[best] / multiple))) {
            best = k;
        }
    }
    return m_priorPlans[best];
}

std::vector<double> MarlEnv::channelPrior(int phase) const
{
    std::vector<double> weights(static_cast<size_t>(m_channels), 0.0);
    std::vector<bool> isOpen(weights.size(), false);
    for (int c = 0; c < m_channels; ++c) {
        for (int t = 0; t < m_tiers; ++t) {
            const int cell = cellOf(c, phase, t);
            if (open(cell)) {
                isOpen[static_cast<size_t>(c)] = true;
                weights[static_cast<size_t>(c)]
                    += std::max(0.0, (*m_prior)[static_cast<size_t>(cell)] - m_lo[static_cast<size_t>(cell)]);
            }
        }
    }
    return mixedShares(weights, isOpen);
}

std::vector<double> MarlEnv::tierPrior(int channel, int phase) const
{
    std::vector<double> weights(static_cast<size_t>(m_tiers), 0.0);
    std::vector<bool> isOpen(weights.size(), false);
    for (int t = 0; t < m_tiers; ++t) {
        const int cell = cellOf(channel, phase, t);
        if (open(cell)) {
            isOpen[static_cast<size_t>(t)] = true;
            weights[static_cast<size_t>(t)]
                = std::max(0.0, (*m_prior)[static_cast<size_t>(cell)] - m_lo[static_cast<size_t>(cell)]);
        }
    }
    return mixedShares(weights, isOpen);
}

void MarlEnv::reset(Random& rng, float* state, float* observations, float* active)
{
    Scenario s = m_market.scenario();
    m_budget = m_options.train ? s.budget * rng.uniform(m_options.budgetLow, m_options.budgetHigh)
                               : (m_options.budget > 0 ? m_options.budget : s.budget);
    if (m_options.train) {
        for (int cell = 0; cell < s.matrix().cellCount(); ++cell) {
            MatrixCell& c = s.matrix().cell(s.matrix().indexOf(cell));
            if (c.enabled && !c.locked && c.minAmount <= 0 && rng.chance(m_options.maskShare)) {
                c.enabled = false;
            }
        }
    }
    auto constraints = Constraints::make(s, m_budget);
    m_feasible = constraints.isOk();
    const int n = s.matrix().cellCount();
    m_lo.assign(static_cast<size_t>(n), 0.0);
    m_hi.assign(static_cast<size_t>(n), 0.0);
    m_constraints.reset();
    if (m_feasible) {
        for (int cell = 0; cell < n; ++cell) {
            m_lo[static_cast<size_t>(cell)] = constraints->lo(cell);
            m_hi[static_cast<size_t>(cell)] = constraints->hi(cell);
        }
        m_constraints = constraints.take();
    }
    // Locks and cell minimums are placed first; the agents place the money channels need for their
    // minimum shares (the relaxation's prior does), and the final repair tops up what they miss.
    // (Placing the channels' minimums first, spread over their cells whatever the KOLs cost,
    // planned 2% worse in the test with a minimum share.)
    m_amounts = m_lo;
    m_prior = &priorFor(m_budget);
    m_phase = 0;
    m_channelStep = false;
    m_done = !m_feasible;
    m_remaining = std::max(0.0, m_budget - std::accumulate(m_amounts.begin(), m_amounts.end(), 0.0));
    std::fill(m_allotted.begin(), m_allotted.end(), 0.0);
    m_current = 0; // so that the rewards add up to the plan's net effect, placed minimums included
    observe(state, observations, active);
}

double MarlEnv::step(const float* actions, float* nextState, float* nextObservations, float* nextActive, bool& done)
{
    if (m_done) {
        done = true;
        observe(nextState, nextObservations, nextActive);
        return 0;
    }
    if (!m_channelStep) {
        // The budget agent: the phase's share of the remaining budget, then its split by channel.
        double phaseShare = 1.0;
        if (m_phase + 1 < m_phases) {
            double here = 0, ahead = 0;
            for (int cell = 0; cell < static_cast<int>(m_amounts.size()); ++cell) {
                if (open(cell)) {
                    const double w
                        = std::max(0.0, (*m_prior)[static_cast<size_t>(cell)] - m_lo[static_cast<size_t>(cell)]);
                    const int phase = m_market.scenario().matrix().indexOf(cell).phase;
                    here += phase == m_phase ? w : 0.0;
                    ahead += phase >= m_phase ? w : 0.0;
                }
            }
            const double prior
                = (1 - kUniformMix) * (ahead > 0 ? here / ahead : 0.0) + kUniformMix / (m_phases - m_phase);
            const double a = std::isfinite(actions[0]) ? std::clamp(static_cast<double>(actions[0]), -1.0, 1.0) : 0.0;
            phaseShare = std::clamp(prior * std::exp(kPhaseRange * a), 0.0, 1.0);
        }
        const std::vector<double> split = corrected(channelPrior(m_phase), actions + 1, kSplitRange);
        std::vector<double> spent(static_cast<size_t>(m_channels), 0.0);
        for (int cell = 0; cell < static_cast<int>(m_amounts.size()); ++cell) {
            spent[static_cast<size_t>(m_market.scenario().matrix().indexOf(cell).channel)]
                += m_amounts[static_cast<size_t>(cell)];
        }
        for (int c = 0; c < m_channels; ++c) {
            // No channel is given more than its maximum share leaves room for.
            const double room
                = m_constraints ? std::max(0.0, m_constraints->channelHi(c) - spent[static_cast<size_t>(c)]) : m_budget;
            m_allotted[static_cast<size_t>(c)]
                = std::min(room, phaseShare * m_remaining * split[static_cast<size_t>(c)]);
        }
        m_channelStep = true;
        done = false;
        observe(nextState, nextObservations, nextActive);
        return 0;
    }
    // The channel agents: each splits its money across its open tiers, within the cells' bounds;
    // what a full cell cannot take goes to the channel's other tiers, and what none can take stays.
    const float* action = actions + 1 + m_channels;
    for (int c = 0; c < m_channels; ++c, action += m_tiers) {
        double money = m_allotted[static_cast<size_t>(c)];
        for (int pass = 0; pass < 3 && money > 1e-9; ++pass) {
            const std::vector<double> split = corrected(tierPrior(c, m_phase), action, kSplitRange);
            double placed = 0;
            for (int t = 0; t < m_tiers; ++t) {
                const auto cell = static_cast<size_t>(cellOf(c, m_phase, t));
                double add = std::min(money * split[static_cast<size_t>(t)], m_hi[cell] - m_amounts[cell]);
                // Only what buys the cell's KOL combination is committed; the rest stays for the
                // later phases (as the relaxation and `rl` do).
                const double needed = m_market.curve(static_cast<int>(cell)).neededAmount(m_amounts[cell] + add);
                add = std::clamp(needed - m_amounts[cell], 0.0, add);
                if (add > 0) {
                    m_amounts[cell] += add;
                    placed += add;
                }
            }
            money -= placed;
            m_remaining -= placed;
            if (placed <= 0) {
                break;
            }
        }
    }
    m_remaining = std::max(0.0, m_remaining);
    std::fill(m_allotted.begin(), m_allotted.end(), 0.0);
    m_channelStep = false;
    ++m_phase;
    m_done = m_phase >= m_phases;
    if (m_done && m_constraints) {
        m_amounts = m_constraints->repair(m_amounts);
    }
    const double value = m_evaluator.netEffect(m_amounts, m_budget);
    const double reward = (value - m_current) / m_scale;
    m_current = value;
    done = m_done;
    observe(nextState, nextObservations, nextActive);
    return reward;
}

std::vector<double> MarlEnv::agentReturns(double teamReturn) const
{
    std::vector<double> returns(static_cast<size_t>(agentCount()), 0.0);
    returns[0] = teamReturn;
    if (!m_done || !m_feasible) {
        return returns;
    }
    const PlanOutcome outcome = m_evaluator.evaluate(m_amounts, m_budget);
    const StrategyMatrix& m = m_market.scenario().matrix();
    for (int cell = 0; cell < m.cellCount(); ++cell) {
        returns[static_cast<size_t>(1 + m.indexOf(cell).channel)]
            += outcome.cells[static_cast<size_t>(cell)].effect / m_scale;
    }
    return returns;
}

void MarlEnv::observe(float* state, float* observations, float* active) const
{
    const Scenario& s = m_market.scenario();
    std::fill(state, state + stateSize(), 0.0f);
    std::fill(active, active + agentCount(), 0.0f);
    int size = 0;
    for (int i = 0; i < agentCount(); ++i) {
        size += observationSize(i);
    }
    std::fill(observations, observations + size, 0.0f);
    if (m_done) {
        return;
    }
    std::vector<double> spent(static_cast<size_t>(m_channels), 0.0);
    for (int cell = 0; cell < static_cast<int>(m_amounts.size()); ++cell) {
        spent[static_cast<size_t>(s.matrix().indexOf(cell).channel)] += m_amounts[static_cast<size_t>(cell)];
    }
    const std::vector<double> prior = channelPrior(m_phase);
    const float logBudget = static_cast<float>(std::log(m_budget / s.budget));
    int k = 0;
    state[k++] = m_channelStep ? 0.0f : 1.0f;
    state[k++] = m_channelStep ? 1.0f : 0.0f;
    state[k + m_phase] = 1.0f;
    k += m_phases;
    state[k++] = static_cast<float>(m_remaining / m_budget);
    state[k++] = logBudget;
    for (int c = 0; c < m_channels; ++c) {
        state[k + c] = static_cast<float>(m_allotted[static_cast<size_t>(c)] / m_budget);
        state[k + m_channels + c] = static_cast<float>(spent[static_cast<size_t>(c)] / m_budget);
        state[k + 2 * m_channels + c] = static_cast<float>(prior[static_cast<size_t>(c)]);
    }
    k += 3 * m_channels;
    state[k++] = static_cast<float>(m_phases - m_phase) / static_cast<float>(m_phases);
    // The budget agent sees the whole state; it acts at the phase's first step.
    std::copy(state, state + stateSize(), observations);
    active[0] = m_channelStep ? 0.0f : 1.0f;
    // Each channel agent sees its own channel only.
    float* o = observations + stateSize();
    for (int c = 0; c < m_channels; ++c, o += observationSize(1 + c)) {
        const std::vector<double> tiers = tierPrior(c, m_phase);
        int j = 0;
        o[j++] = m_channelStep ? 1.0f : 0.0f;
        o[j + m_phase] = 1.0f;
        j += m_phases;
        o[j++] = static_cast<float>(m_allotted[static_cast<size_t>(c)] / m_budget);
        o[j++] = static_cast<float>(spent[static_cast<size_t>(c)] / m_budget);
        o[j++] = logBudget;
        bool anyOpen = false;
        for (int t = 0; t < m_tiers; ++t) {
            const bool isOpen = open(cellOf(c, m_phase, t));
            anyOpen = anyOpen || isOpen;
            o[j + t] = static_cast<float>(tiers[static_cast<size_t>(t)]);
            o[j + m_tiers + t] = isOpen ? 1.0f : 0.0f;
        }
        active[1 + c] = m_channelStep && anyOpen && m_allotted[static_cast<size_t>(c)] > 0 ? 1.0f : 0.0f;
    }
}

} // namespace kol
