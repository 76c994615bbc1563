// End-to-end against two-stage (the decision-focused issue, item 5): on demo projects, the
// performance model fitted for accuracy and fitted end-to-end for the budget decision (CLI fit
// --objective), then at five budgets `optimal` plans the Baseline with each model. Regret is the
// share of the effect at the truth that the plan loses against `optimal` planning on the truth.
// Both models' plans are valued in the same units: the KOLs each model's market books, valued at
// the truth in the accuracy model's truth market (a market's score normalisers come from its
// model's predictions, so two models' own units differ slightly). A third fit, two-stage again
// with another seed, shows how far regret moves between equally good fits.
#include "Bench.h"
#include "alloc/Allocator.h"
#include "market/DecisionProblems.h"
#include "market/PerformanceModel.h"
#include "market/PlanEvaluator.h"
#include "model/Vocabulary.h"
#include "session/PlanningSession.h"
#include "store/CatalogStore.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <unordered_map>

namespace kol::bench {

namespace {
// The plan's effect at the truth in `reference`'s units: each cell's KOLs as `market` books them
// at `amounts`, valued at their true typical posts in `reference` (same scenario, same catalog),
// with `reference`'s saturation, carry-over and penalties.
double effectAtReference(const Market& market, const std::vector<double>& amounts, const Market& reference)
{
    std::vector<double> cellValues(static_cast<size_t>(market.cellCount()), 0.0);
    for (int c = 0; c < market.cellCount(); ++c) {
        std::map<std::pair<int, int>, double> truth;
        for (const auto& group : reference.curve(c).options()) {
            for (const auto& o : group) {
                truth[{o.kol, o.format}] = o.valueTrue;
            }
        }
        for (const auto& o : market.chosen(c, amounts[static_cast<size_t>(c)])) {
            cellValues[static_cast<size_t>(c)] += truth[{o.kol, o.format}];
        }
    }
    const PlanEvaluator evaluator(reference);
    const double budget = reference.scenario().budget;
    const double penalty = evaluator.grossEffect(amounts) - evaluator.netEffect(amounts, budget);
    return evaluator.effectOfValues(cellValues) - penalty;
}

// Spearman's rank correlation between the options' predicted and true value per money, over
// every KOL and format `market` offers: how well the model ranks what a budget should buy first.
double rankCorrelation(const Market& market)
{
    std::vector<double> predicted, truth;
    for (int c = 0; c < market.cellCount(); ++c) {
        for (const auto& group : market.curve(c).options()) {
            for (const auto& o : group) {
                predicted.push_back(o.value / std::max(1.0, o.price));
                truth.push_back(o.valueTrue / std::max(1.0, o.price));
            }
        }
    }
    auto ranks = [](const std::vector<double>& v) {
        std::vector<size_t> order(v.size());
        for (size_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return v[a] < v[b]; });
        std::vector<double> r(v.size());
        for (size_t i = 0; i < order.size(); ++i) {
            r[order[i]] = static_cast<double>(i);
        }
        return r;
    };
    const std::vector<double> a = ranks(predicted), b = ranks(truth);
    const double n = static_cast<double>(a.size());
    double d2 = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        d2 += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return n > 1 ? 1 - 6 * d2 / (n * (n * n - 1)) : 0;
}

// Regret of budget decisions over the demo's past posts (400 problems of 32 posts of a channel,
// DecisionProblems.h), choosing by three predictions: the truth's typical post (what no model
// can beat: the rest is the posts' luck), and each model's. Returns {truth, accuracy, decision}.
std::array<double, 3> postDecisionRegret(PlanningSession& a, PlanningSession& d)
{
    CatalogStore catalog(a.project());
    auto kols = catalog.loadKols();
    std::vector<Post> posts;
    if (!kols || !catalog.forEachPost([&](const Post& p) {
            posts.push_back(p);
            return true;
        })) {
        return {0, 0, 0};
    }
    const Vocabulary& vocabulary = a.project().vocabulary();
    const std::vector<DecisionPost> decision = decisionPosts(kols.value(), posts, vocabulary.channels);
    std::vector<int> pool(decision.size());
    for (size_t i = 0; i < pool.size(); ++i) {
        pool[i] = static_cast<int>(i);
    }
    Random random(2026);
    const auto problems = sampleDecisionProblems(decision, pool, 400, 32, random);
    std::unordered_map<std::string, const Kol*> byId;
    for (const auto& k : kols.value()) {
        byId[k.id] = &k;
    }
    std::array<Eigen::VectorXd, 3> predicted;
    for (auto& v : predicted) {
        v = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(decision.size()));
    }
    size_t row = 0;
    for (const auto& p : posts) {
        const auto it = byId.find(p.kolId);
        if (it == byId.end()) {
            continue;
        }
        const Kol& k = *it->second;
        const DecisionPost& post = decision[row];
        const auto tier = vocabulary.tierFor(k.followers).value_or("");
        const auto truth = a.truth() ? a.truth()->typicalPost(k, p.format, p.phase) : std::nullopt;
        const Prediction pa = a.model()->predict(k, p.phase, p.format, tier);
        const Prediction pd = d.model()->predict(k, p.phase, p.format, tier);
        const auto r = static_cast<Eigen::Index>(row++);
        predicted[0](r) = truth ? post.valueOf(truth->reach, truth->engagements) : 0;
        predicted[1](r) = post.valueOf(pa.reach, pa.engagements);
        predicted[2](r) = post.valueOf(pd.reach, pd.engagements);
    }
    return {decisionRegret(problems, decision, predicted[0]), decisionRegret(problems, decision, predicted[1]),
            decisionRegret(problems, decision, predicted[2])};
}

