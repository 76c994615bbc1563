#pragma once

// The PDF report: a function of a scenario and a plan value, drawn with QtGui alone, so that the
// desktop program and the command line (`export --pdf`) write the same report.
#include "core/abtest/AbMethods.h"
#include "core/alloc/Competition.h"
#include "core/base/Result.h"
#include "core/model/PlanReport.h"
#include "core/model/SavingsCurve.h"
#include "core/model/Scenario.h"

#include <string>
#include <vector>

namespace kol {

/// What the report adds beyond the plan, each optional (null or empty: left out).
struct PdfReportExtras
{
    /// Per cell, the price of its cheapest KOL: exempts from the tier hierarchy mark what the
    /// window exempts too (cellIssues()).
    const std::vector<double>* cheapest = nullptr;
    /// The scenario's savings curves: the cover then shows each method's saving and uplift against
    /// the template and the effect-budget chart; without them it says how to compute them.
    const SavingsCurves* curves = nullptr;
    /// Scenarios with rivals: what the rivals cost the plan (competitionHtml(), the plan first
    /// among its plans).
    const CompetitionResult* competition = nullptr;
    /// The scenario's content A/B tests (abTestSection(): rates, intervals, the probability of
    /// being best and the next split by Thompson sampling), on pages of their own at the end.
    std::vector<AbTest> abTests;
};

// Writes the PDF report of `plan` for `scenario` to `path`: a cover with the campaign's
// requirements and the plan's figures beside the expert template's at the same budget
// (`templatePlan`, may be null: the column stays empty), vector charts, the strategy matrix with
// totals and lock and rule marks, the KOLs booked per cell, and `extras`; A4, numbered pages.
// Written through a temporary file and renamed over `path`, so a failure leaves no half file and
// an older report is replaced at once. Errors name the file. Creates an offscreen
// QGuiApplication when the process has none (the command line).
Status writePdfReport(const std::string& path, const Scenario& scenario, const PlanReport& plan,
                      const PlanReport* templatePlan, const PdfReportExtras& extras = {});

} // namespace kol
