// ProjectWindow: running a method in the background, and what the window does while one runs.
#include "AllocatePanel.h"
#include "CompareView.h"
#include "MatrixView.h"
#include "PlanDocument.h"
#include "ProjectWindow.h"
#include "ProjectWindowKeys.h"
#include "StrategyMatrixModel.h"
#include "core/alloc/MethodRegistry.h"
#include "core/session/PlanningSession.h"
#include "report/DisplayNames.h"
#include "report/EngineText.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

namespace kol {

using namespace window;

std::optional<StoredModel> ProjectWindow::policyFor(const std::string& method)
{
    if (const auto it = m_newPolicies.find(method); it != m_newPolicies.end()) {
        return it->second;
    }
    if (auto stored = m_session->policy(m_current.toStdString(), method); stored && stored.value()) {
        return stored.take();
    }
    return std::nullopt;
}

void ProjectWindow::allocate()
{
    if (m_doc->isEmpty() || m_allocate->isRunning()) {
        return; // Allocate never restarts a run under way (Cancel, then Allocate)
    }
    if (!m_doc->market()) {
        showMessage(tr("Cannot allocate: %1")
                        .arg(m_session && !m_session->model() ? q(m_session->modelProblem())
                                                              : tr("no market for this scenario")));
        return;
    }
    const auto method = MethodRegistry::instance().find(m_allocate->method().toStdString());
    if (!method) {
        showMessage(tr("Cannot allocate: unknown method '%1'").arg(m_allocate->method()));
        return;
    }
    RunOptions options;
    options.method = method->name;
    options.retrain = m_allocate->retrain();
    options.reference = method->trains && method->chartsEvaluation;
    options.training.steps = m_trainSteps;
    std::optional<StoredModel> policy = method->trains ? policyFor(method->name) : std::nullopt;
    const bool trains = method->trains
        && (options.retrain || !policy || (method->policyFits && !method->policyFits(*policy, *m_doc->market())));
    std::shared_ptr<const Market> market = m_doc->market();
    JobWork work = [market, method = *method, policy, options](const JobContext& context, QString& error) -> std::any {
        RunOptions run = options;
        run.cancel = context.cancel;
        run.progress = [&context](const RunProgress& p) {
            JobProgress jp;
            jp.fraction = p.fraction;
            jp.detail = p;
            context.progress(std::move(jp));
        };
        auto result = runMethod(*market, method, policy, run);
        if (!result) {
            if (!context.cancelled()) {
                error = engineText(result.error());
            }
            return {};
        }
        return result.take();
    };
    m_methodByScenario[m_current] = q(method->name);
    m_allocate->start(JobTag{m_current, m_doc->revision(), 0}, methodLabel(method->name), trains, m_trainSteps,
                      std::move(work), method->chartsEvaluation);
    showMessage(tr("Allocating '%1' with %2…").arg(m_current, methodLabel(method->name)));
}

void ProjectWindow::allocated(const JobTag& tag, const RunResult& result)
{
    if (tag.scenario != m_current || tag.revision != m_doc->revision()) {
        showMessage(tr("The %1 plan for '%2' was not applied: the scenario changed while it ran.")
                        .arg(methodLabel(result.plan.method), tag.scenario));
        return;
    }
    if (result.trainedPolicy) {
        m_newPolicies[result.plan.method] = *result.trainedPolicy;
    }
    const QString changes = campaignChanges(result.plan); // against the plan on screen before
    m_doc->applyPlan(result.allocation.amounts, q(result.plan.method), result.plan.notes);
    if (!changes.isEmpty()) {
        m_allocate->addNote(changes);
    }
}

void ProjectWindow::cancelRuns(const QString& reason)
{
    m_allocate->cancel(reason);
    m_compare->cancel(reason);
}

void ProjectWindow::setRunning(bool running)
{
    // The run's inputs stay as they were while it runs: budget, matrix, set-up, undo and redo;
    // Allocate (menu, toolbar, button) is off so that it cannot restart the run.
    m_doc->setReadOnly(running);
    updateActions();
    m_matrixModel->refreshFlags();
    if (running) {
        m_status->setText(tr("Running for '%1'…").arg(m_current));
    } else {
        showDocument();
    }
}

} // namespace kol
