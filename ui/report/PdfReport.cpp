#include "PdfReport.h"

#include "AbTestReport.h"
#include "CompetitionReport.h"
#include "DisplayNames.h"
#include "EngineText.h"
#include "PaintedCharts.h"
#include "PdfPages.h"
#include "ReportText.h"
#include "SavingsChart.h"
#include "core/base/Text.h"
#include "core/market/PlanEvaluator.h"
#include "core/model/Vocabulary.h"
#include "core/report/PlanFigures.h"
#include "core/report/PlanTotals.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace kol {

namespace {
// The report's words, translated in the context "PdfReport".
struct PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

using namespace report;

double fig(const PlanReport* p, const char* name)
{
    return p ? p->figure(name).value_or(NAN) : NAN;
}

QString optional(double v, QString (*show)(double))
{
    return std::isfinite(v) ? show(v) : QString();
}

// The process needs a QGuiApplication for fonts; the command line has none.
Status ensureGuiApplication()
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return Status::success();
    }
    if (QCoreApplication::instance()) {
        return Status::failure("the PDF report needs a QGuiApplication in this process");
    }
    static int argc = 3;
    static char name[] = "kolplanner", option[] = "-platform", platform[] = "offscreen";
    static char* argv[] = {name, option, platform, nullptr};
    // Qt warns that the offscreen platform has no runtime folder; that is of no use to a planner.
    const QtMessageHandler previous
        = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& text) {
              if (type != QtDebugMsg && type != QtInfoMsg && !text.contains(QStringLiteral("XDG_RUNTIME_DIR"))) {
                  std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
              }
          });
    static QGuiApplication* app = new QGuiApplication(argc, argv); // lives as long as the process
    (void)app;
    qInstallMessageHandler(previous);
    return Status::success();
}

QString cover(const Scenario& s, const PlanReport& plan, const PlanReport* expert)
{
    const StrategyMatrix& m = s.matrix();
    QString phases, shares;
    for (const auto& p : s.phases()) {
        phases += QStringLiteral("<li>%1: %2 – %3</li>")
                      .arg(shown(p.name), html(p.start.toString()), html(p.end.toString()));
    }
    for (const auto& [c, b] : s.rules.channelShares) {
        shares += QStringLiteral("%1 %2–%3; ").arg(shown(c), percent(b.minShare), percent(b.maxShare));
    }
    QString text = PdfReport::tr("<h1>%1</h1><p>KOL plan report · plan made %2 · method: %3</p>")
                       .arg(html(s.name), plan.created.empty() ? PdfReport::tr("(not saved yet)") : html(plan.created),
                            methodLabel(plan.method).toHtmlEscaped());
    text += PdfReport::tr("<h3>Requirements</h3><ul><li>Budget: %1 %2</li><li>Channels: %3</li><li>KOL tiers: %4</li>"
                          "<li>Phases:<ul>%5</ul></li><li>Rules: tier hierarchy %6, max cell share %7%8</li></ul>")
                .arg(amount(plan.budget), html(s.currency),
                     names(m.channels()).join(QStringLiteral(", ")).toHtmlEscaped(),
                     names(m.tiers()).join(QStringLiteral(", ")).toHtmlEscaped(), phases,
                     s.rules.tierHierarchy ? PdfReport::tr("on") : PdfReport::tr("off"), percent(s.rules.maxCellShare),
                     shares.isEmpty() ? QString() : PdfReport::tr("; channel shares %1").arg(shares));
    if (plan.budget != s.budget) {
        text += PdfReport::tr("<p><i>The plan was made for a budget of %1; the scenario's is now %2.</i></p>")
                    .arg(amount(plan.budget), amount(s.budget));
    }
    const double effect = fig(&plan, figure::effect);
    const double templateEffect = std::isfinite(fig(&plan, figure::templateEffect)) ? fig(&plan, figure::templateEffect)
                                                                                    : fig(expert, figure::effect);
    struct Row
    {
        QString label;
        QString plan, expert;
    };
    const Row rows[] = {
        {PdfReport::tr("effect"),
         score(effect)
             + QStringLiteral(" (%1 – %2)")
                   .arg(score(fig(&plan, figure::effectLow)), score(fig(&plan, figure::effectHigh))),
         optional(templateEffect, score)},
        {PdfReport::tr("spend"), amount(fig(&plan, figure::spend)), optional(fig(expert, figure::spend), amount)},
        {PdfReport::tr("reach"), amount(fig(&plan, figure::reach)), optional(fig(expert, figure::reach), amount)},
        {PdfReport::tr("engagements"), amount(fig(&plan, figure::engagements)),
         optional(fig(expert, figure::engagements), amount)},
        {PdfReport::tr("penalty"), score(fig(&plan, figure::penalty)), optional(fig(expert, figure::penalty), score)},
        {PdfReport::tr("uplift vs template"),
         templateEffect > 0 ? percent(effect / templateEffect - 1, true) : QStringLiteral("–"), QStringLiteral("–")},
    };
    text += PdfReport::tr(
        "<h3>Figures against the expert template</h3><table border='1' cellspacing='0' cellpadding='4'>"
        "<tr><th></th><th>plan</th><th>template</th></tr>");
    for (const Row& r : rows) {
        text += QStringLiteral("<tr><td>%1</td>%2%3</tr>").arg(r.label, number(r.plan), number(r.expert));
    }
    text += QStringLiteral("</table>");
    if (!plan.notes.empty()) {
        text += PdfReport::tr("<h3>Notes</h3><ul>");
        for (const auto& n : plan.notes) {
            text += QStringLiteral("<li>%1</li>").arg(said(n));
        }
        text += QStringLiteral("</ul>");
    }
    return text;
}

