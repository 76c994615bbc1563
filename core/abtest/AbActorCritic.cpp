#include "AbActorCritic.h"

#include "AbFeatures.h"
#include "base/Text.h"
#include "training/Training.h"

#include <cmath>

namespace kol {

AbPolicyProblem abPolicyProblem(const AbTest& test, const AbOptions& o)
{
    AbPolicyProblem p;
    p.segments = static_cast<int>(test.segments.size());
    p.variants = static_cast<int>(test.variants.size());
    const size_t s = test.segments.size(), v = test.variants.size();
    std::vector<double> trials(s * v, 0.0), successes(s * v, 0.0);
    const int last = test.lastRound();
    for (const AbResult& r : test.results) {
        const size_t k
            = static_cast<size_t>(test.segmentIndex(r.segment)) * v + static_cast<size_t>(test.variantIndex(r.variant));
        const double w = std::pow(o.discount, last - r.round);
        trials[k] += w * static_cast<double>(r.impressions);
        successes[k] += w * static_cast<double>(abSuccesses(r, o.metric));
    }
    double meanRate = 0;
    const auto [priorSuccesses, priorFailures] = abBetaPrior(test, o.metric);
    for (size_t k = 0; k < s * v; ++k) {
        p.alpha.push_back(priorSuccesses + successes[k]);
        p.beta.push_back(priorFailures + std::max(0.0, trials[k] - successes[k]));
        meanRate += p.alpha[k] / (p.alpha[k] + p.beta[k]) / static_cast<double>(s * v);
    }
    const auto segments = abSegmentFeatures(test);
    const double context = std::log1p(static_cast<double>(last + 1)) / 5;
    std::vector<std::vector<double>> texts;
    for (const AbVariant& variant : test.variants) {
        texts.push_back(abTextFeatures(variant.text()));
    }
    p.stateDim = static_cast<int>(segments.front().size()) + 1;
    for (size_t i = 0; i < s; ++i) {
        for (double x : segments[i]) {
            p.states.push_back(static_cast<float>(x));
        }
        p.states.push_back(static_cast<float>(context));
    }
    for (size_t i = 0; i < s; ++i) {
        for (size_t j = 0; j < v; ++j) {
            const size_t k = i * v + j;
            const double a = p.alpha[k], b = p.beta[k];
            const double mean = a / (a + b), sd = std::sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
            std::vector<double> row(p.states.begin() + static_cast<long>(i * static_cast<size_t>(p.stateDim)),
                                    p.states.begin() + static_cast<long>((i + 1) * static_cast<size_t>(p.stateDim)));
            row.insert(row.end(), texts[j].begin(), texts[j].end());
            row.push_back(mean / meanRate);
            row.push_back(sd / meanRate);
            row.push_back(std::log1p(trials[k]) / 10);
            p.pairDim = static_cast<int>(row.size());
            for (double x : row) {
                p.pairs.push_back(static_cast<float>(x));
            }
        }
    }
    return p;
}

Result<AbRecommendation> actorCriticRecommendation(const AbTest& test, const AbOptions& o)
{
    auto r = recommendAb(test, "dts", o);
    if (!r) {
        return r;
    }
    AbPolicyOptions po;
    po.seed = o.seed;
    po.steps = o.policySteps;
    po.entropy = o.entropy;
    po.cancel = o.cancel;
    auto trained = trainAbPolicy(abPolicyProblem(test, o), po);
    if (!trained) {
        return trained.status();
    }
    r->method = "actor-critic";
    const size_t v = test.variants.size();
    for (size_t s = 0; s < test.segments.size(); ++s) {
        double total = 0;
        for (size_t j = 0; j < v; ++j) {
            total += trained->probabilities[s * v + j];
        }
        for (size_t j = 0; j < v; ++j) { // the policy's softmax, in float, made to add up exactly
            r->cells[s][j].share = trained->probabilities[s * v + j] / total;
        }
    }
    const auto& curve = trained->meanReward;
    r->notes.push_back("actor-critic: " + std::to_string(o.policySteps)
                       + " steps on rewards drawn from the memory "
                         "estimator; mean reward "
                       + formatExact(std::round(100 * curve.front()) / 100) + " → "
                       + formatExact(std::round(100 * curve.back()) / 100) + " times the mean rate");
    return r;
}

} // namespace kol
