#include "SavingsChart.h"

#include "PaintedCharts.h"

#include <QColor>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace kol {

QColor savingsColour(const std::string& method)
{
    return method == "template" ? QColor(0x7f, 0x7f, 0x7f)
        : method == "greedy"    ? QColor(0x1f, 0x77, 0xb4)
        : method == "optimal"   ? QColor(0x2c, 0xa0, 0x2c)
        : method == "rl"        ? QColor(0xd6, 0x27, 0x28)
                                : QColor(0x94, 0x67, 0xbd);
}

void paintSavingsChart(QPainter& p, const QRectF& area, const SavingsCurves& c, const QString& title,
                       const QString& budgetTitle, const QString& effectTitle,
                       QString (*label)(const std::string& method))
{
    p.save();
    p.setClipRect(area);
    QFont font(QStringLiteral("Sans Serif"));
    font.setPixelSize(11);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const double line = fm.height();
    double maxBudget = c.budget, maxEffect = c.templateEffect;
    for (const SavingsCurve& curve : c.curves) {
        for (const CurvePoint& pt : curve.points) {
            maxBudget = std::max(maxBudget, pt.budget);
            maxEffect = std::max({maxEffect, pt.effect, pt.effectHigh});
        }
    }
    const std::vector<double> yTicks = niceTicks(maxEffect), xTicks = niceTicks(maxBudget, 5);
    const double yTop = yTicks.back() > 0 ? yTicks.back() : 1, xTop = xTicks.back() > 0 ? xTicks.back() : 1;

    paintChartTitle(p, area, title, font, line);
    // Legend: one entry per method, then the dashed level.
    double x = area.left();
    const double legendY = area.top() + 1.7 * line;
    auto legendEntry = [&](const QPen& pen, const QString& text) {
        p.setPen(pen);
        p.drawLine(QPointF(x, legendY + line / 2), QPointF(x + 1.4 * line, legendY + line / 2));
        p.setPen(Qt::black);
        const double w = fm.horizontalAdvance(text);
        p.drawText(QRectF(x + 1.6 * line, legendY, w + line, line), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += 1.6 * line + w + 1.2 * line;
    };
    for (const SavingsCurve& curve : c.curves) {
        legendEntry(QPen(savingsColour(curve.method), 2), label(curve.method));
    }
    QPen dashed(QColor(0x55, 0x55, 0x55), 1.2);
    dashed.setStyle(Qt::DashLine);
    legendEntry(dashed,
                effectTitle + QStringLiteral(" = ") + label("template") + QStringLiteral(" @ ")
                    + shortNumber(c.budget));

    double labelWidth = fm.horizontalAdvance(effectTitle);
    for (double t : yTicks) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(shortNumber(t)));
    }
    const QRectF plot(area.left() + labelWidth + 0.6 * line, legendY + 2.8 * line,
                      area.width() - labelWidth - 1.2 * line, area.height() - 4.5 * line - 2.6 * line);
    if (plot.width() <= 0 || plot.height() <= 0) {
        p.restore();
        return;
    }
    auto at = [&](double budget, double effect) {
        return QPointF(plot.left() + plot.width() * budget / xTop, plot.bottom() - plot.height() * effect / yTop);
    };
    p.drawText(QRectF(area.left(), legendY + 1.3 * line, labelWidth + line, line), Qt::AlignLeft | Qt::AlignVCenter,
               effectTitle);
    for (double t : yTicks) {
        const double y = at(0, t).y();
        p.setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 0));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y - line / 2, labelWidth, line), Qt::AlignRight | Qt::AlignVCenter,
                   shortNumber(t));
    }
    for (double t : xTicks) {
        const double px = at(t, 0).x();
        p.setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 0));
        p.drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
        p.setPen(Qt::black);
        p.drawText(QRectF(px - 3 * line, plot.bottom() + 0.2 * line, 6 * line, line), Qt::AlignHCenter | Qt::AlignTop,
                   shortNumber(t));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 1.3 * line, plot.width(), line), Qt::AlignHCenter | Qt::AlignTop,
               budgetTitle);
    p.setPen(QPen(Qt::black, 0));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.setRenderHint(QPainter::Antialiasing);
    // Bands first, then the level, the curves and each saving's drop.
    for (const SavingsCurve& curve : c.curves) {
        if (curve.points.size() < 2) {
            continue;
        }
        QPainterPath band;
        band.moveTo(at(curve.points.front().budget, curve.points.front().effectHigh));
        for (const CurvePoint& pt : curve.points) {
            band.lineTo(at(pt.budget, pt.effectHigh));
        }
        for (auto it = curve.points.rbegin(); it != curve.points.rend(); ++it) {
            band.lineTo(at(it->budget, it->effectLow));
        }
        band.closeSubpath();
        QColor fill = savingsColour(curve.method);
        fill.setAlphaF(0.12);
        p.fillPath(band, fill);
    }
    p.setPen(dashed);
    p.drawLine(at(0, c.templateEffect), at(xTop, c.templateEffect));
    for (const SavingsCurve& curve : c.curves) {
        QPainterPath path;
        for (size_t i = 0; i < curve.points.size(); ++i) {
            const QPointF q = at(curve.points[i].budget, curve.points[i].effect);
            i == 0 ? path.moveTo(q) : path.lineTo(q);
        }
        p.setPen(QPen(savingsColour(curve.method), curve.method == "template" ? 1.5 : 2.2));
        p.drawPath(path);
        if (curve.savingBudget && curve.method != "template") {
            QPen dotted(savingsColour(curve.method), 1.2);
            dotted.setStyle(Qt::DotLine);
            p.setPen(dotted);
            p.drawLine(at(*curve.savingBudget, c.templateEffect), at(*curve.savingBudget, 0));
        }
    }
    p.restore();
}

} // namespace kol
