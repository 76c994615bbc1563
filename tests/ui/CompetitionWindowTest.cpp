// Rivals in the window: set up in Campaign set-up › Competition, saved with the scenario, played
// against the plan on screen in Plan › Compete with rivals (live gap chart, a plan that holds up
// against them, one undo step), and a row of the scenario comparison.
#include "UiFixture.h"
#include "cli/Cli.h"
#include "core/session/PlanningSession.h"
#include "core/store/ProjectFile.h"
#include "core/store/ScenarioStore.h"
#include "ui/ChartKit.h"
#include "ui/CompareView.h"
#include "ui/CompetitionDialog.h"
#include "ui/PlanDocument.h"
#include "ui/ProjectWindow.h"
#include "ui/RivalsEditor.h"
#include "ui/SetupDialog.h"

#include <QAction>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>

using namespace kol;
using kol::test::sharedDemoProject;
using kol::test::TempDir;
using kol::test::waitFor;

namespace {
void setCell(QTableWidget* t, int row, int column, const QString& text)
{
    t->setItem(row, column, new QTableWidgetItem(text));
}
} // namespace

TEST(CompetitionWindow, RivalsAreSetUpSavedAndPlayedAgainstThePlanOnScreen)
{
    TempDir dir;
    const std::string path = sharedDemoProject(dir);
    ProjectWindow window;
    window.show();
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    window.setUnsavedAnswer(QMessageBox::Save);
    ASSERT_TRUE(window.selectScenario(QStringLiteral("Baseline")));

    // Without rivals the view says where to add them and plays nothing.
    CompetitionDialog* none = window.showCompetition();
    ASSERT_NE(none, nullptr);
    EXPECT_FALSE(none->isRunning());
    EXPECT_FALSE(none->useButton()->isEnabled());
    none->close();

    // Campaign set-up › Competition: unreadable fields are named, valid rivals apply.
    SetupDialog setup(window.document()->scenario(), window.session()->project().vocabulary(), &window);
    ASSERT_EQ(setup.tabs()->count(), 2);
    RivalsEditor* editor = setup.rivalsEditor();
    editor->addRival();
    editor->addRival();
    QTableWidget* t = editor->table();
    ASSERT_EQ(t->rowCount(), 2);
    setCell(t, 0, 0, QStringLiteral("Brand X"));
    setCell(t, 0, 1, QStringLiteral("lots"));
    setCell(t, 0, 2, QStringLiteral("Douyin, Myspace"));
    setCell(t, 1, 0, QStringLiteral("brand x"));
    QStringList problems = setup.problems();
    EXPECT_TRUE(problems.join('\n').contains(QStringLiteral("rival 1: budget 'lots' is not a number")))
        << problems.join('\n').toStdString();
    EXPECT_TRUE(problems.join('\n').contains(QStringLiteral("'Myspace' is not a channel of the project")));
    EXPECT_TRUE(problems.join('\n').contains(QStringLiteral("another rival has this name")));
    setCell(t, 0, 1, QStringLiteral("1,500,000"));
    setCell(t, 0, 2, QStringLiteral("douyin, Xiaohongshu"));
    setCell(t, 1, 0, QStringLiteral("Brand Y"));
    setCell(t, 1, 1, QStringLiteral("600000"));
    setCell(t, 1, 2, QStringLiteral("Bilibili"));
    setCell(t, 1, 3, QStringLiteral("3"));
    ASSERT_TRUE(setup.problems().isEmpty()) << setup.problems().join('\n').toStdString();
    const Scenario withRivals = setup.scenario();
    ASSERT_EQ(withRivals.rivals.size(), 2u);
    EXPECT_EQ(withRivals.rivals[0].preferredChannels, (std::vector<std::string>{"Douyin", "Xiaohongshu"}));
    EXPECT_EQ(withRivals.rivals[0].budget, 1500000);
    EXPECT_EQ(withRivals.rivals[1].preference, 3);
    ASSERT_TRUE(window.applySetup(withRivals));
    EXPECT_EQ(window.document()->scenario().rivals, withRivals.rivals);

    // The rivals learn against the plan on screen; the learned plan is one undo step.
    const std::vector<double> before = window.document()->amounts();
    CompetitionDialog* dialog = window.showCompetition();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(waitFor([&] { return dialog->result().has_value(); }, 60000));
    EXPECT_GE(dialog->gapChart()->pointCount(0), 10) << "the gap is charted as it closes";
    const QString report = dialog->report()->toPlainText();
    EXPECT_TRUE(report.contains(QStringLiteral("Brand Y"))) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("the plan on screen"))) << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("competition costs"))) << report.toStdString();
    const std::vector<double> learned = dialog->result()->ourPlan;
    ASSERT_TRUE(dialog->useButton()->isEnabled());
    dialog->useButton()->click();
    EXPECT_EQ(window.document()->amounts(), learned);
    EXPECT_EQ(window.document()->state().method, QStringLiteral("compete"));
    window.document()->undoStack()->undo();
    EXPECT_EQ(window.document()->amounts(), before);

    // Saved with the scenario.
    ASSERT_TRUE(window.saveProject());
    {
        auto project = ProjectFile::open(path, ProjectFile::Access::ReadOnly);
        ASSERT_TRUE(project) << project.error();
        EXPECT_EQ(ScenarioStore(*project.value()).load("Baseline").value().rivals, withRivals.rivals);
    }

    // The scenario comparison shows each plan against its scenario's rivals.
    CompareView* view = window.compareView();
    QSignalSpy done(view, &CompareView::compared);
    view->compare({QStringLiteral("Baseline"), QStringLiteral("Lean")});
    ASSERT_TRUE(waitFor([&] { return done.count() > 0; }, 60000));
    ASSERT_EQ(view->results().size(), 2u);
    ASSERT_TRUE(view->results()[0].effectVsRivals.has_value());
    EXPECT_LT(*view->results()[0].effectVsRivals, view->results()[0].effect);
    EXPECT_FALSE(view->results()[1].effectVsRivals.has_value());
    EXPECT_EQ(view->figuresTable()->item(4, 1)->text(), QStringLiteral("no rivals"));
}
