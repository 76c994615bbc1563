#pragma once

#include "base/Result.h"
#include "model/PlanReport.h"

#include <string>

namespace kol {

// The plan as an Excel workbook (.xlsx, written with libxlsxwriter): a "Figures" sheet (the plan's
// figures with their meanings, its notes), "Cells" (one row per cell: channel, phase, tier,
// amount, spend, effect, reach, engagements, KOLs) and "KOLs" (one row per KOL booked), with real
// numbers in currency format, frozen headers and filters. Text is always written as text, never
// as a formula. Written to a temporary file and renamed over `path`: whole or not at all.
// Errors name the path and libxlsxwriter's reason.
Status writePlanXlsx(const std::string& path, const std::string& scenario, const std::string& currency,
                     const PlanReport& plan);

} // namespace kol
