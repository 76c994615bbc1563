#include "ui/ProjectWindow.h"

#include "../TestUtil.h"
#include "UiFixture.h"
#include "cli/Cli.h"
#include "core/market/DemoMarket.h"
#include "core/store/PlanStore.h"
#include "core/store/ProjectFile.h"
#include "core/store/ScenarioStore.h"
#include "ui/AllocatePanel.h"
#include "ui/ChartKit.h"
#include "ui/CompareView.h"
#include "ui/MatrixView.h"
#include "ui/PlanDocument.h"
#include "ui/ResultsPanel.h"
#include "ui/SetupDialog.h"
#include "ui/StrategyMatrixModel.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <cstdio>
#include <gtest/gtest.h>
#include <random>
#include <sstream>

using namespace kol;
using kol::test::commandOutput;
using kol::test::demoProject;
using kol::test::TempDir;
using kol::test::waitFor;

namespace {
Scenario constrained()
{
    Scenario s = Scenario::makeDefault("Baseline", *Date::parse("2026-12-01"));
    MatrixCell& locked = s.matrix().cell(*s.matrix().find("Douyin", "Launch", "Head"));
    locked.locked = 300000;
    s.matrix().cell(*s.matrix().find("Weibo", "Sustain", "Tail")).enabled = false;
    s.matrix().cell(*s.matrix().find("WeChat", "Warm-up", "Mid")).maxAmount = 50000;
    return s;
}

// A document without a market: the editor works, figures are absent.
void load(PlanDocument& doc, const Scenario& s)
{
    PlanDocument::State state;
    state.scenario = s;
    state.amounts = templateAmounts(s, s.budget);
    state.method = QStringLiteral("template");
    doc.reset(state, nullptr, nullptr);
}

int cellOf(const Scenario& s, const char* channel, const char* phase, const char* tier)
{
    return s.matrix().flatIndex(*s.matrix().find(channel, phase, tier));
}

} // namespace

