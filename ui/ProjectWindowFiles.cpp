// ProjectWindow: the project file itself: new, open, save, save as, recent files, export.
#include "AbTestPanel.h"
#include "AllocatePanel.h"
#include "CompareView.h"
#include "MatrixCellText.h"
#include "PlanDocument.h"
#include "ProjectWindow.h"
#include "ProjectWindowKeys.h"
#include "Settings.h"
#include "core/alloc/MethodRegistry.h"
#include "core/market/PlanEvaluator.h"
#include "core/report/PlanExport.h"
#include "core/report/PlanXlsx.h"
#include "core/session/MethodComparison.h"
#include "core/session/PlanningSession.h"
#include "core/session/SavingsCurves.h"
#include "core/store/AbTestStore.h"
#include "core/store/ProjectFile.h"
#include "core/store/ScenarioStore.h"
#include "ui/report/PdfReport.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace kol {

using namespace window;

Status ProjectWindow::newProject(const QString& path)
{
    {
        auto created = ProjectFile::create(path.toStdString());
        if (!created) {
            return created.status();
        }
        if (const Status s = ScenarioStore(*created.value()).create(Scenario::makeDefault("Baseline", Date::today()));
            !s) {
            return s;
        }
    }
    return openProject(path);
}

Status ProjectWindow::openProject(const QString& path)
{
    auto opened = PlanningSession::open(path.toStdString());
    if (!opened) {
        return opened.status();
    }
    if (auto listing = ScenarioStore(opened.value()->project()).list(); !listing) {
        return Status::failure(path.toStdString() + ": " + listing.error());
    }
    cancelRuns(tr("another project was opened"));
    m_abtests->setScenario(nullptr, {});
    m_session = opened.take();
    m_newPolicies.clear();
    m_methodByScenario.clear();
    m_current.clear();
    m_doc->clear();
    settings::addRecentFile(path);
    settings::setLastFolder(QFileInfo(path).absolutePath());
    refreshScenarios();
    return Status::success();
}

void ProjectWindow::closeProject()
{
    cancelRuns(tr("the project was closed"));
    m_abtests->setScenario(nullptr, {});
    m_session.reset();
    m_newPolicies.clear();
    m_methodByScenario.clear();
    m_current.clear();
    m_doc->clear();
    m_allocate->resetDisplay();
    refreshScenarios();
}

void ProjectWindow::chooseAndCreate()
{
    if (!maybeSave()) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("New project"), settings::lastFolder(),
                                                tr("KOL Planner projects (*.kolplan)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".kolplan"))) {
        path += QStringLiteral(".kolplan");
    }
    if (QFileInfo::exists(path)) {
        QFile::remove(path); // the dialog asked before replacing it
    }
    if (const Status s = newProject(path); !s) {
        QMessageBox::critical(this, tr("Cannot create project"), q(s.message()));
        return;
    }
    showMessage(tr("New project: import KOLs and posts with kolplanner-cli import, then fit the model"));
}

Status ProjectWindow::saveProject()
{
    if (!m_session) {
        return Status::failure(tr("no project is open").toStdString());
    }
    if (m_doc->isEmpty() || (!m_doc->isModified() && m_newPolicies.empty())) {
        return Status::success();
    }
    const Scenario& s = m_doc->scenario();
    if (const auto errors = s.validate(m_session->project().vocabulary()); !errors.empty()) {
        return Status::failure(s.name + ": " + errors.front().field + ": " + errors.front().message);
    }
    const PlanReport* plan = m_doc->market() ? &m_doc->report() : nullptr;
    const Status saved = m_session->save(s, plan, m_newPolicies);
    if (!saved) {
        return saved;
    }
    m_newPolicies.clear();
    m_doc->markSaved();
    showMessage(tr("Saved %1").arg(projectPath()));
    updateTitle();
    return Status::success();
}

Status ProjectWindow::saveProjectAs(const QString& path)
{
    if (!m_session) {
        return Status::failure(tr("no project is open").toStdString());
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(projectPath()).absoluteFilePath()) {
        return saveProject();
    }
    if (const Status s = m_session->project().copyTo(path.toStdString()); !s) {
        return s;
    }
    auto opened = PlanningSession::open(path.toStdString());
    if (!opened) {
        return opened.status();
    }
    m_abtests->setScenario(nullptr, {});
    m_session = opened.take(); // the edits stay in the document and are written there
    m_abtests->setScenario(&m_session->project(), m_current);
    settings::addRecentFile(path);
    settings::setLastFolder(QFileInfo(path).absolutePath());
    const Status saved = m_doc->isModified() || !m_newPolicies.empty() ? saveProject() : Status::success();
    updateTitle();
    return saved;
}

bool ProjectWindow::maybeSave()
{
    if (!m_doc->isModified() && m_newPolicies.empty()) {
        return true;
    }
    const int answer = m_unsavedAnswer
        ? *m_unsavedAnswer
        : QMessageBox::warning(this, tr("Unsaved changes"),
                               tr("Scenario '%1' has unsaved changes. Save them?").arg(m_current),
                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel) {
        return false;
    }
    if (answer == QMessageBox::Save) {
        if (const Status s = saveProject(); !s) {
            QMessageBox::critical(this, tr("Cannot save"), q(s.message()));
            return false;
        }
    }
    return true;
}

