#include "../TestUtil.h"
#include "MarketFixture.h"
#include "base/Random.h"
#include "market/DecisionProblems.h"
#include "market/PlanEvaluator.h"
#include "report/PlanTotals.h"
#include "session/DemoProject.h"
#include "session/ProjectMarket.h"
#include "store/ModelStore.h"
#include "store/ProjectFile.h"
#include "training/Training.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <numeric>
#include <set>

using namespace kol;
using kol::test::SmallMarket;

TEST(DemoMarket, SameSeedSameMarketOtherSeedAnother)
{
    const DemoMarket a = generateDemoMarket({3, 500, 2000});
    const DemoMarket b = generateDemoMarket({3, 500, 2000});
    const DemoMarket c = generateDemoMarket({4, 500, 2000});
    EXPECT_EQ(a.kols, b.kols);
    EXPECT_EQ(a.posts, b.posts);
    EXPECT_NE(a.kols, c.kols);
}

TEST(DemoMarket, SameSeedSameFileBytes)
{
    kol::test::TempDir dir;
    ASSERT_TRUE(writeDemoProject(dir.file("a.kolplan"), {9, 300, 1500}));
    ASSERT_TRUE(writeDemoProject(dir.file("b.kolplan"), {9, 300, 1500}));
    EXPECT_EQ(kol::test::readFile(dir.file("a.kolplan")), kol::test::readFile(dir.file("b.kolplan")));
    EXPECT_FALSE(writeDemoProject(dir.file("a.kolplan"), {9, 300, 1500})) << "never overwrites";
}

TEST(DemoMarket, RealisticShape)
{
    const DemoMarket m = SmallMarket::get().demo;
    const Vocabulary v = Vocabulary::defaults();
    std::map<std::string, int> tiers, channels;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    int n = 0;
    for (const auto& k : m.kols) {
        ++tiers[v.tierFor(k.followers).value()];
        ++channels[k.channel];
        ASSERT_FALSE(k.prices.empty());
        EXPECT_GE(k.followerQuality, 0.2);
        EXPECT_LE(k.followerQuality, 0.99);
        const double x = std::log(static_cast<double>(k.followers)), y = std::log(k.prices.begin()->second);
        sx += x, sy += y, sxx += x * x, sxy += x * y, ++n;
    }
    for (const auto& t : v.tierNames()) {
        EXPECT_GE(tiers[t], 10) << "every tier is represented: " << t;
    }
    EXPECT_EQ(channels.size(), 6u);
    EXPECT_GT(channels["Douyin"], channels["Bilibili"]);
    const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    EXPECT_GT(slope, 0.6) << "prices grow with followers";
    EXPECT_LT(slope, 0.98) << "... sub-linearly";
    std::set<std::string> phases;
    int zero = 0;
    for (const auto& p : m.posts) {
        phases.insert(p.phase);
        zero += p.reach == 0 ? 1 : 0;
        EXPECT_TRUE(p.reach >= 10 || (p.reach == 0 && p.likes == 0)) << "reach 10 or more, or none at all";
    }
    EXPECT_EQ(phases.size(), 3u);
    EXPECT_GT(zero, 0) << "some posts were never measured, as in real exports";
    EXPECT_LT(zero, static_cast<int>(m.posts.size()) / 30);
}

