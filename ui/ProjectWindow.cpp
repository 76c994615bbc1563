#include "ProjectWindow.h"

#include "AllocatePanel.h"
#include "CompareView.h"
#include "MatrixCellText.h"
#include "MatrixView.h"
#include "PlanDocument.h"
#include "ProjectWindowKeys.h"
#include "ResultsPanel.h"
#include "Settings.h"
#include "SetupDialog.h"
#include "StrategyMatrixModel.h"
#include "core/base/Text.h"
#include "core/session/PlanningSession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kol {

using namespace window;

ProjectWindow::ProjectWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_doc(new PlanDocument(this))
    , m_scenarios(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_matrixModel(new StrategyMatrixModel(m_doc, this))
    , m_matrixView(new MatrixView(m_matrixModel, this))
    , m_allocate(new AllocatePanel(this))
    , m_results(new ResultsPanel(m_doc, this))
    , m_compare(new CompareView(this))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("KOL Planner"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setWordWrap(true);
    m_figures->setObjectName(QStringLiteral("figures"));
    m_budget->setRange(1, 1e12);
    m_budget->setDecimals(0);
    m_budget->setSingleStep(10000);
    m_budget->setGroupSeparatorShown(true);
    m_budget->setKeyboardTracking(false);
    m_budget->setObjectName(QStringLiteral("budget"));

    auto* scenarioButtons = new QHBoxLayout;
    const std::pair<QString, void (ProjectWindow::*)()> buttons[]
        = {{tr("New"), &ProjectWindow::newScenario},
           {tr("Duplicate"), &ProjectWindow::duplicateScenario},
           {tr("Rename"), &ProjectWindow::renameScenario},
           {tr("Delete"), &ProjectWindow::deleteScenario}};
    for (const auto& [text, slot] : buttons) {
        auto* b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        scenarioButtons->addWidget(b);
        m_scenarioButtons.push_back(b);
    }
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(new QLabel(tr("Scenarios"), left));
    leftLayout->addWidget(m_scenarios, 1);
    leftLayout->addLayout(scenarioButtons);

    auto* setup = new QHBoxLayout;
    setup->addWidget(new QLabel(tr("Budget"), this));
    setup->addWidget(m_budget);
    setup->addWidget(m_summary, 1);
    auto* right = new QWidget(this);
    auto* layout = new QVBoxLayout(right);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(setup);
    layout->addWidget(m_figures);
    m_tabs->addTab(m_matrixView, tr("Strategy matrix"));
    m_tabs->addTab(m_results, tr("Results"));
    m_tabs->addTab(m_compare, tr("Compare scenarios"));
    layout->addWidget(m_tabs, 3);
    layout->addWidget(m_allocate, 0);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 980});
    setCentralWidget(splitter);
    statusBar()->addWidget(m_status, 1);

    connect(m_scenarios, &QListWidget::currentTextChanged, this, [this](const QString& name) {
        if (!m_switching && !name.isEmpty() && name != m_current) {
            selectScenario(name);
        }
    });
    connect(m_doc, &PlanDocument::changed, this, &ProjectWindow::showDocument);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_doc->isEmpty() || value == m_doc->scenario().budget) {
            return;
        }
        Scenario s = m_doc->scenario();
        s.budget = value;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool ok = m_doc->setScenario(s, tr("Set the budget to %1").arg(amountText(value)));
        QApplication::restoreOverrideCursor();
        if (!ok) {
            showMessage(tr("Budget not changed: %1").arg(m_doc->lastError()));
            showDocument();
        }
    });
    connect(m_matrixView, &MatrixView::message, this, &ProjectWindow::showMessage);
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { m_results->setCell(m_matrixModel->cellAt(current)); });
    connect(m_allocate, &AllocatePanel::message, this, &ProjectWindow::showMessage);
    connect(m_compare, &CompareView::message, this, &ProjectWindow::showMessage);
    connect(m_allocate, &AllocatePanel::runRequested, this, &ProjectWindow::allocate);
    connect(m_allocate, &AllocatePanel::allocated, this, &ProjectWindow::allocated);
    connect(m_allocate, &AllocatePanel::runningChanged, this, &ProjectWindow::setRunning);
    createActions();

    if (!restoreGeometry(settings::windowGeometry())) {
        resize(1280, 860);
    }
    restoreState(settings::windowState());
    showDocument();
}

