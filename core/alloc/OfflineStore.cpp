// The offline method's learned mixture in the project file (OfflineAllocator.h: offlineToStored,
// offlineFromStored, offlineScenarioKey).
#include "AllocationEnv.h"
#include "OfflineAllocator.h"
#include "OfflineEpisodes.h"
#include "base/Hash.h"
#include "base/Text.h"

#include <cmath>
#include <numeric>

namespace kol {

namespace {
constexpr int kMixtureColumns = 3; // weight, value, spend
// lambda per million, response value, response spend, mixture value, dual bound, duality gap, feasible
constexpr int kGameColumns = 7;
constexpr double kLargest = 1e15; // no amount, value or count in a sane policy comes near it
} // namespace

std::string offlineScenarioKey(const Scenario& scenario)
{
    Fingerprint f;
    const StrategyMatrix& m = scenario.matrix();
    for (int i = 0; i < m.cellCount(); ++i) {
        f.add(static_cast<uint64_t>(m.cell(m.indexOf(i)).enabled ? 1 : 0));
    }
    f.add(scenario.weights.reach);
    f.add(scenario.weights.engagement);
    return AllocationEnv::signature(scenario) + "/" + f.hex();
}

StoredModel offlineToStored(const OfflineResult& r, const Scenario& scenario, const CampaignHistory& history)
{
    StoredModel m;
    m.kind = "offline";
    m.texts["signature"] = AllocationEnv::signature(scenario);
    m.texts["scenario_key"] = offlineScenarioKey(scenario);
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
                         it.dualityGap, it.feasible ? 1.0 : 0.0}) {
            game.values.push_back(std::isfinite(v) ? static_cast<float>(v) : 0.0f);
        }
    }
    TensorData recommendation{1, cells, {}};
    for (double a : r.recommendation.amounts) {
        recommendation.values.push_back(static_cast<float>(a));
    }
    m.tensors["plans"] = std::move(plans);
    m.tensors["mixture"] = std::move(mixture);
    m.tensors["game"] = std::move(game);
    m.tensors["recommendation"] = std::move(recommendation);
    m.numbers["budget"] = scenario.budget;
    m.numbers["recommended"] = r.recommended;
    m.numbers["within_budget"] = r.withinBudget ? 1 : 0;
    m.numbers["responses"] = r.responses;
    m.numbers["recommendation_value"] = r.recommendation.value;
    m.numbers["recommendation_spend"] = r.recommendation.spend;
    m.numbers["campaigns"] = r.campaigns;
    m.numbers["episodes"] = r.campaigns;
    m.numbers["steps"] = static_cast<double>(r.iterations.size());
    m.numbers["seconds"] = r.seconds;
    m.numbers["logged_value"] = r.loggedValue;
    m.numbers["logged_near"] = r.loggedNear;
    m.numbers["estimate"] = r.estimate.value;
    m.numbers["estimate_se"] = r.estimate.standardError;
    m.numbers["estimate_low"] = r.estimate.low;
    m.numbers["estimate_high"] = r.estimate.high;
    m.numbers["resamples"] = r.estimate.resamples;
    m.numbers["cross_fitted"] = r.crossFitted ? 1 : 0;
    const double gap = offlineDualityGap(r);
    m.numbers["converged"] = r.withinBudget && std::isfinite(gap) && std::abs(gap) <= 0.01 ? 1 : 0;
    return m;
}