TEST(StrategyMatrixModel, PassesTheModelTesterWithTotalsAndConstraints)
{
    PlanDocument doc;
    StrategyMatrixModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Scenario s = constrained();
    load(doc, s);
    ASSERT_EQ(model.rowCount(), 6 * 3 + 1);
    ASSERT_EQ(model.columnCount(), 3 + 1);
    // Row = channel x tier (grouped by channel), column = phase; the last row and column are totals.
    const QModelIndex douyinHeadLaunch = model.index(0, 1);
    EXPECT_TRUE(model.data(douyinHeadLaunch).toString().contains(QStringLiteral("lock 300,000")));
    EXPECT_TRUE(
        model.data(douyinHeadLaunch, Qt::ToolTipRole).toString().contains(QStringLiteral("Douyin · Launch · Head")));
    EXPECT_TRUE(model.data(model.index(2 * 3 + 2, 2)).toString().contains(QStringLiteral("off")));
    EXPECT_EQ(model.headerData(4, Qt::Vertical).toString(), QStringLiteral("Xiaohongshu · Mid"));
    EXPECT_EQ(model.headerData(18, Qt::Vertical).toString(), QStringLiteral("Total"));
    EXPECT_TRUE(model.headerData(0, Qt::Horizontal).toString().startsWith(QStringLiteral("Warm-up\n2026-12-01")));
    double sum = 0;
    for (double a : doc.amounts()) {
        sum += a;
    }
    EXPECT_NEAR(model.data(model.index(18, 3), Qt::EditRole).toDouble(), sum, 1e-6) << "grand total";
    double row = 0;
    for (int p = 0; p < 3; ++p) {
        row += model.data(model.index(0, p), Qt::EditRole).toDouble();
    }
    EXPECT_NEAR(model.data(model.index(0, 3), Qt::EditRole).toDouble(), row, 1e-6) << "row total";
    EXPECT_FALSE(model.flags(model.index(18, 0)) & Qt::ItemIsEditable) << "totals are computed";
    EXPECT_TRUE(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
    doc.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(StrategyMatrixModel, EditsAreUndoableAndRepeatedEditsOfACellMerge)
{
    PlanDocument doc;
    StrategyMatrixModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Scenario s = constrained();
    load(doc, s);
    const std::vector<double> before = doc.amounts();
    const QModelIndex a = model.index(3, 0); // Xiaohongshu Head, Warm-up
    const QModelIndex b = model.index(4, 2);
    EXPECT_TRUE(model.setData(a, 1000.0));
    EXPECT_TRUE(model.setData(a, 2000.0));
    EXPECT_TRUE(model.setData(a, QStringLiteral("3,500")));
    EXPECT_EQ(doc.undoStack()->count(), 1) << "three edits of one cell are one undo step";
    EXPECT_TRUE(model.setData(b, 4000.0));
    EXPECT_EQ(doc.undoStack()->count(), 2);
    EXPECT_FALSE(model.setData(b, -5.0)) << "negative amounts are refused";
    EXPECT_FALSE(model.setData(b, QStringLiteral("lots")));
    EXPECT_FALSE(model.setData(model.index(18, 0), 10.0)) << "totals are not editable";
    EXPECT_EQ(model.data(a, Qt::EditRole).toDouble(), 3500.0);
    EXPECT_EQ(model.data(b, Qt::EditRole).toDouble(), 4000.0);
    EXPECT_TRUE(doc.isModified());
    doc.undoStack()->undo();
    EXPECT_EQ(model.data(b, Qt::EditRole).toDouble(), before[static_cast<size_t>(model.cellAt(b))]);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.amounts(), before);
    EXPECT_FALSE(doc.isModified());
    doc.undoStack()->redo();
    EXPECT_EQ(model.data(a, Qt::EditRole).toDouble(), 3500.0);
}

TEST(StrategyMatrixModel, MarksCellsThatBreakARuleWithTheReason)
{
    PlanDocument doc;
    StrategyMatrixModel model(&doc);
    Scenario s = constrained();
    load(doc, s);
    const int mid = cellOf(s, "Kuaishou", "Launch", "Mid");
    const int head = cellOf(s, "Kuaishou", "Launch", "Head");
    ASSERT_TRUE(doc.setAmount(head, 10000));
    ASSERT_TRUE(doc.setAmount(mid, 20000));
    const QString tip = model.data(model.indexOfCell(mid), Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("tier hierarchy"))) << tip.toStdString();
    EXPECT_TRUE(model.data(model.indexOfCell(mid), Qt::BackgroundRole).isValid());
    const int locked = cellOf(s, "Douyin", "Launch", "Head");
    // Typing another amount into a locked cell is refused; a plan made elsewhere may still break
    // the lock, and the cell says so.
    EXPECT_FALSE(doc.setAmount(locked, 1000));
    std::vector<double> plan = doc.amounts();
    plan[static_cast<size_t>(locked)] = 1000;
    doc.applyPlan(plan, QStringLiteral("imported"));
    EXPECT_TRUE(doc.issues(locked).join(' ').contains(QStringLiteral("locked at 300,000")));
    EXPECT_TRUE(doc.issues(cellOf(s, "Douyin", "Warm-up", "Head")).isEmpty());
}

