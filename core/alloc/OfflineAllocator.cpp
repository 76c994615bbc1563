#include "OfflineAllocator.h"

#include "AllocationEnv.h"
#include "Constraints.h"
#include "OfflineEpisodes.h"
#include "base/Text.h"

#include <cmath>
#include <cstdio>

namespace kol {

namespace {
std::string percent(double share, int decimals = 0)
{
    char text[32];
    const double value = 100 * share;
    std::snprintf(text, sizeof text, "%.*f%%", decimals,
                  std::abs(value) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : value);
    return text;
}

std::string planList(const OfflineResult& r)
{
    std::string plans;
    for (size_t i = 0; i < r.plans.size(); ++i) {
        plans += std::string(i == 0 ? "" : "; ") + "plan " + std::to_string(i + 1) + ": weight " + percent(r.weights[i])
            + ", spend " + formatAmount(r.plans[i].spend, 0) + ", estimated value " + formatAmount(r.plans[i].value, 1);
    }
    return plans;
}

// Which plan is booked, in words.
std::string recommendationText(const OfflineResult& r)
{
    return (r.recommended >= 0 ? "plan " + std::to_string(r.recommended + 1) + " of the mixture"
                               : std::string("the best of the game's plans within the budget at its lower bound"))
        + " (spend " + formatAmount(r.recommendation.spend, 0) + ")";
}

std::string estimateText(const OfflineResult& r)
{
    const std::string interval
        = "90% interval " + formatAmount(r.estimate.low, 1) + " to " + formatAmount(r.estimate.high, 1);
    return r.crossFitted
        ? "of the value of plans learned from this log " + formatAmount(r.estimate.value, 1) + " (" + interval
            + "; cross-fitted: the plan learned on each half of the past campaigns valued on the other half, "
            + std::to_string(r.estimate.resamples) + " bootstrap resamples)"
        : "of this plan's value " + formatAmount(r.estimate.value, 1) + " (" + interval + ", "
            + std::to_string(r.estimate.resamples)
            + " bootstrap resamples of the past campaigns; valued on the campaigns it was chosen on, so optimistic)";
}

// What the log's campaigns of a similar budget reached, in words.
std::string loggedText(const OfflineResult& r)
{
    return r.loggedNear > 0
        ? "the " + std::to_string(r.loggedNear) + " past campaigns within 1.5x of this budget reached "
            + formatAmount(r.loggedValue, 1) + " on average in the same units"
        : "no past campaign spent within 1.5x of this budget (all of them reached " + formatAmount(r.loggedValue, 1)
            + " on average in the same units)";
}

bool running(const Market& market)
{
    return market.actuals() && !market.actuals()->empty();
}

const char* const kRunningRefusal
    = "the offline method plans whole campaigns from their start and this scenario's campaign is running (actuals "
      "are recorded); re-plan the phases still to come with optimal, greedy or rl";
} // namespace

double offlineDualityGap(const OfflineResult& r)
{
    if (r.iterations.empty() || !r.iterations.back().feasible || !(std::abs(r.iterations.back().dualBound) > 0)) {
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
        + " s: a mixture of " + std::to_string(r.plans.size()) + " plan(s) (" + planList(r) + "), expected spend "
        + formatAmount(expected, 0) + " of " + formatAmount(budget, 0)
        + (!r.withinBudget ? std::string("; no plan learned keeps the budget")
               : std::isfinite(gap)
               ? "; duality gap after " + std::to_string(r.iterations.size()) + " iterations " + percent(gap, 1)
               : std::string())
        + ". Recommended: " + recommendationText(r) + "; off-policy estimate " + estimateText(r) + "; " + loggedText(r)
        + ".";
}

OfflineAllocator::OfflineAllocator(OfflineResult learned, double budget, std::string scenarioKey,
                                   std::shared_ptr<const CampaignHistory> history, uint64_t seed)
    : m_learned(std::move(learned))
    , m_budget(budget)
    , m_key(std::move(scenarioKey))
    , m_history(std::move(history))
    , m_seed(seed)
{
}

Result<OfflineResult> OfflineAllocator::mixtureAt(const Market& market, double budget,
                                                  const std::atomic<bool>* cancel) const
{
    const std::string key = offlineScenarioKey(market.scenario());
    if (std::abs(budget - m_budget) <= amountTolerance(m_budget) && key == m_key) {
        return m_learned;
    }
    const std::lock_guard<std::mutex> lock(m_mutex);
    const std::string at = key + "@" + std::to_string(budget);
    if (const auto known = m_other.find(at); known != m_other.end()) {
        return known->second;
    }
    if (!m_history) {
        return Result<OfflineResult>::failure(
            "the offline policy was learned for a budget of " + formatAmount(m_budget, 0)
            + " and other cells or weights, and the project has no campaign history to learn again from");
    }
    Scenario atBudget = market.scenario();
    atBudget.budget = budget;
    OfflineOptions o;
    o.seed = m_seed;
    o.cancel = cancel;
    auto learned = trainOffline(*m_history, atBudget, o);
    if (learned) {
        m_other.emplace(at, learned.value());
    }
    return learned;
}

Result<std::vector<double>> OfflineAllocator::run(const Market& market, const Constraints& constraints,
                                                  const AllocationOptions& options) const
{
    if (running(market)) {
        return Result<std::vector<double>>::failure(kRunningRefusal);
    }
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
    if (!r.withinBudget) {
        notes.push_back("Offline: no plan learned from the past campaigns keeps the budget of "
                        + formatAmount(budget, 0) + "; the cheapest (spend " + formatAmount(r.recommendation.spend, 0)
                        + ") was cut to the budget by the scenario's constraints.");
    }
    notes.push_back("Offline: learned from " + std::to_string(r.campaigns) + " past campaigns alone, as a mixture of "
                    + std::to_string(r.plans.size()) + " plan(s); this plan is " + recommendationText(r)
                    + ", fitted into the scenario's hard constraints (the rules' penalties are not part of what it "
                      "learned).");
    for (size_t i = 0; i < r.plans.size(); ++i) {
        notes.push_back("Offline: plan " + std::to_string(i + 1) + " of the mixture: weight " + percent(r.weights[i])
                        + ", spend " + formatAmount(r.plans[i].spend, 0) + ", estimated value "
                        + formatAmount(r.plans[i].value, 1) + ".");
    }
    notes.push_back("Offline: off-policy estimate " + estimateText(r) + "; " + loggedText(r) + ".");
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
    offline.chartsEvaluation = false;
    offline.train = [](const Market& market, const TrainOptions& options) -> Result<StoredModel> {
        const auto& history = market.options().history;
        if (!history || history->empty()) {
            return Result<StoredModel>::failure(
                "the project has no campaign history to learn from: import past campaigns (File › Import past "
                "campaigns, or kolplanner-cli import campaigns PROJECT FILE.csv)");
        }
        if (running(market)) {
            return Result<StoredModel>::failure(kRunningRefusal);
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
            if (it.feasible && std::abs(it.dualBound) > 0) {
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
        const auto number = [&](const char* key, double fallback) {
            const auto it = stored.numbers.find(key);
            return it == stored.numbers.end() || !std::isfinite(it->second) ? fallback : it->second;
        };
        const double seed = number("seed", 1);
        const auto key = stored.texts.find("scenario_key");
        return std::unique_ptr<Allocator>(std::make_unique<OfflineAllocator>(
            learned.take(), number("budget", 0), key == stored.texts.end() ? std::string() : key->second,
            market.options().history, seed >= 0 && seed <= 9e15 ? static_cast<uint64_t>(seed) : 1));
    };
    offline.describe = [](const StoredModel& stored) {
        auto learned = offlineFromStored(stored, "");
        const auto budget = stored.numbers.find("budget");
        return learned ? describeOffline(learned.value(), budget == stored.numbers.end() ? 0.0 : budget->second)
                       : learned.error();
    };
    // A stored mixture fits the axes and the history it was learned from; other enabled cells,
    // weights or budgets are learned again on the spot (OfflineAllocator::mixtureAt). A running
    // campaign fits none (compare then leaves offline out instead of failing).
    offline.policyFits = [](const StoredModel& stored, const Market& market) {
        const auto signature = stored.texts.find("signature");
        const auto history = stored.texts.find("history");
        return !running(market) && signature != stored.texts.end()
            && signature->second == AllocationEnv::signature(market.scenario()) && history != stored.texts.end()
            && market.options().history && history->second == historyFingerprint(*market.options().history);
    };
    offline.misfit = [](const StoredModel& stored, const Market& market) -> std::string {
        const auto history = stored.texts.find("history");
        if (!market.options().history) {
            return "the project has no campaign history any more; import past campaigns";
        }
        if (history == stored.texts.end() || history->second != historyFingerprint(*market.options().history)) {
            return "the campaign history changed since the offline policy was trained; train it again";
        }
        if (running(market)) {
            return kRunningRefusal;
        }
        return "the scenario's channels, phases or tiers changed since the offline policy was trained; train it "
               "again";
    };
    return offline;
}

} // namespace kol
