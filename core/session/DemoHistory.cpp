#include "DemoHistory.h"

#include "PlanningSession.h"
#include "base/Random.h"
#include "market/CampaignSimulation.h"
#include "market/PlanEvaluator.h"

#include <cmath>
#include <unordered_map>

namespace kol {

namespace {
constexpr double kSpreadOfCells = 0.5; // log-normal sd of each cell's amount around the template's
constexpr double kLeftOut = 0.1;       // share of cells a campaign leaves out
} // namespace

std::vector<double> behaviourAmounts(const Scenario& scenario, double budget, Random& random)
{
    std::vector<double> amounts = templateAmounts(scenario, budget);
    double total = 0;
    for (double& a : amounts) {
        a = random.chance(kLeftOut) ? 0.0 : a * std::exp(kSpreadOfCells * random.normal());
        total += a;
    }
    const double spend = budget * random.uniform(0.85, 1.0);
    for (double& a : amounts) {
        a = total > 0 ? a * spend / total : 0.0;
    }
    return amounts;
}

Result<CampaignHistory> simulateDemoHistory(PlanningSession& session, int campaigns, uint64_t seed)
{
    using R = Result<CampaignHistory>;
    auto baseline = session.scenario("Baseline");
    if (!baseline) {
        return R::failure("a demo history needs the scenario 'Baseline': " + baseline.error());
    }
    auto luck = session.luck();
    if (!luck) {
        return luck.status();
    }
    // One market spans every budget drawn: its curves reach twice the largest.
    Scenario wide = baseline.value();
    const double reference = wide.budget;
    wide.budget = 4 * reference;
    auto market = session.market(wide);
    if (!market) {
        return market.status();
    }
    const Market& m = *market.value();
    const StrategyMatrix& matrix = m.scenario().matrix();
    const PlanEvaluator evaluator(m);
    std::unordered_map<std::string, const Kol*> kolById;
    for (const Kol& k : m.kols()) {
        kolById.emplace(k.id, &k);
    }
    Random random(seed);
    CampaignHistory history;
    for (int c = 0; c < campaigns; ++c) {
        const double budget = reference * std::exp(random.uniform(std::log(0.25), std::log(4.0)));
        const std::vector<double> amounts = behaviourAmounts(m.scenario(), budget, random);
        // Every phase's posts at the truth with luck, then per cell its record.
        const uint64_t campaignSeed = seed * 1000003ULL + static_cast<uint64_t>(c);
        std::vector<double> cellSpend(amounts.size(), 0.0), cellReach(amounts.size(), 0.0),
            cellEngagements(amounts.size(), 0.0), cellValue(amounts.size(), 0.0);
        for (int p = 0; p < matrix.phaseCount(); ++p) {
            auto posts = realisePhase(m, amounts, p, *luck.value(), campaignSeed);
            if (!posts) {
                return posts.status();
            }
            for (const ActualPost& post : posts.value()) {
                const auto cell = matrix.find(post.channel, post.phase, post.tier);
                const auto found = kolById.find(post.kolId);
                const Kol* kol = found == kolById.end() ? nullptr : found->second;
                if (!cell || !kol) {
                    continue;
                }
                const size_t i = static_cast<size_t>(matrix.flatIndex(*cell));
                cellSpend[i] += post.spend;
                cellReach[i] += post.reach;
                cellEngagements[i] += post.engagements;
                cellValue[i]
                    += m.compositeScore(*kol, post.reach, post.engagements, post.spend, post.phase, post.format);
            }
        }
        const std::vector<double> factors = evaluator.outcomeFactors(cellValue);
        const std::string id = "past-" + std::to_string(c + 1);
        for (int p = 0; p < matrix.phaseCount(); ++p) {
            for (int ch = 0; ch < matrix.channelCount(); ++ch) {
                for (int t = 0; t < matrix.tierCount(); ++t) {
                    const int cell = (ch * matrix.phaseCount() + p) * matrix.tierCount() + t;
                    const size_t i = static_cast<size_t>(cell);
                    if (!matrix.cell(ch, p, t).enabled) {
                        continue;
                    }
                    HistoryRow row;
                    row.campaign = id;
                    row.phase = matrix.phases()[static_cast<size_t>(p)];
                    row.channel = matrix.channels()[static_cast<size_t>(ch)];
                    row.tier = matrix.tiers()[static_cast<size_t>(t)];
                    row.spend = cellSpend[i];
                    row.reach = std::round(cellReach[i] * factors[i]);
                    row.engagements = std::round(cellEngagements[i] * factors[i]);
                    history.rows.push_back(std::move(row));
                }
            }
        }
    }
    return history;
}

} // namespace kol
