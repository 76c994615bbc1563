#include "PdfReport.h"

#include "ChartKit.h"
#include "MatrixCellText.h"
#include "PlanDocument.h"
#include "core/model/Format.h"
#include "core/model/Vocabulary.h"
#include "core/report/PlanTotals.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QDateTime>
#include <QFile>
#include <QGraphicsScene>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace kol {

namespace {
QString q(const std::string& s)
{
    return QString(QString::fromStdString(s)).toHtmlEscaped();
}

QString percentText(double v)
{
    return QLocale().toString(100 * v, 'f', 1) + QLatin1Char('%');
}

// Lays out HTML over as many pages as it needs, numbering every page.
class Pages
{
public:
    Pages(QPdfWriter& writer, QPainter& painter)
        : m_writer(writer)
        , m_painter(painter)
    {
        m_area = m_writer.pageLayout().paintRectPixels(m_writer.resolution());
        m_area.moveTo(0, 0);
        m_body = m_area.adjusted(0, 0, 0, -m_writer.resolution() / 3); // room for the page number
    }
    void newPage()
    {
        if (m_y <= 0) {
            return; // this page is still empty
        }
        footer();
        m_writer.newPage();
        ++m_page;
        m_y = 0;
    }
    void html(const QString& html)
    {
        QTextDocument doc;
        doc.setDefaultFont(QFont(QStringLiteral("Sans Serif"), 9));
        doc.setDocumentMargin(0);
        doc.setHtml(html);
        // QTextDocument lays out in points (72 dpi); the writer paints in device pixels.
        const double scale = m_writer.resolution() / 72.0;
        const double width = m_body.width() / scale, pageHeight = m_body.height() / scale;
        doc.setPageSize(QSizeF(width, 1e7)); // measure
        const double height = doc.documentLayout()->documentSize().height() * scale;
        if (height <= m_body.height() - m_y) {
            m_painter.save();
            m_painter.translate(0, m_y);
            m_painter.scale(scale, scale);
            doc.drawContents(&m_painter, QRectF(0, 0, width, height / scale));
            m_painter.restore();
            m_y += height + m_writer.resolution() / 8.0;
            return;
        }
        // Longer than the room left: paginate, so that no line is cut between pages.
        if (m_y > 0) {
            newPage();
        }
        doc.setPageSize(QSizeF(width, pageHeight));
        for (int page = 0; page < doc.pageCount(); ++page) {
            if (page > 0) {
                m_y = m_body.height(); // the previous page is full
                newPage();
            }
            m_painter.save();
            m_painter.scale(scale, scale);
            m_painter.translate(0, -page * pageHeight);
            doc.drawContents(&m_painter, QRectF(0, page * pageHeight, width, pageHeight));
            m_painter.restore();
        }
        m_y = m_body.height(); // the next block starts on a new page
    }
    void chart(QChart* chart, double heightShare)
    {
        const double height = m_body.height() * heightShare;
        if (m_y + height > m_body.height() && m_y > 0) {
            newPage();
        }
        QGraphicsScene scene;
        scene.addItem(chart);
        const double width = m_body.width();
        // Charts lay out at screen size, then scale as vectors into the page.
        const QSizeF screen(800, 800 * height / width);
        chart->resize(screen);
        scene.setSceneRect(QRectF(QPointF(0, 0), screen));
        scene.render(&m_painter, QRectF(0, m_y, width, height), scene.sceneRect());
        scene.removeItem(chart);
        m_y += height + m_writer.resolution() / 10.0;
    }
    void finish() { footer(); }
    int pages() const { return m_page; }

private:
    void footer()
    {
        m_painter.save();
        m_painter.setFont(QFont(QStringLiteral("Sans Serif"), 8));
        m_painter.setPen(Qt::darkGray);
        m_painter.drawText(QRectF(0, m_body.bottom(), m_area.width(), m_area.height() - m_body.height()),
                           Qt::AlignCenter, QObject::tr("Page %1").arg(m_page));
        m_painter.restore();
    }

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QRectF m_area, m_body;
    double m_y = 0;
    int m_page = 1;
};
} // namespace