TEST(MatrixView, PastesRectanglesCopiesThemAndRefusesBadText)
{
    PlanDocument doc;
    StrategyMatrixModel model(&doc);
    MatrixView view(&model);
    const Scenario s = constrained();
    load(doc, s);
    view.setCurrentIndex(model.index(3, 0));
    const Status pasted = view.pasteText(QStringLiteral("1000\t2000\n3,000\t4000.5\r\n"));
    ASSERT_TRUE(pasted) << pasted.message();
    EXPECT_EQ(model.index(3, 0).data(Qt::EditRole).toDouble(), 1000.0);
    EXPECT_EQ(model.index(3, 1).data(Qt::EditRole).toDouble(), 2000.0);
    EXPECT_EQ(model.index(4, 0).data(Qt::EditRole).toDouble(), 3000.0);
    EXPECT_EQ(model.index(4, 1).data(Qt::EditRole).toDouble(), 4000.5);
    EXPECT_EQ(doc.undoStack()->count(), 1) << "a paste is one undo step";

    view.selectionModel()->select(QItemSelection(model.index(3, 0), model.index(4, 1)),
                                  QItemSelectionModel::ClearAndSelect);
    EXPECT_EQ(view.copyText(), QStringLiteral("1000.00\t2000.00\n3000.00\t4000.50\n"));

    const std::vector<double> before = doc.amounts();
    const Status bad = view.pasteText(QStringLiteral("5\t6\n7\tseven\n"));
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.message().find("row 2, column 2: “seven”"), std::string::npos) << bad.message();
    view.setCurrentIndex(model.index(17, 2));
    const Status off = view.pasteText(QStringLiteral("1\t2\n"));
    ASSERT_FALSE(off);
    EXPECT_NE(off.message().find("runs past"), std::string::npos) << off.message();
    EXPECT_EQ(doc.amounts(), before) << "a refused paste changes nothing";
    EXPECT_EQ(doc.undoStack()->count(), 1);
}

TEST(MatrixView, LocksDisablesAndBoundsTheSelectionUndoably)
{
    PlanDocument doc;
    StrategyMatrixModel model(&doc);
    MatrixView view(&model);
    const Scenario s = constrained();
    load(doc, s);
    view.selectionModel()->select(QItemSelection(model.index(6, 0), model.index(7, 1)),
                                  QItemSelectionModel::ClearAndSelect);
    view.lockSelected(true);
    const int weiboHeadWarm = cellOf(s, "Weibo", "Warm-up", "Head");
    const MatrixCell& c = doc.scenario().matrix().cell(doc.scenario().matrix().indexOf(weiboHeadWarm));
    ASSERT_TRUE(c.locked.has_value());
    EXPECT_EQ(*c.locked, doc.amounts()[static_cast<size_t>(weiboHeadWarm)]);
    view.enableSelected(false);
    EXPECT_FALSE(doc.scenario().matrix().cell(doc.scenario().matrix().indexOf(weiboHeadWarm)).enabled);
    EXPECT_FALSE(view.boundSelected(10, 5)) << "min above max";
    ASSERT_TRUE(view.boundSelected(0, 5000));
    EXPECT_EQ(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    EXPECT_EQ(doc.scenario(), s);
}

TEST(ProjectWindow, ABadFileKeepsTheCurrentProject)
{
    TempDir dir;
    const std::string good = dir.file("good.kolplan");
    {
        auto p = ProjectFile::create(good);
        ASSERT_TRUE(ScenarioStore(*p.value()).save(constrained()));
    }
    kol::test::writeFile(dir.file("bad.kolplan"), "this is a spreadsheet, not a project");
    ProjectWindow window;
    ASSERT_TRUE(window.openProject(QString::fromStdString(good)));
    const Status s = window.openProject(QString::fromStdString(dir.file("bad.kolplan")));
    ASSERT_FALSE(s);
    EXPECT_NE(s.message().find("not an SQLite database"), std::string::npos) << s.message();
    EXPECT_EQ(window.projectPath(), QString::fromStdString(good));
    EXPECT_EQ(window.scenarioList()->count(), 1);
    EXPECT_TRUE(window.figuresText().contains(QStringLiteral("no figures"))) << "no model fitted yet";
}

TEST(ProjectWindow, StartingAndCancellingTraining200TimesLeavesNoTrace)
{
    TempDir dir;
    const std::string path = demoProject(dir);
    ProjectWindow window;
    window.show();
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    const std::vector<double> before = window.document()->amounts();
    const int steps = window.document()->undoStack()->count();
    AllocatePanel* panel = window.allocatePanel();
    panel->setMethod(QStringLiteral("rl")); // no policy yet: every run starts by training one
    QSignalSpy allocated(panel, &AllocatePanel::allocated);
    QSignalSpy messages(panel, &AllocatePanel::message);
    QSignalSpy progress(panel->job(), &BackgroundJob::progress);
    auto trainingReported = [&progress] {
        for (const auto& args : progress) {
            const JobProgress jp = args.at(1).value<JobProgress>();
            const auto* p = std::any_cast<RunProgress>(&jp.detail);
            if (p && p->stage == RunProgress::Stage::Training) {
                return true;
            }
        }
        return false;
    };
    std::mt19937 rng(3);
    int midTraining = 0;
    double longestCall = 0; // how long the GUI thread waits to start or cancel a run
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer clock;
        clock.start();
        window.allocate(); // starts a run; refused (Allocate is disabled) while one is under way
        longestCall = std::max(longestCall, clock.nsecsElapsed() / 1e6);
        if (i % 20 == 0) {
            // Now and then let DDPG get going (its first evaluation) before stopping it.
            progress.clear();
            midTraining += waitFor(trainingReported, 20000) ? 1 : 0;
        } else {
            QTest::qWait(std::uniform_int_distribution<int>(0, 25)(rng));
        }
        clock.restart();
        if (i % 2 == 0) {
            panel->cancel();
        }
        longestCall = std::max(longestCall, clock.nsecsElapsed() / 1e6);
    }
    panel->cancel();
    ASSERT_TRUE(waitFor([&] { return !panel->isRunning(); }, 10000));
    QTest::qWait(300); // anything a stopped run still had queued would arrive now
    EXPECT_EQ(allocated.count(), 0) << "a cancelled or superseded run delivered a plan";
    for (const auto& m : messages) {
        EXPECT_FALSE(m.at(0).toString().contains(QStringLiteral("failed"))) << m.at(0).toString().toStdString();
    }
    EXPECT_EQ(window.document()->amounts(), before);
    EXPECT_EQ(window.document()->undoStack()->count(), steps);
    EXPECT_FALSE(window.windowTitle().contains('*')) << "nothing to save: no plan, no policy";
    EXPECT_EQ(midTraining, 10) << "training never got under way before a cancel";
    std::printf("200 runs started (101 cancelled, 99 superseded, %d of them mid-training); longest start/cancel call "
                "%.1f ms\n",
                midTraining, longestCall);

    // The next run that is let finish delivers its own plan, and only that one.
    panel->setMethod(QStringLiteral("optimal"));
    window.allocate();
    ASSERT_TRUE(waitFor([&] { return allocated.count() > 0; }, 30000));
    QTest::qWait(100);
    EXPECT_EQ(allocated.count(), 1);
    EXPECT_EQ(window.document()->state().method, QStringLiteral("optimal"));
}

