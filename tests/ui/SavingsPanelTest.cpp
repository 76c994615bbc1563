// The Savings view of the results: each method's effect against the budget computed on a worker
// from the saved project, the saving marked as the comparison finds it, and the marginal return
// of the plan on screen, in a real window on a real demo project.
#include "ui/SavingsPanel.h"

#include "WindowFixture.h"
#include "core/session/MethodComparison.h"
#include "core/session/PlanningSession.h"
#include "ui/ChartKit.h"
#include "ui/PlanDocument.h"
#include "ui/ProjectWindow.h"
#include "ui/ResultsPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <gtest/gtest.h>

using namespace kol;
using namespace kol::test;

TEST(SavingsPanel, ComputesTheCurvesOnAWorkerAndSaysWhenTheScenarioChanged)
{
    TempDir dir;
    ProjectWindow window;
    ASSERT_TRUE(openDemo(window, dir));
    ResultsPanel* results = window.resultsPanel();
    results->views()->setCurrentIndex(1);
    SavingsPanel* panel = results->savingsPanel();

    // The marginal return follows the plan on screen at once: one bar group per channel.
    const size_t channels = window.document()->scenario().matrix().channels().size();
    EXPECT_FALSE(panel->marginalChart()->hoverText(0, static_cast<int>(channels) - 1).isEmpty());
    EXPECT_TRUE(panel->marginalChart()->hoverText(0, static_cast<int>(channels)).isEmpty());

    // Stopped at once, it says so and shows nothing half-done.
    QSignalSpy computed(panel, &SavingsPanel::computed);
    panel->compute();
    EXPECT_FALSE(panel->computeButton()->isEnabled());
    panel->cancel();
    panel->wait();
    ASSERT_TRUE(waitFor([&] { return panel->computeButton()->isEnabled(); }, 10000));
    EXPECT_FALSE(panel->curves().has_value());

    panel->compute();
    ASSERT_TRUE(waitFor([&] { return computed.count() > 0; }, 120000));
    ASSERT_TRUE(panel->curves().has_value()) << panel->summary()->text().toStdString();
    const SavingsCurves& c = *panel->curves();
    ASSERT_GE(c.curves.size(), 3u);
    EXPECT_EQ(panel->curveChart()->bandCount(), static_cast<int>(c.curves.size()));
    for (const SavingsCurve& curve : c.curves) {
        EXPECT_EQ(curve.points.size(), 15u) << curve.method;
    }

    // The marked savings are the comparison's, computed apart on the same saved project.
    auto session = PlanningSession::open(dir.file("demo.kolplan"), ProjectFile::Access::ReadOnly);
    ASSERT_TRUE(session) << session.error();
    auto compared = compareMethods(*session.value(), "Baseline");
    ASSERT_TRUE(compared) << compared.error();
    for (const MethodFigures& f : compared->methods) {
        const auto curve = std::find_if(c.curves.begin(), c.curves.end(),
                                        [&](const SavingsCurve& s) { return s.method == f.plan.method; });
        ASSERT_NE(curve, c.curves.end()) << f.plan.method;
        EXPECT_EQ(curve->savings, f.savings) << f.plan.method;
    }
    const QString summary = panel->summary()->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("reaches the template's effect"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("saves"))) << summary.toStdString();

    // A plan's edit does not change the curves; the scenario's budget does.
    EXPECT_TRUE(panel->stateLabel()->text().contains(QStringLiteral("Curves of the saved scenario")))
        << panel->stateLabel()->text().toStdString();
    PlanDocument* doc = window.document();
    ASSERT_TRUE(doc->setAmount(0, doc->amounts()[0] + 1000));
    EXPECT_TRUE(panel->stateLabel()->text().contains(QStringLiteral("Curves of the saved scenario")))
        << panel->stateLabel()->text().toStdString();
    window.budgetEdit()->setValue(800000);
    ASSERT_TRUE(waitFor([&] { return doc->scenario().budget == 800000; }, 5000));
    EXPECT_TRUE(panel->stateLabel()->text().contains(QStringLiteral("changed since these curves")))
        << panel->stateLabel()->text().toStdString();

    // The curves were kept in the project: opened again, it shows them without computing.
    ProjectWindow again;
    QSignalSpy shown(again.resultsPanel()->savingsPanel(), &SavingsPanel::computed);
    ASSERT_TRUE(again.openProject(QString::fromStdString(dir.file("demo.kolplan"))));
    ASSERT_TRUE(waitFor([&] { return shown.count() > 0; }, 20000));
    const auto& stored = again.resultsPanel()->savingsPanel()->curves();
    ASSERT_TRUE(stored.has_value());
    ASSERT_EQ(stored->curves.size(), c.curves.size());
    for (size_t k = 0; k < c.curves.size(); ++k) {
        EXPECT_EQ(stored->curves[k].method, c.curves[k].method);
        EXPECT_EQ(stored->curves[k].savings, c.curves[k].savings);
        ASSERT_EQ(stored->curves[k].points.size(), c.curves[k].points.size());
        EXPECT_EQ(stored->curves[k].points.back().effect, c.curves[k].points.back().effect);
        EXPECT_EQ(stored->curves[k].marginal.size(), c.curves[k].marginal.size());
    }
}
