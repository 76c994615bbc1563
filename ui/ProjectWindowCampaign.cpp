// ProjectWindow: a running campaign. Its actuals are imported for the open scenario, every method
// then re-plans the phases still to come, and the window says what changed per phase.
#include "AllocatePanel.h"
#include "MatrixCellText.h"
#include "PlanDocument.h"
#include "ProjectWindow.h"
#include "Settings.h"
#include "core/model/CampaignActuals.h"
#include "core/session/PlanningSession.h"
#include "core/store/ActualsStore.h"
#include "report/DisplayNames.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace kol {

Status ProjectWindow::importActuals(const QString& path)
{
    if (!m_session || m_current.isEmpty()) {
        return Status::failure(tr("Open a project and a scenario first.").toStdString());
    }
    if (!maybeSave()) {
        return Status::failure(tr("Not imported: the scenario has unsaved changes.").toStdString());
    }
    auto report = kol::importActuals(m_session->project(), m_current.toStdString(), path.toStdString());
    if (!report) {
        return report.status();
    }
    if (!report->committed) {
        std::string text;
        for (const std::string& problem : report->problems) {
            text += problem + "\n";
        }
        if (report->badRows > static_cast<long long>(report->problems.size())) {
            text += "…\n";
        }
        return Status::failure(
            tr("%n bad row(s); nothing was recorded:", nullptr, static_cast<int>(report->badRows)).toStdString() + "\n"
            + text);
    }
    if (const Status s = m_session->reload(); !s) {
        return s;
    }
    loadScenario(m_current);
    showMessage(tr("Recorded %n post(s) of the campaign; Allocate re-plans the phases still to come.", nullptr,
                   static_cast<int>(report->added + report->updated)));
    return Status::success();
}

void ProjectWindow::chooseAndImportActuals()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the campaign's actuals"), settings::lastFolder(),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = importActuals(path);
    QApplication::restoreOverrideCursor();
    if (!s) {
        QMessageBox::warning(this, tr("Actuals not imported"), QString::fromStdString(s.message()));
    }
}

QString ProjectWindow::campaignChanges(const PlanReport& after) const
{
    const CampaignActuals* actuals = m_doc->market() ? m_doc->market()->actuals() : nullptr;
    if (!actuals || actuals->empty()) {
        return {};
    }
    const PlanReport before = m_doc->report();
    QStringList parts;
    for (const PhaseChange& c : phaseChanges(m_doc->scenario(), &before, after, *actuals)) {
        parts << (c.finished ? tr("%1 spent %2 (finished)").arg(displayName(c.phase), amountText(c.actual))
                             : tr("%1 %2 → %3").arg(displayName(c.phase), amountText(c.before), amountText(c.after)));
    }
    return tr("Running campaign, against the plan before: %1").arg(parts.join(QStringLiteral("; ")));
}

} // namespace kol