void ProjectWindow::chooseAndOpen()
{
    if (!maybeSave()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), settings::lastFolder(),
                                                      tr("KOL Planner projects (*.kolplan);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (const Status s = openProject(path); !s) {
        QMessageBox::critical(this, tr("Cannot open project"), q(s.message()));
    }
}

void ProjectWindow::chooseAndSaveAs()
{
    if (!m_session) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save project as"), settings::lastFolder(),
                                                tr("KOL Planner projects (*.kolplan)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".kolplan"))) {
        path += QStringLiteral(".kolplan");
    }
    if (const Status s = saveProjectAs(path); !s) {
        QMessageBox::critical(this, tr("Cannot save"), q(s.message()));
    }
}

Status ProjectWindow::exportCsv(const QString& path, bool kols)
{
    if (m_doc->isEmpty() || !m_doc->market()) {
        return Status::failure(tr("there is no plan with figures to export").toStdString());
    }
    const PlanReport& plan = m_doc->report();
    // The plan on screen: each channel's marginal return on the scenario's market goes with it.
    std::optional<std::vector<MarginalReturn>> marginal;
    if (m_doc->market() && m_doc->amounts().size() == static_cast<size_t>(m_doc->market()->cellCount())) {
        marginal = marginalReturns(*m_doc->market(), m_doc->amounts());
    }
    return writeFileAtomically(path.toStdString(),
                               kols ? planKolsCsv(plan) : planCellsCsv(plan, marginal ? &*marginal : nullptr));
}

Status ProjectWindow::exportXlsx(const QString& path)
{
    if (m_doc->isEmpty() || !m_doc->market()) {
        return Status::failure(tr("there is no plan with figures to export").toStdString());
    }
    return writePlanXlsx(path.toStdString(), m_doc->scenario().name, m_doc->scenario().currency, m_doc->report());
}

void ProjectWindow::chooseAndExportXlsx()
{
    if (m_doc->isEmpty()) {
        return;
    }
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the plan as an Excel workbook"),
                                       settings::lastFolder() + QLatin1Char('/') + m_current + QStringLiteral(".xlsx"),
                                       tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty()) {
        return;
    }
    if (const Status s = exportXlsx(path); !s) {
        QMessageBox::critical(this, tr("Cannot export"), q(s.message()));
        return;
    }
    showMessage(tr("Exported %1").arg(path));
}

Status ProjectWindow::exportPdf(const QString& path)
{
    if (m_doc->isEmpty() || !m_doc->market()) {
        return Status::failure(tr("there is no plan with figures to report").toStdString());
    }
    std::optional<PlanReport> expert;
    RunOptions o;
    o.method = "template";
    if (auto run = runMethod(*m_doc->market(), *MethodRegistry::instance().find("template"), std::nullopt, o)) {
        expert = run->plan;
    }
    const std::vector<double> cheapest = cheapestPrices(*m_doc->market());
    // The savings curves kept for the scenario, when the scenario on screen is the one they are for.
    std::optional<SavingsCurves> curves;
    if (m_session) {
        auto saved = m_session->scenario(m_current.toStdString());
        auto stored = saved && saved.value() == m_doc->scenario() ? storedCurves(*m_session, m_current.toStdString())
                                                                  : Result<std::optional<SavingsCurves>>(std::nullopt);
        if (stored && stored.value()) {
            curves = std::move(*stored.value());
        }
    }
    // What the scenario's rivals cost the plan (about a second; scenarios with rivals only).
    auto competition = rivalsAgainst(*m_doc->market(), m_doc->report());
    if (!competition) {
        return competition.status();
    }
    const CompetitionResult* played = competition.value() ? &*competition.value() : nullptr;
    PdfReportExtras extras;
    extras.cheapest = &cheapest;
    extras.curves = curves ? &*curves : nullptr;
    extras.competition = played;
    // The scenario's content A/B tests, as stored (a scenario not yet saved has none).
    if (m_session) {
        if (auto tests = AbTestStore(m_session->project()).loadAll(m_current.toStdString())) {
            extras.abTests = tests.take();
        }
    }
    return writePdfReport(path.toStdString(), m_doc->scenario(), m_doc->report(), expert ? &*expert : nullptr, extras);
}

void ProjectWindow::chooseAndExportPdf()
{
    if (m_doc->isEmpty()) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export a PDF report"), settings::lastFolder() + QLatin1Char('/') + m_current + QStringLiteral(".pdf"),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = exportPdf(path);
    QApplication::restoreOverrideCursor();
    if (!s) {
        QMessageBox::critical(this, tr("Cannot export"), q(s.message()));
        return;
    }
    showMessage(tr("Exported %1").arg(path));
}

void ProjectWindow::chooseAndExport(bool kols)
{
    if (m_doc->isEmpty()) {
        return;
    }
    const QString suggested = settings::lastFolder() + QLatin1Char('/') + m_current + (kols ? tr(" KOLs") : tr(" plan"))
        + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, kols ? tr("Export the KOL list") : tr("Export the plan"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (const Status s = exportCsv(path, kols); !s) {
        QMessageBox::critical(this, tr("Cannot export"), q(s.message()));
        return;
    }
    showMessage(tr("Exported %1").arg(path));
}

void ProjectWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = settings::recentFiles();
    for (const QString& path : recent) {
        m_recentMenu->addAction(path, this, [this, path] {
            if (!maybeSave()) {
                return;
            }
            if (const Status s = openProject(path); !s) {
                QMessageBox::critical(this, tr("Cannot open project"), q(s.message()));
            }
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace kol
