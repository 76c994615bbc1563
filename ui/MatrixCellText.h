#pragma once

#include <QString>

namespace kol {

struct MatrixCell;

// How a cell's constraints read in the matrix ("lock 300,000", "≤ 50,000", "off") and in full
// in its tooltip (one line each).
QString cellSummary(const MatrixCell& cell);
QString cellTooltip(const MatrixCell& cell);
// An amount in whole currency units with the locale's thousands separators ("1,250,000").
QString amountText(double amount);
// A share in 0..1 as a percentage with one decimal ("12.5%").
QString shareText(double share);

} // namespace kol