QString methodName(const std::string& method)
{
    return methodLabel(method);
}

// The headline of the savings picture: what each method saves against the template and what it
// adds at the full budget, or why it saves nothing.
QString savingsText(const SavingsCurves* c)
{
    if (!c) {
        return PdfReport::tr("<h3>Savings against the template</h3><p>The savings curves of this scenario have not "
                             "been computed for it as it is: compute them in the window (Results › Savings) or with "
                             "<i>kolplanner-cli compare --curve</i>, then export again.</p>");
    }
    QString t = PdfReport::tr("<h3>Savings against the template</h3><p>The template's effect at the budget of %1: "
                              "%2.</p><ul>")
                    .arg(amount(c->budget), score(c->templateEffect));
    for (const SavingsCurve& curve : c->curves) {
        if (curve.method == "template") {
            continue;
        }
        if (curve.savingBudget && curve.savings) {
            t += PdfReport::tr("<li><b>%1</b>: the same effect for %2 instead of %3 (saves %4), or %5 more effect "
                               "for the full budget</li>")
                     .arg(methodName(curve.method).toHtmlEscaped(), amount(*curve.savingBudget), amount(c->budget),
                          percent(*curve.savings), percent(curve.uplift));
        } else {
            t += PdfReport::tr("<li><b>%1</b>: no saving (%2); %3 effect at the full budget</li>")
                     .arg(methodName(curve.method).toHtmlEscaped(), said(curve.note), percent(curve.uplift, true));
        }
    }
    for (const std::string& left : c->leftOut) {
        t += QStringLiteral("<li>%1</li>").arg(said(left));
    }
    return t + QStringLiteral("</ul>");
}