TEST(ProjectWindow, ExtremeBudgetsAreExplainedUnderAllocate)
{
    TempDir dir;
    const std::string path = demoProject(dir);
    ProjectWindow window;
    window.show();
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    AllocatePanel* panel = window.allocatePanel();
    auto* notes = panel->findChild<QLabel*>(QStringLiteral("notes"));
    ASSERT_NE(notes, nullptr);
    EXPECT_FALSE(notes->isVisible()) << notes->text().toStdString();
    panel->setMethod(QStringLiteral("greedy"));
    QSignalSpy allocated(panel, &AllocatePanel::allocated);

    // A budget that buys nothing: refused, with the reason under the Allocate bar.
    window.budgetEdit()->setValue(1);
    const std::vector<double> before = window.document()->amounts();
    window.allocate();
    ASSERT_TRUE(waitFor([&] { return !panel->isRunning(); }, 30000));
    EXPECT_TRUE(notes->isVisible());
    EXPECT_TRUE(notes->text().contains(QStringLiteral("buys no KOL"))) << notes->text().toStdString();
    EXPECT_EQ(allocated.count(), 0);
    EXPECT_EQ(window.document()->amounts(), before);

    // A budget far beyond the market: a plan, and a note on what stays unspent and why.
    window.budgetEdit()->setValue(1e12);
    window.allocate();
    ASSERT_TRUE(waitFor([&] { return allocated.count() > 0; }, 60000));
    EXPECT_TRUE(notes->isVisible());
    EXPECT_TRUE(notes->text().contains(QStringLiteral("buying every KOL the enabled cells offer costs only")))
        << notes->text().toStdString();
    EXPECT_TRUE(window.document()->outcome().feasible);

    // A budget the plan spends: the note goes away.
    window.budgetEdit()->setValue(600000);
    window.allocate();
    ASSERT_TRUE(waitFor([&] { return allocated.count() > 1; }, 60000));
    EXPECT_FALSE(notes->isVisible()) << notes->text().toStdString() << " spend " << window.document()->outcome().spend;
}

