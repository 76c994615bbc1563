#pragma once

#include "core/model/SavingsCurve.h"
#include "core/session/ScenarioFigures.h"

#include <QWidget>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace kol {

class BackgroundJob;
class BarChart;
class LineChart;

// Two to four scenarios side by side: a table of figures (budget, spend, effect, reach,
// uplift, savings) with each scenario's differences from the first highlighted, grouped bars of
// the allocation per channel, a heat map of the matrix differences against the first, and each
// scenario's effect against the budget with its plan's method (its saving marked).
// The figures are computed on a worker thread from the saved project.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget* parent = nullptr);
    ~CompareView() override;

    // The project to compare scenarios of (its saved state); empty to clear.
    void setProject(const QString& path, const QStringList& scenarios);
    // Checks exactly these scenarios (2 to 4) and computes, on a worker with its own read-only
    // connection to the saved project.
    void compare(const QStringList& scenarios);
    // Stops a comparison under way (the Compare button comes back).
    void cancel(const QString& reason = {});
    bool isBusy() const;
    // A line above the results, e.g. that unsaved edits are not part of the comparison.
    void setNote(const QString& note);
    void wait();

    QListWidget* scenarioList() const { return m_list; }
    QPushButton* compareButton() const { return m_run; }
    QTableWidget* figuresTable() const { return m_figures; }
    QTableWidget* differenceTable() const { return m_difference; }
    BarChart* channelChart() const { return m_chart; }
    LineChart* curveChart() const { return m_curves; }
    const std::vector<ScenarioFigures>& results() const { return m_results; }
    // Per scenario of results(): its plan's method's curve, or why there is none.
    const std::vector<std::optional<SavingsCurve>>& curves() const { return m_curveData; }

Q_SIGNALS:
    void compared();
    void message(const QString& text);

private:
    void show(const std::vector<ScenarioFigures>& results);
    void showCurves(const std::vector<std::string>& notes);
    QStringList checked() const;

    QString m_path;
    QListWidget* m_list;
    QPushButton* m_run;
    QLabel* m_state;
    QLabel* m_note;
    QTableWidget* m_figures;
    BarChart* m_chart;
    QTableWidget* m_difference;
    LineChart* m_curves;
    QLabel* m_curveNote;
    std::vector<ScenarioFigures> m_results;
    std::vector<std::optional<SavingsCurve>> m_curveData;
    BackgroundJob* m_job;
    // Figures computed before in this project, for comparisons asked again (shared with the worker).
    std::shared_ptr<ScenarioFiguresCache> m_cache = std::make_shared<ScenarioFiguresCache>();
};

} // namespace kol