TEST(DemoMarket, CalibratedToPublicFigures)
{
    const DemoMarket m = generateDemoMarket(DemoOptions{42, 3000, 30000});
    std::map<std::string, const Kol*> kols;
    std::map<std::string, int> postsOf;
    for (const auto& k : m.kols) {
        kols[k.id] = &k;
        postsOf[k.id] = 0;
    }
    std::map<std::string, std::vector<double>> reachPerFollower;
    std::map<std::string, std::array<double, 3>> mix;
    std::map<std::string, int> aboveFollowers, posts;
    for (const auto& p : m.posts) {
        const Kol& k = *kols.at(p.kolId);
        ++postsOf[p.kolId];
        if (p.reach == 0) {
            continue;
        }
        reachPerFollower[k.channel].push_back(static_cast<double>(p.reach) / static_cast<double>(k.followers));
        mix[k.channel][0] += static_cast<double>(p.likes);
        mix[k.channel][1] += static_cast<double>(p.comments);
        mix[k.channel][2] += static_cast<double>(p.shares);
        aboveFollowers[k.channel] += p.likes + p.comments + p.shares > k.followers ? 1 : 0;
        ++posts[k.channel];
    }
    auto median = [](std::vector<double> v) {
        std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    std::vector<double> counts;
    for (const auto& [id, n] : postsOf) {
        counts.push_back(n);
    }
    EXPECT_LE(median(counts), 1) << "most KOLs have one post or none (public sets: median 1)";
    EXPECT_GT(*std::max_element(counts.begin(), counts.end()), 100) << "and a few have many";
    // Short-video feeds reach beyond the followers; subscriber channels far below them.
    EXPECT_GT(median(reachPerFollower["Douyin"]), 1.0);
    EXPECT_GT(median(reachPerFollower["Kuaishou"]), 1.0);
    EXPECT_LT(median(reachPerFollower["WeChat"]), 0.2);
    EXPECT_LT(median(reachPerFollower["Weibo"]), 0.5);
    int reachedBeyond = 0;
    for (double r : reachPerFollower["Douyin"]) {
        reachedBeyond += r > 1 ? 1 : 0;
    }
    EXPECT_GT(reachedBeyond, 0.6 * static_cast<double>(reachPerFollower["Douyin"].size()));
    EXPECT_GT(aboveFollowers["Douyin"], 0) << "some short-video posts draw more engagements than followers";
    EXPECT_EQ(aboveFollowers["WeChat"], 0);
    // Each channel's mix of likes, comments and shares: TikTok-like 85/1/14, Bilibili 84/16/0.
    auto share = [&](const std::string& channel, int i) {
        const auto& x = mix[channel];
        return x[static_cast<size_t>(i)] / (x[0] + x[1] + x[2]);
    };
    EXPECT_NEAR(share("Douyin", 0), 0.85, 0.01);
    EXPECT_NEAR(share("Douyin", 1), 0.01, 0.005);
    EXPECT_NEAR(share("Bilibili", 1), 0.16, 0.01);
    EXPECT_NEAR(share("Bilibili", 2), 0.0, 0.005);
    std::printf("Douyin: median reach per follower %.2f, %.0f%% of posts beyond the followers; posts per KOL: "
                "median %.0f, most %.0f\n",
                median(reachPerFollower["Douyin"]),
                100.0 * reachedBeyond / static_cast<double>(reachPerFollower["Douyin"].size()), median(counts),
                *std::max_element(counts.begin(), counts.end()));
}

TEST(PerformanceModel, BeatsTheLinearBaselineOnHeldOutPosts)
{
    // The demo's posts are as noisy as real ones (heavy-tailed reach, viral posts, zero reach), so
    // held-out R² of log reach is about 0.6-0.7 for both; the network's edge comes from what is not
    // log-linear (throttled accounts, feeds that boost engaging creators, live-stream stars).
    const FitReport& r = SmallMarket::get().fit;
    std::printf("network: R² %.3f, WAPE %.1f%%, MAPE %.1f%%; linear: R² %.3f, WAPE %.1f%%, MAPE %.1f%%\n",
                r.network.r2Reach, 100 * r.network.wapeReach, 100 * r.network.mapeReach, r.baseline.r2Reach,
                100 * r.baseline.wapeReach, 100 * r.baseline.mapeReach);
    EXPECT_GE(r.network.r2Reach, 0.55);
    EXPECT_GT(r.network.r2Reach, r.baseline.r2Reach);
    EXPECT_GT(r.network.r2Engagements, r.baseline.r2Engagements);
    EXPECT_LT(r.network.mapeReach, r.baseline.mapeReach);
    // The zero-safe error (WAPE) is dominated by a few viral posts that neither model can foresee:
    // there the two are within a few points of each other (docs/allocators.md).
    EXPECT_LT(r.network.wapeReach, r.baseline.wapeReach + 0.03);
    EXPECT_TRUE(std::isfinite(r.network.wapeReach) && r.network.wapeReach < 2);
    EXPECT_EQ(r.trainRows + r.validationRows, 8000);
}

TEST(PerformanceModel, FittingIsReproducible)
{
    const DemoMarket m = generateDemoMarket({5, 200, 1200});
    FitOptions o;
    o.members = 1;
    o.epochs = 5;
    auto a = fitPerformanceModel(m.kols, m.posts, Vocabulary::defaults(), o);
    auto b = fitPerformanceModel(m.kols, m.posts, Vocabulary::defaults(), o);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->model.toStored().tensors, b->model.toStored().tensors);
    EXPECT_EQ(a->network.r2Reach, b->network.r2Reach);
}