double median(std::vector<double> v)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}
} // namespace

std::vector<Row> decisionBench(const std::string& dir, const std::vector<std::string>& seeds,
                               const std::string& accuracyWeight)
{
    std::vector<Row> rows;
    const std::string cli = cliPath();
    const std::vector<double> budgets = {100e3, 500e3, 1e6, 5e6, 20e6};
    std::printf("End-to-end (decision) against two-stage (accuracy) fitting: demo projects, Baseline at five budgets;\n"
                "regret = 1 - effect at the truth of optimal's plan on the model / of optimal planning on the truth;\n"
                "R2 of log reach and the budget decision's regret on held-out posts as each fit reports them\n");
    std::printf("%-5s %11s %12s %12s %11s %15s\n", "seed", "budget", "two-stage", "end-to-end", "reduction",
                "two-stage s2");
    std::vector<double> reductions, reseedings;
    std::vector<std::string> summaries;
    for (const std::string& seed : seeds) {
        const std::string accuracy = dir + "/decision-s" + seed + ".kolplan";
        const std::string decision = dir + "/decision-s" + seed + "-e2e.kolplan";
        const std::string what = "decision: demo seed " + seed;
        if (runChild({cli, "demo", accuracy, "--seed", seed, "--force"}).exitCode != 0
            || runChild({cli, "fit", accuracy}).exitCode != 0) {
            rows.push_back({what, 0, 0, "FAILED: could not make the demo project"});
            continue;
        }
        std::error_code ec;
        std::filesystem::copy_file(accuracy, decision, std::filesystem::copy_options::overwrite_existing, ec);
        std::vector<std::string> fitDecision = {cli, "fit", decision, "--objective", "decision"};
        if (!accuracyWeight.empty()) {
            fitDecision.insert(fitDecision.end(), {"--accuracy-weight", accuracyWeight});
        }
        const ChildRun fit = runChild(fitDecision);
        // The same two-stage fit with another seed: how far regret moves between equally good fits.
        const std::string reseeded = dir + "/decision-s" + seed + "-seed2.kolplan";
        std::filesystem::copy_file(accuracy, reseeded, std::filesystem::copy_options::overwrite_existing, ec);
        const ChildRun fit2 = runChild({cli, "fit", reseeded, "--seed", "2"});
        auto a = PlanningSession::open(accuracy, ProjectFile::Access::ReadOnly);
        auto a2 = PlanningSession::open(reseeded, ProjectFile::Access::ReadOnly);
        auto d = PlanningSession::open(decision, ProjectFile::Access::ReadOnly);
        auto scenario = a ? a.value()->scenario("Baseline") : Result<Scenario>::failure(a.error());
        if (fit.exitCode != 0 || fit2.exitCode != 0 || !d || !a2 || !scenario || !a.value()->model()
            || !d.value()->model()) {
            rows.push_back({what, 0, 0, "FAILED: the end-to-end fit or the projects"});
            continue;
        }
        const auto optimal = makeAllocator("optimal");
        bool failed = false;
        double rankA = 0, rankD = 0;
        for (const double budget : budgets) {
            Scenario s = scenario.value();
            s.budget = budget;
            auto marketA = a.value()->market(s);
            auto marketD = d.value()->market(s);
            auto marketA2 = a2.value()->market(s);
            auto truth = a.value()->truthMarket(s);
            if (!marketA || !marketD || !marketA2 || !truth) {
                failed = true;
                break;
            }
            auto planA = optimal->allocate(*marketA.value(), {});
            auto planD = optimal->allocate(*marketD.value(), {});
            auto planT = optimal->allocate(*truth.value(), {});
            auto planA2 = optimal->allocate(*marketA2.value(), {});
            if (!planA || !planD || !planT || !planA2) {
                failed = true;
                break;
            }
            const double best = PlanEvaluator(*truth.value()).evaluate(planT->amounts).effect;
            const double atTruthA = effectAtReference(*marketA.value(), planA->amounts, *truth.value());
            // The accuracy model's plan in its own units: the evaluator's true effect, to the float.
            const auto ownA = PlanEvaluator(*marketA.value()).trueEffect(planA->amounts, *truth.value(), budget);
            if (!ownA || std::abs(*ownA - atTruthA) > 1e-4 * std::max(1.0, std::abs(atTruthA))) {
                failed = true;
                break;
            }
            const double regretA = 1 - atTruthA / best;
            const double regretD = 1 - effectAtReference(*marketD.value(), planD->amounts, *truth.value()) / best;
            const double regretA2 = 1 - effectAtReference(*marketA2.value(), planA2->amounts, *truth.value()) / best;
            reductions.push_back(regretA - regretD);
            reseedings.push_back(std::abs(regretA - regretA2));
            if (budget == 1e6) {
                rankA = rankCorrelation(*marketA.value());
                rankD = rankCorrelation(*marketD.value());
            }
            std::printf("%-5s %11.0f %11.2f%% %11.2f%% %+10.2f %14.2f%%\n", seed.c_str(), budget, 100 * regretA,
                        100 * regretD, 100 * (regretA - regretD), 100 * regretA2);
        }
        const auto& ma = a.value()->model()->metrics;
        const auto& md = d.value()->model()->metrics;
        auto metric = [](const std::map<std::string, double>& m, const char* name) {
            const auto it = m.find(name);
            return it == m.end() ? 0.0 : it->second;
        };
        const auto luck = postDecisionRegret(*a.value(), *d.value());
        char summary[480];
        std::snprintf(summary, sizeof summary,
                      "seed %s: held-out R2 %.3f two-stage, %.3f end-to-end; held-out decision regret %.2f%%, %.2f%%; "
                      "rank correlation of value per money with the truth %.3f, %.3f; decisions over past posts: "
                      "regret %.2f%% choosing by the truth, %.2f%% two-stage, %.2f%% end-to-end; end-to-end fit %.1f s",
                      seed.c_str(), metric(ma, "r2"), metric(md, "r2"), 100 * metric(ma, "decision_regret"),
                      100 * metric(md, "decision_regret"), rankA, rankD, 100 * luck[0], 100 * luck[1], 100 * luck[2],
                      fit.seconds);
        summaries.emplace_back(summary);
        rows.push_back({what, fit.seconds, fit.peakMiB, failed ? "FAILED: a market or a plan" : summary});
    }
    for (const auto& s : summaries) {
        std::printf("%s\n", s.c_str());
    }
    double sum = 0;
    int wins = 0, losses = 0;
    for (double r : reductions) {
        sum += r;
        wins += r > 0.00005 ? 1 : 0;
        losses += r < -0.00005 ? 1 : 0;
    }
    std::printf("end-to-end has less regret at %d budgets, more at %d; mean reduction %+.2f points\n", wins, losses,
                reductions.empty() ? 0.0 : 100 * sum / static_cast<double>(reductions.size()));
    std::printf("median regret reduction (two-stage - end-to-end, points): %+.2f over %zu budgets\n"
                "two-stage refitted with seed 2 (s2): median |change in regret| %.2f points (the noise floor)\n\n",
                100 * median(reductions), reductions.size(), 100 * median(reseedings));
    return rows;
}

} // namespace kol::bench
