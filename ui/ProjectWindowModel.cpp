// ProjectWindow: Model › Fit the performance model, for accuracy or for the budget decision, on a
// worker with progress and cancel; the window then plans with the new model.
#include "AllocatePanel.h"
#include "BackgroundJob.h"
#include "FitDialog.h"
#include "PlanDocument.h"
#include "ProjectWindow.h"
#include "core/session/PlanningSession.h"
#include "core/session/ProjectMarket.h"
#include "core/store/ProjectFile.h"

#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>

namespace kol {

namespace {
// How far a fit is, 0..1: the accuracy stage is all of it, or the first half before the
// decision stage.
double fitFraction(const FitProgress& p, bool decision)
{
    const double members = std::max(1, p.members);
    const double within = static_cast<double>(p.member) / members
        + std::min(1.0, static_cast<double>(p.epoch) / std::max(1, p.epochs)) / members;
    return decision ? (p.decisionStage ? 0.5 + within / 2 : within / 2) : within;
}
} // namespace

void ProjectWindow::fitModel()
{
    if (!m_session) {
        return;
    }
    FitDialog dialog(m_session->model(), this);
    if (dialog.exec() == QDialog::Accepted) {
        startFit(dialog.objective());
    }
}

void ProjectWindow::startFit(FitObjective objective)
{
    if (!m_session || m_fitting) {
        return;
    }
    if (m_allocate->isRunning()) {
        showMessage(tr("Not fitted: a run is under way for '%1'; wait for it or cancel it first.").arg(m_current));
        return;
    }
    if (!maybeSave()) {
        showMessage(tr("Not fitted: the scenario has unsaved changes."));
        return;
    }
    const bool decision = objective == FitObjective::Decision;
    auto* dialog = new QProgressDialog(tr("Fitting the performance model…"), tr("Cancel"), 0, 1000, this);
    dialog->setWindowTitle(decision ? tr("Fitting for the budget decision") : tr("Fitting for accuracy"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    auto* label = new QLabel(dialog);
    label->setWordWrap(true);
    dialog->setLabel(label);
    dialog->setMinimumSize(520, 150);
    auto* job = new BackgroundJob(dialog);
    m_fitting = true;
    updateActions();
    connect(job, &BackgroundJob::progress, dialog, [dialog](const JobTag&, const JobProgress& p) {
        dialog->setValue(static_cast<int>(1000 * p.fraction));
        dialog->setLabelText(p.stage);
    });
    auto done = [this, dialog](const QString& message) {
        dialog->deleteLater();
        m_fitting = false;
        updateActions();
        showMessage(message);
    };
    connect(job, &BackgroundJob::finished, this, [this, done](const JobTag&, const std::any& result) {
        const auto* report = std::any_cast<FitReport>(&result);
        if (const Status s = m_session->reload(); !s || !report) {
            done(tr("The model was fitted but could not be read back: %1")
                     .arg(QString::fromStdString(s ? std::string("no report") : s.message())));
            return;
        }
        if (!m_current.isEmpty()) {
            loadScenario(m_current);
        }
        QString text = tr("Model %1; every method now plans with it.").arg(describeModel(report->model));
        if (report->objective == FitObjective::Decision) {
            text += tr(" The accuracy fit it started from: R² %1, regret %2%.")
                        .arg(report->accuracyStart.r2Reach, 0, 'f', 3)
                        .arg(100 * report->accuracyStartRegret, 0, 'f', 1);
        }
        done(text);
    });
    connect(job, &BackgroundJob::failed, this, [this, done](const JobTag&, const QString& error) {
        done(tr("Not fitted: %1").arg(error));
        QMessageBox::warning(this, tr("Fitting failed"), tr("The model was not fitted: %1").arg(error));
    });
    connect(job, &BackgroundJob::cancelled, this,
            [done](const JobTag&, const QString&) { done(tr("Fitting cancelled; the model in use is kept.")); });
    connect(dialog, &QProgressDialog::canceled, job, [job] { job->cancel(tr("cancelled")); });
    const std::string path = projectPath().toStdString();
    job->start(JobTag{m_current, 0, 0},
               [path, objective, decision](const JobContext& context, QString& error) -> std::any {
                   // The worker's own connection: the session's belongs to the window's thread.
                   auto project = ProjectFile::open(path, ProjectFile::Access::ReadWrite);
                   if (!project) {
                       error = QString::fromStdString(project.error());
                       return {};
                   }
                   FitOptions options;
                   options.objective = objective;
                   options.cancel = context.cancel;
                   options.progress = [&context, decision](const FitProgress& p) {
                       const QString stage = p.decisionStage
                           ? tr("Network %1 of %2, budget decision check %3: held-out regret %4%")
                                 .arg(p.member + 1)
                                 .arg(p.members)
                                 .arg(p.epoch)
                                 .arg(100 * p.validationRegret, 0, 'f', 1)
                           : tr("Network %1 of %2, epoch %3: held-out loss %4")
                                 .arg(p.member + 1)
                                 .arg(p.members)
                                 .arg(p.epoch)
                                 .arg(p.validationLoss, 0, 'f', 4);
                       context.progress(JobProgress{fitFraction(p, decision), stage, {}, {}});
                       return !context.cancelled();
                   };
                   auto report = fitProjectModel(*project.value(), options);
                   if (!report) {
                       if (!context.cancelled()) {
                           error = QString::fromStdString(report.error());
                       }
                       return {};
                   }
                   return report.take();
               });
    dialog->show();
}

} // namespace kol