TEST(PerformanceModel, StoredAsPlainArraysAndCheckedWhenLoaded)
{
    kol::test::TempDir dir;
    const SmallMarket& sm = SmallMarket::get();
    auto project = ProjectFile::create(dir.file("p.kolplan"));
    ASSERT_TRUE(ModelStore(*project.value()).save(kPerformanceModelName, sm.fit.model.toStored()));
    auto loaded = loadPerformanceModel(*project.value());
    ASSERT_TRUE(loaded) << loaded.error();
    const Kol& k = sm.demo.kols[5];
    const Prediction p1 = sm.fit.model.predict(k, "Launch", k.prices.begin()->first, "Mid");
    const Prediction p2 = loaded->predict(k, "Launch", k.prices.begin()->first, "Mid");
    EXPECT_EQ(p1.reach, p2.reach);
    EXPECT_EQ(p1.engagements, p2.engagements);

    // Tampered files: wrong shape, NaN, byte count, another vocabulary.
    Database& db = project.value()->database();
    ASSERT_TRUE(db.exec("UPDATE model_tensor SET rows = 3 WHERE name = 'member0.layer1.bias'"));
    auto wrong = loadPerformanceModel(*project.value());
    ASSERT_FALSE(wrong);
    EXPECT_NE(wrong.error().find("holds"), std::string::npos) << wrong.error();
    StoredModel s = sm.fit.model.toStored();
    s.tensors["member1.layer0.weight"].values[3] = std::nanf("");
    EXPECT_NE(PerformanceModel::fromStored(s, Vocabulary::defaults()).error().find("NaN"), std::string::npos);
    s = sm.fit.model.toStored();
    s.tensors["member0.layer2.weight"].rows = 5;
    EXPECT_NE(PerformanceModel::fromStored(s, Vocabulary::defaults()).error().find("has shape"), std::string::npos);
    // A vocabulary that lacks a name the model was fitted on is another vocabulary: refused.
    Vocabulary other = Vocabulary::defaults();
    other.channels.erase(other.channels.begin() + 2);
    EXPECT_NE(PerformanceModel::fromStored(sm.fit.model.toStored(), other).error().find("fit it again"),
              std::string::npos);
    // One that has grown since (a channel added) widens the model: the new channel has no history.
    Vocabulary grown = Vocabulary::defaults();
    grown.channels.push_back("Zhihu");
    auto widened = PerformanceModel::fromStored(sm.fit.model.toStored(), grown);
    ASSERT_TRUE(widened) << widened.error();
    EXPECT_EQ(widened->layout.size(), sm.fit.model.layout.size() + 1);
    EXPECT_EQ(widened->postsOf("channel", "Zhihu"), 0);
    const Prediction same = widened->predict(k, "Launch", k.prices.begin()->first, "Mid");
    EXPECT_NEAR(same.reach, p1.reach, 1e-6 * p1.reach) << "a known channel predicts as before";
    Kol zhihu = k;
    zhihu.channel = "Zhihu";
    const Prediction borrowed = widened->predict(zhihu, "Launch", k.prices.begin()->first, "Mid");
    EXPECT_TRUE(std::isfinite(borrowed.reach) && borrowed.reach > 0);
    EXPECT_GT(borrowed.logSdReach, p1.logSdReach);
}

// ---------------------------------------------------------------------------------------------
// Plan evaluation (SPEC 3.4-3.6).

namespace {
int cellOf(const Market& m, const char* c, const char* p, const char* t)
{
    const StrategyMatrix& x = m.scenario().matrix();
    const CellIndex i = *x.find(c, p, t);
    return (i.channel * x.phaseCount() + i.phase) * x.tierCount() + i.tier;
}
} // namespace