TEST(ProjectWindow, BudgetAllocateCancelSaveAndReopen)
{
    TempDir dir;
    const std::string path = demoProject(dir);
    ProjectWindow window;
    window.show();
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    ASSERT_EQ(window.currentScenario(), QStringLiteral("Baseline"));
    ASSERT_TRUE(window.document()->hasFigures()) << window.figuresText().toStdString();
    EXPECT_TRUE(window.figuresText().contains(QStringLiteral("vs template")));

    // Set the budget: one undo step; the market follows.
    window.budgetEdit()->setValue(800000);
    EXPECT_EQ(window.document()->scenario().budget, 800000);
    EXPECT_EQ(window.document()->market()->scenario().budget, 800000);
    EXPECT_TRUE(window.windowTitle().contains('*'));

    // Cancel a run: nothing changes.
    const std::vector<double> before = window.document()->amounts();
    window.allocatePanel()->setMethod(QStringLiteral("optimal"));
    window.allocate();
    window.allocatePanel()->cancel();
    QTest::qWait(200);
    EXPECT_EQ(window.document()->amounts(), before);
    EXPECT_FALSE(window.allocatePanel()->isRunning());

    // Run it: the plan fills the matrix as one undo step.
    const int steps = window.document()->undoStack()->count();
    QSignalSpy done(window.allocatePanel(), &AllocatePanel::allocated);
    window.allocate();
    ASSERT_TRUE(waitFor([&] { return done.count() > 0; }, 30000));
    EXPECT_EQ(window.document()->state().method, QStringLiteral("optimal"));
    EXPECT_EQ(window.document()->undoStack()->count(), steps + 1);
    const double effect = window.document()->outcome().effect;
    EXPECT_GT(effect, window.document()->templateEffect());
    EXPECT_TRUE(window.document()->outcome().feasible);
    EXPECT_LT(window.allocatePanel()->longestStallMs(), 1000.0);

    // The results tab: charts carry the plan's numbers; a cell shows its KOLs and value curve.
    auto chartTotal = [](BarChart* chart) {
        double total = 0;
        for (QAbstractSeries* series : chart->chart()->series()) {
            for (QBarSet* set : static_cast<QBarSeries*>(series)->barSets()) {
                for (int i = 0; i < set->count(); ++i) {
                    total += set->at(i);
                }
            }
        }
        return total;
    };
    EXPECT_GT(chartTotal(window.resultsPanel()->channelChart()), 0);
    EXPECT_GT(chartTotal(window.resultsPanel()->engagementChart()), 0);
    int funded = 0;
    while (window.document()->amounts()[static_cast<size_t>(funded)] <= 0) {
        ++funded;
    }
    window.resultsPanel()->setCell(funded);
    EXPECT_GT(window.resultsPanel()->kolTable()->rowCount(), 0);
    EXPECT_GT(window.resultsPanel()->curveChart()->pointCount(0), 100);

    ASSERT_TRUE(window.exportCsv(QString::fromStdString(dir.file("plan.csv")), false));
    ASSERT_TRUE(window.exportCsv(QString::fromStdString(dir.file("kols.csv")), true));
    const std::string csv = kol::test::readFile(dir.file("plan.csv"));
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 55) << "header and 54 cells";
    EXPECT_TRUE(kol::test::readFile(dir.file("kols.csv")).find("kol_id,name") != std::string::npos);

    // The PDF report, read back with poppler's tools.
    const std::string pdf = dir.file("report.pdf");
    kol::test::writeFile(pdf, "an older report");
    const Status reported = window.exportPdf(QString::fromStdString(pdf));
    ASSERT_TRUE(reported) << reported.message();
    EXPECT_FALSE(kol::test::fileExists(pdf + ".partial"));
    EXPECT_EQ(kol::test::readFile(pdf).rfind("%PDF", 0), 0u) << "the older report is replaced";
    // A failed export names the file and leaves nothing behind.
    const std::string nowhere = dir.file("missing-folder/report.pdf");
    const Status failed = window.exportPdf(QString::fromStdString(nowhere));
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.message().rfind(nowhere, 0), 0u) << failed.message();
    EXPECT_FALSE(kol::test::fileExists(nowhere));
    EXPECT_FALSE(kol::test::fileExists(nowhere + ".partial"));
    const std::string info = commandOutput("pdfinfo '" + pdf + "'");
    EXPECT_NE(info.find("KOL plan: Baseline"), std::string::npos) << info;
    const auto pagesAt = info.find("Pages:");
    ASSERT_NE(pagesAt, std::string::npos) << info;
    const int pages = std::stoi(info.substr(pagesAt + 6));
    EXPECT_GE(pages, 5) << "cover, charts, matrix, KOLs over pages";
    const std::string text = commandOutput("pdftotext '" + pdf + "' -");
    EXPECT_NE(text.find("Page " + std::to_string(pages)), std::string::npos) << "every page is numbered";
    for (const char* part : {"Requirements", "Budget: 800,000 CNY", "Figures against the expert template",
                             "Strategy matrix", "KOLs per cell", "Page 1", "Page 3"}) {
        EXPECT_NE(text.find(part), std::string::npos) << part << "\n" << text.substr(0, 3000);
    }
    int kols = 0;
    for (int cell = 0; cell < 54; ++cell) {
        for (const CurveOption& o :
             window.document()->market()->curve(cell).choose(window.document()->amounts()[cell])) {
            const std::string& id = window.document()->market()->kols()[static_cast<size_t>(o.kol)].id;
            EXPECT_NE(text.find(id), std::string::npos) << "KOL " << id << " is listed";
            ++kols;
        }
    }
    EXPECT_GT(kols, 20);
    if (const char* keep = getenv("KOLPLANNER_KEEP_REPORT")) {
        kol::test::writeFile(keep, kol::test::readFile(pdf)); // to look at it
    }
    EXPECT_FALSE(window.exportPdf(QString::fromStdString(dir.file("no/such/dir/r.pdf"))));

    ASSERT_TRUE(window.saveProject());
    EXPECT_FALSE(window.windowTitle().contains('*'));
    const std::string copy = dir.file("copy.kolplan");
    const Status savedAs = window.saveProjectAs(QString::fromStdString(copy));
    ASSERT_TRUE(savedAs) << savedAs.message();
    EXPECT_EQ(window.projectPath(), QString::fromStdString(copy));
    window.closeProject();

    // Reopen: the budget and the plan are back.
    ProjectWindow again;
    ASSERT_TRUE(again.openProject(QString::fromStdString(copy)));
    EXPECT_EQ(again.document()->scenario().budget, 800000);
    EXPECT_EQ(again.document()->state().method, QStringLiteral("optimal"));
    EXPECT_NEAR(again.document()->outcome().effect, effect, 1e-9 * effect);
}

