#include "ProjectWindow.h"

#include "MatrixCellText.h"
#include "StrategyMatrixModel.h"
#include "core/model/Format.h"
#include "core/store/ProjectFile.h"
#include "core/store/ScenarioStore.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace kol {

ProjectWindow::ProjectWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_scenarios(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_matrixView(new QTableView(this))
    , m_matrixModel(new StrategyMatrixModel(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("KOL Planner"));
    m_matrixView->setModel(m_matrixModel);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* right = new QWidget(this);
    auto* layout = new QVBoxLayout(right);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_matrixView, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_scenarios);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 900});
    setCentralWidget(splitter);
    statusBar()->addWidget(m_status, 1);

    connect(m_scenarios, &QListWidget::currentRowChanged, this, &ProjectWindow::showScenario);
    createMenus();
    refresh();
    resize(1200, 800);
}

ProjectWindow::~ProjectWindow() = default;

void ProjectWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &ProjectWindow::chooseAndOpen);
    file->addAction(tr("&Close"), QKeySequence::Close, this, &ProjectWindow::closeProject);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About KOL Planner"), this, [this] {
        QMessageBox::about(
            this, tr("About KOL Planner"),
            tr("KOL Planner %1\nBudget planning over channels, phases and KOL tiers.").arg(QStringLiteral("0.1.0")));
    });
}

QString ProjectWindow::projectPath() const
{
    return m_project ? QString::fromStdString(m_project->path()) : QString();
}

QString ProjectWindow::summaryText() const
{
    return m_summary->text();
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
    m_project = opened.take();
    refresh();
    return Status::success();
}

void ProjectWindow::closeProject()
{
    m_project.reset();
    refresh();
}

void ProjectWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QFileInfo(projectPath()).path(),
                                                      tr("KOL Planner projects (*.kolplan);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (const Status s = openProject(path); !s) {
        QMessageBox::critical(this, tr("Cannot open project"), QString::fromStdString(s.message()));
    }
}

void ProjectWindow::refresh()
{
    m_scenarios->clear();
    m_matrixModel->clear();
    m_summary->clear();
    if (!m_project) {
        setWindowTitle(tr("KOL Planner"));
        m_status->setText(tr("No project open — File › Open…"));
        return;
    }
    setWindowTitle(tr("%1 — KOL Planner").arg(QFileInfo(projectPath()).fileName()));
    if (auto listing = ScenarioStore(*m_project).list()) {
        for (const auto& l : listing.value()) {
            m_scenarios->addItem(QString::fromStdString(l.name));
        }
    }
    if (auto s = m_project->summary()) {
        m_status->setText(tr("%1 KOLs · %2 posts · %3 scenarios · %4")
                              .arg(QLocale().toString(static_cast<qlonglong>(s->kols)),
                                   QLocale().toString(static_cast<qlonglong>(s->posts)))
                              .arg(s->scenarios)
                              .arg(projectPath()));
    }
    if (m_scenarios->count() > 0) {
        m_scenarios->setCurrentRow(0);
    }
}

void ProjectWindow::showScenario()
{
    QListWidgetItem* item = m_scenarios->currentItem();
    if (!m_project || !item) {
        m_matrixModel->clear();
        m_summary->clear();
        return;
    }
    auto loaded = ScenarioStore(*m_project).load(item->text().toStdString());
    if (!loaded) {
        m_matrixModel->clear();
        m_summary->setText(tr("This scenario cannot be shown: %1").arg(QString::fromStdString(loaded.error())));
        return;
    }
    const Scenario& s = loaded.value();
    QStringList phases;
    for (const auto& p : s.phases()) {
        phases << QStringLiteral("%1 %2 – %3")
                      .arg(QString::fromStdString(p.name), QString::fromStdString(p.start.toString()),
                           QString::fromStdString(p.end.toString()));
    }
    QStringList shares;
    for (const auto& [channel, b] : s.rules.channelShares) {
        shares << QStringLiteral("%1 %2 – %3")
                      .arg(QString::fromStdString(channel), QString::fromStdString(formatPercent(b.minShare)),
                           QString::fromStdString(formatPercent(b.maxShare)));
    }
    m_summary->setText(
        tr("<b>%1</b> — budget %2 %3<br>Phases: %4<br>Rules: tier hierarchy %5, max cell share %6; "
           "locked %7")
            .arg(QString::fromStdString(s.name).toHtmlEscaped(), amountText(s.budget),
                 QString::fromStdString(s.currency).toHtmlEscaped(), phases.join(QStringLiteral("; ")),
                 s.rules.tierHierarchy ? tr("on") : tr("off"),
                 QString::fromStdString(formatPercent(s.rules.maxCellShare)), amountText(s.matrix().lockedTotal()))
        + (shares.isEmpty() ? QString() : tr("<br>Channel shares: %1").arg(shares.join(QStringLiteral("; ")))));
    m_matrixModel->setScenario(s);
}

} // namespace kol