TEST(PlanEvaluator, ZeroMoneyZeroEffect)
{
    const Market m = SmallMarket::get().market();
    const PlanOutcome o = PlanEvaluator(m).evaluate(std::vector<double>(static_cast<size_t>(m.cellCount()), 0.0));
    EXPECT_EQ(o.effect, 0.0);
    EXPECT_EQ(o.spend, 0.0);
    EXPECT_EQ(o.reach, 0.0);
    EXPECT_EQ(o.penalty, 0.0);
}

TEST(PlanEvaluator, MoreMoneyInACellNeverLowersValue)
{
    const Market m = SmallMarket::get().market();
    const PlanEvaluator e(m);
    Random rng(21);
    for (int trial = 0; trial < 300; ++trial) {
        std::vector<double> a(static_cast<size_t>(m.cellCount()));
        for (auto& x : a) {
            x = rng.chance(0.3) ? 0 : rng.uniform(0, 40000);
        }
        const double before = e.grossEffect(a);
        a[rng.below(a.size())] += rng.uniform(0, 80000);
        EXPECT_GE(e.grossEffect(a), before - 1e-9);
    }
}

TEST(PlanEvaluator, WarmUpSpendRaisesLaterPhasesInTheSameChannel)
{
    const Market m = SmallMarket::get().market();
    const PlanEvaluator e(m);
    std::vector<double> launch(static_cast<size_t>(m.cellCount()), 0.0);
    launch[static_cast<size_t>(cellOf(m, "Douyin", "Launch", "Mid"))] = 60000;
    std::vector<double> both = launch;
    both[static_cast<size_t>(cellOf(m, "Douyin", "Warm-up", "Mid"))] = 60000;
    const double launchWith = e.evaluate(both).cells[static_cast<size_t>(cellOf(m, "Douyin", "Launch", "Mid"))].value;
    const double launchAlone
        = e.evaluate(launch).cells[static_cast<size_t>(cellOf(m, "Douyin", "Launch", "Mid"))].value;
    EXPECT_EQ(launchWith, launchAlone) << "the cell's own value does not change";

    // Without channel saturation the carry-over shows as pure complementarity: Launch is worth
    // more after a Warm-up than on its own, so the problem is not separable by cell.
    MarketOptions noSaturation;
    noSaturation.channelCapacity = 1e9;
    noSaturation.awarenessScale = MarketOptions{}.awarenessScale / 1e9; // awareness is scaled by capacity
    const Market open = SmallMarket::get().market(noSaturation);
    const PlanEvaluator eo(open);
    std::vector<double> warm(static_cast<size_t>(open.cellCount()), 0.0);
    warm[static_cast<size_t>(cellOf(open, "Douyin", "Warm-up", "Mid"))] = 60000;
    std::vector<double> none(static_cast<size_t>(open.cellCount()), 0.0);
    const double launchGain = eo.grossEffect(launch) - eo.grossEffect(none);
    const double launchGainAfterWarmUp = eo.grossEffect(both) - eo.grossEffect(warm);
    EXPECT_GT(launchGain, 0);
    EXPECT_GT(launchGainAfterWarmUp, launchGain * 1.05);

    // A Warm-up in another channel lifts nothing.
    std::vector<double> elsewhere = launch;
    elsewhere[static_cast<size_t>(cellOf(open, "Weibo", "Warm-up", "Mid"))] = 60000;
    std::vector<double> elsewhereOnly = none;
    elsewhereOnly[static_cast<size_t>(cellOf(open, "Weibo", "Warm-up", "Mid"))] = 60000;
    EXPECT_NEAR(eo.grossEffect(elsewhere) - eo.grossEffect(elsewhereOnly), launchGain, 1e-9);
}

TEST(PlanEvaluator, BelowTheCheapestKolACellScoresZeroAndSpendsNothing)
{
    const Market m = SmallMarket::get().market();
    const int cell = cellOf(m, "Xiaohongshu", "Launch", "Head");
    std::vector<double> a(static_cast<size_t>(m.cellCount()), 0.0);
    a[static_cast<size_t>(cell)] = m.curve(cell).cheapestPrice() * 0.98;
    const PlanOutcome o = PlanEvaluator(m).evaluate(a);
    EXPECT_EQ(o.cells[static_cast<size_t>(cell)].value, 0.0);
    EXPECT_EQ(o.cells[static_cast<size_t>(cell)].spend, 0.0);
    EXPECT_EQ(o.spend, 0.0);
    a[static_cast<size_t>(cell)] = m.curve(cell).cheapestPrice() + 2 * m.curve(cell).step();
    EXPECT_GT(PlanEvaluator(m).evaluate(a).spend, 0.0);
}