ProjectWindow::~ProjectWindow()
{
    m_doc->disconnect(this); // the document outlives this body (a child object)
    m_allocate->disconnect(this);
    m_allocate->cancel();
    m_allocate->job()->wait();
}

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
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &ProjectWindow::chooseAndSaveAs);
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("Plan as &CSV…"), this, [this] { chooseAndExport(false); });
    exportMenu->addAction(tr("&KOL list as CSV…"), this, [this] { chooseAndExport(true); });
    exportMenu->addAction(tr("&Report as PDF…"), this, &ProjectWindow::chooseAndExportPdf);
    file->addAction(tr("&Close"), QKeySequence::Close, this, [this] {
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
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Lock selected cells"), QKeySequence(tr("Ctrl+L")), this,
                    [this] { m_matrixView->lockSelected(true); });
    edit->addAction(tr("Unlock selected cells"), QKeySequence(tr("Ctrl+Shift+L")), this,
                    [this] { m_matrixView->lockSelected(false); });
    edit->addAction(tr("Disable selected cells"), this, [this] { m_matrixView->enableSelected(false); });
    edit->addAction(tr("Enable selected cells"), this, [this] { m_matrixView->enableSelected(true); });

    QMenu* plan = menuBar()->addMenu(tr("&Plan"));
    QAction* setup = m_setupAction
        = plan->addAction(tr("Campaign &set-up…"), QKeySequence(tr("Ctrl+E")), this, &ProjectWindow::editSetup);
    QAction* run = m_allocateAction
        = plan->addAction(tr("&Allocate"), QKeySequence(tr("Ctrl+R")), this, &ProjectWindow::allocate);
    plan->addAction(tr("&Cancel allocation"), QKeySequence(Qt::Key_Escape), this, [this] { m_allocate->cancel(); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
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
}

QString ProjectWindow::projectPath() const
{
    return m_session ? q(m_session->path()) : QString();
}

QString ProjectWindow::statusText() const
{
    return m_status->text();
}

QString ProjectWindow::summaryText() const
{
    return m_summary->text();
}

QString ProjectWindow::figuresText() const
{
    return m_figures->text();
}

void ProjectWindow::showMessage(const QString& text)
{
    statusBar()->showMessage(text, 15000);
}

void ProjectWindow::showDocument()
{
    updateTitle();
    if (m_doc->isEmpty()) {
        m_summary->clear();
        m_figures->setText(m_session ? tr("No scenario — create one with New") : tr("No project open — File › Open…"));
        m_budget->setEnabled(false);
        m_status->setText(m_session ? projectPath() : QString());
        return;
    }
    const Scenario& s = m_doc->scenario();
    m_budget->setEnabled(!m_allocate->isRunning());
    {
        const QSignalBlocker block(m_budget);
        m_budget->setValue(s.budget);
    }
    m_budget->setSuffix(QStringLiteral(" ") + q(s.currency));
    QStringList phases;
    for (const auto& p : s.phases()) {
        phases << QStringLiteral("%1 %2 – %3").arg(q(p.name), q(p.start.toString()), q(p.end.toString()));
    }
    m_summary->setText(tr("<b>%1</b> · %2 · tier hierarchy %3 · max cell share %4")
                           .arg(q(s.name).toHtmlEscaped(), phases.join(QStringLiteral("; ")),
                                s.rules.tierHierarchy ? tr("on") : tr("off"), q(formatPercent(s.rules.maxCellShare))));
    const QString method = m_doc->state().method;
    if (m_doc->hasFigures()) {
        const PlanOutcome& o = m_doc->outcome();
        const double uplift = m_doc->templateEffect() > 0 ? o.effect / m_doc->templateEffect() - 1 : 0;
        QString text = tr("Plan (%1): effect <b>%2</b> (%3 – %4) · spend %5 of %6 · reach %7 · engagements %8 · "
                          "penalty %9 · <b>%10</b> vs template")
                           .arg(method, QLocale().toString(o.effect, 'f', 1), QLocale().toString(o.effectLow, 'f', 1),
                                QLocale().toString(o.effectHigh, 'f', 1), amountText(o.spend), amountText(s.budget),
                                amountText(o.reach), amountText(o.engagements), QLocale().toString(o.penalty, 'f', 1))
                           .arg((uplift >= 0 ? QStringLiteral("+") : QString())
                                + QLocale().toString(100 * uplift, 'f', 1) + QLatin1Char('%'));
        if (!o.violations.empty()) {
            text += tr("<br><span style='color:#B00020'>Breaks: %1</span>")
                        .arg(q(o.violations.front()).toHtmlEscaped()
                             + (o.violations.size() > 1 ? tr(" (and %1 more)").arg(o.violations.size() - 1)
                                                        : QString()));
        }
        // What the data behind these figures cannot support well (thin history, capped predictions).
        const std::vector<std::string>& warnings = m_doc->market()->warnings();
        QStringList all;
        for (const std::string& w : warnings) {
            all << q(w);
        }
        if (!warnings.empty()) {
            text += tr("<br><span style='color:#8a5a00'>Data: %1</span>")
                        .arg(all.front().toHtmlEscaped()
                             + (all.size() > 1 ? tr(" (and %1 more; hover for all)").arg(all.size() - 1) : QString()));
        }
        m_figures->setToolTip(all.join(QLatin1Char('\n')));
        m_figures->setText(text);
    } else {
        m_figures->setText(tr("Plan (%1): no figures — %2")
                               .arg(method,
                                    m_session->model() ? tr("the market could not be built")
                                                       : q(m_session->modelProblem()).toHtmlEscaped()));
    }
    if (auto summary = m_session->project().summary()) {
        m_status->setText(tr("%1 KOLs · %2 posts · %3")
                              .arg(QLocale().toString(static_cast<qlonglong>(summary->kols)),
                                   QLocale().toString(static_cast<qlonglong>(summary->posts)), projectPath()));
    }
}

void ProjectWindow::updateTitle()
{
    m_compare->setNote(m_doc->isModified() ? tr("'%1' has unsaved edits; the comparison uses saved scenarios — "
                                                "save to include them.")
                                                 .arg(m_current)
                                           : QString());
    if (!m_session) {
        setWindowTitle(tr("KOL Planner"));
        return;
    }
    setWindowTitle(
        tr("%1%2 — KOL Planner")
            .arg(QFileInfo(projectPath()).fileName(), m_doc->isModified() ? QStringLiteral(" *") : QString()));
}

void ProjectWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    cancelRuns(tr("the window was closed"));
    settings::setWindow(saveGeometry(), saveState());
    event->accept();
}

void ProjectWindow::editSetup()
{
    if (m_doc->isEmpty() || !m_session || m_allocate->isRunning()) {
        return;
    }
    SetupDialog dialog(m_doc->scenario(), m_session->project().vocabulary(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    applySetup(dialog.scenario());
}

bool ProjectWindow::applySetup(const Scenario& scenario)
{
    if (m_allocate->isRunning()) {
        showMessage(tr("Set-up not applied: a run is under way for this scenario; cancel it first"));
        return false;
    }
    if (m_session) {
        if (const auto errors = scenario.validate(m_session->project().vocabulary()); !errors.empty()) {
            showMessage(tr("Set-up not applied: %1").arg(q(errors.front().toString())));
            return false;
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_doc->setScenario(scenario, tr("Edit the campaign set-up"));
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showMessage(tr("Set-up not applied: %1").arg(m_doc->lastError()));
    }
    return ok;
}

} // namespace kol
