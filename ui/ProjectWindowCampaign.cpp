// ProjectWindow: a running campaign. Its actuals are imported for the open scenario, every method
// then re-plans the phases still to come, and the window says what changed per phase.
#include "ActualsDialog.h"
#include "AllocatePanel.h"
#include "MatrixCellText.h"
#include "PlanDocument.h"
#include "ProjectWindow.h"
#include "Settings.h"
#include "core/model/CampaignActuals.h"
#include "core/session/PlanningSession.h"
#include "core/store/ActualsStore.h"
#include "core/store/HistoryStore.h"
#include "report/DisplayNames.h"
#include "report/EngineText.h"

#include <QApplication>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>

namespace kol {

namespace {
// A refused import as one failure: `head` (in the user's language), then its bad lines.
Status refusedImport(const ImportReport& report, const QString& head)
{
    std::string text;
    for (const std::string& problem : report.problems) {
        text += problem + "\n";
    }
    if (report.badRows > static_cast<long long>(report.problems.size())) {
        text += "…\n";
    }
    return Status::failure(head.toStdString() + "\n" + text);
}
} // namespace

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
        return refusedImport(report.value(),
                             tr("%n bad row(s); nothing was recorded:", nullptr, static_cast<int>(report->badRows)));
    }
    if (const Status s = m_session->reload(); !s) {
        return s;
    }
    loadScenario(m_current);
    showMessage(tr("Recorded %n post(s) of the campaign; Allocate re-plans the phases still to come.", nullptr,
                   static_cast<int>(report->added + report->updated)));
    return Status::success();
}

void ProjectWindow::showHistorySummary()
{
    const CampaignHistory* history = m_session ? m_session->history() : nullptr;
    const std::vector<double> spend = history ? history->campaignSpend() : std::vector<double>{};
    if (spend.empty()) {
        m_allocate->setHistorySummary({});
        return;
    }
    const QLocale locale;
    m_allocate->setHistorySummary(tr("Learns from %n past campaign(s) in the project (%1 rows), which spent %2 to %3.",
                                     nullptr, static_cast<int>(spend.size()))
                                      .arg(locale.toString(static_cast<qlonglong>(history->rows.size())))
                                      .arg(locale.toString(*std::min_element(spend.begin(), spend.end()), 'f', 0),
                                           locale.toString(*std::max_element(spend.begin(), spend.end()), 'f', 0)));
}

Status ProjectWindow::importCampaigns(const QString& path)
{
    if (!m_session) {
        return Status::failure(tr("Open a project first.").toStdString());
    }
    if (!maybeSave()) {
        return Status::failure(tr("Not imported: the scenario has unsaved changes.").toStdString());
    }
    auto report = kol::importCampaigns(m_session->project(), path.toStdString());
    if (!report) {
        return report.status();
    }
    if (!report->committed) {
        return refusedImport(
            report.value(),
            tr("%n bad row(s); the campaign history is unchanged:", nullptr, static_cast<int>(report->badRows)));
    }
    if (const Status s = m_session->reload(); !s) {
        return s;
    }
    if (!m_current.isEmpty()) {
        loadScenario(m_current); // its market now carries the history
    }
    showHistorySummary();
    showMessage(tr("Imported %n row(s) of past campaigns; the offline method learns from them.", nullptr,
                   static_cast<int>(report->added + report->updated)));
    return Status::success();
}

void ProjectWindow::chooseAndImportCampaigns()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import past campaigns"), settings::lastFolder(),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = importCampaigns(path);
    QApplication::restoreOverrideCursor();
    if (!s) {
        QMessageBox::warning(this, tr("Past campaigns not imported"), engineText(s.message()));
    }
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

Status ProjectWindow::recordActuals(const ActualsDialog& dialog)
{
    const QString name = QStringLiteral("actuals.csv");
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(dialog.csv().toUtf8()) < 0) {
        return Status::failure(tr("Cannot write a temporary file: %1").arg(file.errorString()).toStdString());
    }
    file.close();
    const Status s = importActuals(path);
    if (s) {
        return s;
    }
    // "actuals.csv:<line>: ..." (or the whole path) names the dialog's row instead.
    QString text = QString::fromStdString(s.message());
    const QRegularExpression located(
        QStringLiteral("(?:%1|%2):(\\d+):").arg(QRegularExpression::escape(path), QRegularExpression::escape(name)));
    QString out;
    qsizetype from = 0;
    for (auto it = located.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(from, m.capturedStart() - from)
            + tr("row %1:").arg(dialog.rowOfLine(m.captured(1).toLongLong()) + 1);
        from = m.capturedEnd();
    }
    out += text.mid(from);
    return Status::failure(out.replace(path, tr("the table")).toStdString());
}

void ProjectWindow::editActuals()
{
    if (!m_session || m_current.isEmpty()) {
        return;
    }
    auto recorded = m_session->actuals(m_current.toStdString());
    if (!recorded) {
        QMessageBox::warning(this, tr("Actuals"), QString::fromStdString(recorded.error()));
        return;
    }
    const bool hasPlan = m_doc->hasFigures() && !m_doc->isEmpty();
    ActualsDialog dialog(m_doc->scenario(), hasPlan ? &m_doc->report() : nullptr, recorded.value(), this);
    while (dialog.exec() == QDialog::Accepted) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status s = recordActuals(dialog);
        QApplication::restoreOverrideCursor();
        if (s) {
            return;
        }
        QMessageBox::warning(this, tr("Actuals not recorded"), QString::fromStdString(s.message()));
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