TEST(PlanEvaluator, PenaltiesFireExactlyWhenRulesAreBroken)
{
    const Market m = SmallMarket::get().market();
    const PlanEvaluator e(m);
    const size_t head = static_cast<size_t>(cellOf(m, "Kuaishou", "Launch", "Head"));
    const size_t mid = static_cast<size_t>(cellOf(m, "Kuaishou", "Launch", "Mid"));
    std::vector<double> a(static_cast<size_t>(m.cellCount()), 0.0);
    a[head] = 50000;
    a[mid] = 50000;
    EXPECT_EQ(e.evaluate(a).penalty, 0.0) << "Head = Mid keeps the hierarchy";
    a[mid] = 50001;
    EXPECT_GT(e.evaluate(a).hierarchyPenalty, 0.0);
    EXPECT_EQ(e.evaluate(a).ratioPenalty, 0.0);
    EXPECT_EQ(hierarchyExcess(m.scenario().matrix(), a), 1.0);

    std::vector<double> big(static_cast<size_t>(m.cellCount()), 0.0);
    big[head] = 0.30 * m.scenario().budget;
    EXPECT_EQ(e.evaluate(big).penalty, 0.0) << "exactly the max cell share is allowed";
    big[head] = 0.31 * m.scenario().budget;
    const PlanOutcome over = e.evaluate(big);
    EXPECT_GT(over.ratioPenalty, 0.0);
    EXPECT_EQ(over.hierarchyPenalty, 0.0);
    EXPECT_NEAR(over.effect, e.grossEffect(big) - over.penalty, 1e-9);

    Scenario relaxed = SmallMarket::get().scenario;
    relaxed.rules.tierHierarchy = false;
    const Market rm = SmallMarket::get().market(relaxed);
    EXPECT_EQ(PlanEvaluator(rm).evaluate(a).penalty, 0.0) << "the hierarchy rule switched off";
}

TEST(PlanEvaluator, HardConstraintsAreReportedNotHidden)
{
    Scenario s = SmallMarket::get().scenario;
    s.matrix().cell(*s.matrix().find("Douyin", "Launch", "Head")).locked = 100000;
    s.matrix().cell(*s.matrix().find("Weibo", "Warm-up", "Tail")).enabled = false;
    s.rules.channelShares["Bilibili"] = {0.05, 0.2};
    const Market m = SmallMarket::get().market(s);
    std::vector<double> a(static_cast<size_t>(m.cellCount()), 0.0);
    a[static_cast<size_t>(cellOf(m, "Weibo", "Warm-up", "Tail"))] = 1000;
    const PlanOutcome o = PlanEvaluator(m).evaluate(a);
    EXPECT_FALSE(o.feasible);
    ASSERT_EQ(o.violations.size(), 3u);
    EXPECT_NE(o.violations[0].find("Douyin/Launch/Head is locked at 100,000 but gets 0"), std::string::npos);
    EXPECT_NE(o.violations[1].find("Weibo/Warm-up/Tail is disabled"), std::string::npos);
    EXPECT_NE(o.violations[2].find("Bilibili gets 0% of the budget, outside 5%..20%"), std::string::npos);
}

TEST(PlanEvaluator, DeterministicWithABandAroundTheEffect)
{
    const Market a = SmallMarket::get().market();
    const Market b = SmallMarket::get().market();
    const std::vector<double> plan = templateAmounts(a.scenario(), a.scenario().budget);
    const PlanOutcome x = PlanEvaluator(a).evaluate(plan), y = PlanEvaluator(b).evaluate(plan);
    EXPECT_EQ(x.effect, y.effect);
    EXPECT_EQ(x.reach, y.reach);
    EXPECT_GT(x.effect, 0);
    EXPECT_LT(x.effectLow, x.effect);
    EXPECT_GT(x.effectHigh, x.effect);
    EXPECT_LE(x.spend, a.scenario().budget);
}

