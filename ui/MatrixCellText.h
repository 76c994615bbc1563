#pragma once

#include <QString>

namespace kol {

struct MatrixCell;

// How a cell's constraints read in the matrix ("lock 300,000", "≤ 50,000", "off") and in full
// in its tooltip.
QString cellSummary(const MatrixCell& cell);
QString cellTooltip(const MatrixCell& cell, const QString& cellName);
QString amountText(double amount);

} // namespace kol
