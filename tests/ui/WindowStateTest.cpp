// The window on a real demo project: what a plan holds and shows, what the window keeps from one
// scenario or project to the next, and what it allows while a run is under way (the window
// issue's defects 3 and 5 to 9, and the run's scenario, time left and remembered method).
#include "WindowFixture.h"
#include "core/store/PlanStore.h"
#include "core/store/ProjectFile.h"
#include "ui/AllocatePanel.h"
#include "ui/ChartKit.h"
#include "ui/CompareView.h"
#include "ui/GuideTour.h"
#include "ui/MatrixCellText.h"
#include "ui/MatrixView.h"
#include "ui/PlanDocument.h"
#include "ui/ProjectWindow.h"
#include "ui/ResultsPanel.h"
#include "ui/StrategyMatrixModel.h"

#include <QAction>
#include <QBarSeries>
#include <QChart>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace kol;
using kol::test::sharedDemoProject;
using kol::test::TempDir;
using kol::test::waitFor;

namespace {
bool allocateWith(ProjectWindow& window, const char* method)
{
    QSignalSpy done(window.allocatePanel(), &AllocatePanel::allocated);
    window.allocatePanel()->setMethod(QString::fromLatin1(method));
    window.allocate();
    return waitFor([&] { return done.count() > 0; }, 60000);
}

int cellOf(const PlanDocument& doc, const char* channel, const char* phase, const char* tier)
{
    const StrategyMatrix& m = doc.scenario().matrix();
    return m.flatIndex(*m.find(channel, phase, tier));
}
} // namespace

TEST(WindowState, PlansHoldNoMoneyThatBuysNothingAndTheMatrixShowsWhatMoneyBuys)
{
    TempDir dir;
    ProjectWindow window;
    ASSERT_TRUE(kol::test::openDemo(window, dir));
    PlanDocument* doc = window.document();
    for (const char* method : {"optimal", "greedy"}) {
        ASSERT_TRUE(allocateWith(window, method)) << method;
        // Every cell the method funds buys KOLs, and holds no more than they cost (to the value
        // grid's step): no dust that buys nothing or breaks the tier hierarchy by itself.
        const PlanOutcome& o = doc->outcome();
        for (int i = 0; i < static_cast<int>(doc->amounts().size()); ++i) {
            const double amount = doc->amounts()[static_cast<size_t>(i)];
            const MatrixCell& cell = doc->scenario().matrix().cell(doc->scenario().matrix().indexOf(i));
            if (amount > 0 && !cell.locked) {
                const double spend = o.cells[static_cast<size_t>(i)].spend;
                EXPECT_GT(spend, 0) << method << ": cell " << i << " holds " << amount << " that buys nothing";
                // Prices are rounded up to the value grid's step, one step per KOL at most.
                const double kols = static_cast<double>(doc->report().cells[static_cast<size_t>(i)].kols.size());
                EXPECT_EQ(o.cells[static_cast<size_t>(i)].kols, static_cast<int>(kols));
                // Money beyond what the KOLs cost only where the tier hierarchy asks for it: the
                // tier keeps as much as the tier below it.
                const StrategyMatrix& m = doc->scenario().matrix();
                const CellIndex at = m.indexOf(i);
                const double below = at.tier + 1 < m.tierCount()
                    ? doc->amounts()[static_cast<size_t>(m.flatIndex(CellIndex{at.channel, at.phase, at.tier + 1}))]
                    : 0.0;
                if (doc->unspent(i) > 0.5) {
                    EXPECT_LE(amount, below + 0.5)
                        << method << ": cell " << i << " holds " << doc->unspent(i) << " that buys nothing";
                }
            }
        }
    }
    // An amount below the cheapest KOL of its cell: shown as buying nothing, not as funded.
    const int head = cellOf(*doc, "Xiaohongshu", "Warm-up", "Head");
    const double cheapest = doc->cheapestPrice(head);
    ASSERT_TRUE(std::isfinite(cheapest));
    ASSERT_TRUE(doc->setAmount(head, std::floor(cheapest * 0.9)));
    const QModelIndex index = window.matrixModel()->indexOfCell(head);
    EXPECT_TRUE(index.data(Qt::DisplayRole).toString().contains(QStringLiteral("buys nothing")))
        << index.data(Qt::DisplayRole).toString().toStdString();
    EXPECT_EQ(index.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xFF, 0xF1, 0xC9));
    EXPECT_TRUE(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("cheapest KOL here costs")));
    // A funded cell's colour follows its spend; its text says what stays unspent.
    const int funded = cellOf(*doc, "Douyin", "Launch", "Mid");
    ASSERT_TRUE(doc->setAmount(funded, 90000));
    const double spend = doc->outcome().cells[static_cast<size_t>(funded)].spend;
    EXPECT_LE(spend, 90000.0 + 1e-6) << "a cell never spends more than its amount";
    const QString text = window.matrixModel()->indexOfCell(funded).data(Qt::DisplayRole).toString();
    if (doc->unspent(funded) > 0.5) {
        EXPECT_TRUE(text.contains(amountText(doc->unspent(funded)))) << text.toStdString();
    } else {
        EXPECT_FALSE(text.contains(QStringLiteral("unspent"))) << text.toStdString();
    }
}

