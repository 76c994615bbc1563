#pragma once

#include "core/report/ScenarioFigures.h"

#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QThread;

namespace kol {

class BarChart;

// Two to four scenarios side by side: a table of figures (budget, spend, effect, reach,
// uplift, savings) with each scenario's differences from the first highlighted, grouped bars of
// the allocation per channel, and a heat map of the matrix differences against the first.
// The figures are computed on a worker thread from the saved project.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget* parent = nullptr);
    ~CompareView() override;

    // The project to compare scenarios of (its saved state); empty to clear.
    void setProject(const QString& path, const QStringList& scenarios);
    // Checks exactly these scenarios (2 to 4) and computes.
    void compare(const QStringList& scenarios);
    bool isBusy() const;
    // A line above the results, e.g. that unsaved edits are not part of the comparison.
    void setNote(const QString& note);
    void wait();

    QListWidget* scenarioList() const { return m_list; }
    QTableWidget* figuresTable() const { return m_figures; }
    QTableWidget* differenceTable() const { return m_difference; }
    BarChart* channelChart() const { return m_chart; }
    const std::vector<ScenarioFigures>& results() const { return m_results; }

Q_SIGNALS:
    void compared();
    void message(const QString& text);

private:
    void show(std::vector<ScenarioFigures> results);
    QStringList checked() const;

    QString m_path;
    QListWidget* m_list;
    QPushButton* m_run;
    QLabel* m_state;
    QLabel* m_note;
    QTableWidget* m_figures;
    BarChart* m_chart;
    QTableWidget* m_difference;
    std::vector<ScenarioFigures> m_results;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_generation = 0;
};

} // namespace kol
