#pragma once

#include "core/session/SavingsCurves.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;

namespace kol {

class BackgroundJob;
class BarChart;
class LineChart;
class PlanDocument;

// The savings picture of the open scenario: each method's effect against the budget (0.25x-2x,
// with the model's band), the template's effect at the scenario's budget as a line, the budget
// at which each method reaches it (the saving) marked, and the uplift at the full budget; and,
// for the plan on screen, the marginal return of 1% of the budget more or less per channel.
// The curves run many plans, so they are computed on a worker thread from the saved project, on
// request, with progress and cancel, and kept in the project: a scenario opened again shows its
// stored curves while the scenario, catalog, model and policies are unchanged. The marginal
// returns follow every edit at once.
class SavingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SavingsPanel(PlanDocument* document, QWidget* parent = nullptr);
    ~SavingsPanel() override;

    // The saved project and scenario the curves are computed from; `modified`: the scenario on
    // screen has unsaved edits (the curves then say they show the saved one).
    void setSource(const QString& path, const QString& scenario, bool modified);
    // Starts computing the curves (the button does the same).
    void compute();
    void cancel(const QString& reason = {});
    bool isBusy() const;
    void wait();

    LineChart* curveChart() const { return m_curves; }
    BarChart* marginalChart() const { return m_marginal; }
    QPushButton* computeButton() const { return m_compute; }
    QLabel* summary() const { return m_summary; }
    QLabel* stateLabel() const { return m_state; }
    const std::optional<SavingsCurves>& curves() const { return m_result; }

Q_SIGNALS:
    void computed();

private:
    // Computes the curves, or (storedOnly) only reads those stored for the scenario as it is saved.
    void start(bool storedOnly);
    void showCurves();
    void refreshMarginal();
    void updateState();

    PlanDocument* m_doc;
    LineChart* m_curves;
    BarChart* m_marginal;
    QPushButton* m_compute;
    QPushButton* m_stop;
    QLabel* m_state;
    QLabel* m_summary;
    BackgroundJob* m_job;
    QString m_path, m_scenario;
    bool m_modified = false;
    bool m_storedOnly = false; // the current job only reads stored curves
    std::optional<SavingsCurves> m_result;
    QString m_resultScenario;
    // The saved scenario the curves were computed from: they are stale while the scenario on
    // screen differs from it (a plan's edits do not change the curves; the scenario's do).
    std::optional<Scenario> m_basis;
    bool m_stale = false;
};

} // namespace kol
