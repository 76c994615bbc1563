// ProjectWindow: menus, toolbar and shortcuts; which actions a state allows; Help and the
// first-run guide.
#include "AllocatePanel.h"
#include "CompareView.h"
#include "FigureHelp.h"
#include "GuideTour.h"
#include "MatrixView.h"
#include "PlanDocument.h"
#include "ProjectWindow.h"
#include "ProjectWindowKeys.h"
#include "Settings.h"
#include "core/session/PlanningSession.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kol {

using namespace window;

void ProjectWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project…"), QKeySequence::New, this, &ProjectWindow::chooseAndCreate);
    QAction* open = file->addAction(tr("&Open…"), QKeySequence::Open, this, &ProjectWindow::chooseAndOpen);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &ProjectWindow::fillRecentMenu);
    QAction* save = file->addAction(tr("&Save"), QKeySequence::Save, this, [this] {
        if (const Status s = saveProject(); !s) {
            QMessageBox::critical(this, tr("Cannot save"), q(s.message()));
        }
    });
    QAction* saveAs = file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &ProjectWindow::chooseAndSaveAs);
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    QAction* planCsv = exportMenu->addAction(tr("Plan as &CSV…"), this, [this] { chooseAndExport(false); });
    QAction* kolCsv = exportMenu->addAction(tr("&KOL list as CSV…"), this, [this] { chooseAndExport(true); });
    QAction* xlsx = exportMenu->addAction(tr("Plan as &Excel workbook…"), this, &ProjectWindow::chooseAndExportXlsx);
    QAction* pdf = exportMenu->addAction(tr("&Report as PDF…"), this, &ProjectWindow::chooseAndExportPdf);
    QAction* actuals = file->addAction(tr("Import campaign &actuals…"), this, &ProjectWindow::chooseAndImportActuals);
    actuals->setToolTip(tr("Record what the finished phases booked and reached (CSV: phase, channel, kol_id, "
                           "format, spend, reach, engagements); Allocate then re-plans the phases still to come"));
    QAction* campaigns = file->addAction(tr("Import &past campaigns…"), this, &ProjectWindow::chooseAndImportCampaigns);
    campaigns->setToolTip(tr("Replace the project's campaign history (CSV: campaign_id, phase, channel, tier, spend, "
                             "reach, engagements); the offline method learns its plans from it"));
    QAction* typeActuals = file->addAction(tr("&Record campaign actuals…"), this, &ProjectWindow::editActuals);
    typeActuals->setToolTip(tr("Type what the finished phases booked and reached, starting from the plan's KOLs; "
                               "Allocate then re-plans the phases still to come"));
    QAction* close = file->addAction(tr("&Close"), QKeySequence::Close, this, [this] {
        if (maybeSave()) {
            closeProject();
        }
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoAction = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_redoAction = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as well as the platform's redo (Ctrl+Shift+Z here): planners come from spreadsheets.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y))) {
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    }
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    const QList<QAction*> cellActions{
        edit->addAction(tr("Lock selected cells"), QKeySequence(tr("Ctrl+L")), this,
                        [this] { m_matrixView->lockSelected(true); }),
        edit->addAction(tr("Unlock selected cells"), QKeySequence(tr("Ctrl+Shift+L")), this,
                        [this] { m_matrixView->lockSelected(false); }),
        edit->addAction(tr("Disable selected cells"), this, [this] { m_matrixView->enableSelected(false); }),
        edit->addAction(tr("Enable selected cells"), this, [this] { m_matrixView->enableSelected(true); }),
    };

    QMenu* plan = menuBar()->addMenu(tr("&Plan"));
    QAction* setup = m_setupAction
        = plan->addAction(tr("Campaign &set-up…"), QKeySequence(tr("Ctrl+E")), this, &ProjectWindow::editSetup);
    QAction* run = m_allocateAction
        = plan->addAction(tr("&Allocate"), QKeySequence(tr("Ctrl+R")), this, &ProjectWindow::allocate);
    m_competeAction = plan->addAction(tr("Compete with &rivals…"), this, [this] { showCompetition(); });
    m_competeAction->setStatusTip(tr("What the scenario's rival advertisers cost the plan on screen, and a plan "
                                     "learned against them (rivals: Campaign set-up › Competition)"));
    m_cancelAction = plan->addAction(tr("&Cancel the run"), this, [this] { cancelRuns({}); });
    // Esc anywhere in the window, also while the matrix or a field has the focus.
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    m_cancelAction->setEnabled(false);
    plan->addSeparator();
    m_fitAction = plan->addAction(tr("&Fit the performance model…"), this, &ProjectWindow::fitModel);
    m_fitAction->setStatusTip(tr("Fit the model every method plans with, for accuracy or for the budget decision"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Getting started"), this, &ProjectWindow::startGuide);
    help->addAction(tr("&How to read the figures"), QKeySequence::HelpContents, this, &ProjectWindow::showHelp);
    help->addSeparator();
    help->addAction(tr("&About KOL Planner"), this, [this] {
        QMessageBox::about(this, tr("About KOL Planner"),
                           tr("KOL Planner %1\nBudget planning over channels, phases and KOL tiers.")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->addAction(open);
    bar->addAction(save);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addAction(setup);
    bar->addAction(run);
    bar->addAction(m_cancelAction);

    m_projectActions = {save, saveAs, close};
    m_scenarioActions
        = QList<QAction*>{planCsv, kolCsv, xlsx, pdf, actuals, campaigns, setup, run, m_competeAction} + cellActions;
}

void ProjectWindow::updateActions()
{
    const bool running = m_allocate->isRunning();
    for (QAction* a : m_projectActions) {
        a->setEnabled(m_session != nullptr);
    }
    for (QAction* a : m_scenarioActions) {
        a->setEnabled(m_session && !m_doc->isEmpty() && !running);
    }
    m_cancelAction->setEnabled(running || m_compare->isBusy());
    m_fitAction->setEnabled(m_session && !running && !m_fitting);
    m_undoAction->setEnabled(!running && m_doc->undoStack()->canUndo());
    m_redoAction->setEnabled(!running && m_doc->undoStack()->canRedo());
    m_budget->setEnabled(!running && !m_doc->isEmpty());
    for (QPushButton* b : m_scenarioButtons) {
        b->setEnabled(m_session && !running);
    }
}

void ProjectWindow::showHelp()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("How to read the figures"));
    auto* text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("helpText"));
    text->setHtml(figure_help::helpPage());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(640, 560);
    dialog->show();
}

void ProjectWindow::startGuide()
{
    if (!m_guide) {
        std::vector<GuideTour::Step> steps{
            {tr("1. The budget"),
             tr("This is the campaign's budget. Type it as you write it: 2000000, 2,000,000, 2m or 200万. The "
                "channels, phases and tiers are in Plan › Campaign set-up (Ctrl+E)."),
             m_budget,
             [this] {
                 m_tabs->setCurrentIndex(0);
             }},
            {tr("2. The strategy matrix"),
             tr("One row per channel and KOL tier, one column per phase. Type an amount into a cell (40k, 12%), "
                "lock cells you have agreed on (Ctrl+L) and set bounds from the right-click menu. Each cell says "
                "what its money buys; hover for details."),
             m_matrixView,
             [this] {
                 m_tabs->setCurrentIndex(0);
             }},
            {tr("3. Allocate"),
             tr("Choose a method and press Allocate: the template, greedy, optimal or reinforcement learning "
                "spread the budget over the cells you left open. The figures above the matrix compare the plan "
                "with the expert template; hover any figure for what it means."),
             m_allocate,
             [this] {
                 m_tabs->setCurrentIndex(0);
             }},
            {tr("4. Compare scenarios"),
             tr("Duplicate a scenario, change its budget or rules, and compare up to four saved scenarios side "
                "by side: effect, uplift, budget savings and where the money moved."),
             m_tabs,
             [this] {
                 m_tabs->setCurrentIndex(2);
             }},
        };
        m_guide = new GuideTour(std::move(steps), this);
        connect(m_guide, &GuideTour::done, this, [this](bool) {
            settings::setGuideSeen(true);
            m_tabs->setCurrentIndex(0);
        });
    }
    m_guide->start();
}

} // namespace kol
