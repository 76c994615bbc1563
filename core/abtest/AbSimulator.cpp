#include "AbSimulator.h"

#include "AbStats.h"

#include <algorithm>
#include <cmath>

namespace kol {

namespace {
double logistic(double x)
{
    return 1 / (1 + std::exp(-x));
}

// Demo portraits and copy for the simulated test (names only; the rates are the market's).
const char* const kChannels[] = {"Douyin", "Xiaohongshu", "Bilibili", "Weibo"};
const char* const kTiers[] = {"Head", "Mid", "Tail"};
const char* const kAges[] = {"18-24", "25-34", "35-44"};
const char* const kInterests[] = {"beauty", "fashion", "tech", "travel", "food", "fitness"};
const char* const kHeadlines[] = {"New season, new you",    "Made for your routine",    "Only this week: 20% off",
                                  "What 10,000 users said", "The one thing you forgot", "Try it free for 7 days"};
const char* const kActions[] = {"Shop now", "Learn more", "Try it", "Get yours"};
} // namespace

AbMarket::AbMarket(const AbSimulation& simulation)
    : m_sim(simulation)
{
    Random random(simulation.seed);
    std::vector<std::vector<double>> first(static_cast<size_t>(simulation.segments));
    for (auto& segment : first) {
        const double level = std::log(simulation.baseRate / (1 - simulation.baseRate)) + 0.3 * random.normal();
        for (int v = 0; v < simulation.variants; ++v) {
            segment.push_back(level + simulation.spread * random.normal());
        }
    }
    m_logit.push_back(std::move(first));
}

void AbMarket::grow(int rounds) const
{
    while (static_cast<int>(m_logit.size()) < rounds) {
        const int round = static_cast<int>(m_logit.size()) + 1;
        Random random(m_sim.seed * 1000003ULL + static_cast<uint64_t>(round));
        auto next = m_logit.back();
        for (auto& segment : next) {
            for (double& x : segment) {
                x += m_sim.drift * random.normal();
            }
        }
        m_logit.push_back(std::move(next));
    }
}

double AbMarket::rate(int round, int segment, int variant) const
{
    grow(std::max(1, round));
    const auto& logits = m_logit[static_cast<size_t>(std::max(1, round) - 1)][static_cast<size_t>(segment)];
    int v = variant;
    if (m_sim.switchAt > 0 && round >= m_sim.switchAt) {
        // The first round's best and worst variants of the segment swap places.
        const auto& start = m_logit.front()[static_cast<size_t>(segment)];
        const int best = static_cast<int>(std::max_element(start.begin(), start.end()) - start.begin());
        const int worst = static_cast<int>(std::min_element(start.begin(), start.end()) - start.begin());
        v = variant == best ? worst : variant == worst ? best : variant;
    }
    return logistic(logits[static_cast<size_t>(v)]);
}

AbTest AbMarket::makeTest(const std::string& name, const std::string& scenario) const
{
    AbTest t;
    t.name = name;
    t.scenario = scenario;
    t.brief = "A simulated test: " + std::to_string(m_sim.variants) + " variants, " + std::to_string(m_sim.segments)
        + " segments, seed " + std::to_string(m_sim.seed);
    for (int v = 0; v < m_sim.variants; ++v) {
        AbVariant variant;
        variant.name = std::string(1, static_cast<char>('A' + v % 26)) + (v >= 26 ? std::to_string(v / 26) : "");
        variant.headline = kHeadlines[v % 6];
        variant.callToAction = kActions[v % 4];
        t.variants.push_back(variant);
    }
    for (int s = 0; s < m_sim.segments; ++s) {
        AbSegment segment;
        segment.channel = kChannels[s % 4];
        segment.tier = kTiers[(s / 4) % 3];
        segment.ageBand = kAges[s % 3];
        segment.interests = {kInterests[s % 6], kInterests[(s + 2) % 6]};
        segment.name = segment.channel + " " + segment.ageBand + (s >= 4 ? " " + segment.tier : "")
            + (s >= 12 ? " #" + std::to_string(s + 1) : "");
        t.segments.push_back(segment);
    }
    return t;
}

std::vector<AbResult> simulateRound(const AbMarket& market, const AbTest& test, int round,
                                    const std::vector<std::vector<double>>& split, Random& random)
{
    std::vector<AbResult> rows;
    const int64_t total = market.simulation().impressionsPerSegment;
    for (size_t s = 0; s < test.segments.size(); ++s) {
        // Impressions in proportion to the split, the rounding remainder to the largest shares.
        const auto& shares = split[s];
        std::vector<int64_t> n(shares.size());
        int64_t placed = 0;
        for (size_t v = 0; v < shares.size(); ++v) {
            n[v] = static_cast<int64_t>(std::floor(shares[v] * static_cast<double>(total)));
            placed += n[v];
        }
        std::vector<size_t> order(shares.size());
        for (size_t v = 0; v < order.size(); ++v) {
            order[v] = v;
        }
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return shares[a] > shares[b]; });
        for (size_t k = 0; placed < total && !order.empty(); ++k, ++placed) {
            ++n[order[k % order.size()]];
        }
        for (size_t v = 0; v < shares.size(); ++v) {
            if (n[v] == 0) {
                continue;
            }
            AbResult r;
            r.round = round;
            r.variant = test.variants[v].name;
            r.segment = test.segments[s].name;
            r.impressions = n[v];
            r.clicks = ab::binomialDraw(random, n[v], market.rate(round, static_cast<int>(s), static_cast<int>(v)));
            r.conversions = ab::binomialDraw(random, r.clicks, market.simulation().conversionRate);
            rows.push_back(r);
        }
    }
    return rows;
}

