// The window while background work runs: what a cancel the window makes itself leaves behind,
// what may be edited, which results apply, and the method list the registry gives.
#include "UiFixture.h"
#include "cli/Cli.h"
#include "core/alloc/MethodRegistry.h"
#include "core/report/PlanFigures.h"
#include "ui/AllocatePanel.h"
#include "ui/ChartKit.h"
#include "ui/CompareView.h"
#include "ui/Launch.h"
#include "ui/PlanDocument.h"
#include "ui/ProjectWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <nlohmann/json.hpp>

using namespace kol;
using kol::test::demoProject;
using kol::test::TempDir;
using kol::test::waitFor;

namespace {
std::string twoScenarioProject(TempDir& dir)
{
    const std::string path = demoProject(dir);
    std::ostringstream out, err;
    EXPECT_EQ(runCli({"scenario", "copy", path, "Baseline", "Lean"}, out, err), 0) << err.str();
    EXPECT_EQ(runCli({"scenario", "set", path, "Lean", "--budget", "600k"}, out, err), 0) << err.str();
    return path;
}

QPushButton* allocateButton(ProjectWindow& w)
{
    return w.allocatePanel()->findChild<QPushButton*>(QStringLiteral("allocate"));
}
} // namespace

TEST(RunState, ARunTheWindowCancelsItselfLeavesAllocateReady)
{
    TempDir dir;
    ProjectWindow window;
    window.show();
    ASSERT_TRUE(window.openProject(QString::fromStdString(twoScenarioProject(dir))));
    window.setUnsavedAnswer(QMessageBox::Discard);
    AllocatePanel* panel = window.allocatePanel();
    panel->setMethod(QStringLiteral("rl")); // trains first: long enough to switch away from
    QSignalSpy cancelled(panel->job(), &BackgroundJob::cancelled);
    window.allocate();
    ASSERT_TRUE(panel->isRunning());
    EXPECT_FALSE(allocateButton(window)->isEnabled());
    EXPECT_FALSE(window.allocateAction()->isEnabled()) << "the toolbar's Allocate does not restart a run";

    // Switching the scenario cancels the run: the panel is idle again, without pressing Cancel.
    ASSERT_TRUE(window.selectScenario(QStringLiteral("Lean")));
    ASSERT_TRUE(waitFor([&] { return cancelled.count() > 0; }, 5000));
    EXPECT_FALSE(panel->isRunning());
    EXPECT_TRUE(allocateButton(window)->isEnabled());
    EXPECT_TRUE(window.allocateAction()->isEnabled());
    EXPECT_TRUE(window.budgetEdit()->isEnabled());
    EXPECT_EQ(cancelled.count(), 1) << "one job, one delivery";

    // New and Open cancel likewise: start again, then open the project anew.
    window.allocate();
    ASSERT_TRUE(panel->isRunning());
    ASSERT_TRUE(window.openProject(window.projectPath()));
    ASSERT_TRUE(waitFor([&] { return cancelled.count() > 1; }, 5000));
    EXPECT_FALSE(panel->isRunning());
    EXPECT_TRUE(allocateButton(window)->isEnabled());
}

TEST(RunState, SwitchingScenarioDuringAComparisonBringsCompareBack)
{
    TempDir dir;
    ProjectWindow window;
    window.show();
    ASSERT_TRUE(window.openProject(QString::fromStdString(twoScenarioProject(dir))));
    CompareView* view = window.compareView();
    QSignalSpy compared(view, &CompareView::compared);
    view->compare({QStringLiteral("Baseline"), QStringLiteral("Lean")});
    EXPECT_FALSE(view->compareButton()->isEnabled());
    ASSERT_TRUE(window.selectScenario(QStringLiteral("Lean")));
    ASSERT_TRUE(waitFor([&] { return view->compareButton()->isEnabled(); }, 5000))
        << "Compare stays disabled after the window cancelled the comparison";
    EXPECT_FALSE(view->isBusy());
    QTest::qWait(200);
    EXPECT_EQ(compared.count(), 0) << "a cancelled comparison shows nothing";
    view->compare({QStringLiteral("Baseline"), QStringLiteral("Lean")});
    ASSERT_TRUE(waitFor([&] { return compared.count() > 0; }, 60000));
    EXPECT_TRUE(view->compareButton()->isEnabled());
}

