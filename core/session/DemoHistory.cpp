#include "DemoHistory.h"

#include "PlanningSession.h"
#include "base/Random.h"
#include "market/CampaignSimulation.h"
#include "market/PlanEvaluator.h"

#include <array>
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

Result<std::vector<HistoryRow>> simulateDemoCampaign(const Market& m, const PostSurprise& luck,
                                                     const std::vector<double>& amounts, const std::string& id,
                                                     uint64_t seed)
{
    const StrategyMatrix& matrix = m.scenario().matrix();
    const PlanEvaluator evaluator(m);
    std::unordered_map<std::string, const Kol*> kolById;
    for (const Kol& k : m.kols()) {
        kolById.emplace(k.id, &k);
    }
    // Every phase's posts at the truth with luck, then per cell its record.
    // Per cell: spend, reach, engagements and composite value of its posts.
    std::vector<std::array<double, 4>> sums(amounts.size(), std::array<double, 4>{0, 0, 0, 0});
    for (int p = 0; p < matrix.phaseCount(); ++p) {
        auto posts = realisePhase(m, amounts, p, luck, seed);
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
            sums[i][0] += post.spend;
            sums[i][1] += post.reach;
            sums[i][2] += post.engagements;
            sums[i][3] += m.compositeScore(*kol, post.reach, post.engagements, post.spend, post.phase, post.format);
        }
    }
    std::vector<double> cellValue;
    for (const auto& sum : sums) {
        cellValue.push_back(sum[3]);
    }
    const std::vector<double> factors = evaluator.outcomeFactors(cellValue);
    std::vector<HistoryRow> rows;
    for (int p = 0; p < matrix.phaseCount(); ++p) {
        for (int ch = 0; ch < matrix.channelCount(); ++ch) {
            for (int t = 0; t < matrix.tierCount(); ++t) {
                if (!matrix.cell(ch, p, t).enabled) {
                    continue;
                }
                const size_t i = static_cast<size_t>(matrix.flatIndex({ch, p, t}));
                HistoryRow row;
                row.campaign = id;
                row.phase = matrix.phases()[static_cast<size_t>(p)];
                row.channel = matrix.channels()[static_cast<size_t>(ch)];
                row.tier = matrix.tiers()[static_cast<size_t>(t)];
                row.spend = sums[i][0];
                row.reach = std::round(sums[i][1] * factors[i]);
                row.engagements = std::round(sums[i][2] * factors[i]);
                rows.push_back(std::move(row));
            }
        }
    }
    return rows;
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
    Random random(seed);
    CampaignHistory history;
    for (int c = 0; c < campaigns; ++c) {
        const double budget = reference * std::exp(random.uniform(std::log(0.25), std::log(4.0)));
        const std::vector<double> amounts = behaviourAmounts(m.scenario(), budget, random);
        auto rows = simulateDemoCampaign(m, *luck.value(), amounts, "past-" + std::to_string(c + 1),
                                         seed * 1000003ULL + static_cast<uint64_t>(c));
        if (!rows) {
            return rows.status();
        }
        history.rows.insert(history.rows.end(), rows->begin(), rows->end());
    }
    return history;
}

} // namespace kol
