#pragma once

#include "core/alloc/Competition.h"
#include "core/market/Market.h"

#include <QDialog>
#include <any>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace kol {

class BackgroundJob;
class LineChart;
struct JobProgress;
struct JobTag;

// Plan › Compete with rivals: the scenario's rival advertisers (Campaign set-up › Competition)
// learn their spreads against the plan on screen in a background job (playCompetition), the
// equilibrium gap charted as it closes; then what competition costs the plan, the plan learned
// against the rivals and the most contested cells with their KOLs (competitionHtml(), as in the
// PDF report). "Use the learned plan" hands that plan to the window (one undo step). Closing or
// Cancel stops the job.
class CompetitionDialog : public QDialog
{
    Q_OBJECT

public:
    // `market` is the scenario's (its rivals included), `plan` the amounts on screen (the
    // matrix's flat order). Starts at once; a scenario without rivals gets a note saying where to
    // add them.
    CompetitionDialog(std::shared_ptr<const Market> market, std::vector<double> plan, QWidget* parent = nullptr);
    ~CompetitionDialog() override;

    // For tests.
    bool isRunning() const;
    const std::optional<CompetitionResult>& result() const { return m_result; }
    LineChart* gapChart() const { return m_gap; }
    QTextBrowser* report() const { return m_report; }
    QPushButton* useButton() const { return m_use; }

Q_SIGNALS:
    // The plan learned against the rivals, to apply (currency units per cell).
    void usePlan(const std::vector<double>& amounts);

protected:
    void reject() override;

private:
    void onProgress(const JobTag& tag, const JobProgress& progress);
    void onFinished(const JobTag& tag, const std::any& result);
    void onFailed(const JobTag& tag, const QString& message);

    std::shared_ptr<const Market> m_market;
    BackgroundJob* m_job;
    LineChart* m_gap;
    QProgressBar* m_bar;
    QLabel* m_status;
    QTextBrowser* m_report;
    QPushButton* m_use;
    std::optional<CompetitionResult> m_result;
    int m_iterations = 150;
};

} // namespace kol