TEST(WindowState, DuplicateKeepsThePlanAndItsLocks)
{
    TempDir dir;
    ProjectWindow window;
    window.setUnsavedAnswer(QMessageBox::Save);
    window.show();
    ASSERT_TRUE(window.openProject(QString::fromStdString(sharedDemoProject(dir))));
    ASSERT_TRUE(allocateWith(window, "greedy"));
    ASSERT_TRUE(window.saveProject());
    const std::vector<double> plan = window.document()->amounts();
    ASSERT_TRUE(window.duplicateScenarioAs(QStringLiteral("Baseline copy")));
    EXPECT_EQ(window.currentScenario(), QStringLiteral("Baseline copy"));
    EXPECT_EQ(window.document()->state().method, QStringLiteral("greedy"));
    ASSERT_EQ(window.document()->amounts().size(), plan.size());
    for (size_t i = 0; i < plan.size(); ++i) {
        EXPECT_NEAR(window.document()->amounts()[i], plan[i], 0.5) << "cell " << i;
    }
    EXPECT_TRUE(window.document()->outcome().feasible) << "the copied lock holds";
}

TEST(WindowState, SwitchingAndClosingLeaveNothingOfTheScenarioBefore)
{
    TempDir dir;
    ProjectWindow window;
    ASSERT_TRUE(kol::test::openDemo(window, dir));
    ASSERT_GE(window.scenarioList()->count(), 2);
    // A failed run on the first scenario: its reason shows under Allocate.
    window.budgetEdit()->setValue(1);
    QSignalSpy failed(window.allocatePanel()->job(), &BackgroundJob::failed);
    window.allocatePanel()->setMethod(QStringLiteral("greedy"));
    window.allocate();
    ASSERT_TRUE(waitFor([&] { return failed.count() > 0; }, 20000));
    auto* notes = window.allocatePanel()->findChild<QLabel*>(QStringLiteral("notes"));
    ASSERT_TRUE(notes->isVisible());
    // Another scenario: the failure is not its own.
    ASSERT_TRUE(window.selectScenario(window.scenarioList()->item(1)->text()));
    EXPECT_FALSE(notes->isVisible() && notes->text().contains(QStringLiteral("failed"))) << notes->text().toStdString();
    // Close: no charts, grids, figures or actions of the old project.
    window.tabs()->setCurrentIndex(1);
    window.closeProject();
    EXPECT_TRUE(window.resultsPanel()->channelChart()->chart()->series().isEmpty());
    EXPECT_EQ(window.compareView()->figuresTable()->rowCount(), 0);
    EXPECT_EQ(window.matrixModel()->rowCount(), 0);
    EXPECT_EQ(window.budgetEdit()->text(), QStringLiteral("—")) << "no project: no budget (was 1)";
    EXPECT_FALSE(window.budgetEdit()->isEnabled());
    for (QAction* a : window.projectActions() + window.scenarioActions()) {
        EXPECT_FALSE(a->isEnabled()) << a->text().toStdString() << " is enabled without a project";
    }
}

