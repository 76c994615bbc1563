#include "PaintedCharts.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace kol {

namespace {
// Twelve distinct colours: an A/B test has up to 12 variants, one bar each.
const QColor kSeriesColours[]
    = {QColor(0x2E, 0x6F, 0xB5), QColor(0xE0, 0x8A, 0x2C), QColor(0x4C, 0xA3, 0x6B), QColor(0xB5, 0x3A, 0x5A),
       QColor(0x7A, 0x5C, 0xB8), QColor(0x8C, 0x8C, 0x8C), QColor(0x17, 0xA2, 0xB8), QColor(0xC9, 0xB0, 0x1E),
       QColor(0x8B, 0x4A, 0x2B), QColor(0xE3, 0x77, 0xC2), QColor(0x1B, 0x3A, 0x5C), QColor(0x9A, 0xC9, 0x4C)};
} // namespace

std::vector<double> niceTicks(double max, int atMost)
{
    if (!(max > 0) || !std::isfinite(max)) {
        return {0, 1};
    }
    const double raw = max / std::max(1, atMost - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    }
    std::vector<double> ticks;
    for (double t = 0; ticks.size() < 32; t += step) {
        ticks.push_back(t);
        if (t >= max) {
            break;
        }
    }
    return ticks;
}

QString shortNumber(double v)
{
    const double a = std::fabs(v);
    const QLocale locale;
    auto scaled = [&](double unit, const char* suffix) {
        const double x = v / unit;
        return locale.toString(x, 'f', std::fabs(x - std::round(x)) < 1e-9 ? 0 : 1) + QLatin1String(suffix);
    };
    if (a >= 1e9) {
        return scaled(1e9, "B");
    }
    if (a >= 1e6) {
        return scaled(1e6, "M");
    }
    if (a >= 1e3) {
        return scaled(1e3, "k");
    }
    return locale.toString(v, 'f', a < 10 && std::fabs(v - std::round(v)) > 1e-9 ? 1 : 0);
}

void paintChartTitle(QPainter& p, const QRectF& area, const QString& title, const QFont& font, double line)
{
    QFont bold = font;
    bold.setBold(true);
    bold.setPixelSize(13);
    p.setFont(bold);
    p.setPen(Qt::black);
    p.drawText(QRectF(area.left(), area.top(), area.width(), 1.6 * line), Qt::AlignLeft | Qt::AlignVCenter, title);
    p.setFont(font);
}

void paintBarChart(QPainter& p, const QRectF& area, const QString& title, const QStringList& categories,
                   const QStringList& series, const std::vector<std::vector<double>>& values, const QString& valueTitle)
{
    p.save();
    // Pixel sizes: the chart is painted in screen-like units (PdfPages scales it into the page).
    QFont font(QStringLiteral("Sans Serif"));
    font.setPixelSize(11);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const double line = fm.height();
    double max = 0;
    for (const auto& row : values) {
        for (double v : row) {
            max = std::max(max, std::isfinite(v) ? v : 0.0);
        }
    }
    const std::vector<double> ticks = niceTicks(max);
    const double top = ticks.back() > 0 ? ticks.back() : 1;

    // Title, legend, axis room.
    paintChartTitle(p, area, title, font, line);
    // The legend, on as many lines as its entries need; the rest moves down by the extra lines.
    double legendX = area.left();
    double legendY = area.top() + 1.7 * line;
    for (int s = 0; s < series.size(); ++s) {
        const double w = fm.horizontalAdvance(series[s]);
        if (s > 0 && legendX + 0.8 * line + w > area.right()) {
            legendX = area.left();
            legendY += line;
        }
        p.fillRect(QRectF(legendX, legendY + 0.25 * line, 0.6 * line, 0.6 * line),
                   kSeriesColours[static_cast<size_t>(s) % std::size(kSeriesColours)]);
        p.drawText(QRectF(legendX + 0.8 * line, legendY, w + line, line), Qt::AlignLeft | Qt::AlignVCenter, series[s]);
        legendX += 0.8 * line + w + 1.5 * line;
    }
    double labelWidth = fm.horizontalAdvance(valueTitle);
    for (double t : ticks) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(shortNumber(t)));
    }
    const double extra = legendY - (area.top() + 1.7 * line);
    const QRectF plot(area.left() + labelWidth + 0.6 * line, legendY + 2.8 * line,
                      area.width() - labelWidth - 0.8 * line, area.height() - 4.5 * line - 2.6 * line - extra);
    if (plot.width() <= 0 || plot.height() <= 0) {
        p.restore();
        return;
    }
    p.drawText(QRectF(area.left(), legendY + 1.3 * line, labelWidth + line, line), Qt::AlignLeft | Qt::AlignVCenter,
               valueTitle);
    // Grid and value labels.
    for (double t : ticks) {
        const double y = plot.bottom() - plot.height() * t / top;
        p.setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 0));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y - line / 2, labelWidth, line), Qt::AlignRight | Qt::AlignVCenter,
                   shortNumber(t));
    }
    p.setPen(QPen(Qt::black, 0));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    // Bars.
    const int groups = std::max<int>(1, static_cast<int>(categories.size()));
    const int bars = std::max<int>(1, static_cast<int>(series.size()));
    const double groupWidth = plot.width() / groups;
    const double barWidth = 0.8 * groupWidth / bars;
    for (int c = 0; c < categories.size(); ++c) {
        for (int s = 0; s < bars && s < static_cast<int>(values.size()); ++s) {
            const auto& row = values[static_cast<size_t>(s)];
            const double v = c < static_cast<int>(row.size()) && std::isfinite(row[static_cast<size_t>(c)])
                ? std::max(0.0, row[static_cast<size_t>(c)])
                : 0.0;
            const double h = plot.height() * v / top;
            p.fillRect(
                QRectF(plot.left() + c * groupWidth + 0.1 * groupWidth + s * barWidth, plot.bottom() - h, barWidth, h),
                kSeriesColours[static_cast<size_t>(s) % std::size(kSeriesColours)]);
        }
        // Category labels: elided to their group, never overlapping the next.
        p.setPen(Qt::black);
        const QString label = fm.elidedText(categories[c], Qt::ElideRight, groupWidth - 2);
        p.drawText(QRectF(plot.left() + c * groupWidth, plot.bottom() + 0.2 * line, groupWidth, line),
                   Qt::AlignHCenter | Qt::AlignTop, label);
    }
    p.restore();
}

} // namespace kol