TEST(ProjectWindow, SwitchingScenariosAsksAboutUnsavedEdits)
{
    TempDir dir;
    const std::string path = dir.file("p.kolplan");
    {
        auto p = ProjectFile::create(path);
        ScenarioStore store(*p.value());
        ASSERT_TRUE(store.save(constrained()));
        Scenario other = Scenario::makeDefault("Lean", *Date::parse("2026-12-01"));
        other.budget = 250000;
        other.setChannels({"Douyin", "Xiaohongshu"});
        ASSERT_TRUE(store.save(other));
    }
    ProjectWindow window;
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    ASSERT_EQ(window.scenarioList()->count(), 2);
    ASSERT_TRUE(window.document()->setAmount(0, 12345));
    window.setUnsavedAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window.selectScenario(QStringLiteral("Lean")));
    EXPECT_EQ(window.currentScenario(), QStringLiteral("Baseline"));
    EXPECT_EQ(window.document()->amounts()[0], 12345);
    window.setUnsavedAnswer(QMessageBox::Discard);
    EXPECT_TRUE(window.selectScenario(QStringLiteral("Lean")));
    EXPECT_EQ(window.matrixModel()->rowCount(), 2 * 3 + 1);
    EXPECT_EQ(window.document()->scenario().budget, 250000);
}

