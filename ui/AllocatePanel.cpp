#include "AllocatePanel.h"

#include "ChartKit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

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
    , m_runner(new AllocationRunner(this))
    , m_timer(new QTimer(this))
{
    m_method->addItem(tr("Expert template"), QStringLiteral("template"));
    m_method->addItem(tr("Greedy"), QStringLiteral("greedy"));
    m_method->addItem(tr("Optimal search"), QStringLiteral("optimal"));
    m_method->addItem(tr("Reinforcement learning (DDPG)"), QStringLiteral("rl"));
    m_method->setCurrentIndex(2);
    m_method->setObjectName(QStringLiteral("method"));
    m_run->setObjectName(QStringLiteral("allocate"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_retrain->setToolTip(tr("Train the RL policy again even if the scenario has one"));
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
    m_return = m_lossChart->addSeries(tr("episode return (shaped)"));
    m_actor = m_lossChart->addSeries(tr("actor loss"));
    m_critic = m_lossChart->addSeries(tr("critic loss"));

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
        m_retrain->setVisible(method() == QStringLiteral("rl"));
    };
    connect(m_method, &QComboBox::currentIndexChanged, this, updateRetrain);
    updateRetrain();
    connect(m_run, &QPushButton::clicked, this, &AllocatePanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &AllocatePanel::cancel);
    m_timer->setInterval(10);
    connect(m_timer, &QTimer::timeout, this, &AllocatePanel::tick);
    connect(m_runner, &AllocationRunner::progress, this, [this](double fraction, double) {
        m_progress->setValue(static_cast<int>(1000 * std::clamp(fraction, 0.0, 1.0)));
    });
    connect(m_runner, &AllocationRunner::trainingProgress, this,
            [this](long steps, double actorLoss, double criticLoss, double episodeReturn, double evalReturn,
                   bool evaluated) {
                m_progress->setValue(static_cast<int>(1000.0 * static_cast<double>(steps)
                                                      / static_cast<double>(std::max(1L, m_trainSteps))));
                const double x = static_cast<double>(steps);
                if (steps % 100 == 0) {
                    m_lossChart->append(m_return, x, episodeReturn);
                }
                if (evaluated) {
                    m_effectChart->append(m_eval, x, evalReturn);
                    m_effectChart->append(m_template, x, 1.0);
                    if (m_optimalMultiple > 0) {
                        m_effectChart->append(m_optimal, x, m_optimalMultiple);
                    }
                }
                if (steps % 500 == 0) {
                    m_lossChart->append(m_actor, x, actorLoss);
                    m_lossChart->append(m_critic, x, criticLoss);
                }
            });
    connect(m_runner, &AllocationRunner::finished, this,
            [this](const Allocation& a, const std::optional<AllocationPolicy>& trained) {
                setRunning(false);
                QString text = tr("%1 finished in %2 s; longest GUI stall %3 ms")
                                   .arg(QString::fromStdString(a.method))
                                   .arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1))
                                   .arg(QLocale().toString(m_longestStall, 'f', 0));
                QStringList notes;
                for (const std::string& note : a.notes) {
                    notes << tr("Note: %1").arg(QString::fromStdString(note));
                }
                m_notes->setStyleSheet(QString());
                m_notes->setText(notes.join(QLatin1Char('\n')));
                m_notes->setVisible(!notes.isEmpty());
                Q_EMIT message(text);
                Q_EMIT allocated(a, trained);
            });
    connect(m_runner, &AllocationRunner::reference, this, [this](double multiple) { m_optimalMultiple = multiple; });
    connect(m_runner, &AllocationRunner::failed, this, [this](const QString& text) {
        setRunning(false);
        m_notes->setStyleSheet(QStringLiteral("color: #b00020"));
        m_notes->setText(tr("Allocation failed: %1").arg(text));
        m_notes->show();
        Q_EMIT message(tr("Allocation failed: %1").arg(text));
    });
    setRunning(false);
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
    return m_retrain->isChecked();
}

void AllocatePanel::start(AllocationRunner::Job job)
{
    m_optimalMultiple = 0;
    m_trainSteps = job.trainSteps;
    const bool training = job.method == QStringLiteral("rl") && !job.policy;
    if (training) {
        m_effectChart->clear();
        m_lossChart->clear();
        m_charts->show();
    }
    m_longestStall = 0;
    m_clock.start();
    m_probe.start();
    m_progress->setValue(0);
    m_notes->hide();
    setRunning(true);
    m_runner->start(std::move(job));
}

void AllocatePanel::cancel()
{
    if (!m_active) {
        return;
    }
    m_runner->cancel();
    setRunning(false);
    Q_EMIT message(tr("Cancelled; the plan is unchanged"));
}

void AllocatePanel::setRunning(bool running)
{
    m_active = running;
    m_run->setEnabled(!running);
    m_method->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (running) {
        m_timer->start();
    } else {
        m_timer->stop();
        m_effectChart->refresh();
        m_lossChart->refresh();
        m_progress->setValue(0);
    }
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
