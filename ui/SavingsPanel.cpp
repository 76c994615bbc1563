#include "SavingsPanel.h"

#include "BackgroundJob.h"
#include "ChartKit.h"
#include "MatrixCellText.h"
#include "PlanDocument.h"
#include "core/session/PlanningSession.h"
#include "report/DisplayNames.h"
#include "report/EngineText.h"
#include "ui/report/SavingsChart.h"

#include <QChart>
#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace kol {

namespace {
QString percentText(double share, bool sign)
{
    return (sign && share >= 0 ? QStringLiteral("+") : QString()) + QLocale().toString(100 * share, 'f', 1)
        + QLatin1Char('%');
}

// Budgets on the chart's axis are in thousands, so that its labels stay short.
constexpr double kAxisUnit = 1000;

// What the worker hands back: the curves and the saved scenario they were computed from.
struct Computed
{
    SavingsCurves curves;
    Scenario saved;
};
} // namespace

SavingsPanel::SavingsPanel(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_doc(document)
    , m_curves(new LineChart(tr("Effect against budget"), tr("budget (thousands)"), tr("effect"), this))
    , m_marginal(new BarChart(tr("Marginal return per channel"), this))
    , m_compute(new QPushButton(tr("Compute savings curves"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_state(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_job(new BackgroundJob(this))
{
    m_compute->setToolTip(tr("Runs every method at 15 budgets from a quarter to twice the scenario's (the saved "
                             "scenario) and marks where each reaches the template's effect: a few seconds to a "
                             "minute"));
    m_marginal->setToolTip(tr("For the plan on screen: how much effect 1% of the budget more would add in each "
                              "channel (put into its best open cell), and how much 1% less would cost (taken from "
                              "the cell where it hurts least). Where more would go, and where cutting hurts least."));
    m_stop->setEnabled(false);
    m_state->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_compute);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_state, 1);
    auto* split = new QSplitter(this);
    split->addWidget(m_curves);
    split->addWidget(m_marginal);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_marginal->setMinimumWidth(220);
    // The summary below names the lines in their colours: a legend would not fit beside them.
    m_curves->chart()->legend()->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);

    connect(m_compute, &QPushButton::clicked, this, &SavingsPanel::compute);
    connect(m_stop, &QPushButton::clicked, this, [this] { cancel(); });
    connect(m_job, &BackgroundJob::progress, this, [this](const JobTag&, const JobProgress& p) {
        m_state->setText(tr("Computing (%1%): %2").arg(static_cast<int>(100 * p.fraction)).arg(p.stage));
    });
    connect(m_job, &BackgroundJob::finished, this, [this](const JobTag& tag, const std::any& result) {
        if (const auto* computed = std::any_cast<Computed>(&result)) {
            m_result = computed->curves;
            m_resultScenario = tag.scenario;
            m_basis = computed->saved;
            m_stale = m_doc->isEmpty() || !(m_doc->scenario() == *m_basis);
            showCurves();
        }
        updateState();
        if (!m_storedOnly || m_result) {
            Q_EMIT computed();
        }
    });
    connect(m_job, &BackgroundJob::failed, this, [this](const JobTag&, const QString& problem) {
        updateState();
        m_state->setText(tr("Cannot compute the curves: %1").arg(engineText(problem.toStdString())));
    });
    connect(m_job, &BackgroundJob::cancelled, this, [this](const JobTag&, const QString& reason) {
        updateState();
        if (!m_job->isRunning() && !m_storedOnly) {
            m_state->setText(reason.isEmpty() ? tr("Stopped.") : tr("Stopped: %1.").arg(reason));
        }
    });
    connect(m_doc, &PlanDocument::changed, this, [this] {
        refreshMarginal();
        if (m_result) {
            m_stale = !m_basis || m_doc->isEmpty() || !(m_doc->scenario() == *m_basis);
        }
        updateState();
    });
    refreshMarginal();
    updateState();
}

SavingsPanel::~SavingsPanel() = default;

void SavingsPanel::setSource(const QString& path, const QString& scenario, bool modified)
{
    if (path != m_path || scenario != m_scenario) {
        cancel(tr("another scenario was opened"));
        m_result.reset();
        m_curves->removeAll();
        m_summary->clear();
        m_basis.reset();
        m_stale = false;
    }
    const bool opened = path != m_path || scenario != m_scenario;
    m_path = path;
    m_scenario = scenario;
    m_modified = modified;
    updateState();
    if (opened && !path.isEmpty() && !scenario.isEmpty()) {
        start(true); // curves stored for the scenario as it is show at once
    }
}

bool SavingsPanel::isBusy() const
{
    return m_job->isRunning();
}

void SavingsPanel::wait()
{
    m_job->wait();
}

void SavingsPanel::cancel(const QString& reason)
{
    m_job->cancel(reason);
}

void SavingsPanel::updateState()
{
    const bool running = m_job->isRunning();
    m_compute->setEnabled(!running && !m_path.isEmpty() && !m_scenario.isEmpty());
    m_stop->setEnabled(running);
    if (running) {
        return;
    }
    if (m_path.isEmpty() || m_scenario.isEmpty()) {
        m_state->setText(tr("Open a project to see what each method saves."));
    } else if (!m_result) {
        m_state->setText(m_modified ? tr("The curves use the scenario as saved: save first to include edits to it.")
                                    : tr("Compute the curves to see the budget each method needs to match the "
                                         "template."));
    } else if (m_stale) {
        m_state->setText(tr("The scenario changed since these curves were computed (they show it as saved): save "
                            "and compute again."));
    } else {
        m_state->setText(tr("Curves of the saved scenario '%1'.").arg(m_resultScenario));
    }
}

void SavingsPanel::compute()
{
    start(false);
}

void SavingsPanel::start(bool storedOnly)
{
    if (m_path.isEmpty() || m_scenario.isEmpty()) {
        return;
    }
    const std::string path = m_path.toStdString(), scenario = m_scenario.toStdString();
    m_stop->setEnabled(!storedOnly);
    m_compute->setEnabled(false);
    m_state->setText(storedOnly ? tr("Looking for stored curves…") : tr("Computing…"));
    m_storedOnly = storedOnly;
    m_job->start(JobTag{m_scenario, 0, 0},
                 [path, scenario, storedOnly](const JobContext& context, QString& error) -> std::any {
                     // Its own connection (SQLite handles are not shared across threads); writable, so that
                     // the curves are kept in the project for next time.
                     auto session = PlanningSession::open(
                         path, storedOnly ? ProjectFile::Access::ReadOnly : ProjectFile::Access::ReadWrite);
                     if (!session) {
                         error = QString::fromStdString(session.error());
                         return {};
                     }
                     std::optional<SavingsCurves> curves;
                     if (storedOnly) {
                         auto stored = storedCurves(*session.value(), scenario);
                         if (!stored || !stored.value()) {
                             return {}; // nothing stored for the scenario as it is: the button computes them
                         }
                         curves = std::move(*stored.value());
                     } else {
                         auto computed = storedOrComputedCurves(
                             *session.value(), scenario, 15,
                             [&](const std::string& method, double f) {
                                 context.progress(JobProgress{f, methodLabel(method), {}, {}});
                             },
                             context.cancel);
                         if (context.cancelled()) {
                             return {};
                         }
                         if (!computed) {
                             error = QString::fromStdString(computed.error());
                             return {};
                         }
                         curves = computed.take();
                     }
                     auto saved = session.value()->scenario(scenario);
                     if (!saved) {
                         error = QString::fromStdString(saved.error());
                         return {};
                     }
                     return Computed{std::move(*curves), saved.take()};
                 });
}

void SavingsPanel::showCurves()
{
    m_curves->removeAll();
    if (!m_result) {
        return;
    }
    const SavingsCurves& c = *m_result;
    for (const SavingsCurve& curve : c.curves) {
        std::vector<QPointF> low, high;
        for (const CurvePoint& p : curve.points) {
            low.emplace_back(p.budget / kAxisUnit, p.effectLow);
            high.emplace_back(p.budget / kAxisUnit, p.effectHigh);
        }
        m_curves->addBand(tr("%1: model's band").arg(methodLabel(curve.method)), low, high,
                          savingsColour(curve.method));
    }
    const double lastBudget
        = c.curves.empty() || c.curves.front().points.empty() ? 2 * c.budget : c.curves.front().points.back().budget;
    const int level = m_curves->addSeries(tr("template's effect"));
    m_curves->setPen(level, QColor(0x55, 0x55, 0x55), Qt::DashLine, 1.5);
    m_curves->append(level, 0, c.templateEffect);
    m_curves->append(level, lastBudget / kAxisUnit, c.templateEffect);
    QStringList lines;
    QStringList key;
    for (const SavingsCurve& curve : c.curves) {
        key << QStringLiteral("<b style='color:%1'>%2</b>")
                   .arg(savingsColour(curve.method).name(), methodLabel(curve.method).toHtmlEscaped());
    }
    lines << tr("%1; dashed: the template's effect at the full budget (%2); dotted: where each method reaches it; "
                "shaded: the model's band.")
                 .arg(key.join(QStringLiteral(", ")), amountText(c.templateEffect));
    for (const SavingsCurve& curve : c.curves) {
        const QColor color = savingsColour(curve.method);
        const int s = m_curves->addSeries(methodLabel(curve.method));
        m_curves->setPen(s, color, Qt::SolidLine, curve.method == "template" ? 1.5 : 2.5);
        for (const CurvePoint& p : curve.points) {
            m_curves->append(s, p.budget / kAxisUnit, p.effect);
        }
        if (curve.method == "template") {
            continue;
        }
        const QString who = QStringLiteral("<b style='color:%1'>%2</b>").arg(color.name(), methodLabel(curve.method));
        if (curve.savingBudget) {
            // The saving: a drop from the template's level to the budget axis.
            const int mark = m_curves->addSeries(tr("%1 reaches the template's effect with %2 (saves %3)")
                                                     .arg(methodLabel(curve.method), amountText(*curve.savingBudget),
                                                          percentText(*curve.savings, false)));
            m_curves->setPen(mark, color, Qt::DotLine, 1.5);
            m_curves->setInLegend(mark, false);
            m_curves->append(mark, *curve.savingBudget / kAxisUnit, c.templateEffect);
            m_curves->append(mark, *curve.savingBudget / kAxisUnit, 0);
            lines << tr("%1 reaches the template's effect (%2) with %3 instead of %4: saves %5 (%6); with the "
                        "full budget it reaches %7 (%8).")
                         .arg(who, amountText(c.templateEffect), amountText(*curve.savingBudget), amountText(c.budget),
                              amountText(c.budget - *curve.savingBudget), percentText(*curve.savings, false),
                              amountText(curve.effectAtBudget), percentText(curve.uplift, true));
        } else {
            lines << tr("%1 has no saving: %2.").arg(who, engineText(curve.note).toHtmlEscaped());
        }
        for (const std::string& gap : curve.missing) {
            lines << tr("%1 has no point at %2.").arg(who, engineText(gap).toHtmlEscaped());
        }
    }
    for (const std::string& left : c.leftOut) {
        lines << engineText(left).toHtmlEscaped();
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_curves->refresh();
}

void SavingsPanel::refreshMarginal()
{
    const auto market = m_doc->market();
    if (m_doc->isEmpty() || !market || m_doc->amounts().size() != static_cast<size_t>(market->cellCount())) {
        m_marginal->setData({}, {}, {}, {});
        return;
    }
    QStringList channels;
    std::vector<double> more, less;
    for (const MarginalReturn& r : marginalReturns(*market, m_doc->amounts())) {
        channels << displayName(r.channel);
        more.push_back(r.gain.value_or(0));
        less.push_back(r.loss ? -*r.loss : 0.0);
    }
    m_marginal->setData(channels, {tr("1% more"), tr("1% less")}, {more, less}, tr("effect"));
}

} // namespace kol
