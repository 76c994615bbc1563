#include "CompareView.h"

#include "BackgroundJob.h"
#include "ChartKit.h"
#include "FigureHelp.h"
#include "MatrixCellText.h"
#include "core/session/PlanningSession.h"
#include "core/session/SavingsCurves.h"
#include "report/DisplayNames.h"
#include "report/EngineText.h"
#include "ui/report/SavingsChart.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>
#include <map>

namespace kol {

namespace {
// What the worker hands back: each scenario's figures and its plan's method's curve (or why none).
struct Compared
{
    std::vector<ScenarioFigures> figures;
    std::vector<std::optional<SavingsCurve>> curves;
    std::vector<std::string> notes;
};

QString percent(double v)
{
    return (v >= 0 ? QStringLiteral("+") : QString()) + QLocale().toString(100 * v, 'f', 1) + QLatin1Char('%');
}
} // namespace

CompareView::CompareView(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_run(new QPushButton(tr("Compare"), this))
    , m_state(new QLabel(this))
    , m_note(new QLabel(this))
    , m_figures(new QTableWidget(this))
    , m_chart(new BarChart(tr("Allocation per channel"), this))
    , m_difference(new QTableWidget(this))
    , m_curves(new LineChart(tr("Effect against budget"), tr("budget (thousands)"), tr("effect"), this))
    , m_curveNote(new QLabel(this))
    , m_job(new BackgroundJob(this))
{
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_difference->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_difference->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_state->setWordWrap(true);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Tick 2 to 4 scenarios"), left));
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_run);
    leftLayout->addWidget(m_state);
    leftLayout->addWidget(m_note);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #8a5a00"));
    auto* right = new QSplitter(Qt::Vertical, this);
    auto* top = new QSplitter(this);
    top->addWidget(m_figures);
    top->addWidget(m_chart);
    top->setSizes({420, 380});
    m_chart->setMinimumWidth(320);
    right->addWidget(top);
    auto* bottom = new QSplitter(this);
    bottom->addWidget(m_difference);
    auto* curveSide = new QWidget(this);
    auto* curveLayout = new QVBoxLayout(curveSide);
    curveLayout->setContentsMargins(0, 0, 0, 0);
    curveLayout->addWidget(m_curves, 1);
    curveLayout->addWidget(m_curveNote);
    m_curveNote->setWordWrap(true);
    m_curves->setToolTip(tr("Each scenario's effect at budgets from a quarter to twice its own, with its plan's "
                            "method; the dotted drop marks the budget at which it matches its template's effect"));
    bottom->addWidget(curveSide);
    bottom->setSizes({420, 380});
    right->addWidget(bottom);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(left);
    layout->addWidget(right, 1);
    left->setMaximumWidth(220);
    connect(m_run, &QPushButton::clicked, this, [this] { compare(checked()); });
    connect(m_job, &BackgroundJob::progress, this, [this](const JobTag&, const JobProgress& p) {
        m_state->setText(tr("Computing figures (%1%): %2").arg(static_cast<int>(100 * p.fraction)).arg(p.stage));
    });
    connect(m_job, &BackgroundJob::finished, this, [this](const JobTag&, const std::any& result) {
        m_run->setEnabled(true);
        if (const auto* compared = std::any_cast<Compared>(&result)) {
            m_curveData = compared->curves;
            show(compared->figures);
            showCurves(compared->notes);
        }
    });
    connect(m_job, &BackgroundJob::failed, this, [this](const JobTag&, const QString& problem) {
        m_run->setEnabled(true);
        m_state->setText(tr("Cannot compare: %1").arg(problem));
        Q_EMIT message(tr("Cannot compare: %1").arg(problem));
    });
    connect(m_job, &BackgroundJob::cancelled, this, [this](const JobTag&, const QString& reason) {
        m_run->setEnabled(!m_job->isRunning());
        if (!m_job->isRunning()) {
            m_state->setText(reason.isEmpty() ? tr("Comparison cancelled.")
                                              : tr("Comparison cancelled: %1.").arg(reason));
        }
    });
}

CompareView::~CompareView() = default;

void CompareView::cancel(const QString& reason)
{
    m_job->cancel(reason);
}

void CompareView::setNote(const QString& note)
{
    m_note->setText(note);
}

bool CompareView::isBusy() const
{
    return m_job->isRunning();
}

void CompareView::wait()
{
    m_job->wait();
}

void CompareView::setProject(const QString& path, const QStringList& scenarios)
{
    if (path != m_path) {
        cancel(tr("another project was opened"));
        m_cache = std::make_shared<ScenarioFiguresCache>(); // figures of another project's scenarios
    }
    m_path = path;
    const QStringList before = checked();
    m_list->clear();
    for (const QString& name : scenarios) {
        auto* item = new QListWidgetItem(name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(before.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    if (path.isEmpty()) {
        m_results.clear();
        m_figures->clear();
        m_figures->setRowCount(0);
        m_figures->setColumnCount(0);
        m_difference->clear();
        m_difference->setRowCount(0);
        m_difference->setColumnCount(0);
        m_chart->setData({}, {}, {}, {});
        m_curves->removeAll();
        m_curveNote->clear();
        m_curveData.clear();
        m_state->clear();
    }
}

QStringList CompareView::checked() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            out << m_list->item(i)->text();
        }
    }
    return out;
}

void CompareView::compare(const QStringList& scenarios)
{
    if (scenarios.size() < 2 || scenarios.size() > 4) {
        m_state->setText(tr("Tick 2 to 4 scenarios to compare."));
        return;
    }
    for (int i = 0; i < m_list->count(); ++i) {
        m_list->item(i)->setCheckState(scenarios.contains(m_list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    }
    m_state->setText(tr("Computing figures…"));
    m_run->setEnabled(false);
    const std::string path = m_path.toStdString();
    std::shared_ptr<ScenarioFiguresCache> cache = m_cache;
    std::vector<std::string> names;
    for (const QString& s : scenarios) {
        names.push_back(s.toStdString());
    }
    m_job->start(
        JobTag{scenarios.join(QStringLiteral(", ")), 0, 0},
        [path, names, cache](const JobContext& context, QString& error) -> std::any {
            // Its own read-only connection: SQLite handles are not shared across threads.
            auto session = PlanningSession::open(path, ProjectFile::Access::ReadOnly);
            if (!session) {
                error = QString::fromStdString(session.error());
                return {};
            }
            std::vector<ScenarioFigures> results;
            const double n = static_cast<double>(names.size());
            for (size_t i = 0; i < names.size(); ++i) {
                const QString scenario = QString::fromStdString(names[i]);
                // Each scenario's steps: its market and plan, then each budget the
                // savings search tries ("scenario 2 of 3, 'Lean': budget savings, step 4 of 8").
                auto progress = [&](const FiguresProgress& p) {
                    const QString where
                        = CompareView::tr("scenario %1 of %2, '%3'").arg(i + 1).arg(names.size()).arg(scenario);
                    const QString step = p.step == FiguresProgress::Step::Market
                        ? CompareView::tr("building its market")
                        : p.step == FiguresProgress::Step::Plan
                        ? CompareView::tr("valuing its plan")
                        : CompareView::tr("budget savings with %1, step %2 of at most %3")
                              .arg(QString::fromStdString(p.method))
                              .arg(p.search)
                              .arg(p.searchSteps);
                    context.progress(JobProgress{
                        (static_cast<double>(i) + p.fraction) / n, where + QStringLiteral(": ") + step, {}, {}});
                };
                auto f = scenarioFigures(*session.value(), names[i], context.cancel, progress, cache.get());
                if (context.cancelled()) {
                    return {};
                }
                if (!f) {
                    error = QString::fromStdString(names[i] + ": " + f.error());
                    return {};
                }
                results.push_back(f.take());
            }
            // Each scenario's curve with its plan's method (stored ones are read back).
            Compared out;
            for (size_t i = 0; i < results.size(); ++i) {
                context.progress(JobProgress{
                    0.99,
                    CompareView::tr("effect against budget for '%1'").arg(QString::fromStdString(results[i].name)),
                    {},
                    {}});
                auto curve = planMethodCurve(*session.value(), results[i], 15, context.cancel);
                if (context.cancelled()) {
                    return {};
                }
                out.curves.push_back(curve ? std::optional<SavingsCurve>(curve.take()) : std::nullopt);
                out.notes.push_back(curve ? std::string() : curve.error());
            }
            out.figures = std::move(results);
            return out;
        });
}

void CompareView::showCurves(const std::vector<std::string>& notes)
{
    m_curves->removeAll();
    QStringList lines;
    for (size_t k = 0; k < m_results.size() && k < m_curveData.size(); ++k) {
        const ScenarioFigures& f = m_results[k];
        const QString name = QString::fromStdString(f.name);
        if (!m_curveData[k]) {
            lines << tr("%1: no curve (%2)").arg(name, engineText(k < notes.size() ? notes[k] : std::string()));
            continue;
        }
        const SavingsCurve& c = *m_curveData[k];
        // One colour per scenario (its position), as in the allocation bars' order.
        const QColor colour = savingsColour(k == 0 ? "greedy" : k == 1 ? "optimal" : k == 2 ? "rl" : "other");
        const int s = m_curves->addSeries(tr("%1 (%2)").arg(name, methodLabel(c.method)));
        m_curves->setPen(s, colour, Qt::SolidLine, 2.2);
        for (const CurvePoint& p : c.points) {
            m_curves->append(s, p.budget / 1000, p.effect);
        }
        if (c.method == "template") {
            lines << tr("%1: the template's own plan, the level the other methods' savings are measured against")
                         .arg(name);
        } else if (c.savingBudget) {
            const int mark = m_curves->addSeries(tr("%1 matches its template").arg(name));
            m_curves->setPen(mark, colour, Qt::DotLine, 1.5);
            m_curves->setInLegend(mark, false);
            m_curves->append(mark, *c.savingBudget / 1000, 0);
            m_curves->append(mark, *c.savingBudget / 1000, f.templateEffect);
            lines << tr("%1: its template's effect (%2) with %3 instead of %4 (saves %5)")
                         .arg(name, QLocale().toString(f.templateEffect, 'f', 1), amountText(*c.savingBudget),
                              amountText(f.budget), QLocale().toString(100 * *c.savings, 'f', 1) + QLatin1Char('%'));
        } else {
            lines << tr("%1: no saving (%2)").arg(name, engineText(c.note));
        }
    }
    m_curves->refresh();
    m_curveNote->setText(lines.join(QLatin1Char('\n')));
}

void CompareView::show(const std::vector<ScenarioFigures>& results)
{
    m_results = results;
    const int n = static_cast<int>(m_results.size());
    m_state->setText(tr("Saved plans of %n scenario(s); colours mark differences from the first.", nullptr, n));
    // Figures: one column per scenario.
    const QStringList rows{tr("Method"),
                           tr("Budget"),
                           tr("Spend"),
                           tr("Effect"),
                           tr("Effect vs rivals"),
                           tr("Reach"),
                           tr("Engagements"),
                           tr("Uplift vs template"),
                           tr("Budget savings vs template")};
    m_figures->clear();
    m_figures->setRowCount(rows.size());
    m_figures->setColumnCount(n);
    m_figures->setVerticalHeaderLabels(rows);
    const QStringList rowKeys{QStringLiteral("method"),
                              QString(),
                              QStringLiteral("spend"),
                              QStringLiteral("effect"),
                              QStringLiteral("effect_vs_rivals"),
                              QStringLiteral("reach"),
                              QStringLiteral("engagements"),
                              QStringLiteral("uplift"),
                              QStringLiteral("savings")};
    for (int r = 0; r < rows.size(); ++r) {
        m_figures->verticalHeaderItem(r)->setToolTip(rowKeys[r].isEmpty() ? tr("The scenario's budget and currency")
                                                                          : figure_help::explanation(rowKeys[r]));
    }
    QStringList headers;
    for (const auto& f : m_results) {
        headers << QString::fromStdString(f.name);
    }
    m_figures->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < n; ++c) {
        const ScenarioFigures& f = m_results[static_cast<size_t>(c)];
        const ScenarioFigures& base = m_results.front();
        const std::vector<std::pair<QString, double>> values{
            {methodLabel(f.method), 0},
            {amountText(f.budget) + QLatin1Char(' ') + QString::fromStdString(f.currency), f.budget - base.budget},
            {amountText(f.spend), f.spend - base.spend},
            {QLocale().toString(f.effect, 'f', 1), f.effect - base.effect},
            {f.effectVsRivals ? QLocale().toString(*f.effectVsRivals, 'f', 1) : tr("no rivals"),
             f.effectVsRivals && base.effectVsRivals ? *f.effectVsRivals - *base.effectVsRivals : 0.0},
            {amountText(f.reach), f.reach - base.reach},
            {amountText(f.engagements), f.engagements - base.engagements},
            {percent(f.uplift), f.uplift - base.uplift},
            {f.savings ? QLocale().toString(100 * *f.savings, 'f', 1) + QLatin1Char('%') : tr("none"),
             f.savings && base.savings ? *f.savings - *base.savings : 0.0}};
        for (int r = 0; r < rows.size(); ++r) {
            auto* item = new QTableWidgetItem(values[static_cast<size_t>(r)].first);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            const double d = values[static_cast<size_t>(r)].second;
            if (c > 0 && r > 0 && std::fabs(d) > 1e-9) {
                item->setBackground(d > 0 ? QColor(0xD8, 0xF0, 0xD8) : QColor(0xF6, 0xD8, 0xD8));
            }
            QString tip = rowKeys[r].isEmpty() ? tr("The scenario's budget and currency")
                                               : figure_help::explanation(rowKeys[r]);
            if (c > 0 && r > 0 && std::fabs(d) > 1e-9) {
                tip = tr("%1 than %2").arg(d > 0 ? tr("Higher") : tr("Lower"), headers.front()) + QStringLiteral("\n\n")
                    + tip;
            }
            if (r == rows.size() - 1 && !f.savings) {
                tip = tr("None: %1").arg(engineText(f.savingsNote)) + QStringLiteral("\n\n") + tip;
            }
            if (r == 0 && f.revalued) {
                tip = tr("The saved plan was valued again: it was made on another catalog or model")
                    + QStringLiteral("\n\n") + tip;
            }
            item->setToolTip(tip);
            m_figures->setItem(r, c, item);
        }
    }
    // Allocation per channel: the union of the scenarios' channels.
    QStringList channels;
    for (const auto& f : m_results) {
        for (const auto& ch : f.channels) {
            if (!channels.contains(displayName(ch))) {
                channels << displayName(ch);
            }
        }
    }
    std::vector<std::vector<double>> perChannel;
    for (const auto& f : m_results) {
        std::vector<double> v(static_cast<size_t>(channels.size()), 0.0);
        const size_t perChannelCells = f.phases.size() * f.tiers.size();
        for (size_t i = 0; i < f.amounts.size(); ++i) {
            const QString ch = displayName(f.channels[i / perChannelCells]);
            v[static_cast<size_t>(channels.indexOf(ch))] += f.amounts[i];
        }
        perChannel.push_back(v);
    }
    m_chart->setData(channels, headers, perChannel, tr("amount"));
    // The difference heat map against the first scenario, by cell name.
    std::map<std::string, std::vector<double>> cells; // "channel · tier" x phase name -> amounts per scenario
    QStringList rowNames, phaseNames;
    std::map<std::pair<QString, QString>, std::vector<double>> grid;
    for (int k = 0; k < n; ++k) {
        const ScenarioFigures& f = m_results[static_cast<size_t>(k)];
        for (size_t i = 0; i < f.amounts.size(); ++i) {
            const size_t nt = f.tiers.size(), np = f.phases.size();
            const QString row
                = displayName(f.channels[i / (np * nt)]) + QStringLiteral(" · ") + displayName(f.tiers[i % nt]);
            const QString phase = displayName(f.phases[(i / nt) % np]);
            if (!rowNames.contains(row)) {
                rowNames << row;
            }
            if (!phaseNames.contains(phase)) {
                phaseNames << phase;
            }
            auto& v = grid[{row, phase}];
            v.resize(static_cast<size_t>(n), 0.0);
            v[static_cast<size_t>(k)] = f.amounts[i];
        }
    }
    m_difference->clear();
    m_difference->setRowCount(rowNames.size());
    m_difference->setColumnCount(phaseNames.size() * (n - 1));
    QStringList diffHeaders;
    for (int k = 1; k < n; ++k) {
        for (const QString& p : phaseNames) {
            diffHeaders << tr("%1 − %2\n%3").arg(headers[k], headers.front(), p);
        }
    }
    m_difference->setHorizontalHeaderLabels(diffHeaders);
    m_difference->setVerticalHeaderLabels(rowNames);
    double scale = 1;
    for (const auto& [key, v] : grid) {
        for (int k = 1; k < n; ++k) {
            scale = std::max(scale, std::fabs(v[static_cast<size_t>(k)] - v[0]));
        }
    }
    for (int r = 0; r < rowNames.size(); ++r) {
        for (int k = 1; k < n; ++k) {
            for (int p = 0; p < phaseNames.size(); ++p) {
                const auto it = grid.find({rowNames[r], phaseNames[p]});
                const double d = it == grid.end() ? 0.0 : it->second[static_cast<size_t>(k)] - it->second[0];
                auto* item = new QTableWidgetItem((d > 0 ? QStringLiteral("+") : QString()) + amountText(d));
                item->setTextAlignment(Qt::AlignCenter);
                const double heat = std::min(1.0, std::fabs(d) / scale);
                item->setBackground(d >= 0 ? QColor::fromRgbF(1 - 0.45 * heat, 1 - 0.1 * heat, 1 - 0.45 * heat)
                                           : QColor::fromRgbF(1 - 0.05 * heat, 1 - 0.45 * heat, 1 - 0.45 * heat));
                m_difference->setItem(r, (k - 1) * phaseNames.size() + p, item);
            }
        }
    }
    Q_EMIT compared();
}

} // namespace kol
