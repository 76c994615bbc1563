#pragma once

#include "core/model/Result.h"

#include <QString>

namespace kol {

class PlanDocument;

// A PDF report of the plan on screen: a cover with the campaign's requirements and the figures
// against the template, the charts as vector graphics, the strategy matrix, and the KOLs bought
// in each cell; A4, numbered pages. Written atomically (a failure leaves no half file).
Status writePdfReport(const QString& path, const PlanDocument& document);

} // namespace kol
