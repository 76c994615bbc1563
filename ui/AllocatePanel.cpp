#include "AllocatePanel.h"

#include "ChartKit.h"
#include "Settings.h"
#include "core/alloc/MethodRegistry.h"
#include "report/DisplayNames.h"
#include "report/EngineText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace kol {

namespace {
// The names of the metrics methods report while they train (TrainingProgress), for translation.
[[maybe_unused]] const char* const kMetricNames[] = {
    QT_TRANSLATE_NOOP("Metric", "actor loss"),
    QT_TRANSLATE_NOOP("Metric", "critic loss"),
    QT_TRANSLATE_NOOP("Metric", "episode return"),
    QT_TRANSLATE_NOOP("Metric", "duality gap (%)"),
    QT_TRANSLATE_NOOP("Metric", "expected spend (% of budget)"),
};

// A metric's name in the window's language; "return: <agent>" (one return per agent of a
// multi-agent method: "budget" or a channel's name) keeps the channel's name as it is.
QString metricLabel(const std::string& name)
{
    const std::string prefix = "return: ";
    if (name.rfind(prefix, 0) == 0) {
        const std::string agent = name.substr(prefix.size());
        return QCoreApplication::translate("Metric", "return: %1")
            .arg(agent == "budget" ? QCoreApplication::translate("Metric", "budget agent")
                                   : QString::fromStdString(agent));
    }
    return QCoreApplication::translate("Metric", name.c_str());
}
} // namespace