Result<AbRunScore> simulateRun(const AbSimulation& simulation, const std::string& method, int rounds,
                               const AbOptions& options)
{
    const AbMarket market(simulation);
    AbTest test = market.makeTest("simulation", "");
    Random random(simulation.seed ^ 0x5DEECE66DULL);
    AbRunScore score;
    score.method = method;
    std::vector<std::vector<double>> lastSplit;
    for (int round = 1; round <= rounds; ++round) {
        AbOptions o = options;
        o.seed = options.seed + static_cast<uint64_t>(round);
        auto recommended = recommendAb(test, method, o);
        if (!recommended) {
            return recommended.status();
        }
        std::vector<std::vector<double>> split;
        for (const auto& cells : recommended->cells) {
            std::vector<double> shares;
            for (const AbCell& c : cells) {
                shares.push_back(c.share);
            }
            split.push_back(std::move(shares));
        }
        const auto rows = simulateRound(market, test, round, split, random);
        for (const AbResult& r : rows) {
            const int s = test.segmentIndex(r.segment), v = test.variantIndex(r.variant);
            score.clicks += static_cast<double>(r.clicks);
            score.expectedClicks += static_cast<double>(r.impressions) * market.rate(round, s, v);
        }
        for (int s = 0; s < simulation.segments; ++s) {
            double best = 0;
            for (int v = 0; v < simulation.variants; ++v) {
                best = std::max(best, market.rate(round, s, v));
            }
            score.regret += best * static_cast<double>(simulation.impressionsPerSegment);
        }
        test.results.insert(test.results.end(), rows.begin(), rows.end());
        lastSplit = split;
    }
    score.regret -= score.expectedClicks;
    auto final = recommendAb(test, method, options);
    if (!final) {
        return final.status();
    }
    for (int s = 0; s < simulation.segments; ++s) {
        const auto& cells = final->cells[static_cast<size_t>(s)];
        const auto top = std::max_element(cells.begin(), cells.end(),
                                          [](const AbCell& a, const AbCell& b) { return a.share < b.share; });
        score.winnerWidth += (top->high - top->low) / simulation.segments;
        int best = 0;
        for (int v = 1; v < simulation.variants; ++v) {
            best = market.rate(rounds, s, v) > market.rate(rounds, s, best) ? v : best;
        }
        score.bestShare += lastSplit.empty()
            ? 0.0
            : lastSplit[static_cast<size_t>(s)][static_cast<size_t>(best)] / simulation.segments;
    }
    return score;
}

} // namespace kol
