#pragma once

// The savings picture painted with QPainter alone (QtGui), as vectors: the PDF report's cover.
#include "core/model/SavingsCurve.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace kol {

/// Each method's effect against the budget in `curves` (budgets on the horizontal axis, in
/// currency units; effects in score units), each method's band shaded, the template's effect at
/// the scenario's budget as a dashed line, and a dotted drop at the budget where each method
/// reaches it (its saving). The legend names each line with `label(method)`; `title`,
/// `budgetTitle` and `effectTitle` are the chart's words. Nothing is painted outside `area`.
void paintSavingsChart(QPainter& painter, const QRectF& area, const SavingsCurves& curves, const QString& title,
                       const QString& budgetTitle, const QString& effectTitle,
                       QString (*label)(const std::string& method));

/// The colour of `method`'s line (the window's Savings chart uses the same).
QColor savingsColour(const std::string& method);

} // namespace kol