TEST(RunState, TheRunsInputsAreReadOnlyAndAStaleResultIsNotApplied)
{
    TempDir dir;
    ProjectWindow window;
    window.show();
    ASSERT_TRUE(window.openProject(QString::fromStdString(demoProject(dir))));
    PlanDocument* doc = window.document();
    AllocatePanel* panel = window.allocatePanel();
    panel->setMethod(QStringLiteral("optimal"));
    QSignalSpy allocated(panel, &AllocatePanel::allocated);
    window.allocate();
    ASSERT_TRUE(panel->isRunning());
    EXPECT_FALSE(window.budgetEdit()->isEnabled());
    EXPECT_FALSE(window.setupAction()->isEnabled());
    EXPECT_FALSE(doc->setAmount(0, 12345)) << "the matrix is read-only while a run plans it";
    Scenario other = doc->scenario();
    other.setChannels({"Douyin", "Weibo"});
    EXPECT_FALSE(window.applySetup(other)) << "the set-up cannot change the channels under a running plan";
    EXPECT_EQ(doc->scenario().matrix().channelCount(), 6);
    ASSERT_TRUE(waitFor([&] { return allocated.count() > 0; }, 60000));
    EXPECT_EQ(doc->state().method, QStringLiteral("optimal"));
    EXPECT_TRUE(window.budgetEdit()->isEnabled());
    EXPECT_TRUE(doc->setAmount(0, 12345));

    // A result for another revision of the scenario (it changed after the run started) is
    // dropped with a status line, never applied by flat index onto other cells.
    const RunResult result = allocated.front().at(1).value<RunResult>();
    const JobTag stale{window.currentScenario(), doc->revision() - 1, 99};
    const std::vector<double> before = doc->amounts();
    Q_EMIT panel->allocated(stale, result);
    EXPECT_EQ(doc->amounts(), before);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("was not applied")))
        << window.statusBar()->currentMessage().toStdString();
}

TEST(RunState, UpliftIsTheSameInTheWindowAndTheCommandLine)
{
    TempDir dir;
    const std::string path = demoProject(dir);
    std::ostringstream out, err;
    ASSERT_EQ(runCli({"allocate", path, "--scenario", "Baseline", "--method", "greedy", "--json"}, out, err), 0)
        << err.str();
    const auto cli = nlohmann::json::parse(out.str());
    ProjectWindow window;
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    ASSERT_EQ(window.document()->state().method, QStringLiteral("greedy"));
    const double templateEffect = cli.at(figure::templateEffect).get<double>();
    EXPECT_NEAR(window.document()->templateEffect(), templateEffect, 1e-9 * templateEffect);
    EXPECT_NEAR(window.document()->outcome().effect, cli.at(figure::effect).get<double>(), 1e-9 * templateEffect);
    const double uplift = window.document()->outcome().effect / window.document()->templateEffect() - 1;
    EXPECT_NEAR(uplift, cli.at(figure::uplift).get<double>(), 1e-9);
}

TEST(RunState, TheLiveTrainingChartGetsEveryEpisode)
{
    TempDir dir;
    ProjectWindow window;
    window.show();
    ASSERT_TRUE(window.openProject(QString::fromStdString(demoProject(dir))));
    window.setTrainSteps(4000);
    AllocatePanel* panel = window.allocatePanel();
    panel->setMethod(QStringLiteral("rl"));
    QSignalSpy allocated(panel, &AllocatePanel::allocated);
    QSignalSpy failed(panel->job(), &BackgroundJob::failed);
    window.allocate();
    ASSERT_TRUE(waitFor([&] { return allocated.count() + failed.count() > 0; }, 120000));
    ASSERT_EQ(allocated.count(), 1);
    // Episodes walk the open cells (at most 54 steps): 4,000 steps make well over 70 episodes.
    LineChart* chart = panel->lossChart();
    int returns = -1;
    for (int series = 0; series < chart->seriesCount(); ++series) {
        if (chart->seriesName(series) == QStringLiteral("episode return")) {
            returns = chart->pointCount(series);
        }
    }
    EXPECT_GE(returns, 70) << "one point per episode, not only at round step numbers";
}