TEST(LineChart, BuffersPointsUntilRefresh)
{
    LineChart chart(QStringLiteral("t"), QStringLiteral("x"), QStringLiteral("y"));
    const int s = chart.addSeries(QStringLiteral("a"));
    chart.append(s, 1, 2);
    chart.append(s, 2, std::nan(""));
    EXPECT_EQ(chart.pointCount(s), 1) << "non-finite points are dropped";
    chart.refresh();
    EXPECT_EQ(chart.pointCount(s), 1);
    chart.clear();
    EXPECT_EQ(chart.pointCount(s), 0);
}

TEST(CompareView, ComparesSavedScenariosSideBySide)
{
    TempDir dir;
    const std::string path = demoProject(dir);
    std::ostringstream out, err;
    ASSERT_EQ(runCli({"scenario", "copy", path, "Baseline", "Lean"}, out, err), 0) << err.str();
    ASSERT_EQ(runCli({"scenario", "set", path, "Lean", "--budget", "600k", "--channels", "Douyin,Xiaohongshu,Bilibili"},
                     out, err),
              0)
        << err.str();
    ASSERT_EQ(runCli({"allocate", path, "--scenario", "Baseline", "--method", "greedy"}, out, err), 0) << err.str();
    ASSERT_EQ(runCli({"allocate", path, "--scenario", "Lean", "--method", "greedy"}, out, err), 0) << err.str();
    ProjectWindow window;
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    CompareView* view = window.compareView();
    ASSERT_EQ(view->scenarioList()->count(), 2);
    QSignalSpy done(view, &CompareView::compared);
    view->compare({QStringLiteral("Baseline")});
    EXPECT_EQ(done.count(), 0) << "one scenario is not a comparison";
    view->compare({QStringLiteral("Baseline"), QStringLiteral("Lean")});
    ASSERT_TRUE(waitFor([&] { return done.count() > 0; }, 60000));
    ASSERT_EQ(view->results().size(), 2u);
    EXPECT_EQ(view->results()[1].budget, 600000);
    EXPECT_EQ(view->results()[1].method, "greedy");
    ASSERT_TRUE(view->results()[0].savings.has_value()) << "greedy plans get savings by bisection";
    QTableWidget* t = view->figuresTable();
    ASSERT_EQ(t->columnCount(), 2);
    ASSERT_EQ(t->rowCount(), 9);
    EXPECT_TRUE(t->item(1, 1)->text().contains(QStringLiteral("600,000")));
    EXPECT_TRUE(t->item(1, 1)->background().color().isValid() && t->item(1, 1)->background() != QBrush())
        << "a different budget is highlighted";
    EXPECT_EQ(t->item(0, 1)->text(), QStringLiteral("Greedy"));
    EXPECT_EQ(view->differenceTable()->rowCount(), 6 * 3) << "the union of both matrices' rows";
    // Each scenario's effect against the budget with its plan's method, its saving as the table's.
    ASSERT_EQ(view->curves().size(), 2u);
    for (size_t k = 0; k < 2; ++k) {
        ASSERT_TRUE(view->curves()[k].has_value()) << k;
        EXPECT_EQ(view->curves()[k]->method, "greedy");
        EXPECT_EQ(view->curves()[k]->points.size(), 15u);
        EXPECT_EQ(view->curves()[k]->savings, view->results()[k].savings);
        EXPECT_EQ(view->curves()[k]->points.back().budget, 2 * view->results()[k].budget);
    }
    EXPECT_GE(view->curveChart()->seriesCount(), 2);
}

