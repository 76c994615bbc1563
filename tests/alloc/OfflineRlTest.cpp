// The offline method on a demo project's simulated history: the mixture keeps the budget with at
// most two plans, and every phase of every plan is an action the log took (the support guard).
#include "alloc/OfflineRl.h"

#include "../TestUtil.h"
#include "session/DemoProject.h"
#include "store/HistoryStore.h"
#include "store/ProjectFile.h"
#include "store/ScenarioStore.h"

#include <cmath>
#include <gtest/gtest.h>
#include <map>

using namespace kol;

namespace {
struct Demo
{
    CampaignHistory history;
    Scenario baseline;
};

const Demo& demo()
{
    static const Demo d = [] {
        static kol::test::TempDir dir;
        DemoBuildOptions o;
        o.market = {5, 400, 3000};
        o.fit.members = 1;
        o.fit.epochs = 8;
        o.campaigns = 200;
        const std::string path = dir.file("d.kolplan");
        EXPECT_TRUE(buildDemoProject(path, o));
        auto p = ProjectFile::open(path, ProjectFile::Access::ReadOnly);
        Demo out;
        out.history = HistoryStore(*p.value()).load().value();
        out.baseline = ScenarioStore(*p.value()).load("Baseline").value();
        return out;
    }();
    return d;
}
} // namespace

TEST(OfflineRl, TheMixtureKeepsTheBudgetWithAtMostTwoPlans)
{
    OfflineOptions o;
    o.iterations = 60;
    auto r = trainOffline(demo().history, demo().baseline, o);
    ASSERT_TRUE(r) << r.error();
    EXPECT_EQ(r->campaigns, 200);
    ASSERT_GE(r->plans.size(), 1u);
    ASSERT_LE(r->plans.size(), 2u);
    double weight = 0, spend = 0;
    for (size_t i = 0; i < r->plans.size(); ++i) {
        weight += r->weights[i];
        spend += r->weights[i] * r->plans[i].spend;
    }
    const double budget = demo().baseline.budget;
    EXPECT_NEAR(weight, 1.0, 1e-9);
    EXPECT_LE(spend, budget * (1 + 1e-6)) << "the mixture's expected spend keeps the budget";
    EXPECT_LE(r->recommendation.spend, budget * (1 + 1e-6));
    for (const OfflinePlan& plan : r->plans) {
        if (plan.spend <= budget * (1 + 1e-6)) {
            EXPECT_GE(r->recommendation.value, plan.value) << "the recommendation is the best plan within the budget";
        }
    }
    ASSERT_EQ(r->iterations.size(), 60u);
    for (const GameIteration& it : r->iterations) {
        EXPECT_LE(it.storedPolicies, 2);
    }
    // The best responses are fitted, not exact, so the gap can dip below 0; it closes either way.
    const GameIteration& last = r->iterations.back();
    EXPECT_LT(std::abs(last.dualityGap), 0.05 * std::abs(last.dualBound));
}

TEST(OfflineRl, EveryPhaseOfEveryPlanIsAnActionTheLogTook)
{
    OfflineOptions o;
    o.iterations = 30;
    auto r = trainOffline(demo().history, demo().baseline, o);
    ASSERT_TRUE(r) << r.error();
    const StrategyMatrix& m = demo().baseline.matrix();
    // The log's phase actions: each campaign's money per cell in the phase.
    std::map<std::string, std::vector<std::vector<double>>> logged; // campaign -> [phase][cell]
    const int cells = m.channelCount() * m.tierCount();
    for (const HistoryRow& row : demo().history.rows) {
        const auto at = m.find(row.channel, row.phase, row.tier);
        ASSERT_TRUE(at);
        auto& phases = logged[row.campaign];
        if (phases.empty()) {
            phases.assign(static_cast<size_t>(m.phaseCount()), std::vector<double>(static_cast<size_t>(cells), 0.0));
        }
        phases[static_cast<size_t>(at->phase)][static_cast<size_t>(at->channel * m.tierCount() + at->tier)] = row.spend;
    }
    for (const OfflinePlan& plan : r->plans) {
        for (int p = 0; p < m.phaseCount(); ++p) {
            std::vector<double> action(static_cast<size_t>(cells));
            for (int c = 0; c < m.channelCount(); ++c) {
                for (int t = 0; t < m.tierCount(); ++t) {
                    action[static_cast<size_t>(c * m.tierCount() + t)]
                        = plan.amounts[static_cast<size_t>(m.flatIndex({c, p, t}))];
                }
            }
            bool found = false;
            for (const auto& [campaign, phases] : logged) {
                bool same = true;
                for (int k = 0; k < cells && same; ++k) {
                    same = std::abs(action[static_cast<size_t>(k)]
                                    - phases[static_cast<size_t>(p)][static_cast<size_t>(k)])
                        <= 1e-6 * std::max(1.0, action[static_cast<size_t>(k)]);
                }
                found = found || same;
            }
            EXPECT_TRUE(found) << "phase " << p << " of a plan is not a logged action";
        }
    }
}

TEST(OfflineRl, AHistoryTooShortIsRefusedWithTheReason)
{
    CampaignHistory few;
    for (const HistoryRow& row : demo().history.rows) {
        if (row.campaign == "past-1" || row.campaign == "past-2") {
            few.rows.push_back(row);
        }
    }
    auto r = trainOffline(few, demo().baseline, {});
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().find("has 2 past campaign(s)"), std::string::npos) << r.error();
}