TEST(PlanTotals, SumsAlongEachAxisAndCarriesTheOutcome)
{
    const Market market = SmallMarket::get().market();
    const Scenario& s = market.scenario();
    const std::vector<double> amounts = templateAmounts(s, s.budget);
    const PlanOutcome o = PlanEvaluator(market).evaluate(amounts, s.budget);
    const PlanTotals t = planTotals(s.matrix(), amounts, &o);
    auto sum = [](const std::vector<double>& v) {
        return std::accumulate(v.begin(), v.end(), 0.0);
    };
    const double total = sum(amounts);
    EXPECT_NEAR(sum(t.byChannel), total, 1e-6);
    EXPECT_NEAR(sum(t.byPhase), total, 1e-6);
    EXPECT_NEAR(sum(t.byTier), total, 1e-6);
    EXPECT_NEAR(t.byChannel[0], s.budget * s.templateChannelShare(s.matrix().channels()[0]), 1e-6);
    double reach = 0;
    for (const auto& row : t.reach) {
        reach += sum(row);
    }
    EXPECT_NEAR(reach, o.reach, 1e-6 * o.reach);
    EXPECT_EQ(planTotals(s.matrix(), amounts).reach[0][0], 0.0) << "no outcome, no reach";
}

TEST(Market, AnotherBudgetFromTheSameOptionsIsTheMarketBuiltAtThatBudget)
{
    const auto& small = kol::test::SmallMarket::get();
    const Market base = small.market();
    for (double budget : {150000.0, 450000.0, 1200000.0}) {
        Scenario s = small.scenario;
        s.budget = budget;
        auto derived = base.withBudget(s);
        ASSERT_TRUE(derived) << derived.error();
        const Market built = small.market(s);
        ASSERT_EQ(derived->cellCount(), built.cellCount());
        // The same curves, so the same figures for any plan.
        Random rng(static_cast<uint64_t>(budget));
        for (int trial = 0; trial < 20; ++trial) {
            std::vector<double> plan(static_cast<size_t>(built.cellCount()));
            for (double& a : plan) {
                a = rng.uniform() * budget / 20;
            }
            const PlanOutcome x = PlanEvaluator(derived.value()).evaluate(plan, budget);
            const PlanOutcome y = PlanEvaluator(built).evaluate(plan, budget);
            EXPECT_EQ(x.effect, y.effect);
            EXPECT_EQ(x.spend, y.spend);
            EXPECT_EQ(x.reach, y.reach);
        }
    }
    // More than the budget differs: refused, the caller builds a new market.
    Scenario other = small.scenario;
    other.weights.reach *= 2;
    EXPECT_FALSE(base.withBudget(other));
}

TEST(PerformanceModel, TheObjectiveIsStoredAndAnUnknownOneIsRefused)
{
    PerformanceModel model = SmallMarket::get().fit.model;
    EXPECT_EQ(model.objective, "accuracy");
    model.objective = "decision";
    StoredModel s = model.toStored();
    auto loaded = PerformanceModel::fromStored(s, Vocabulary::defaults());
    ASSERT_TRUE(loaded) << loaded.error();
    EXPECT_EQ(loaded->objective, "decision");
    s.texts.erase("objective"); // stored before the choice existed
    EXPECT_EQ(PerformanceModel::fromStored(s, Vocabulary::defaults())->objective, "accuracy");
    s.texts["objective"] = "profit";
    EXPECT_NE(PerformanceModel::fromStored(s, Vocabulary::defaults()).error().find("'profit' is neither"),
              std::string::npos);
}

TEST(PerformanceModel, EndToEndFittingIsReproducibleAndScoredOnHeldOutDecisions)
{
    const DemoMarket m = generateDemoMarket({5, 200, 1200});
    FitOptions o;
    o.members = 1;
    o.epochs = 5;
    o.objective = FitObjective::Decision;
    o.decisionSteps = 60;
    auto a = fitPerformanceModel(m.kols, m.posts, Vocabulary::defaults(), o);
    auto b = fitPerformanceModel(m.kols, m.posts, Vocabulary::defaults(), o);
    ASSERT_TRUE(a) << a.error();
    ASSERT_TRUE(b) << b.error();
    EXPECT_EQ(a->model.toStored().tensors, b->model.toStored().tensors);
    EXPECT_EQ(a->model.objective, "decision");
    EXPECT_EQ(a->decisionRegret, b->decisionRegret);
    EXPECT_GT(a->decisionProblems, 0);
    EXPECT_GT(a->decisionKols, 0);
    EXPECT_GE(a->decisionRegret, 0.0);
    EXPECT_EQ(a->model.metrics.at("decision_regret"), a->decisionRegret);
}

