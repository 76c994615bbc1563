#include "CompetitionDialog.h"

#include "BackgroundJob.h"
#include "ChartKit.h"
#include "report/CompetitionReport.h"
#include "report/EngineText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kol {

CompetitionDialog::CompetitionDialog(std::shared_ptr<const Market> market, std::vector<double> plan, QWidget* parent)
    : QDialog(parent)
    , m_market(std::move(market))
    , m_job(new BackgroundJob(this))
    , m_gap(new LineChart(tr("Equilibrium gap"), tr("iteration"), tr("gap (%)"), this))
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_report(new QTextBrowser(this))
    , m_use(new QPushButton(tr("Use the learned plan"), this))
{
    const Scenario& s = m_market->scenario();
    setWindowTitle(tr("Competition: %1").arg(QString::fromStdString(s.name)));
    m_gap->setToolTip(tr("The largest gain any advertiser finds by changing its spread alone, as a share of its "
                         "effect (a lower bound); near 0 the spreads are an equilibrium"));
    m_gap->addSeries(tr("gap"));
    m_bar->setRange(0, m_iterations);
    m_status->setWordWrap(true);
    m_use->setEnabled(false);
    m_use->setToolTip(tr("Put the plan learned against the rivals on screen (one undo step)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_use, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompetitionDialog::reject);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (m_result) {
            Q_EMIT usePlan(m_result->ourPlan);
        }
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_gap, 2);
    layout->addWidget(m_report, 3);
    layout->addWidget(buttons);
    resize(820, 720);

    connect(m_job, &BackgroundJob::progress, this, &CompetitionDialog::onProgress);
    connect(m_job, &BackgroundJob::finished, this, &CompetitionDialog::onFinished);
    connect(m_job, &BackgroundJob::failed, this, &CompetitionDialog::onFailed);
    if (s.rivals.empty()) {
        m_bar->hide();
        m_status->setText(tr("This scenario has no rival advertisers. Add them in Plan › Campaign set-up › "
                             "Competition, then open this again."));
        return;
    }
    m_status->setText(tr("%n rival(s) learning their spreads against the plan on screen…", nullptr,
                         static_cast<int>(s.rivals.size())));
    CompetitionOptions o;
    o.rivals = s.rivals;
    o.learning.iterations = m_iterations;
    o.plans.push_back(std::move(plan));
    JobTag tag;
    tag.scenario = QString::fromStdString(s.name);
    m_job->start(tag, [market = m_market, o](const JobContext& context, QString& error) mutable -> std::any {
        o.learning.cancel = context.cancel;
        o.learning.progress = [&context, total = o.learning.iterations](const CompetitionIteration& it) {
            JobProgress p;
            p.fraction = static_cast<double>(it.iteration) / total;
            p.metrics.push_back({QStringLiteral("gap"), it.equilibriumGap});
            p.metrics.push_back({QStringLiteral("iteration"), it.iteration});
            context.progress(p);
            return !context.cancelled();
        };
        auto r = playCompetition(*market, o);
        if (!r) {
            error = engineText(r.error());
            return {};
        }
        return r.take();
    });
}

CompetitionDialog::~CompetitionDialog() = default;

bool CompetitionDialog::isRunning() const
{
    return m_job->isRunning();
}

void CompetitionDialog::onProgress(const JobTag&, const JobProgress& progress)
{
    double gap = 0, iteration = 0;
    for (const auto& [name, value] : progress.metrics) {
        (name == QStringLiteral("gap") ? gap : iteration) = value;
    }
    m_bar->setValue(static_cast<int>(iteration));
    m_gap->append(0, iteration, 100 * gap);
    m_gap->refresh();
    m_status->setText(tr("Iteration %1 of %2: equilibrium gap %3%")
                          .arg(static_cast<int>(iteration))
                          .arg(m_iterations)
                          .arg(QLocale().toString(100 * gap, 'f', 1)));
}

void CompetitionDialog::onFinished(const JobTag&, const std::any& result)
{
    m_result = std::any_cast<CompetitionResult>(result);
    m_bar->setValue(m_iterations);
    m_status->setText(tr("Done: the rivals' spreads and the plan learned against them."));
    m_report->setHtml(competitionHtml(m_market->scenario(), *m_result, tr("the plan on screen")));
    m_use->setEnabled(true);
}

void CompetitionDialog::onFailed(const JobTag&, const QString& message)
{
    m_bar->hide();
    m_status->setText(tr("The competition could not be played: %1").arg(message));
}

void CompetitionDialog::reject()
{
    m_job->cancel();
    QDialog::reject();
}

} // namespace kol
