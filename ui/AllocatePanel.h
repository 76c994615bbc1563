#pragma once

#include "BackgroundJob.h"
#include "core/session/MethodRun.h"

#include <QElapsedTimer>
#include <QWidget>
#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;

namespace kol {

class LineChart;

// Choose a method (the method registry's list), run it on the worker thread with progress,
// the scenario it runs for, elapsed time, an estimate of the time left and Cancel; for a method
// that trains, live charts of the evaluation effect (against the template and optimal) and of
// every metric the training reports, redrawn on a timer, which the user may hide. A probe timer
// measures the longest stall of the GUI event loop meanwhile.
class AllocatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit AllocatePanel(QWidget* parent = nullptr);

    QString method() const;
    void setMethod(const QString& method);
    // Reads the method registry again (methods added since the panel was made).
    void refreshMethods();
    bool retrain() const;
    // Runs `work` (a runMethod call returning a RunResult) for `tag` (its scenario is shown);
    // `label` names the method; `trains` shows the charts; `evaluates`: its training reports
    // evaluations of the policy's plan (else the evaluation chart is hidden: offline's game).
    void start(const JobTag& tag, const QString& label, bool trains, long trainSteps, JobWork work,
               bool evaluates = true);
    // Forgets the last run's display: notes, failure, charts, progress (a switch or close).
    void resetDisplay();
    // What the bar says about the run under way ("Greedy for 'Baseline' · about 12 s left").
    QString runText() const;
    bool chartsShown() const;
    // Stops the run, if any; `reason` goes to the status line ("the scenario was switched").
    void cancel(const QString& reason = {});
    bool isRunning() const { return m_job->isRunning(); }
    BackgroundJob* job() const { return m_job; }
    LineChart* effectChart() const { return m_effectChart; }
    LineChart* lossChart() const { return m_lossChart; }
    // What the project's campaign history holds, in the user's language, shown under the bar while
    // the method that learns from it (offline) is chosen; empty: the project has none.
    void setHistorySummary(const QString& text);
    // Shows an allocation's notes (why money stays unspent) under the bar, or hides them.
    void showNotes(const std::vector<std::string>& notes);
    // Adds a line in the user's language under the notes (e.g. what a re-plan changed).
    void addNote(const QString& line);
    // The longest gap between event-loop ticks seen during the last run, in milliseconds.
    double longestStallMs() const { return m_longestStall; }

Q_SIGNALS:
    void runRequested();
    // The user chose another method.
    void methodChanged(const QString& method);
    void runningChanged(bool running);
    // A finished run's result; the window decides whether it still applies (the tag's revision).
    void allocated(const kol::JobTag& tag, const kol::RunResult& result);
    void message(const QString& text);

private:
    void setRunning(bool running);
    void tick();
    void onProgress(const JobProgress& progress);

    QComboBox* m_method;
    QCheckBox* m_retrain;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_elapsed;
    QToolButton* m_showCharts;
    QLabel* m_notes;   // why the last plan leaves money unspent, or why the run failed
    QLabel* m_history; // the campaign history the offline method learns from
    QString m_historyText;
    QWidget* m_charts;
    LineChart* m_effectChart;
    LineChart* m_lossChart;
    int m_eval = -1, m_optimal = -1, m_template = -1;
    std::map<std::string, int> m_metricSeries; // metric name -> series of the loss chart
    BackgroundJob* m_job;
    QTimer* m_timer;
    QElapsedTimer m_clock, m_probe;
    double m_longestStall = 0;
    double m_optimalMultiple = 0;
    long m_trainSteps = 60000;
    int m_ticks = 0;
    double m_fraction = 0;
    QString m_runFor;
    bool m_trains = false;
};

} // namespace kol

Q_DECLARE_METATYPE(kol::RunResult)
