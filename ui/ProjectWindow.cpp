#include "ProjectWindow.h"

#include "AllocatePanel.h"
#include "CompareView.h"
#include "MatrixCellText.h"
#include "MatrixView.h"
#include "PdfReport.h"
#include "PlanDocument.h"
#include "ProjectWindowKeys.h"
#include "ResultsPanel.h"
#include "Settings.h"
#include "SetupDialog.h"
#include "StrategyMatrixModel.h"
#include "core/market/ProjectMarket.h"
#include "core/model/Format.h"
#include "core/report/PlanBuild.h"
#include "core/report/PlanExport.h"
#include "core/store/CatalogStore.h"
#include "core/store/PlanStore.h"
#include "core/store/ProjectFile.h"
#include "core/store/ScenarioStore.h"

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
    m_allocate->runner()->cancel();
    m_allocate->runner()->wait();
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
    exportMenu->addAction(tr("&Report as PDF…"), this, [this] {
        if (m_doc->isEmpty()) {
            return;
        }
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export a PDF report"),
            settings::lastFolder() + QLatin1Char('/') + m_current + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
        if (path.isEmpty()) {
            return;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status s = writePdfReport(path, *m_doc);
        QApplication::restoreOverrideCursor();
        if (!s) {
            QMessageBox::critical(this, tr("Cannot export"), q(s.message()));
            return;
        }
        showMessage(tr("Exported %1").arg(path));
    });
    file->addAction(tr("&Close"), QKeySequence::Close, this, [this] {
        if (maybeSave()) {
            closeProject();
        }
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
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
    QAction* setup
        = plan->addAction(tr("Campaign &set-up…"), QKeySequence(tr("Ctrl+E")), this, &ProjectWindow::editSetup);
    QAction* run = plan->addAction(tr("&Allocate"), QKeySequence(tr("Ctrl+R")), this, &ProjectWindow::allocate);
    plan->addAction(tr("&Cancel allocation"), QKeySequence(Qt::Key_Escape), m_allocate, &AllocatePanel::cancel);

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
    return m_project ? q(m_project->path()) : QString();
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

Status ProjectWindow::openProject(const QString& path)
{
    auto opened = ProjectFile::open(path.toStdString());
    if (!opened) {
        return opened.status();
    }
    auto listing = ScenarioStore(*opened.value()).list();
    if (!listing) {
        return Status::failure(path.toStdString() + ": " + listing.error());
    }
    auto kols = CatalogStore(*opened.value()).loadKols();
    if (!kols) {
        return Status::failure(path.toStdString() + ": " + kols.error());
    }
    auto model = loadPerformanceModel(*opened.value());
    m_allocate->runner()->cancel();
    m_project = opened.take();
    m_kols = kols.take();
    m_model.reset();
    m_modelProblem.clear();
    if (model) {
        m_model = model.take();
    } else {
        m_modelProblem = q(model.error());
    }
    m_current.clear();
    m_doc->clear();
    addRecent(path);
    settings::setLastFolder(QFileInfo(path).absolutePath());
    refreshScenarios();
    return Status::success();
}

void ProjectWindow::closeProject()
{
    m_allocate->runner()->cancel();
    m_project.reset();
    m_kols.clear();
    m_model.reset();
    m_current.clear();
    m_doc->clear();
    refreshScenarios();
}

void ProjectWindow::refreshScenarios(const QString& select)
{
    m_switching = true;
    m_scenarios->clear();
    if (m_project) {
        if (auto listing = ScenarioStore(*m_project).list()) {
            for (const auto& l : listing.value()) {
                m_scenarios->addItem(q(l.name));
            }
        }
    }
    m_switching = false;
    QStringList names;
    for (int i = 0; i < m_scenarios->count(); ++i) {
        names << m_scenarios->item(i)->text();
    }
    m_compare->setProject(projectPath(), names);
    QString target = select.isEmpty() ? m_current : select;
    if (m_scenarios->findItems(target, Qt::MatchExactly).isEmpty()) {
        target = m_scenarios->count() > 0 ? m_scenarios->item(0)->text() : QString();
    }
    if (target.isEmpty()) {
        m_current.clear();
        m_doc->clear();
    } else if (target != m_current) {
        loadScenario(target);
    }
    m_switching = true;
    const auto items = m_scenarios->findItems(m_current, Qt::MatchExactly);
    m_scenarios->setCurrentItem(items.isEmpty() ? nullptr : items.front());
    m_switching = false;
    updateTitle();
}

bool ProjectWindow::selectScenario(const QString& name)
{
    if (name == m_current) {
        return true;
    }
    if (!maybeSave()) {
        refreshScenarios(m_current); // stay
        return false;
    }
    m_allocate->runner()->cancel();
    loadScenario(name);
    refreshScenarios(name);
    return true;
}

void ProjectWindow::loadScenario(const QString& name)
{
    m_current = name;
    m_storedPolicy.reset();
    m_newPolicy.reset();
    auto loaded = ScenarioStore(*m_project).load(name.toStdString());
    if (!loaded) {
        m_doc->clear();
        showMessage(tr("This scenario cannot be shown: %1").arg(q(loaded.error())));
        return;
    }
    const Scenario& s = loaded.value();
    PlanDocument::State state;
    state.scenario = s;
    state.method = QStringLiteral("template");
    state.amounts = templateAmounts(s, s.budget);
    if (auto plan = PlanStore(*m_project).latest(s.name); plan && plan.value()) {
        state.amounts = planAmounts(s.matrix(), *plan.value());
        state.method = q(plan.value()->method);
    }
    if (auto policy = loadPolicy(*m_project, s.name); policy && policy.value()) {
        m_storedPolicy = *policy.value();
    }
    std::shared_ptr<Market> market;
    PlanDocument::MarketFactory factory;
    if (m_model) {
        factory = [this](const Scenario& sc) -> Result<std::shared_ptr<Market>> {
            auto built = Market::build(sc, m_kols, *m_model, m_project->vocabulary());
            if (!built) {
                return built.status();
            }
            return std::make_shared<Market>(built.take());
        };
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto built = factory(s);
        QApplication::restoreOverrideCursor();
        if (built) {
            market = built.take();
        } else {
            showMessage(tr("No figures for this scenario: %1").arg(q(built.error())));
        }
    }
    m_doc->reset(std::move(state), std::move(market), std::move(factory));
}

void ProjectWindow::showDocument()
{
    updateTitle();
    if (m_doc->isEmpty()) {
        m_summary->clear();
        m_figures->setText(m_project ? tr("No scenario — create one with New") : tr("No project open — File › Open…"));
        m_budget->setEnabled(false);
        m_status->setText(m_project ? projectPath() : QString());
        return;
    }
    const Scenario& s = m_doc->scenario();
    m_budget->setEnabled(true);
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
        m_figures->setText(text);
    } else {
        m_figures->setText(
            tr("Plan (%1): no figures — %2")
                .arg(method,
                     m_modelProblem.isEmpty() ? tr("the market could not be built") : m_modelProblem.toHtmlEscaped()));
    }
    if (auto summary = m_project->summary()) {
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
    if (!m_project) {
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
    m_allocate->runner()->cancel();
    settings::setWindow(saveGeometry(), saveState());
    event->accept();
}

void ProjectWindow::newScenario()
{
    if (!m_project || !maybeSave()) {
        return;
    }
    const QString name = QInputDialog::getText(this, tr("New scenario"), tr("Name"));
    if (name.trimmed().isEmpty()) {
        return;
    }
    Scenario s = Scenario::makeDefault(name.trimmed().toStdString(), Date::today());
    if (const Status st = ScenarioStore(*m_project).create(s); !st) {
        QMessageBox::critical(this, tr("Cannot create scenario"), q(st.message()));
        return;
    }
    m_current.clear();
    refreshScenarios(name.trimmed());
}

void ProjectWindow::duplicateScenario()
{
    if (!m_project || m_current.isEmpty() || !maybeSave()) {
        return;
    }
    const QString name = QInputDialog::getText(this, tr("Duplicate scenario"), tr("Name of the copy"),
                                               QLineEdit::Normal, tr("%1 (copy)").arg(m_current));
    if (name.trimmed().isEmpty()) {
        return;
    }
    if (const Status st = ScenarioStore(*m_project).copy(m_current.toStdString(), name.trimmed().toStdString()); !st) {
        QMessageBox::critical(this, tr("Cannot duplicate scenario"), q(st.message()));
        return;
    }
    refreshScenarios(name.trimmed());
}

void ProjectWindow::renameScenario()
{
    if (!m_project || m_current.isEmpty() || !maybeSave()) {
        return;
    }
    const QString name
        = QInputDialog::getText(this, tr("Rename scenario"), tr("New name"), QLineEdit::Normal, m_current).trimmed();
    if (name.isEmpty() || name == m_current) {
        return;
    }
    if (const Status st = ScenarioStore(*m_project).rename(m_current.toStdString(), name.toStdString()); !st) {
        QMessageBox::critical(this, tr("Cannot rename scenario"), q(st.message()));
        return;
    }
    m_current.clear();
    refreshScenarios(name);
}

void ProjectWindow::deleteScenario()
{
    if (!m_project || m_current.isEmpty()) {
        return;
    }
    if (QMessageBox::question(this, tr("Delete scenario"),
                              tr("Delete scenario '%1' and its plans? This cannot be undone.").arg(m_current))
        != QMessageBox::Yes) {
        return;
    }
    if (const Status st = ScenarioStore(*m_project).remove(m_current.toStdString()); !st) {
        QMessageBox::critical(this, tr("Cannot delete scenario"), q(st.message()));
        return;
    }
    m_doc->clear();
    m_current.clear();
    refreshScenarios();
}

void ProjectWindow::editSetup()
{
    if (m_doc->isEmpty() || !m_project) {
        return;
    }
    SetupDialog dialog(m_doc->scenario(), m_project->vocabulary(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    applySetup(dialog.scenario());
}

bool ProjectWindow::applySetup(const Scenario& scenario)
{
    if (m_project) {
        if (const auto errors = scenario.validate(m_project->vocabulary()); !errors.empty()) {
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

void ProjectWindow::allocate()
{
    if (m_doc->isEmpty()) {
        return;
    }
    if (!m_doc->market()) {
        showMessage(tr("Cannot allocate: %1")
                        .arg(m_modelProblem.isEmpty() ? tr("no market for this scenario") : m_modelProblem));
        return;
    }
    AllocationRunner::Job job;
    job.method = m_allocate->method();
    job.market = m_doc->market();
    job.trainSteps = m_trainSteps;
    if (job.method == QStringLiteral("rl") && !m_allocate->retrain()) {
        job.policy = m_newPolicy ? m_newPolicy : m_storedPolicy;
    }
    m_allocate->start(std::move(job));
    showMessage(tr("Allocating with %1…").arg(m_allocate->method()));
}

void ProjectWindow::allocated(const Allocation& allocation, const std::optional<AllocationPolicy>& trained)
{
    if (trained) {
        m_newPolicy = trained;
    }
    m_doc->applyPlan(allocation.amounts, q(allocation.method));
}

} // namespace kol
