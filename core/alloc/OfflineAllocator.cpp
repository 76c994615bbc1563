#include "OfflineAllocator.h"

#include "AllocationEnv.h"
#include "Constraints.h"
#include "OfflineEpisodes.h"
#include "base/Text.h"

#include <cmath>
#include <cstdio>

namespace kol {

namespace {
constexpr int kMixtureColumns = 3; // weight, value, spend
constexpr int kGameColumns = 6;    // lambda, response value, response spend, mixture value, dual bound, duality gap

std::string percent(double share, int decimals = 0)
{
    char text[32];
    const double value = 100 * share;
    std::snprintf(text, sizeof text, "%.*f%%", decimals, std::abs(value) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : value);
    return text;
}

std::string planList(const OfflineResult& r)
{
    std::string plans;
    for (size_t i = 0; i < r.plans.size(); ++i) {
        plans += std::string(i == 0 ? "" : "; ") + "plan " + std::to_string(i + 1) + ": weight "
            + percent(r.weights[i]) + ", spend " + formatAmount(r.plans[i].spend, 0) + ", estimated value "
            + formatAmount(r.plans[i].value, 1);
    }
    return plans;
}

// Which plan is booked, in words.
std::string recommendationText(const OfflineResult& r)
{
    return (r.recommended >= 0 ? "plan " + std::to_string(r.recommended + 1) + " of the mixture"
                               : std::string("the most valuable of the game's best responses within the budget"))
        + " (spend " + formatAmount(r.recommendation.spend, 0) + ")";
}

std::string estimateText(const OfflineResult& r)
{
    return formatAmount(r.estimate.value, 1) + " (90% interval " + formatAmount(r.estimate.low, 1) + " to "
        + formatAmount(r.estimate.high, 1) + ", " + std::to_string(r.estimate.resamples)
        + " bootstrap resamples of the past campaigns)";
}
} // namespace

double offlineDualityGap(const OfflineResult& r)
{
    if (r.iterations.empty() || !(std::abs(r.iterations.back().dualBound) > 0)) {
        return NAN;
    }
    return r.iterations.back().dualityGap / std::abs(r.iterations.back().dualBound);
}

std::string describeOffline(const OfflineResult& r, double budget)
{
    double expected = 0;
    for (size_t i = 0; i < r.plans.size(); ++i) {
        expected += r.weights[i] * r.plans[i].spend;
    }
    const double gap = offlineDualityGap(r);
    return "Learned from " + std::to_string(r.campaigns) + " past campaigns in " + formatAmount(r.seconds, 1)
        + " s: a mixture of " + std::to_string(r.plans.size()) + " plan(s) (" + planList(r)
        + "), expected spend " + formatAmount(expected, 0) + " of " + formatAmount(budget, 0)
        + (std::isfinite(gap) ? "; duality gap after " + std::to_string(r.iterations.size())
                   + " iterations " + percent(gap, 1)
                              : std::string())
        + ". Recommended: " + recommendationText(r) + ", off-policy estimate " + estimateText(r)
        + "; past campaigns of a similar budget reached " + formatAmount(r.loggedValue, 1) + ".";
}

StoredModel offlineToStored(const OfflineResult& r, const Scenario& scenario, const CampaignHistory& history)
{
    StoredModel m;
    m.kind = "offline";
    m.texts["signature"] = AllocationEnv::signature(scenario);
    m.texts["history"] = historyFingerprint(history);
    const int cells = scenario.matrix().cellCount();
    TensorData plans{static_cast<int>(r.plans.size()), cells, {}};
    TensorData mixture{static_cast<int>(r.plans.size()), kMixtureColumns, {}};
    for (size_t i = 0; i < r.plans.size(); ++i) {
        for (double a : r.plans[i].amounts) {
            plans.values.push_back(static_cast<float>(a));
        }
        for (double v : {r.weights[i], r.plans[i].value, r.plans[i].spend}) {
            mixture.values.push_back(static_cast<float>(v));
        }
    }
    TensorData game{static_cast<int>(r.iterations.size()), kGameColumns, {}};
    for (const GameIteration& it : r.iterations) {
        for (double v : {it.lambda * 1e6, it.response.value, it.response.spend, it.mixtureValue, it.dualBound,
                         it.dualityGap}) {
            game.values.push_back(std::isfinite(v) ? static_cast<float>(v) : 0.0f);
        }
    }
    m.tensors["plans"] = std::move(plans);
    m.tensors["mixture"] = std::move(mixture);
    m.tensors["game"] = std::move(game);
    m.numbers["budget"] = scenario.budget;
    m.numbers["recommended"] = r.recommended;
    m.numbers["responses"] = r.responses;
    m.numbers["recommendation_value"] = r.recommendation.value;
    m.numbers["recommendation_spend"] = r.recommendation.spend;
    TensorData recommendation{1, cells, {}};
    for (double a : r.recommendation.amounts) {
        recommendation.values.push_back(static_cast<float>(a));
    }
    m.tensors["recommendation"] = std::move(recommendation);
    m.numbers["campaigns"] = r.campaigns;
    m.numbers["episodes"] = r.campaigns;
    m.numbers["steps"] = static_cast<double>(r.iterations.size());
    m.numbers["seconds"] = r.seconds;
    m.numbers["logged_value"] = r.loggedValue;
    m.numbers["estimate"] = r.estimate.value;
    m.numbers["estimate_se"] = r.estimate.standardError;
    m.numbers["estimate_low"] = r.estimate.low;
    m.numbers["estimate_high"] = r.estimate.high;
    m.numbers["resamples"] = r.estimate.resamples;
    return m;
}

Result<OfflineResult> offlineFromStored(const StoredModel& m, const std::string& scenario)
{
    using R = Result<OfflineResult>;
    const std::string where = "the offline policy of scenario " + quoteValue(scenario, 100);
    const auto tensor = [&](const char* name) -> const TensorData* {
        const auto it = m.tensors.find(name);
        return it == m.tensors.end() ? nullptr : &it->second;
    };
    const TensorData* plans = tensor("plans");
    const TensorData* mixture = tensor("mixture");
    const TensorData* game = tensor("game");
    const TensorData* recommendation = tensor("recommendation");
    if (m.kind != "offline" || !plans || !mixture || !game || !recommendation || plans->rows < 1 || plans->rows > 2
        || recommendation->rows != 1 || recommendation->cols != plans->cols
        || recommendation->values.size() != static_cast<size_t>(plans->cols)
        || mixture->rows != plans->rows || mixture->cols != kMixtureColumns || game->cols != kGameColumns
        || plans->values.size() != static_cast<size_t>(plans->rows) * static_cast<size_t>(plans->cols)
        || mixture->values.size() != static_cast<size_t>(mixture->rows) * kMixtureColumns
        || game->values.size() != static_cast<size_t>(game->rows) * kGameColumns) {
        return R::failure(where + " is damaged (its plans, weights or game do not fit together); train it again");
    }
    for (const TensorData* t : {plans, mixture, game, recommendation}) {
        for (float v : t->values) {
            if (!std::isfinite(v)) {
                return R::failure(where + " holds a value that is not a number; train it again");
            }
        }
    }
    const auto number = [&](const char* key) {
        const auto it = m.numbers.find(key);
        return it == m.numbers.end() || !std::isfinite(it->second) ? 0.0 : it->second;
    };
    OfflineResult r;
    double weights = 0;
    for (int i = 0; i < plans->rows; ++i) {
        OfflinePlan plan;
        for (int c = 0; c < plans->cols; ++c) {
            const double a = plans->values[static_cast<size_t>(i * plans->cols + c)];
            if (a < 0) {
                return R::failure(where + " has a negative amount; train it again");
            }
            plan.amounts.push_back(a);
        }
        const float* row = &mixture->values[static_cast<size_t>(i * kMixtureColumns)];
        if (row[0] < 0 || row[0] > 1 + 1e-6) {
            return R::failure(where + " has a mixture weight outside 0..1; train it again");
        }
        weights += row[0];
        r.weights.push_back(row[0]);
        plan.value = row[1];
        plan.spend = row[2];
        r.plans.push_back(std::move(plan));
    }
    if (std::abs(weights - 1) > 1e-4) {
        return R::failure(where + " has mixture weights that do not add up to 1; train it again");
    }
    for (int i = 0; i < game->rows; ++i) {
        const float* row = &game->values[static_cast<size_t>(i * kGameColumns)];
        GameIteration it;
        it.iteration = i + 1;
        it.lambda = row[0] / 1e6;
        it.response.value = row[1];
        it.response.spend = row[2];
        it.mixtureValue = row[3];
        it.dualBound = row[4];
        it.dualityGap = row[5];
        r.iterations.push_back(it);
    }
    r.recommended = static_cast<int>(number("recommended"));
    if (r.recommended < -1 || r.recommended >= plans->rows) {
        return R::failure(where + " recommends a plan it does not have; train it again");
    }
    for (float a : recommendation->values) {
        if (a < 0) {
            return R::failure(where + " has a negative amount; train it again");
        }
        r.recommendation.amounts.push_back(a);
    }
    r.recommendation.value = number("recommendation_value");
    r.recommendation.spend = number("recommendation_spend");
    r.responses = static_cast<int>(number("responses"));
    r.campaigns = static_cast<int>(number("campaigns"));
    r.seconds = number("seconds");
    r.loggedValue = number("logged_value");
    r.estimate = {number("estimate"), number("estimate_se"), number("estimate_low"), number("estimate_high"),
                  static_cast<int>(number("resamples"))};
    return r;
}

OfflineAllocator::OfflineAllocator(OfflineResult learned, double budget, std::shared_ptr<const CampaignHistory> history,
                                   uint64_t seed)
    : m_learned(std::move(learned))
    , m_budget(budget)
    , m_history(std::move(history))
    , m_seed(seed)
{
}

Result<OfflineResult> OfflineAllocator::mixtureAt(const Market& market, double budget,
                                                  const std::atomic<bool>* cancel) const
{
    if (std::abs(budget - m_budget) <= amountTolerance(m_budget)) {
        return m_learned;
    }
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (const auto known = m_other.find(budget); known != m_other.end()) {
        return known->second;
    }
    if (!m_history) {
        return Result<OfflineResult>::failure("the offline policy was learned at a budget of "
                                              + formatAmount(m_budget, 0)
                                              + " and the project has no campaign history to learn again for "
                                              + formatAmount(budget, 0));
    }
    Scenario atBudget = market.scenario();
    atBudget.budget = budget;
    OfflineOptions o;
    o.seed = m_seed;
    o.cancel = cancel;
    auto learned = trainOffline(*m_history, atBudget, o);
    if (learned) {
        m_other.emplace(budget, learned.value());
    }
    return learned;
}

Result<std::vector<double>> OfflineAllocator::run(const Market& market, const Constraints& constraints,
                                                  const AllocationOptions& options) const
{
    auto mixture = mixtureAt(market, constraints.budget(), options.cancel);
    if (!mixture) {
        return mixture.status();
    }
    const OfflinePlan& plan = mixture->recommendation;
    if (plan.amounts.size() != static_cast<size_t>(constraints.cellCount())) {
        return Result<std::vector<double>>::failure("the offline policy is for another matrix; train it again");
    }
    return constraints.repair(plan.amounts);
}

std::vector<std::string> OfflineAllocator::planNotes(const Market& market, double budget,
                                                     const std::vector<double>& amounts) const
{
    auto mixture = mixtureAt(market, budget, nullptr);
    if (!mixture) {
        return {};
    }
    const OfflineResult& r = mixture.value();
    std::vector<std::string> notes;
    notes.push_back("Offline: learned from " + std::to_string(r.campaigns) + " past campaigns alone, as a mixture of "
                    + std::to_string(r.plans.size()) + " plan(s); this plan is " + recommendationText(r)
                    + ", fitted into the scenario's constraints.");
    for (size_t i = 0; i < r.plans.size(); ++i) {
        notes.push_back("Offline: plan " + std::to_string(i + 1) + " of the mixture: weight " + percent(r.weights[i])
                        + ", spend " + formatAmount(r.plans[i].spend, 0) + ", estimated value "
                        + formatAmount(r.plans[i].value, 1) + ".");
    }
    notes.push_back("Offline: off-policy estimate of this plan's value " + estimateText(r)
                    + "; past campaigns of a similar budget reached " + formatAmount(r.loggedValue, 1)
                    + " in the same units.");
    if (const double gap = offlineDualityGap(r); std::isfinite(gap)) {
        notes.push_back("Offline: duality gap after " + std::to_string(r.iterations.size())
                        + " iterations: " + percent(gap, 1) + ".");
    }
    if (m_history) {
        for (const std::string& warning : offlineSupportWarnings(*m_history, market.scenario(), amounts)) {
            notes.push_back("Offline: " + warning + ".");
        }
    }
    return notes;
}

Method offlineMethod()
{
    Method offline{"offline", "Offline RL from past campaigns",
                   "a policy learned from the project's campaign history alone (fitted Q iteration with a support "
                   "constraint and pessimism; the budget as a Lagrangian game, a mixture of at most two plans)",
                   true};
    offline.train = [](const Market& market, const TrainOptions& options) -> Result<StoredModel> {
        const auto& history = market.options().history;
        if (!history || history->empty()) {
            return Result<StoredModel>::failure(
                "the project has no campaign history to learn from: import past campaigns (File > Import past "
                "campaigns, or kolplanner-cli import campaigns PROJECT FILE.csv)");
        }
        OfflineOptions o;
        o.seed = options.seed;
        o.cancel = options.cancel;
        o.progress = [&](const GameIteration& it) {
            if (!options.progress) {
                return true;
            }
            TrainingProgress p;
            p.steps = it.iteration;
            p.totalSteps = o.iterations;
            p.episodes = it.iteration;
            if (std::abs(it.dualBound) > 0) {
                p.metrics.emplace_back("duality gap (%)", 100 * it.dualityGap / std::abs(it.dualBound));
            }
            p.metrics.emplace_back("expected spend (% of budget)",
                                   100 * it.mixtureSpend / std::max(1.0, market.scenario().budget));
            return options.progress(p);
        };
        auto learned = trainOffline(*history, market.scenario(), o);
        if (!learned) {
            return learned.status();
        }
        StoredModel stored = offlineToStored(learned.value(), market.scenario(), *history);
        stored.numbers["seed"] = static_cast<double>(options.seed);
        return stored;
    };
    offline.fromPolicy = [](const StoredModel& stored, const Market& market) -> Result<std::unique_ptr<Allocator>> {
        auto learned = offlineFromStored(stored, market.scenario().name);
        if (!learned) {
            return learned.status();
        }
        if (learned->plans.front().amounts.size() != static_cast<size_t>(market.scenario().matrix().cellCount())) {
            return Result<std::unique_ptr<Allocator>>::failure(
                "the offline policy of scenario " + quoteValue(market.scenario().name, 100)
                + " is for other channels, phases or tiers; train it again");
        }
        const auto number = [&](const char* key) {
            const auto it = stored.numbers.find(key);
            return it == stored.numbers.end() || !std::isfinite(it->second) ? 0.0 : it->second;
        };
        return std::unique_ptr<Allocator>(std::make_unique<OfflineAllocator>(
            learned.take(), number("budget"), market.options().history,
            static_cast<uint64_t>(std::max(1.0, number("seed")))));
    };
    offline.describe = [](const StoredModel& stored) {
        auto learned = offlineFromStored(stored, "");
        const auto budget = stored.numbers.find("budget");
        return learned ? describeOffline(learned.value(), budget == stored.numbers.end() ? 0.0 : budget->second)
                       : learned.error();
    };
    offline.policyFits = [](const StoredModel& stored, const Market& market) {
        const auto signature = stored.texts.find("signature");
        const auto history = stored.texts.find("history");
        return signature != stored.texts.end() && signature->second == AllocationEnv::signature(market.scenario())
            && history != stored.texts.end() && market.options().history
            && history->second == historyFingerprint(*market.options().history);
    };
    return offline;
}

} // namespace kol
