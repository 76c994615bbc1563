#include "DecisionProblems.h"

#include "CellCurve.h"
#include "MarketAssumptions.h"
#include "ModelFit.h"
#include "base/Numbers.h"
#include "model/Scenario.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace kol {

const char* objectiveName(FitObjective objective)
{
    return objective == FitObjective::Decision ? "decision" : "accuracy";
}

std::optional<FitObjective> parseObjective(const std::string& name)
{
    if (name == "accuracy") {
        return FitObjective::Accuracy;
    }
    if (name == "decision") {
        return FitObjective::Decision;
    }
    return std::nullopt;
}

std::vector<DecisionPost> decisionPosts(const std::vector<Kol>& kols, const std::vector<Post>& posts,
                                        const std::vector<std::string>& channels)
{
    std::unordered_map<std::string, const Kol*> byId;
    std::unordered_map<const Kol*, int> indexOf;
    for (const auto& k : kols) {
        byId[k.id] = &k;
        indexOf[&k] = static_cast<int>(indexOf.size());
    }
    struct Row
    {
        const Kol* kol;
        const Post* post;
        int index;
        double price, reach, engagements;
    };
    std::vector<Row> rows;
    std::vector<double> reach, engagements, efficiency;
    for (const auto& p : posts) {
        const auto it = byId.find(p.kolId);
        if (it == byId.end()) {
            continue;
        }
        double price = p.price > 0 ? p.price : 0;
        if (const auto listed = it->second->prices.find(p.format); price <= 0 && listed != it->second->prices.end()) {
            price = listed->second;
        }
        const double r = static_cast<double>(std::max<int64_t>(0, p.reach));
        const double e = static_cast<double>(std::max<int64_t>(0, p.likes + p.comments + p.shares));
        rows.push_back({it->second, &p, indexOf[it->second], price, r, e});
        reach.push_back(r);
        engagements.push_back(e);
        if (price > 0) {
            efficiency.push_back(r / std::max(1.0, price));
        }
    }
    const double reachNorm = positiveMedian(reach), engagementNorm = positiveMedian(engagements),
                 efficiencyNorm = positiveMedian(efficiency);
    const ScoreWeights w; // the scenario defaults (SPEC 3.2)
    std::vector<DecisionPost> out;
    out.reserve(rows.size());
    for (const Row& r : rows) {
        DecisionPost d;
        d.kol = r.index;
        d.group = static_cast<int>(std::find(channels.begin(), channels.end(), r.kol->channel) - channels.begin());
        d.price = r.price;
        // Market::compositeScore's terms: w.reach r + w.engagement e + r (w.quality q + w.priceEfficiency
        // efficiency / 3 + w.formatFit fit), r and e normalised, efficiency = min(3, reach per money
        // over its median).
        d.reachWeight = (w.reach + w.quality * r.kol->followerQuality
                         + w.formatFit * formatFit(r.kol->channel, r.post->phase, r.post->format))
            / reachNorm;
        d.efficiencyWeight = w.priceEfficiency / 3.0 / reachNorm;
        d.efficiencyScale = 1.0 / (std::max(1.0, r.price) * efficiencyNorm);
        d.engagementWeight = w.engagement / engagementNorm;
        d.value = d.valueOf(r.reach, r.engagements);
        out.push_back(d);
    }
    return out;
}

int largestGroup(const std::vector<DecisionPost>& posts, const std::vector<int>& pool)
{
    std::map<int, int> counts;
    int most = 0;
    for (int i : pool) {
        if (posts[static_cast<size_t>(i)].price > 0) {
            most = std::max(most, ++counts[posts[static_cast<size_t>(i)].group]);
        }
    }
    return most;
}

std::vector<DecisionProblem> sampleDecisionProblems(const std::vector<DecisionPost>& posts,
                                                    const std::vector<int>& pool, int count, int size, Random& random,
                                                    double minShare, double maxShare)
{
    std::map<int, std::vector<int>> byGroup;
    for (int i : pool) {
        if (posts[static_cast<size_t>(i)].price > 0) {
            byGroup[posts[static_cast<size_t>(i)].group].push_back(i);
        }
    }
    std::vector<const std::vector<int>*> groups;
    for (const auto& [group, members] : byGroup) {
        if (static_cast<int>(members.size()) >= size) {
            groups.push_back(&members);
        }
    }
    std::vector<DecisionProblem> problems;
    if (groups.empty() || size < 1) {
        return problems;
    }
    for (int n = 0; n < count; ++n) {
        std::vector<int> members = *groups[random.below(groups.size())];
        DecisionProblem problem;
        double total = 0;
        for (int k = 0; k < size; ++k) { // a partial Fisher-Yates shuffle: `size` distinct options
            std::swap(members[static_cast<size_t>(k)],
                      members[static_cast<size_t>(k) + random.below(members.size() - static_cast<size_t>(k))]);
            problem.options.push_back(members[static_cast<size_t>(k)]);
            total += posts[static_cast<size_t>(members[static_cast<size_t>(k)])].price;
        }
        problem.budget = random.uniform(minShare, maxShare) * total;
        problems.push_back(std::move(problem));
    }
    return problems;
}

DecisionOutcome decide(const DecisionProblem& problem, const std::vector<DecisionPost>& posts,
                       const Eigen::VectorXd& predicted, int gridPoints)
{
    std::vector<std::vector<CurveOption>> byPrediction, byActual;
    for (int i : problem.options) {
        const DecisionPost& p = posts[static_cast<size_t>(i)];
        CurveOption o;
        o.kol = i;
        o.price = p.price;
        o.value = std::max(0.0, predicted(i));
        o.valueTrue = p.value;
        byPrediction.push_back({o});
        o.value = p.value;
        byActual.push_back({o});
    }
    const CellCurve chosen(std::move(byPrediction), problem.budget, gridPoints);
    const CellCurve best(std::move(byActual), problem.budget, gridPoints);
    const CellCurve::Point& at = chosen.at(problem.budget);
    return {at.valueTrue, best.at(problem.budget).valueTrue, at.spend};
}

double decisionRegret(const std::vector<DecisionProblem>& problems, const std::vector<DecisionPost>& posts,
                      const Eigen::VectorXd& predicted)
{
    double sum = 0;
    int counted = 0;
    for (const auto& problem : problems) {
        const DecisionOutcome o = decide(problem, posts, predicted);
        if (o.hindsight > 0) {
            sum += 1 - o.realised / o.hindsight;
            ++counted;
        }
    }
    return counted > 0 ? sum / counted : 0;
}

} // namespace kol