TEST(DecisionProblems, ProblemsStayInOneChannelAndTheDecisionIsTheKnapsack)
{
    const DemoMarket m = generateDemoMarket({5, 200, 1200});
    const Vocabulary v = Vocabulary::defaults();
    const std::vector<DecisionPost> posts = decisionPosts(m.kols, m.posts, v.channels);
    ASSERT_EQ(posts.size(), m.posts.size());
    for (size_t i = 0; i < posts.size(); ++i) {
        EXPECT_GE(posts[i].value, 0);
        EXPECT_EQ(v.channels[static_cast<size_t>(posts[i].group)], m.kols[static_cast<size_t>(posts[i].kol)].channel);
        if (m.posts[i].reach > 0) {
            EXPECT_GT(posts[i].value, 0);
        }
    }
    std::vector<int> pool(posts.size());
    for (size_t i = 0; i < pool.size(); ++i) {
        pool[i] = static_cast<int>(i);
    }
    Random random(4);
    const auto problems = sampleDecisionProblems(posts, pool, 50, 24, random);
    ASSERT_EQ(problems.size(), 50u);
    Eigen::VectorXd actual(static_cast<Eigen::Index>(posts.size())), reversed(actual.size());
    for (size_t i = 0; i < posts.size(); ++i) {
        actual(static_cast<Eigen::Index>(i)) = posts[i].value;
        reversed(static_cast<Eigen::Index>(i)) = 1.0 / (1.0 + posts[i].value);
    }
    for (const auto& problem : problems) {
        double total = 0;
        ASSERT_EQ(problem.options.size(), 24u);
        for (int o : problem.options) {
            EXPECT_EQ(posts[static_cast<size_t>(o)].group, posts[static_cast<size_t>(problem.options[0])].group);
            total += posts[static_cast<size_t>(o)].price;
        }
        EXPECT_GE(problem.budget, 0.05 * total - 1e-6);
        EXPECT_LE(problem.budget, 0.5 * total + 1e-6);
        const DecisionOutcome worst = decide(problem, posts, reversed);
        EXPECT_LE(worst.spend, problem.budget + 1e-6);
        EXPECT_LE(worst.realised, worst.hindsight + 1e-9);
    }
    EXPECT_GT(decisionRegret(problems, posts, reversed), 0.3) << "choosing the worst first loses most of the value";

    // The decision is the exact knapsack: on whole-number prices that the grid steps divide, it
    // books what exhaustive search over every subset books, for predictions that are not the outcomes.
    std::vector<DecisionPost> small(10);
    DecisionProblem problem;
    Eigen::VectorXd predicted(10);
    for (int i = 0; i < 10; ++i) {
        small[static_cast<size_t>(i)].price = 3 + (i * 7) % 11;
        small[static_cast<size_t>(i)].value = 1 + (i * 5) % 9;
        predicted(i) = 10 - small[static_cast<size_t>(i)].value + 0.1 * i; // mostly the wrong order
        problem.options.push_back(i);
    }
    problem.budget = 40;
    double bestPredicted = -1, itsRealised = 0, hindsight = 0;
    for (int subset = 0; subset < 1 << 10; ++subset) {
        double price = 0, value = 0, realised = 0;
        for (int i = 0; i < 10; ++i) {
            if (subset & (1 << i)) {
                price += small[static_cast<size_t>(i)].price;
                value += predicted(i);
                realised += small[static_cast<size_t>(i)].value;
            }
        }
        if (price <= problem.budget) {
            hindsight = std::max(hindsight, realised);
            if (value > bestPredicted) {
                bestPredicted = value;
                itsRealised = realised;
            }
        }
    }
    const DecisionOutcome exact = decide(problem, small, predicted, 41); // grid step 1
    EXPECT_DOUBLE_EQ(exact.realised, itsRealised);
    EXPECT_DOUBLE_EQ(exact.hindsight, hindsight);
    EXPECT_LT(exact.realised, exact.hindsight) << "the example's predictions do cost something";
}