Status writePdfReport(const QString& path, const PlanDocument& doc)
{
    if (doc.isEmpty() || !doc.market()) {
        return Status::failure(QObject::tr("there is no plan with figures to report").toStdString());
    }
    const Scenario& s = doc.scenario();
    const StrategyMatrix& m = s.matrix();
    const Market& market = *doc.market();
    const PlanOutcome& o = doc.outcome();
    const QString temporary = path + QStringLiteral(".partial");
    QFile::remove(temporary);
    {
        QPdfWriter writer(temporary);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QObject::tr("KOL plan: %1").arg(QString::fromStdString(s.name)));
        writer.setCreator(QStringLiteral("KOL Planner"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            QFile::remove(temporary);
            return Status::failure(path.toStdString() + ": cannot write the PDF");
        }
        Pages pages(writer, painter);

        // Cover: requirements and figures.
        QString phases, channels, shares;
        for (const auto& p : s.phases()) {
            phases += QStringLiteral("<li>%1: %2 – %3</li>").arg(q(p.name), q(p.start.toString()), q(p.end.toString()));
        }
        for (const auto& c : m.channels()) {
            channels += (channels.isEmpty() ? QString() : QStringLiteral(", ")) + q(c);
        }
        for (const auto& [c, b] : s.rules.channelShares) {
            shares += QStringLiteral("%1 %2–%3; ").arg(q(c), percentText(b.minShare), percentText(b.maxShare));
        }
        const double uplift = doc.templateEffect() > 0 ? o.effect / doc.templateEffect() - 1 : 0;
        pages.html(QObject::tr("<h1>%1</h1><p>KOL plan report · %2 · method: %3</p>"
                               "<h3>Requirements</h3><ul><li>Budget: %4 %5</li><li>Channels: %6</li>"
                               "<li>KOL tiers: %7</li><li>Phases:<ul>%8</ul></li>"
                               "<li>Rules: tier hierarchy %9, max cell share %10%11</li></ul>")
                       .arg(q(s.name), QDateTime::currentDateTime().toString(Qt::ISODate), doc.state().method,
                            amountText(s.budget), q(s.currency), channels, q(joinNames(m.tiers(), ", ")), phases,
                            s.rules.tierHierarchy ? QObject::tr("on") : QObject::tr("off"),
                            percentText(s.rules.maxCellShare))
                       .arg(shares.isEmpty() ? QString() : QObject::tr("; channel shares %1").arg(shares)));
        pages.html(QObject::tr("<h3>Figures against the expert template</h3><table border='1' cellspacing='0' "
                               "cellpadding='4'><tr><th></th><th>plan</th><th>template</th></tr>"
                               "<tr><td>effect</td><td align='right'>%1 (%2 – %3)</td><td align='right'>%4</td></tr>"
                               "<tr><td>spend</td><td align='right'>%5</td><td></td></tr>"
                               "<tr><td>reach</td><td align='right'>%6</td><td></td></tr>"
                               "<tr><td>engagements</td><td align='right'>%7</td><td></td></tr>"
                               "<tr><td>penalty</td><td align='right'>%8</td><td></td></tr>"
                               "<tr><td>uplift vs template</td><td align='right'>%9</td><td></td></tr></table>%10")
                       .arg(QLocale().toString(o.effect, 'f', 1), QLocale().toString(o.effectLow, 'f', 1),
                            QLocale().toString(o.effectHigh, 'f', 1), QLocale().toString(doc.templateEffect(), 'f', 1),
                            amountText(o.spend), amountText(o.reach), amountText(o.engagements),
                            QLocale().toString(o.penalty, 'f', 1),
                            (uplift >= 0 ? QStringLiteral("+") : QString()) + percentText(uplift))
                       .arg(o.violations.empty()
                                ? QString()
                                : QObject::tr("<p><b>Breaks:</b> %1</p>").arg(q(o.violations.front()))));

        // Charts, as vector graphics.
        QStringList channelNames, phaseNames;
        for (const auto& c : m.channels()) {
            channelNames << QString::fromStdString(c);
        }
        for (const auto& p : m.phases()) {
            phaseNames << QString::fromStdString(p);
        }
        const PlanTotals plan = planTotals(m, doc.amounts(), &o);
        const PlanTotals expert = planTotals(m, templateAmounts(s, s.budget));
        pages.newPage();
        pages.html(QObject::tr("<h3>Charts</h3>"));
        BarChart allocation(QObject::tr("Allocation by channel"));
        allocation.setData(channelNames, {QObject::tr("plan"), QObject::tr("expert template")},
                           {plan.byChannel, expert.byChannel}, QObject::tr("amount"));
        pages.chart(allocation.chart(), 0.38);
        BarChart reachChart(QObject::tr("Predicted reach by channel and phase"));
        reachChart.setData(channelNames, phaseNames, plan.reach, QObject::tr("reach"));
        pages.chart(reachChart.chart(), 0.38);

        // The matrix.
        QString table
            = QObject::tr("<h3>Strategy matrix</h3><table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                          "<tr><th>channel</th><th>tier</th>");
        for (const QString& p : phaseNames) {
            table += QStringLiteral("<th>%1</th>").arg(p.toHtmlEscaped());
        }
        table += QStringLiteral("</tr>");
        for (int c = 0; c < m.channelCount(); ++c) {
            for (int t = 0; t < m.tierCount(); ++t) {
                table += QStringLiteral("<tr><td>%1</td><td>%2</td>")
                             .arg(q(m.channels()[static_cast<size_t>(c)]), q(m.tiers()[static_cast<size_t>(t)]));
                for (int p = 0; p < m.phaseCount(); ++p) {
                    const int i = m.flatIndex(CellIndex{c, p, t});
                    const double a = doc.amounts()[static_cast<size_t>(i)];
                    table += QStringLiteral("<td align='right'>%1<br/><small>%2</small></td>")
                                 .arg(amountText(a), percentText(a / s.budget));
                }
                table += QStringLiteral("</tr>");
            }
        }
        pages.newPage();
        pages.html(table + QStringLiteral("</table>"));

        // The KOLs per cell.
        QString kols
            = QObject::tr("<h3>KOLs per cell</h3><table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                          "<tr><th>cell</th><th>KOL</th><th>name</th><th>followers</th><th>format</th>"
                          "<th>price</th><th>predicted reach</th><th>score</th></tr>");
        for (int i = 0; i < m.cellCount(); ++i) {
            for (const CurveOption& c : market.curve(i).choose(doc.amounts()[static_cast<size_t>(i)])) {
                const Kol& k = market.kols()[static_cast<size_t>(c.kol)];
                kols += QStringLiteral(
                            "<tr><td>%1</td><td>%2</td><td>%3</td><td align='right'>%4</td><td>%5</td>"
                            "<td align='right'>%6</td><td align='right'>%7</td><td align='right'>%8</td></tr>")
                            .arg(q(m.cellName(m.indexOf(i))), q(k.id), q(k.name),
                                 amountText(static_cast<double>(k.followers)),
                                 q(market.formats()[static_cast<size_t>(c.format)]), amountText(c.price),
                                 amountText(c.reach), QLocale().toString(c.value, 'f', 2));
            }
        }
        pages.newPage();
        pages.html(kols + QStringLiteral("</table>"));
        pages.finish();
        if (!painter.end()) {
            QFile::remove(temporary);
            return Status::failure(path.toStdString() + ": cannot write the PDF");
        }
    }
    // rename(2) replaces an existing report atomically: readers see the old one or the new one.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        const std::string why = std::strerror(errno);
        QFile::remove(temporary);
        return Status::failure(path.toStdString() + ": cannot write the PDF: " + why);
    }
    return Status::success();
}

} // namespace kol
