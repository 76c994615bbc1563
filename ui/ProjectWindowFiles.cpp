// ProjectWindow: the project file itself: new, open, save, save as, recent files, export.
#include "MatrixCellText.h"
#include "PlanDocument.h"
#include "ProjectWindow.h"
#include "ProjectWindowKeys.h"
#include "Settings.h"
#include "core/model/Format.h"
#include "core/report/PlanBuild.h"
#include "core/report/PlanExport.h"
#include "core/store/ProjectFile.h"
#include "core/store/ScenarioStore.h"

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
    if (!m_project) {
        return Status::failure(tr("no project is open").toStdString());
    }
    if (m_doc->isEmpty() || (!m_doc->isModified() && !m_newPolicy)) {
        return Status::success();
    }
    const Scenario& s = m_doc->scenario();
    if (const auto errors = s.validate(m_project->vocabulary()); !errors.empty()) {
        return Status::failure(s.name + ": " + errors.front().field + ": " + errors.front().message);
    }
    std::optional<Plan> plan;
    if (m_doc->market()) {
        Allocation a;
        a.method = m_doc->state().method.toStdString();
        a.budget = s.budget;
        a.amounts = m_doc->amounts();
        a.outcome = m_doc->outcome();
        plan = makePlan(*m_doc->market(), a);
    }
    const Status saved
        = saveScenarioWork(*m_project, s, plan ? &*plan : nullptr, m_newPolicy ? &*m_newPolicy : nullptr);
    if (!saved) {
        return saved;
    }
    if (m_newPolicy) {
        m_storedPolicy = m_newPolicy;
        m_newPolicy.reset();
    }
    m_doc->markSaved();
    showMessage(tr("Saved %1").arg(projectPath()));
    updateTitle();
    return Status::success();
}

Status ProjectWindow::saveProjectAs(const QString& path)
{
    if (!m_project) {
        return Status::failure(tr("no project is open").toStdString());
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(projectPath()).absoluteFilePath()) {
        return saveProject();
    }
    if (const Status s = m_project->copyTo(path.toStdString()); !s) {
        return s;
    }
    auto opened = ProjectFile::open(path.toStdString());
    if (!opened) {
        return opened.status();
    }
    m_project = opened.take(); // the edits stay in the document and are written there
    addRecent(path);
    settings::setLastFolder(QFileInfo(path).absolutePath());
    const Status saved = m_doc->isModified() || m_newPolicy ? saveProject() : Status::success();
    updateTitle();
    return saved;
}

bool ProjectWindow::maybeSave()
{
    if (!m_doc->isModified() && !m_newPolicy) {
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
    if (!m_project) {
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
    const Market& market = *m_doc->market();
    return writeFileAtomically(path.toStdString(),
                               kols ? planKolsCsv(market, m_doc->amounts())
                                    : planCellsCsv(market, m_doc->amounts(), m_doc->outcome()));
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

void ProjectWindow::addRecent(const QString& path)
{
    settings::addRecentFile(path);
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
