#include "AllocatePanel.h"

#include "ChartKit.h"
#include "core/alloc/MethodRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace kol {

AllocatePanel::AllocatePanel(QWidget* parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_retrain(new QCheckBox(tr("Train a new policy"), this))
    , m_run(new QPushButton(tr("Allocate"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_elapsed(new QLabel(this))
    , m_notes(new QLabel(this))
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
    m_progress->setTextVisible(false);
    m_elapsed->setMinimumWidth(80);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->hide();
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
    auto* charts = new QHBoxLayout(m_charts);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(m_effectChart);
    charts->addWidget(m_lossChart);
    m_charts->setMinimumHeight(220);
    m_charts->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_notes);
    layout->addWidget(m_charts, 1);

    auto updateRetrain = [this] {
        const auto m = MethodRegistry::instance().find(method().toStdString());
        m_retrain->setVisible(m && m->trains);
    };
    connect(m_method, &QComboBox::currentIndexChanged, this, updateRetrain);
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
                           .arg(QString::fromStdString(run->plan.method))
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
        m_method->addItem(QString::fromStdString(m.label), QString::fromStdString(m.name));
        m_method->setItemData(m_method->count() - 1, QString::fromStdString(m.description), Qt::ToolTipRole);
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

void AllocatePanel::start(const JobTag& tag, const QString&, bool trains, long trainSteps, JobWork work)
{
    m_optimalMultiple = 0;
    m_trainSteps = trainSteps;
    if (trains) {
        m_effectChart->clear();
        m_lossChart->clear();
        m_charts->show();
    }
    m_longestStall = 0;
    m_clock.start();
    m_probe.start();
    m_progress->setValue(0);
    m_notes->hide();
    m_job->start(tag, std::move(work));
    setRunning(true);
}

void AllocatePanel::cancel(const QString& reason)
{
    m_job->cancel(reason);
}

void AllocatePanel::showNotes(const std::vector<std::string>& notes)
{
    QStringList lines;
    for (const std::string& note : notes) {
        lines << tr("Note: %1").arg(QString::fromStdString(note));
    }
    m_notes->setStyleSheet(QString());
    m_notes->setText(lines.join(QLatin1Char('\n')));
    m_notes->setVisible(!lines.isEmpty());
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
    m_progress->setValue(static_cast<int>(1000 * std::clamp(p->fraction, 0.0, 1.0)));
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
            it = m_metricSeries.emplace(name, m_lossChart->addSeries(QString::fromStdString(name))).first;
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
    m_elapsed->setText(tr("%1 s").arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1)));
    if (++m_ticks % 25 == 0) { // charts every 250 ms
        m_effectChart->refresh();
        m_lossChart->refresh();
    }
}

} // namespace kol
