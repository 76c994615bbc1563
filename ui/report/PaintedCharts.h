#pragma once

// Charts drawn with QPainter alone (QtGui), as vectors: the PDF report's, which the command line
// draws too, where there is no widget toolkit. The window's live charts are ui/ChartKit's.
#include <QRectF>
#include <QString>
#include <QStringList>
#include <vector>

class QFont;
class QPainter;

namespace kol {

// A value axis's ticks: round steps (1, 2, 2.5 or 5 times a power of ten) from 0 to at least `max`.
std::vector<double> niceTicks(double max, int atMost = 6);
// "950", "12k", "1.5M", "2B": axis labels that fit.
QString shortNumber(double value);

// A chart's title in bold at the top of `area` (one line 1.6 × `line` high), then the painter's
// font back to `font`. Charts of this file and SavingsChart.cpp start with it.
void paintChartTitle(QPainter& painter, const QRectF& area, const QString& title, const QFont& font, double line);

// Grouped bars: one group per category, one bar per series (values[series][category]), a value
// axis with round ticks from zero, a legend, and the title above. Non-finite values count as 0.
void paintBarChart(QPainter& painter, const QRectF& area, const QString& title, const QStringList& categories,
                   const QStringList& series, const std::vector<std::vector<double>>& values,
                   const QString& valueTitle);

} // namespace kol
