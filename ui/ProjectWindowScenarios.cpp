// ProjectWindow: the project's scenarios: the list, switching, new, duplicate, rename, delete.
#include "AbTestPanel.h"
#include "AllocatePanel.h"
#include "CompareView.h"
#include "PlanDocument.h"
#include "ProjectWindow.h"
#include "ProjectWindowKeys.h"
#include "core/alloc/Allocator.h"
#include "core/alloc/MethodRegistry.h"
#include "core/report/PlanBuild.h"
#include "core/session/PlanningSession.h"
#include "core/store/PlanStore.h"
#include "core/store/ScenarioStore.h"

#include <QApplication>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>

namespace kol {

using namespace window;

namespace {
// A one-line question in a dialog wide enough for its title and text (a plain QInputDialog cuts
// "Duplicate scenario" to "Duplic…enario"). Empty when cancelled.
QString askText(QWidget* parent, const QString& title, const QString& label, const QString& text)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(text);
    dialog.setMinimumWidth(std::max(420, dialog.fontMetrics().horizontalAdvance(title + text) + 160));
    return dialog.exec() == QDialog::Accepted ? dialog.textValue().trimmed() : QString();
}
} // namespace

void ProjectWindow::refreshScenarios(const QString& select)
{
    m_switching = true;
    m_scenarios->clear();
    if (m_session) {
        if (auto listing = ScenarioStore(m_session->project()).list()) {
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
        m_abtests->setScenario(nullptr, {});
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
    cancelRuns(tr("the scenario was switched"));
    loadScenario(name);
    refreshScenarios(name);
    return true;
}

void ProjectWindow::loadScenario(const QString& name)
{
    m_current = name;
    m_abtests->setScenario(&m_session->project(), name);
    m_allocate->resetDisplay();
    m_newPolicies.clear();
    showHistorySummary();
    auto loaded = m_session->scenario(name.toStdString());
    if (!loaded) {
        m_doc->clear();
        m_allocate->showNotes({});
        showMessage(tr("This scenario cannot be shown: %1").arg(q(loaded.error())));
        return;
    }
    const Scenario& s = loaded.value();
    std::shared_ptr<const Market> market;
    PlanDocument::MarketFactory factory;
    if (m_session->model()) {
        factory = [this](const Scenario& sc) {
            return m_session->market(sc);
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
    PlanDocument::State state;
    state.scenario = s;
    if (market && market->actuals()) {
        state.scenario = market->scenario(); // a running campaign: the finished phases locked at their spend
    }
    state.method = QStringLiteral("template");
    state.amounts = templateAmounts(s, s.budget);
    if (auto plan = PlanStore(m_session->project()).latest(s.name); plan && plan.value()) {
        state.amounts = planAmounts(s.matrix(), *plan.value());
        state.method = q(plan.value()->method);
        state.notes = plan.value()->notes;
    } else if (market) {
        if (auto expert = makeTemplateAllocator()->allocate(*market, {})) {
            state.amounts = expert->amounts; // the template as a planner executes it
            state.notes = expert->notes;
        }
    }
    const QString planMethod = state.method;
    m_doc->reset(std::move(state), std::move(market), std::move(factory));
    // The panel shows this scenario's own notes and method: nothing of the one before.
    m_allocate->resetDisplay();
    m_allocate->showNotes(m_doc->notes());
    const auto remembered = m_methodByScenario.find(name);
    if (remembered != m_methodByScenario.end()) {
        m_allocate->setMethod(remembered->second);
    } else if (MethodRegistry::instance().find(planMethod.toStdString())) {
        m_allocate->setMethod(planMethod); // what made the saved plan
    }
}

void ProjectWindow::newScenario()
{
    if (!m_session || !maybeSave()) {
        return;
    }
    const QString name = askText(this, tr("New scenario"), tr("Name"), QString());
    if (name.trimmed().isEmpty()) {
        return;
    }
    Scenario s = Scenario::makeDefault(name.trimmed().toStdString(), Date::today());
    if (const Status st = ScenarioStore(m_session->project()).create(s); !st) {
        QMessageBox::critical(this, tr("Cannot create scenario"), q(st.message()));
        return;
    }
    m_current.clear();
    refreshScenarios(name.trimmed());
}

Status ProjectWindow::duplicateScenarioAs(const QString& name)
{
    if (!m_session || m_current.isEmpty()) {
        return Status::failure(tr("no scenario is open").toStdString());
    }
    if (name.trimmed().isEmpty()) {
        return Status::failure(tr("the copy needs a name").toStdString());
    }
    // The copy takes the scenario as saved with its current plan (ScenarioStore::copy).
    if (const Status st
        = ScenarioStore(m_session->project()).copy(m_current.toStdString(), name.trimmed().toStdString());
        !st) {
        return st;
    }
    refreshScenarios(name.trimmed());
    return Status::success();
}

void ProjectWindow::duplicateScenario()
{
    if (!m_session || m_current.isEmpty() || !maybeSave()) {
        return;
    }
    const QString name
        = askText(this, tr("Duplicate scenario"), tr("Name of the copy"), tr("%1 (copy)").arg(m_current));
    if (name.isEmpty()) {
        return;
    }
    if (const Status st = duplicateScenarioAs(name); !st) {
        QMessageBox::critical(this, tr("Cannot duplicate scenario"), q(st.message()));
    }
}

void ProjectWindow::renameScenario()
{
    if (!m_session || m_current.isEmpty() || !maybeSave()) {
        return;
    }
    const QString name = askText(this, tr("Rename scenario"), tr("New name"), m_current);
    if (name.isEmpty() || name == m_current) {
        return;
    }
    if (const Status st = ScenarioStore(m_session->project()).rename(m_current.toStdString(), name.toStdString());
        !st) {
        QMessageBox::critical(this, tr("Cannot rename scenario"), q(st.message()));
        return;
    }
    m_current.clear();
    refreshScenarios(name);
}

void ProjectWindow::deleteScenario()
{
    if (!m_session || m_current.isEmpty()) {
        return;
    }
    if (QMessageBox::question(this, tr("Delete scenario"),
                              tr("Delete scenario '%1' and its plans? This cannot be undone.").arg(m_current))
        != QMessageBox::Yes) {
        return;
    }
    if (const Status st = ScenarioStore(m_session->project()).remove(m_current.toStdString()); !st) {
        QMessageBox::critical(this, tr("Cannot delete scenario"), q(st.message()));
        return;
    }
    cancelRuns(tr("the scenario was deleted"));
    m_doc->clear();
    m_current.clear();
    refreshScenarios();
}

} // namespace kol