TEST(WindowState, ARunSaysWhatItIsAndAllocateCannotRestartIt)
{
    TempDir dir;
    ProjectWindow window;
    window.setUnsavedAnswer(QMessageBox::Discard);
    window.setTrainSteps(400000);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(window.openProject(QString::fromStdString(sharedDemoProject(dir))));
    window.allocatePanel()->setMethod(QStringLiteral("rl"));
    window.allocate();
    ASSERT_TRUE(window.allocatePanel()->isRunning());
    const JobTag tag = window.allocatePanel()->job()->current();
    EXPECT_FALSE(window.allocateAction()->isEnabled()) << "the toolbar's Allocate is off during a run";
    window.allocateAction()->trigger();
    window.allocate();
    EXPECT_EQ(window.allocatePanel()->job()->current().revision, tag.revision);
    EXPECT_TRUE(window.allocatePanel()->runText().contains(QStringLiteral("for 'Baseline'")))
        << window.allocatePanel()->runText().toStdString();
    // Training reports an estimate of the time left once it is under way.
    EXPECT_TRUE(waitFor([&] { return window.allocatePanel()->runText().contains(QStringLiteral("left")); }, 60000))
        << window.allocatePanel()->runText().toStdString();
    // The training charts can be hidden, and the choice is kept.
    auto* charts = window.allocatePanel()->findChild<QToolButton*>(QStringLiteral("showCharts"));
    ASSERT_NE(charts, nullptr);
    EXPECT_TRUE(window.allocatePanel()->chartsShown());
    charts->click();
    EXPECT_FALSE(window.allocatePanel()->chartsShown());
    charts->click();
    // Esc cancels the run, whatever has the focus.
    window.matrixView()->setFocus();
    QTest::keyClick(window.matrixView(), Qt::Key_Escape);
    EXPECT_TRUE(waitFor([&] { return !window.allocatePanel()->isRunning(); }, 20000));
    EXPECT_TRUE(waitFor([&] { return window.allocateAction()->isEnabled(); }, 20000)) << "Allocate is back";
    // The method chosen is remembered for the scenario.
    window.allocatePanel()->setMethod(QStringLiteral("greedy"));
    Q_EMIT window.allocatePanel()->methodChanged(QStringLiteral("greedy"));
    const QString other = window.scenarioList()->item(1)->text();
    ASSERT_TRUE(window.selectScenario(other));
    window.allocatePanel()->setMethod(QStringLiteral("optimal"));
    Q_EMIT window.allocatePanel()->methodChanged(QStringLiteral("optimal"));
    ASSERT_TRUE(window.selectScenario(QStringLiteral("Baseline")));
    EXPECT_EQ(window.allocatePanel()->method(), QStringLiteral("greedy"));
    ASSERT_TRUE(window.selectScenario(other));
    EXPECT_EQ(window.allocatePanel()->method(), QStringLiteral("optimal"));
}

TEST(WindowState, UndoRedoWithCtrlYAndTheComparisonSaysWhereItIs)
{
    TempDir dir;
    ProjectWindow window;
    window.setUnsavedAnswer(QMessageBox::Discard);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(window.openProject(QString::fromStdString(sharedDemoProject(dir))));
    const int c = cellOf(*window.document(), "Weibo", "Launch", "Tail");
    ASSERT_TRUE(window.document()->setAmount(c, 12345));
    window.undoAction()->trigger();
    EXPECT_NE(window.document()->amounts()[static_cast<size_t>(c)], 12345);
    EXPECT_TRUE(window.redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    QTest::keyClick(window.matrixView(), Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(window.document()->amounts()[static_cast<size_t>(c)], 12345) << "Ctrl+Y redoes";
    // The comparison reports each scenario and each step of its savings search.
    QStringList stages;
    QObject::connect(window.compareView()->findChild<BackgroundJob*>(), &BackgroundJob::progress,
                     [&](const JobTag&, const JobProgress& p) { stages << p.stage; });
    QSignalSpy compared(window.compareView(), &CompareView::compared);
    window.compareView()->compare({window.scenarioList()->item(0)->text(), window.scenarioList()->item(1)->text()});
    ASSERT_TRUE(waitFor([&] { return compared.count() > 0; }, 120000));
    const QString all = stages.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("scenario 1 of 2"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("scenario 2 of 2"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("step 1 of at most"))) << all.toStdString();
    // Asked again with nothing changed: the figures come from the cache, no search runs.
    const std::vector<ScenarioFigures> first = window.compareView()->results();
    stages.clear();
    window.compareView()->compare({window.scenarioList()->item(0)->text(), window.scenarioList()->item(1)->text()});
    ASSERT_TRUE(waitFor([&] { return compared.count() > 1; }, 30000));
    EXPECT_FALSE(stages.join(QLatin1Char('\n')).contains(QStringLiteral("step")))
        << stages.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(window.compareView()->results().size(), first.size());
    for (size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(window.compareView()->results()[i].effect, first[i].effect);
        EXPECT_EQ(window.compareView()->results()[i].savings, first[i].savings);
    }
}