TEST(SetupDialog, EditsTheCampaignAndRefusesWhatIsNotValid)
{
    const Scenario s = constrained();
    SetupDialog dialog(s, Vocabulary::defaults());
    EXPECT_EQ(dialog.scenario(), s) << "untouched fields give back the scenario";
    EXPECT_TRUE(dialog.problems().isEmpty()) << dialog.problems().join('\n').toStdString();
    dialog.budgetEdit()->setValue(2500000);
    dialog.maxCellShareEdit()->setValue(25);
    for (int i = 0; i < dialog.channelList()->count(); ++i) {
        if (dialog.channelList()->item(i)->text() == QStringLiteral("Weibo")) {
            dialog.channelList()->item(i)->setCheckState(Qt::Unchecked);
        }
    }
    dialog.phaseTable()->item(1, 2)->setText(QStringLiteral("2026-02-30"));
    const QStringList problems = dialog.problems();
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_TRUE(problems.join(' ').contains(QStringLiteral("phase 2: '2026-02-30' is not a date")))
        << problems.join('\n').toStdString();
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted) << "an invalid set-up is not accepted";
    dialog.phaseTable()->item(1, 2)->setText(QStringLiteral("2026-12-24"));
    ASSERT_TRUE(dialog.problems().isEmpty()) << dialog.problems().join('\n').toStdString();
    const Scenario edited = dialog.scenario();
    EXPECT_EQ(edited.budget, 2500000);
    EXPECT_EQ(edited.rules.maxCellShare, 0.25);
    EXPECT_EQ(edited.matrix().channelCount(), 5);
    EXPECT_EQ(edited.phases()[1].end, *Date::parse("2026-12-24"));
    EXPECT_TRUE(edited.matrix().cell(*edited.matrix().find("Douyin", "Launch", "Head")).locked.has_value())
        << "cells whose names survive keep their constraints";

    // Applied in the window: one undo step, the matrix follows.
    TempDir dir;
    const std::string path = dir.file("p.kolplan");
    {
        auto p = ProjectFile::create(path);
        ASSERT_TRUE(ScenarioStore(*p.value()).save(s));
    }
    ProjectWindow window;
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    ASSERT_TRUE(window.applySetup(edited));
    EXPECT_EQ(window.matrixModel()->rowCount(), 5 * 3 + 1);
    EXPECT_EQ(window.document()->scenario().budget, 2500000);
    window.document()->undoStack()->undo();
    EXPECT_EQ(window.matrixModel()->rowCount(), 6 * 3 + 1);
    EXPECT_EQ(window.document()->scenario(), s);
}

TEST(ProjectWindow, NewProjectStartsWithADefaultScenarioAndRefusesToOverwrite)
{
    TempDir dir;
    const QString path = QString::fromStdString(dir.file("new.kolplan"));
    ProjectWindow window;
    ASSERT_TRUE(window.newProject(path));
    EXPECT_EQ(window.projectPath(), path);
    ASSERT_EQ(window.scenarioList()->count(), 1);
    EXPECT_EQ(window.currentScenario(), QStringLiteral("Baseline"));
    EXPECT_EQ(window.matrixModel()->rowCount(), 6 * 3 + 1);
    EXPECT_FALSE(window.document()->hasFigures()) << "no KOLs and no model yet";
    ProjectWindow other;
    EXPECT_FALSE(other.newProject(path)) << "an existing file is not replaced here";
}
