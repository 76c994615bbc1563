// Plan › Fit the performance model in a real window: the dialog explains both objectives, the fit
// runs on a worker with a progress dialog, the window then plans with the new model and says what
// it was fitted for; a cancelled fit keeps the model in use.
#include "../TestUtil.h"
#include "UiFixture.h"
#include "core/session/PlanningSession.h"
#include "ui/FitDialog.h"
#include "ui/PlanDocument.h"
#include "ui/ProjectWindow.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QRadioButton>
#include <QStatusBar>
#include <gtest/gtest.h>

using namespace kol;
using kol::test::sharedDemoProject;
using kol::test::TempDir;
using kol::test::waitFor;

TEST(FitWindow, BothObjectivesFitFromTheWindowAndTheModelSaysWhichItIs)
{
    TempDir dir;
    const std::string path = sharedDemoProject(dir);
    ProjectWindow window;
    window.setUnsavedAnswer(QMessageBox::Discard);
    window.show();
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    ASSERT_EQ(window.session()->model()->objective, "accuracy");
    ASSERT_TRUE(window.fitAction()->isEnabled());

    // The dialog offers both, explained, with the accuracy model in use preselected.
    {
        FitDialog dialog(window.session()->model(), &window);
        EXPECT_EQ(dialog.objective(), FitObjective::Accuracy);
        EXPECT_TRUE(dialog.currentText().contains(QStringLiteral("In use: fitted for accuracy: R² ")))
            << dialog.currentText().toStdString();
        const auto choices = dialog.findChildren<QRadioButton*>();
        ASSERT_EQ(choices.size(), 2);
        EXPECT_TRUE(choices[1]->text().contains(QStringLiteral("budget decision")));
    }

    // Fitted for the budget decision on a worker: the window stays live and shows progress.
    window.startFit(FitObjective::Decision);
    EXPECT_TRUE(window.isFitting());
    EXPECT_FALSE(window.fitAction()->isEnabled()) << "one fit at a time";
    EXPECT_NE(window.findChild<QProgressDialog*>(), nullptr);
    ASSERT_TRUE(waitFor([&] { return !window.isFitting(); }, 120000));
    ASSERT_NE(window.session()->model(), nullptr);
    EXPECT_EQ(window.session()->model()->objective, "decision");
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("for the budget decision")))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(window.document()->hasFigures()) << "the scenario is planned again with the new model";
    {
        FitDialog dialog(window.session()->model(), &window);
        EXPECT_EQ(dialog.objective(), FitObjective::Decision);
        EXPECT_TRUE(dialog.currentText().contains(QStringLiteral("budget decision regret")));
    }
    // The file says so too: another session reads the decision model.
    auto reread = PlanningSession::open(path, ProjectFile::Access::ReadOnly);
    ASSERT_TRUE(reread);
    EXPECT_EQ(reread.value()->model()->objective, "decision");

    // Cancelled at once: the model in use is kept.
    window.startFit(FitObjective::Accuracy);
    auto* progress = window.findChild<QProgressDialog*>();
    ASSERT_NE(progress, nullptr);
    Q_EMIT progress->canceled();
    ASSERT_TRUE(waitFor([&] { return !window.isFitting(); }, 60000));
    EXPECT_EQ(window.session()->model()->objective, "decision");
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
}