AllocatePanel::AllocatePanel(QWidget* parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_retrain(new QCheckBox(tr("Train a new policy"), this))
    , m_run(new QPushButton(tr("Allocate"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_elapsed(new QLabel(this))
    , m_showCharts(new QToolButton(this))
    , m_notes(new QLabel(this))
    , m_history(new QLabel(this))
    , m_charts(new QWidget(this))
    , m_effectChart(new LineChart(tr("Evaluation effect"), tr("training steps"), tr("× template"), m_charts))
    , m_lossChart(new LineChart(tr("Training"), tr("training steps"), tr("loss, return"), m_charts))
    , m_job(new BackgroundJob(this))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<kol::RunResult>();
    refreshMethods();
    m_method->setObjectName(QStringLiteral("method"));
    m_run->setObjectName(QStringLiteral("allocate"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_retrain->setToolTip(tr("Train the policy again even if the scenario has one"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QString());
    m_elapsed->setMinimumWidth(80);
    m_elapsed->setToolTip(tr("Time since the run started, and for training an estimate of the time left"));
    m_progress->setToolTip(tr("The run under way: its method, its scenario and how far it is"));
    m_method->setToolTip(tr("The allocation method; hover a method in the list for what it does"));
    m_run->setToolTip(tr("Spread the budget over the open cells with the chosen method (Ctrl+R)"));
    m_cancel->setToolTip(tr("Stop the run; the plan stays as it was (Esc)"));
    m_showCharts->setObjectName(QStringLiteral("showCharts"));
    m_showCharts->setText(tr("Charts"));
    m_showCharts->setCheckable(true);
    m_showCharts->setChecked(settings::trainingChartsShown());
    m_showCharts->setToolTip(tr("Show or hide the live training charts"));
    m_showCharts->hide();
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->hide();
    m_history->setObjectName(QStringLiteral("historySummary"));
    m_history->setWordWrap(true);
    m_history->hide();
    m_eval = m_effectChart->addSeries(tr("policy's plan"));
    m_optimal = m_effectChart->addSeries(tr("optimal"));
    m_template = m_effectChart->addSeries(tr("template"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Method"), this));
    bar->addWidget(m_method);
    bar->addWidget(m_retrain);
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_elapsed);
    bar->addWidget(m_showCharts);
    auto* charts = new QHBoxLayout(m_charts);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(m_effectChart);
    charts->addWidget(m_lossChart);
    m_charts->setMinimumHeight(220);
    m_charts->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_history);
    layout->addWidget(m_notes);
    layout->addWidget(m_charts, 1);

    auto updateRetrain = [this] {
        const auto m = MethodRegistry::instance().find(method().toStdString());
        m_retrain->setVisible(m && m->trains);
        setHistorySummary(m_historyText);
    };
    connect(m_method, &QComboBox::currentIndexChanged, this, updateRetrain);
    connect(m_method, &QComboBox::activated, this, [this] { Q_EMIT methodChanged(method()); });
    connect(m_showCharts, &QToolButton::toggled, this, [this](bool on) {
        settings::setTrainingChartsShown(on);
        m_charts->setVisible(on && m_trains);
    });
    updateRetrain();
    connect(m_run, &QPushButton::clicked, this, &AllocatePanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(); });
    m_timer->setInterval(10);
    connect(m_timer, &QTimer::timeout, this, &AllocatePanel::tick);
    connect(m_job, &BackgroundJob::progress, this,
            [this](const JobTag&, const JobProgress& progress) { onProgress(progress); });
    connect(m_job, &BackgroundJob::finished, this, [this](const JobTag& tag, const std::any& result) {
        setRunning(false);
        const auto* run = std::any_cast<RunResult>(&result);
        if (!run) {
            return;
        }
        Q_EMIT message(tr("%1 finished in %2 s; longest GUI stall %3 ms")
                           .arg(methodLabel(run->plan.method))
                           .arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1))
                           .arg(QLocale().toString(m_longestStall, 'f', 0)));
        showNotes(run->plan.notes);
        Q_EMIT allocated(tag, *run);
    });
    connect(m_job, &BackgroundJob::failed, this, [this](const JobTag&, const QString& text) {
        setRunning(false);
        m_notes->setStyleSheet(QStringLiteral("color: #b00020"));
        m_notes->setText(tr("Allocation failed: %1").arg(text));
        m_notes->show();
        Q_EMIT message(tr("Allocation failed: %1").arg(text));
    });
    connect(m_job, &BackgroundJob::cancelled, this, [this](const JobTag& tag, const QString& reason) {
        setRunning(m_job->isRunning()); // a superseding run keeps the panel running
        if (!m_job->isRunning()) {
            Q_EMIT message(reason.isEmpty() ? tr("Cancelled; the plan is unchanged")
                                            : tr("The run for '%1' was cancelled: %2").arg(tag.scenario, reason));
        }
    });
    setRunning(false);
}

void AllocatePanel::refreshMethods()
{
    const QString current = m_method->count() > 0 ? method() : QStringLiteral("optimal");
    const QSignalBlocker block(m_method);
    m_method->clear();
    for (const Method& m : MethodRegistry::instance().methods()) {
        m_method->addItem(methodLabel(m.name), QString::fromStdString(m.name));
        m_method->setItemData(m_method->count() - 1, methodDescription(m.name), Qt::ToolTipRole);
    }
    setMethod(current);
}

QString AllocatePanel::method() const
{
    return m_method->currentData().toString();
}

void AllocatePanel::setMethod(const QString& method)
{
    m_method->setCurrentIndex(std::max(0, m_method->findData(method)));
}

bool AllocatePanel::retrain() const
{
    return m_retrain->isVisible() && m_retrain->isChecked();
}

void AllocatePanel::start(const JobTag& tag, const QString& label, bool trains, long trainSteps, JobWork work,
                          bool evaluates)
{
    m_optimalMultiple = 0;
    m_trainSteps = trainSteps;
    m_trains = trains;
    m_fraction = 0;
    m_runFor = tr("%1 for '%2'").arg(label, tag.scenario);
    m_progress->setFormat(m_runFor + QStringLiteral(" · %p%"));
    m_showCharts->setVisible(trains);
    m_effectChart->setVisible(evaluates);
    if (trains) {
        m_effectChart->clear();
        // The metrics are the method's own: another method's series would linger in the legend.
        m_lossChart->removeAll();
        m_metricSeries.clear();
        m_charts->setVisible(m_showCharts->isChecked());
    }
    m_longestStall = 0;
    m_clock.start();
    m_probe.start();
    m_progress->setValue(0);
    m_notes->hide();
    m_job->start(tag, std::move(work));
    setRunning(true);
}

void AllocatePanel::resetDisplay()
{
    m_trains = false;
    m_effectChart->clear();
    m_lossChart->removeAll();
    m_metricSeries.clear();
    m_charts->hide();
    m_showCharts->hide();
    m_notes->hide();
    m_notes->clear();
    m_runFor.clear();
    m_progress->setFormat(QString());
    m_elapsed->clear();
    m_progress->setValue(0);
}

bool AllocatePanel::chartsShown() const
{
    return m_charts->isVisible();
}

QString AllocatePanel::runText() const
{
    return isRunning() ? m_runFor + QStringLiteral(" · ") + m_elapsed->text() : QString();
}

void AllocatePanel::cancel(const QString& reason)
{
    m_job->cancel(reason);
}

void AllocatePanel::showNotes(const std::vector<std::string>& notes)
{
    QStringList lines;
    for (const std::string& note : notes) {
        lines << tr("Note: %1").arg(engineText(note));
    }
    m_notes->setStyleSheet(QString());
    m_notes->setText(lines.join(QLatin1Char('\n')));
    m_notes->setVisible(!lines.isEmpty());
}

void AllocatePanel::setHistorySummary(const QString& text)
{
    m_historyText = text;
    const bool offline = method() == QLatin1String("offline");
    m_history->setText(text.isEmpty() ? tr("The project has no campaign history: import past campaigns (File › Import "
                                           "past campaigns) for the offline method to learn from.")
                                      : text);
    m_history->setVisible(offline);
}

void AllocatePanel::addNote(const QString& line)
{
    m_notes->setText(m_notes->text().isEmpty() ? line : m_notes->text() + QLatin1Char('\n') + line);
    m_notes->show();
}

void AllocatePanel::onProgress(const JobProgress& jp)
{
    const auto* p = std::any_cast<RunProgress>(&jp.detail);
    if (!p) {
        return;
    }
    if (p->stage == RunProgress::Stage::Reference) {
        m_optimalMultiple = std::isfinite(p->referenceMultiple) ? p->referenceMultiple : 0;
        return;
    }
    m_fraction = std::clamp(p->fraction, 0.0, 1.0);
    m_progress->setValue(static_cast<int>(1000 * m_fraction));
    if (p->stage != RunProgress::Stage::Training || !p->training) {
        return;
    }
    const TrainingProgress& t = *p->training;
    const double x = static_cast<double>(t.steps);
    if (t.evaluated && std::isfinite(t.evalMultiple)) {
        m_effectChart->append(m_eval, x, t.evalMultiple);
        m_effectChart->append(m_template, x, 1.0);
        if (m_optimalMultiple > 0) {
            m_effectChart->append(m_optimal, x, m_optimalMultiple);
        }
    }
    // Every metric the training reports gets its series; each report adds a point (reports come
    // at the end of every episode and at every evaluation, so the curves are dense).
    for (const auto& [name, value] : t.metrics) {
        auto it = m_metricSeries.find(name);
        if (it == m_metricSeries.end()) {
            it = m_metricSeries.emplace(name, m_lossChart->addSeries(metricLabel(name))).first;
        }
        m_lossChart->append(it->second, x, value);
    }
}

void AllocatePanel::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_method->setEnabled(!running);
    m_retrain->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (running) {
        m_timer->start();
    } else {
        m_progress->setFormat(m_runFor.isEmpty() ? QString() : tr("Last run: %1").arg(m_runFor));
        m_timer->stop();
        m_effectChart->refresh();
        m_lossChart->refresh();
        m_progress->setValue(0);
    }
    Q_EMIT runningChanged(running);
}

void AllocatePanel::tick()
{
    // The probe: ticks are 10 ms apart when the event loop is free.
    const double gap = static_cast<double>(m_probe.restart());
    m_longestStall = std::max(m_longestStall, gap - 10.0);
    const double seconds = m_clock.elapsed() / 1000.0;
    QString text = tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
    // Training moves at a steady pace: the time left follows from the share done so far.
    if (m_trains && m_fraction > 0.03 && seconds > 2) {
        const double left = seconds * (1 - m_fraction) / m_fraction;
        text += QStringLiteral(" · ")
            + (left < 90 ? tr("about %1 s left").arg(std::max(1, static_cast<int>(std::lround(left / 5) * 5)))
                         : tr("about %1 min left").arg(static_cast<int>(std::lround(left / 60))));
    }
    m_elapsed->setText(text);
    if (++m_ticks % 25 == 0) { // charts every 250 ms
        m_effectChart->refresh();
        m_lossChart->refresh();
    }
}

} // namespace kol
