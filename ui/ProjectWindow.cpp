#include "ProjectWindow.h"

#include "AbTestPanel.h"
#include "AllocatePanel.h"
#include "AmountEntry.h"
#include "CompareView.h"
#include "CompetitionDialog.h"
#include "MatrixCellText.h"
#include "MatrixView.h"
#include "PlanDocument.h"
#include "ProjectWindowKeys.h"
#include "ResultsPanel.h"
#include "SavingsPanel.h"
#include "Settings.h"
#include "SetupDialog.h"
#include "StrategyMatrixModel.h"
#include "core/base/Text.h"
#include "core/session/PlanningSession.h"
#include "report/EngineText.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
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
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolTip>
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
    , m_budget(new AmountSpinBox(this))
    , m_currency(new QLabel(this))
    , m_matrixModel(new StrategyMatrixModel(m_doc, this))
    , m_matrixView(new MatrixView(m_matrixModel, this))
    , m_allocate(new AllocatePanel(this))
    , m_results(new ResultsPanel(m_doc, this))
    , m_compare(new CompareView(this))
    , m_abtests(new AbTestPanel(this))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("KOL Planner"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setWordWrap(true);
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(m_figures, &QLabel::linkHovered, this, &ProjectWindow::showFigureTip);
    connect(m_figures, &QLabel::linkActivated, this, &ProjectWindow::showFigureTip);
    // Long paths and summaries wrap or give way; they never widen the window.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_summary->setMinimumWidth(0);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setMinimumWidth(150);

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
    setup->addWidget(m_currency);
    setup->addWidget(m_summary, 1);
    auto* right = new QWidget(this);
    auto* layout = new QVBoxLayout(right);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(setup);
    layout->addWidget(m_figures);
    m_tabs->addTab(m_matrixView, tr("Strategy matrix"));
    m_tabs->addTab(m_results, tr("Results"));
    m_tabs->addTab(m_compare, tr("Compare scenarios"));
    m_tabs->addTab(m_abtests, tr("A/B tests"));
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
        if (m_doc->isEmpty() || value < 1 || value == m_doc->scenario().budget) {
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
    connect(m_budget, &AmountSpinBox::refused, this, [this](const QString& why) {
        const QString text = tr("Budget not changed: %1").arg(why);
        showMessage(text);
        QToolTip::showText(m_budget->mapToGlobal(QPoint(0, m_budget->height())), text, m_budget);
        m_budgetRefusal = text;
    });
    connect(m_matrixView, &MatrixView::message, this, &ProjectWindow::showMessage);
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { m_results->setCell(m_matrixModel->cellAt(current)); });
    connect(m_allocate, &AllocatePanel::message, this, &ProjectWindow::showMessage);
    connect(m_compare, &CompareView::message, this, &ProjectWindow::showMessage);
    connect(m_allocate, &AllocatePanel::runRequested, this, &ProjectWindow::allocate);
    connect(m_allocate, &AllocatePanel::methodChanged, this, [this](const QString& method) {
        if (!m_current.isEmpty()) {
            m_methodByScenario[m_current] = method;
        }
    });
    connect(m_allocate, &AllocatePanel::allocated, this, &ProjectWindow::allocated);
    connect(m_allocate, &AllocatePanel::runningChanged, this, &ProjectWindow::setRunning);
    createActions();

    if (!restoreGeometry(settings::windowGeometry())) {
        resize(1280, 800);
    }
    restoreState(settings::windowState());
    fitToScreen();
    showDocument();
}

ProjectWindow::~ProjectWindow()
{
    m_doc->disconnect(this); // the document outlives this body (a child object)
    m_allocate->disconnect(this);
    m_allocate->cancel();
    m_allocate->job()->wait();
}

void ProjectWindow::fitToScreen()
{
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        return;
    }
    const QRect available = screen->availableGeometry();
    if (isMaximized() || isFullScreen()) {
        return; // the window system sizes it to the screen
    }
    const QSize size(std::min(width(), available.width()), std::min(height(), available.height()));
    if (size != this->size()) {
        resize(size);
    }
    QRect frame = geometry();
    if (!available.contains(frame)) {
        frame.moveTopLeft(QPoint(std::clamp(frame.left(), available.left(), available.right() - frame.width() + 1),
                                 std::clamp(frame.top(), available.top(), available.bottom() - frame.height() + 1)));
        move(frame.topLeft());
    }
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

void ProjectWindow::updateTitle()
{
    m_results->savingsPanel()->setSource(m_session ? projectPath() : QString(), m_current, m_doc->isModified());
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
            showMessage(tr("Set-up not applied: %1").arg(validationText(errors.front())));
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

CompetitionDialog* ProjectWindow::showCompetition()
{
    if (m_doc->isEmpty() || !m_doc->market() || m_allocate->isRunning()) {
        return nullptr;
    }
    auto* dialog = new CompetitionDialog(m_doc->market(), m_doc->amounts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const quint64 revision = m_doc->revision();
    const QString scenario = m_current;
    connect(
        dialog, &CompetitionDialog::usePlan, this, [this, dialog, revision, scenario](const std::vector<double>& a) {
            if (m_current != scenario || m_doc->revision() != revision || a.size() != m_doc->amounts().size()) {
                showMessage(tr("Not applied: the scenario changed after the rivals learned; open Compete with rivals "
                               "again"));
                return;
            }
            m_doc->applyPlan(a, QStringLiteral("compete"),
                             {"learned against the scenario's rivals (Plan > Compete with rivals)"});
            showMessage(tr("The plan learned against the rivals is on screen (Undo goes back)"));
            dialog->close();
        });
    dialog->show();
    return dialog;
}

} // namespace kol