Result<OfflineResult> offlineFromStored(const StoredModel& m, const std::string& scenario)
{
    using R = Result<OfflineResult>;
    const std::string where = "the offline policy of scenario " + quoteValue(scenario, 100);
    const auto damaged = [&](const std::string& what) {
        return R::failure(where + " " + what + "; train it again");
    };
    const auto tensor = [&](const char* name) -> const TensorData* {
        const auto it = m.tensors.find(name);
        return it == m.tensors.end() ? nullptr : &it->second;
    };
    const TensorData* plans = tensor("plans");
    const TensorData* mixture = tensor("mixture");
    const TensorData* game = tensor("game");
    const TensorData* recommendation = tensor("recommendation");
    const auto sized = [](const TensorData* t, int rows, int cols) {
        return t && t->rows == rows && t->cols == cols && rows >= 0 && cols >= 0
            && t->values.size() == static_cast<size_t>(rows) * static_cast<size_t>(cols);
    };
    if (m.kind != "offline" || !plans || plans->rows < 1 || plans->rows > 2 || plans->cols < 1
        || !sized(plans, plans->rows, plans->cols) || !sized(mixture, plans->rows, kMixtureColumns) || !game
        || !sized(game, game->rows, kGameColumns) || !sized(recommendation, 1, plans->cols)) {
        return damaged("is damaged (its plans, weights or game do not fit together)");
    }
    for (const TensorData* t : {plans, mixture, game, recommendation}) {
        for (float v : t->values) {
            if (!std::isfinite(v) || std::abs(v) > kLargest) {
                return damaged("holds a value that is not a number or out of range");
            }
        }
    }
    // A number must be there, finite and within [lo, hi].
    std::string bad;
    const auto number = [&](const char* key, double lo, double hi) {
        const auto it = m.numbers.find(key);
        if (it == m.numbers.end() || !std::isfinite(it->second) || it->second < lo || it->second > hi) {
            bad = bad.empty() ? key : bad;
            return lo;
        }
        return it->second;
    };
    OfflineResult r;
    r.recommended = static_cast<int>(number("recommended", -1, plans->rows - 1));
    r.withinBudget = number("within_budget", 0, 1) != 0;
    r.responses = static_cast<int>(number("responses", 1, 1e9));
    r.recommendation.value = number("recommendation_value", -kLargest, kLargest);
    r.recommendation.spend = number("recommendation_spend", 0, kLargest);
    r.campaigns = static_cast<int>(number("campaigns", 1, 1e9));
    r.seconds = number("seconds", 0, 1e9);
    r.loggedValue = number("logged_value", -kLargest, kLargest);
    r.loggedNear = static_cast<int>(number("logged_near", 0, 1e9));
    r.estimate = {number("estimate", -kLargest, kLargest), number("estimate_se", 0, kLargest),
                  number("estimate_low", -kLargest, kLargest), number("estimate_high", -kLargest, kLargest),
                  static_cast<int>(number("resamples", 0, 1e6))};
    r.crossFitted = m.numbers.count("cross_fitted") > 0 && number("cross_fitted", 0, 1) != 0;
    number("budget", 1e-9, kLargest);
    if (!bad.empty()) {
        return damaged("has a missing or impossible '" + bad + "'");
    }
    double weights = 0;
    for (int i = 0; i < plans->rows; ++i) {
        OfflinePlan plan;
        for (int c = 0; c < plans->cols; ++c) {
            const double a = plans->values[static_cast<size_t>(i * plans->cols + c)];
            if (a < 0) {
                return damaged("has a negative amount");
            }
            plan.amounts.push_back(a);
        }
        const float* row = &mixture->values[static_cast<size_t>(i * kMixtureColumns)];
        if (row[0] < 0 || row[0] > 1 + 1e-6 || row[2] < 0) {
            return damaged("has a mixture weight outside 0..1 or a negative spend");
        }
        weights += row[0];
        r.weights.push_back(row[0]);
        plan.value = row[1];
        plan.spend = row[2];
        r.plans.push_back(std::move(plan));
    }
    if (std::abs(weights - 1) > 1e-4) {
        return damaged("has mixture weights that do not add up to 1");
    }
    for (float a : recommendation->values) {
        if (a < 0) {
            return damaged("has a negative amount");
        }
        r.recommendation.amounts.push_back(a);
    }
    const double total = std::accumulate(r.recommendation.amounts.begin(), r.recommendation.amounts.end(), 0.0);
    if (std::abs(total - r.recommendation.spend) > 1e-3 * std::max(1.0, r.recommendation.spend)
        || (r.recommended >= 0 && r.recommendation.amounts != r.plans[static_cast<size_t>(r.recommended)].amounts)) {
        return damaged("recommends a plan that does not match its spend or the mixture");
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
        it.feasible = row[6] != 0;
        r.iterations.push_back(it);
    }
    return r;
}

} // namespace kol
