#include "AbMethods.h"

#include "AbActorCritic.h"
#include "AbFeatures.h"
#include "AbStats.h"
#include "base/Text.h"
#include "model/Vocabulary.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <map>

namespace kol {

namespace {
// Successes and impressions per segment and variant, each round weighted by
// discount^(last round - its round) (1: every round alike).
struct Counts
{
    std::vector<std::vector<double>> trials, successes; // [segment][variant]
    double priorSuccesses = 1, priorFailures = 1;       // the Beta prior (abBetaPrior)
};

Counts countsOf(const AbTest& t, AbMetric metric, double discount)
{
    Counts c;
    c.trials.assign(t.segments.size(), std::vector<double>(t.variants.size(), 0.0));
    c.successes = c.trials;
    std::tie(c.priorSuccesses, c.priorFailures) = abBetaPrior(t, metric);
    const int last = t.lastRound();
    for (const AbResult& r : t.results) {
        const int s = t.segmentIndex(r.segment), v = t.variantIndex(r.variant);
        const double w = discount >= 1 ? 1.0 : std::pow(discount, last - r.round);
        c.trials[static_cast<size_t>(s)][static_cast<size_t>(v)] += w * static_cast<double>(r.impressions);
        c.successes[static_cast<size_t>(s)][static_cast<size_t>(v)] += w * static_cast<double>(abSuccesses(r, metric));
    }
    return c;
}

AbRecommendation start(const AbTest& t, const std::string& method, AbMetric metric)
{
    AbRecommendation r;
    r.method = method;
    r.nextRound = t.lastRound() + 1;
    r.cells.assign(t.segments.size(), std::vector<AbCell>(t.variants.size()));
    for (const AbResult& row : t.results) {
        AbCell& c = r.cells[static_cast<size_t>(t.segmentIndex(row.segment))]
                           [static_cast<size_t>(t.variantIndex(row.variant))];
        c.impressions += row.impressions;
        c.successes += abSuccesses(row, metric);
    }
    return r;
}

// Beta(prior + successes, prior + failures) posteriors of one segment: the posterior mean, the 95%
// credible interval and the probability of being best from `draws` draws.
void betaPosteriors(const Counts& counts, size_t segment, const AbOptions& o, Random& random,
                    std::vector<AbCell>& cells)
{
    std::vector<std::vector<double>> draws(cells.size());
    for (size_t v = 0; v < cells.size(); ++v) {
        const double s = counts.successes[segment][v], n = counts.trials[segment][v];
        const double a = counts.priorSuccesses + s, b = counts.priorFailures + std::max(0.0, n - s);
        cells[v].rate = a / (a + b);
        for (int k = 0; k < o.draws; ++k) {
            draws[v].push_back(ab::betaDraw(random, a, b));
        }
    }
    std::vector<std::pair<double, double>> interval;
    const auto best = ab::probabilityBest(draws, &interval);
    for (size_t v = 0; v < cells.size(); ++v) {
        cells[v].probBest = best[v];
        cells[v].low = interval[v].first;
        cells[v].high = interval[v].second;
    }
}

AbRecommendation fixedSplit(const AbTest& t, const AbOptions& o)
{
    AbRecommendation r = start(t, "fixed", o.metric);
    const Counts counts = countsOf(t, o.metric, 1.0);
    Random random(o.seed);
    const size_t variants = t.variants.size();
    for (size_t s = 0; s < t.segments.size(); ++s) {
        auto& cells = r.cells[s];
        betaPosteriors(counts, s, o, random, cells); // the probability of being best, as a Bayesian reading
        size_t leader = 0;
        for (size_t v = 0; v < variants; ++v) {
            const double n = counts.trials[s][v];
            cells[v].rate = n > 0 ? counts.successes[s][v] / n : 0.0;
            std::tie(cells[v].low, cells[v].high) = ab::wilsonInterval(counts.successes[s][v], n);
            leader = cells[v].rate > cells[leader].rate ? v : leader;
        }
        // The stopping rule: every variant has its minimum sample, and the leader beats each other
        // one at alpha / (variants - 1) (Bonferroni).
        bool stop = true;
        double largestP = 0;
        for (size_t v = 0; v < variants; ++v) {
            stop = stop && counts.trials[s][v] >= static_cast<double>(o.minImpressions);
            if (v != leader) {
                const double p = ab::twoProportionPValue(counts.successes[s][leader], counts.trials[s][leader],
                                                         counts.successes[s][v], counts.trials[s][v]);
                largestP = std::max(largestP, p);
            }
        }
        stop = stop && largestP < o.alpha / static_cast<double>(variants - 1);
        for (size_t v = 0; v < variants; ++v) {
            cells[v].share = stop ? (v == leader ? 1.0 : 0.0) : 1.0 / static_cast<double>(variants);
        }
        if (stop) {
            r.notes.push_back("segment " + quoteValue(t.segments[s].name, 100) + ": " + t.variants[leader].name
                              + " beats every other variant (largest p = " + formatExact(largestP) + " < "
                              + formatExact(o.alpha / static_cast<double>(variants - 1))
                              + "); the test stops and the next round shows it alone");
        }
    }
    return r;
}

AbRecommendation thompson(const AbTest& t, const AbOptions& o, const std::string& name, double discount)
{
    AbRecommendation r = start(t, name, o.metric);
    const Counts counts = countsOf(t, o.metric, discount);
    Random random(o.seed);
    for (size_t s = 0; s < t.segments.size(); ++s) {
        betaPosteriors(counts, s, o, random, r.cells[s]);
        for (AbCell& c : r.cells[s]) {
            c.share = c.probBest; // Thompson sampling shows a variant as often as it is drawn best
        }
    }
    if (discount < 1) {
        r.notes.push_back("rounds weigh " + formatExact(discount) + " per round of age (an effective memory of "
                          + formatExact(std::round(10 / (1 - discount)) / 10) + " rounds)");
    }
    return r;
}

AbRecommendation linUcb(const AbTest& t, const AbOptions& o)
{
    AbRecommendation r = start(t, "linucb", o.metric);
    const Counts counts = countsOf(t, o.metric, 1.0);
    std::vector<Eigen::VectorXd> x;
    for (const auto& f : abSegmentFeatures(t)) {
        x.push_back(Eigen::Map<const Eigen::VectorXd>(f.data(), static_cast<Eigen::Index>(f.size())));
    }
    const Eigen::Index d = x.front().size();
    double allTrials = 0, allSuccesses = 0;
    for (size_t s = 0; s < t.segments.size(); ++s) {
        for (size_t v = 0; v < t.variants.size(); ++v) {
            allTrials += counts.trials[s][v];
            allSuccesses += counts.successes[s][v];
        }
    }
    // The noise of one impression, from the pooled rate (a Bernoulli's variance).
    const double pooled = allTrials > 0 ? std::clamp(allSuccesses / allTrials, 1e-4, 1 - 1e-4) : 0.5;
    const double sigma = std::sqrt(pooled * (1 - pooled));
    const double ucbWidth = 1 + std::sqrt(std::log(2 / 0.05) / 2); // Li et al. (2010): alpha for delta = 0.05
    Random random(o.seed);
    std::vector<Eigen::VectorXd> theta;
    std::vector<Eigen::MatrixXd> inverse;
    for (size_t v = 0; v < t.variants.size(); ++v) {
        Eigen::MatrixXd a = Eigen::MatrixXd::Identity(d, d);
        Eigen::VectorXd b = Eigen::VectorXd::Zero(d);
        for (size_t s = 0; s < t.segments.size(); ++s) {
            a += counts.trials[s][v] * x[s] * x[s].transpose();
            b += counts.successes[s][v] * x[s];
        }
        inverse.push_back(a.inverse());
        theta.push_back(inverse.back() * b);
    }
    const size_t variants = t.variants.size();
    for (size_t s = 0; s < t.segments.size(); ++s) {
        auto& cells = r.cells[s];
        std::vector<std::vector<double>> draws(variants);
        size_t pick = 0;
        double bestUcb = -INFINITY;
        for (size_t v = 0; v < variants; ++v) {
            const double mean = x[s].dot(theta[v]);
            const double sd = sigma * std::sqrt(std::max(0.0, x[s].dot(inverse[v] * x[s])));
            cells[v].rate = std::clamp(mean, 0.0, 1.0);
            cells[v].low = std::clamp(mean - 1.959964 * sd, 0.0, 1.0);
            cells[v].high = std::clamp(mean + 1.959964 * sd, 0.0, 1.0);
            if (mean + ucbWidth * sd > bestUcb) {
                bestUcb = mean + ucbWidth * sd;
                pick = v;
            }
            for (int k = 0; k < o.draws; ++k) {
                draws[v].push_back(random.normal(mean, sd));
            }
        }
        const auto best = ab::probabilityBest(draws);
        for (size_t v = 0; v < variants; ++v) {
            cells[v].probBest = best[v];
            cells[v].share = v == pick ? 1 - o.exploration : o.exploration / static_cast<double>(variants - 1);
        }
    }
    r.notes.push_back("each segment's round goes to the variant with the highest upper confidence bound, less "
                      + formatPercent(o.exploration) + " spread over the others");
    return r;
}
} // namespace

std::pair<double, double> abBetaPrior(const AbTest& test, AbMetric metric)
{
    double trials = 0, successes = 0;
    for (const AbResult& r : test.results) {
        trials += static_cast<double>(r.impressions);
        successes += static_cast<double>(abSuccesses(r, metric));
    }
    const double mean = trials > 0 ? std::clamp((successes + 1) / (trials + 2), 1e-6, 1 - 1e-6) : 0.5;
    return {2 * mean, 2 * (1 - mean)};
}

int64_t abSuccesses(const AbResult& r, AbMetric metric)
{
    return metric == AbMetric::Clicks ? r.clicks : r.conversions;
}

const std::vector<std::string>& abMethodNames()
{
    static const std::vector<std::string> names = {"fixed", "thompson", "linucb", "dts", "actor-critic"};
    return names;
}

Result<AbRecommendation> recommendAb(const AbTest& test, const std::string& method, const AbOptions& options)
{
    using R = Result<AbRecommendation>;
    const auto& names = abMethodNames();
    if (std::find(names.begin(), names.end(), method) == names.end()) {
        return R::failure("unknown A/B method " + quoteValue(method, 60) + " (" + joinNames(names) + ")");
    }
    Vocabulary any; // channels and tiers are the store's to check
    for (const AbSegment& s : test.segments) {
        if (!s.channel.empty()) {
            any.channels.push_back(s.channel);
        }
        if (!s.tier.empty()) {
            any.tiers.push_back({s.tier, 0});
        }
    }
    if (const auto errors = test.validate(any); !errors.empty()) {
        return R::failure("test " + quoteValue(test.name, 100) + ": " + summariseErrors(errors));
    }
    if (!(options.discount > 0 && options.discount <= 1) || !(options.exploration >= 0 && options.exploration < 1)
        || options.draws < 100 || options.policySteps < 1 || options.policySteps > 100000) {
        return R::failure("A/B options out of range: discount in (0, 1], exploration in [0, 1), at least 100 draws, "
                          "1 to 100,000 policy steps");
    }
    if (method == "fixed") {
        return fixedSplit(test, options);
    }
    if (method == "linucb") {
        return linUcb(test, options);
    }
    if (method == "actor-critic") {
        return actorCriticRecommendation(test, options);
    }
    return method == "dts" ? thompson(test, options, "dts", options.discount)
                           : thompson(test, options, "thompson", 1.0);
}

} // namespace kol
