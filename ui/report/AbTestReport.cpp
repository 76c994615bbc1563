#include "AbTestReport.h"

#include "PaintedCharts.h"
#include "ReportText.h"

#include <QCoreApplication>
#include <QPainter>

namespace kol {

namespace {
// The section's words, translated in the context "AbTestReport".
struct AbTestReport
{
    Q_DECLARE_TR_FUNCTIONS(AbTestReport)
};

using namespace report;

QString percent(double share, int decimals = 2)
{
    return QLocale().toString(100 * share, 'f', decimals) + QLatin1Char('%');
}

QString variantsTable(const AbTest& t)
{
    QString text = AbTestReport::tr("<table border='1' cellspacing='0' cellpadding='3'><tr><th>variant</th>"
                                    "<th>headline</th><th>copy</th><th>cover text</th><th>call to action</th></tr>");
    for (const AbVariant& v : t.variants) {
        text += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(html(v.name), html(v.headline), html(v.copy), html(v.cover), html(v.callToAction));
    }
    return text + QStringLiteral("</table>");
}

QString segmentTable(const AbTest& t, const AbRecommendation& r, size_t s)
{
    const AbSegment& seg = t.segments[s];
    QStringList portrait;
    if (!seg.channel.empty()) {
        portrait << shown(seg.channel);
    }
    if (!seg.tier.empty()) {
        portrait << shown(seg.tier);
    }
    if (!seg.ageBand.empty()) {
        portrait << html(seg.ageBand);
    }
    for (const auto& tag : seg.interests) {
        portrait << html(tag);
    }
    QString text
        = QStringLiteral("<p><b>%1</b>%2</p>")
              .arg(html(seg.name),
                   portrait.isEmpty() ? QString() : QStringLiteral(" — ") + portrait.join(QStringLiteral(", ")));
    text += AbTestReport::tr("<table border='1' cellspacing='0' cellpadding='3'><tr><th>variant</th>"
                             "<th>impressions</th><th>clicks</th><th>rate</th><th>95% interval</th>"
                             "<th>P(best)</th><th>next split</th></tr>");
    for (size_t v = 0; v < t.variants.size(); ++v) {
        const AbCell& c = r.cells[s][v];
        text += QStringLiteral(
                    "<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4"
                    "</td><td align='right'>%5 – %6</td><td align='right'>%7</td><td align='right'>%8</td></tr>")
                    .arg(html(t.variants[v].name), amount(static_cast<double>(c.impressions)),
                         amount(static_cast<double>(c.successes)), percent(c.rate), percent(c.low), percent(c.high),
                         percent(c.probBest, 1), percent(c.share, 1));
    }
    return text + QStringLiteral("</table>");
}
} // namespace

AbTestSection abTestSection(const AbTest& t)
{
    AbTestSection section;
    int64_t impressions = 0;
    for (const AbResult& row : t.results) {
        impressions += row.impressions;
    }
    section.head = AbTestReport::tr("<h3>A/B test: %1</h3>").arg(html(t.name));
    if (!t.brief.empty()) {
        section.head += AbTestReport::tr("<p>Brief: %1</p>").arg(html(t.brief));
    }
    section.head += variantsTable(t);
    AbOptions options;
    options.seed = 1;
    auto r = recommendAb(t, "thompson", options);
    if (!r) {
        section.head += QStringLiteral("<p>%1</p>").arg(said(r.error()));
        return section;
    }
    section.head += AbTestReport::tr("<p>%n round(s) so far, %1 impressions. Each variant's click-through rate per "
                                     "segment with its 95% interval, the probability that it is the segment's best "
                                     "and the split Thompson sampling recommends for round %2.</p>",
                                     nullptr, t.lastRound())
                        .arg(amount(static_cast<double>(impressions)))
                        .arg(r->nextRound);
    for (size_t s = 0; s < t.segments.size(); ++s) {
        section.tables << segmentTable(t, r.value(), s);
    }
    for (const auto& note : r->notes) {
        section.tables << QStringLiteral("<p>%1</p>").arg(said(note));
    }
    QStringList segments, variants;
    for (const AbSegment& s : t.segments) {
        segments << QString::fromStdString(s.name);
    }
    std::vector<std::vector<double>> best(t.variants.size(), std::vector<double>(t.segments.size()));
    for (size_t v = 0; v < t.variants.size(); ++v) {
        variants << QString::fromStdString(t.variants[v].name);
        for (size_t s = 0; s < t.segments.size(); ++s) {
            best[v][s] = 100 * r->cells[s][v].probBest;
        }
    }
    const QString title
        = AbTestReport::tr("%1: probability of being the segment's best").arg(QString::fromStdString(t.name));
    section.paintBest = [segments, variants, best, title](QPainter& p, const QRectF& area) {
        paintBarChart(p, area, title, segments, variants, best, AbTestReport::tr("%"));
    };
    return section;
}

} // namespace kol
