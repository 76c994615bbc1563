#pragma once

#include "AllocationRunner.h"

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace kol {

class LineChart;

// Choose a method, run it on the worker thread with progress, elapsed time and Cancel; for RL,
// live charts of the evaluation effect (against the template and optimal) and the losses,
// redrawn on a timer. A probe timer measures the longest stall of the GUI event loop meanwhile.
class AllocatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit AllocatePanel(QWidget* parent = nullptr);

    QString method() const;
    void setMethod(const QString& method);
    bool retrain() const;
    void start(AllocationRunner::Job job);
    void cancel();
    bool isRunning() const { return m_runner->isRunning() && m_active; }
    AllocationRunner* runner() const { return m_runner; }
    LineChart* effectChart() const { return m_effectChart; }
    LineChart* lossChart() const { return m_lossChart; }
    // The longest gap between event-loop ticks seen during the last run, in milliseconds.
    double longestStallMs() const { return m_longestStall; }

Q_SIGNALS:
    void runRequested();
    void allocated(const kol::Allocation& allocation, const std::optional<kol::AllocationPolicy>& trained);
    void message(const QString& text);

private:
    void setRunning(bool running);
    void tick();

    QComboBox* m_method;
    QCheckBox* m_retrain;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_elapsed;
    QLabel* m_notes; // why the last plan leaves money unspent, or why the run failed
    QWidget* m_charts;
    LineChart* m_effectChart;
    LineChart* m_lossChart;
    int m_eval = -1, m_optimal = -1, m_template = -1, m_return = -1, m_actor = -1, m_critic = -1;
    AllocationRunner* m_runner;
    QTimer* m_timer;
    QElapsedTimer m_clock, m_probe;
    double m_longestStall = 0;
    double m_optimalMultiple = 0;
    long m_trainSteps = 60000;
    bool m_active = false;
    int m_ticks = 0;
};

} // namespace kol