QString matrixTable(const Scenario& s, const PlanReport& plan, const std::vector<double>* cheapest)
{
    const StrategyMatrix& m = s.matrix();
    std::vector<double> amounts(static_cast<size_t>(m.cellCount()), 0.0);
    for (const PlanCell& c : plan.cells) {
        if (const auto idx = m.find(c.channel, c.phase, c.tier)) {
            amounts[static_cast<size_t>(m.flatIndex(*idx))] = c.amount;
        }
    }
    const double budget = plan.budget > 0 ? plan.budget : s.budget;
    QString t = PdfReport::tr(
        "<h3>Strategy matrix</h3><p>Amounts and their share of the budget; <i>lock</i> locked, <i>off</i> "
        "disabled, <b>!</b> breaks a rule.</p><table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        "<tr><th>channel</th><th>tier</th>");
    for (const auto& p : m.phases()) {
        t += QStringLiteral("<th>%1</th>").arg(shown(p));
    }
    t += PdfReport::tr("<th>total</th></tr>");
    std::vector<double> columns(static_cast<size_t>(m.phaseCount()), 0.0);
    for (int c = 0; c < m.channelCount(); ++c) {
        for (int tier = 0; tier < m.tierCount(); ++tier) {
            t += QStringLiteral("<tr><td nowrap>%1</td><td nowrap>%2</td>")
                     .arg(shown(m.channels()[static_cast<size_t>(c)]), shown(m.tiers()[static_cast<size_t>(tier)]));
            double row = 0;
            for (int p = 0; p < m.phaseCount(); ++p) {
                const int i = m.flatIndex(CellIndex{c, p, tier});
                const double a = amounts[static_cast<size_t>(i)];
                const MatrixCell& cell = m.cell(CellIndex{c, p, tier});
                QString mark = !cell.enabled ? PdfReport::tr(" <i>off</i>")
                    : cell.locked            ? PdfReport::tr(" <i>lock</i>")
                                             : QString();
                if (!cellIssues(s, amounts, budget, i, cheapest).empty()) {
                    mark += QStringLiteral(" <b>!</b>");
                }
                t += QStringLiteral("<td align='right' nowrap>%1%2<br/><small>%3</small></td>")
                         .arg(amount(a), mark, percent(a / budget));
                row += a;
                columns[static_cast<size_t>(p)] += a;
            }
            t += QStringLiteral("<td align='right' nowrap><b>%1</b></td></tr>").arg(amount(row));
        }
    }
    t += PdfReport::tr("<tr><td colspan='2'><b>total</b></td>");
    double all = 0;
    for (double v : columns) {
        t += QStringLiteral("<td align='right' nowrap><b>%1</b></td>").arg(amount(v));
        all += v;
    }
    return t + QStringLiteral("<td align='right' nowrap><b>%1</b></td></tr></table>").arg(amount(all));
}

QString kolTable(const PlanReport& plan)
{
    // One block per cell (a row naming it and what it buys), then its KOLs; a small font and set
    // column widths, so that a name stays on one or two lines and numbers never wrap.
    QString t = PdfReport::tr("<h3>KOLs per cell</h3>");
    t += QStringLiteral("<table border='1' cellspacing='0' cellpadding='2' width='100%' style='font-size:7pt'>");
    t += PdfReport::tr("<tr><th width='11%'>KOL</th><th width='33%'>name</th><th width='12%'>followers</th>"
                       "<th width='12%'>format</th><th width='10%'>price</th><th width='14%'>predicted reach</th>"
                       "<th width='8%'>score</th></tr>");
    for (const PlanCell& c : plan.cells) {
        if (c.kols.empty()) {
            continue;
        }
        t += QStringLiteral("<tr><td colspan='7' bgcolor='#eeeeee'><b>%1 · %2 · %3</b> — %4</td></tr>")
                 .arg(shown(c.channel), shown(c.phase), shown(c.tier),
                      PdfReport::tr("%n KOL(s) for %1 of %2", nullptr, static_cast<int>(c.kols.size()))
                          .arg(amount(c.spend), amount(c.amount)));
        for (const PlanKol& k : c.kols) {
            t += QStringLiteral("<tr><td>%1</td><td>%2</td>%3<td>%4</td>%5%6%7</tr>")
                     .arg(html(k.id), html(k.name), number(amount(static_cast<double>(k.followers))), shown(k.format),
                          number(amount(k.price)), number(amount(k.reach)),
                          number(QLocale().toString(k.score, 'f', 2)));
        }
    }
    return t + QStringLiteral("</table>");
}
} // namespace