// The multi-agent method in the real window: it trains on a worker, charts one return curve per
// agent (the budget agent's and each channel's) and books a plan that keeps the budget.
TEST(RunState, TheMultiAgentMethodChartsOneReturnPerAgent)
{
    TempDir dir;
    ProjectWindow window;
    window.show();
    ASSERT_TRUE(window.openProject(QString::fromStdString(demoProject(dir))));
    window.setTrainSteps(1500);
    AllocatePanel* panel = window.allocatePanel();
    panel->setMethod(QStringLiteral("marl"));
    QSignalSpy allocated(panel, &AllocatePanel::allocated);
    QSignalSpy failed(panel->job(), &BackgroundJob::failed);
    window.allocate();
    ASSERT_TRUE(waitFor([&] { return allocated.count() + failed.count() > 0; }, 120000));
    ASSERT_EQ(allocated.count(), 1);
    LineChart* chart = panel->lossChart();
    QStringList names;
    for (int series = 0; series < chart->seriesCount(); ++series) {
        names << chart->seriesName(series);
    }
    EXPECT_TRUE(names.contains(QStringLiteral("return: budget agent"))) << names.join(", ").toStdString();
    for (const char* channel : {"Douyin", "Bilibili"}) {
        EXPECT_TRUE(names.contains(QStringLiteral("return: ") + QLatin1String(channel))) << channel;
    }
    EXPECT_EQ(window.document()->state().method, QStringLiteral("marl"));
    EXPECT_LE(window.document()->outcome().spend, window.document()->scenario().budget * (1 + 1e-6));
    EXPECT_GT(window.document()->outcome().effect, 0);

    // Another method's training charts its own metrics only: no agent's curve lingers.
    window.setTrainSteps(300);
    panel->setMethod(QStringLiteral("rl"));
    window.allocate();
    ASSERT_TRUE(waitFor([&] { return allocated.count() + failed.count() > 1; }, 120000));
    ASSERT_EQ(allocated.count(), 2);
    for (int series = 0; series < chart->seriesCount(); ++series) {
        EXPECT_FALSE(chart->seriesName(series).startsWith(QStringLiteral("return: ")))
            << chart->seriesName(series).toStdString();
    }
    EXPECT_GT(chart->seriesCount(), 0);
}

TEST(MethodRegistry, AMethodAddedThroughTheRegistryIsInTheWindowsList)
{
    Method dummy{"dummy", "Dummy method", "a method only this test registers", false};
    dummy.make = makeTemplateAllocator;
    MethodRegistry::instance().add(dummy);
    ProjectWindow window;
    auto* methods = window.allocatePanel()->findChild<QComboBox*>(QStringLiteral("method"));
    ASSERT_NE(methods, nullptr);
    const int at = methods->findData(QStringLiteral("dummy"));
    ASSERT_GE(at, 0);
    EXPECT_EQ(methods->itemText(at), QStringLiteral("Dummy method"));
    EXPECT_EQ(methods->count(), static_cast<int>(MethodRegistry::instance().methods().size()));
    MethodRegistry::instance().remove("dummy");
}

TEST(FirstRun, BuildsTheDemoOnAWorkerAndOpensIt)
{
    QSettings().remove(QStringLiteral("recentFiles")); // the tests' own settings: a first run
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/kolplanner");
    QDir(folder).removeRecursively();
    const QString demo = folder + QStringLiteral("/demo.kolplan");
    {
        // Cancelled: nothing is left behind.
        ProjectWindow window;
        window.show();
        openStartProject(window);
        auto* dialog = window.findChild<QProgressDialog*>();
        ASSERT_NE(dialog, nullptr);
        QTest::qWait(200);
        Q_EMIT dialog->canceled(); // what its Cancel button does
        ASSERT_TRUE(waitFor([&] { return window.findChild<QProgressDialog*>() == nullptr; }, 30000));
        EXPECT_TRUE(window.projectPath().isEmpty());
        EXPECT_FALSE(QFileInfo::exists(demo));
        EXPECT_FALSE(QFileInfo::exists(demo + QStringLiteral(".building")));
    }
    ProjectWindow window;
    window.show();
    QElapsedTimer clock;
    clock.start();
    openStartProject(window);
    EXPECT_LT(clock.elapsed(), 1000) << "it returns at once: the demo is built on a worker";
    EXPECT_TRUE(window.projectPath().isEmpty());
    ASSERT_TRUE(waitFor([&] { return !window.projectPath().isEmpty(); }, 120000));
    EXPECT_EQ(window.projectPath(), demo);
    EXPECT_EQ(window.scenarioList()->count(), 2);
    EXPECT_TRUE(window.document()->hasFigures()) << "the demo comes with a fitted model";
    EXPECT_FALSE(folder.contains(QStringLiteral("KOL Planner/KOL Planner"))) << "one folder level";
}