Status writePdfReport(const std::string& path, const Scenario& s, const PlanReport& plan, const PlanReport* expert,
                      const PdfReportExtras& extras)
{
    const std::vector<double>* cheapest = extras.cheapest;
    const SavingsCurves* curves = extras.curves;
    const CompetitionResult* competition = extras.competition;
    if (const Status gui = ensureGuiApplication(); !gui) {
        return Status::failure(path + ": " + gui.message());
    }
    const QString target = QString::fromStdString(path);
    const QString temporary = target + QStringLiteral(".partial");
    QFile::remove(temporary);
    {
        QPdfWriter writer(temporary);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(PdfReport::tr("KOL plan: %1").arg(QString::fromStdString(s.name)));
        writer.setCreator(QStringLiteral("KOL Planner"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            QFile::remove(temporary);
            return Status::failure(path + ": cannot write the PDF");
        }
        PdfPages pages(writer, painter);
        pages.html(cover(s, plan, expert));
        pages.html(savingsText(curves));
        if (curves) {
            pages.paintedToFit(0.2, 0.34, [&](QPainter& p, const QRectF& r) {
                paintSavingsChart(p, r, *curves, PdfReport::tr("Effect against budget"), PdfReport::tr("budget"),
                                  PdfReport::tr("effect"), methodName);
            });
        }
        if (competition) {
            pages.html(competitionHtml(s, *competition, PdfReport::tr("this plan")));
        }

        const StrategyMatrix& m = s.matrix();
        const PlanTotals mine = planTotals(m, plan);
        const PlanTotals theirs = expert ? planTotals(m, *expert) : PlanTotals{};
        const QStringList series = expert ? QStringList{PdfReport::tr("plan"), PdfReport::tr("expert template")}
                                          : QStringList{PdfReport::tr("plan")};
        auto pair = [&](const std::vector<double>& a, const std::vector<double>& b) {
            return expert ? std::vector<std::vector<double>>{a, b} : std::vector<std::vector<double>>{a};
        };
        pages.newPage();
        pages.html(PdfReport::tr("<h3>Charts</h3>"));
        pages.painted(0.28, [&](QPainter& p, const QRectF& r) {
            paintBarChart(p, r, PdfReport::tr("Allocation by channel"), names(m.channels()), series,
                          pair(mine.byChannel, theirs.byChannel), PdfReport::tr("amount"));
        });
        pages.painted(0.28, [&](QPainter& p, const QRectF& r) {
            paintBarChart(p, r, PdfReport::tr("Allocation by phase"), names(m.phases()), series,
                          pair(mine.byPhase, theirs.byPhase), PdfReport::tr("amount"));
        });
        pages.painted(0.28, [&](QPainter& p, const QRectF& r) {
            paintBarChart(p, r, PdfReport::tr("Predicted reach by channel and phase"), names(m.channels()),
                          names(m.phases()), mine.reach, PdfReport::tr("reach"));
        });
        pages.newPage();
        pages.html(matrixTable(s, plan, cheapest));
        pages.newPage();
        pages.html(kolTable(plan));
        for (const AbTest& test : extras.abTests) {
            const AbTestSection section = abTestSection(test);
            pages.newPage();
            pages.html(section.head);
            if (section.paintBest) {
                pages.paintedToFit(0.2, 0.3, section.paintBest);
            }
            for (const QString& table : section.tables) {
                pages.html(table);
            }
        }
        pages.finish();
        if (!painter.end()) {
            QFile::remove(temporary);
            return Status::failure(path + ": cannot write the PDF");
        }
    }
    if (!QFile::exists(temporary)) {
        return Status::failure(path + ": cannot write the PDF");
    }
    // rename(2) replaces an existing report atomically: readers see the old one or the new one.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        const std::string why = std::strerror(errno);
        QFile::remove(temporary);
        return Status::failure(path + ": cannot write the PDF: " + why);
    }
    return Status::success();
}

} // namespace kol
