#pragma once

// What the scenario's rival advertisers cost a plan, as report HTML: the PDF report's competition
// section and the window's Competition view show the same text.
#include "core/alloc/Competition.h"
#include "core/model/Scenario.h"

#include <QString>

namespace kol {

/// The competition section for `scenario` (its rivals) and `result` (playCompetition with the
/// reported plan as its first CompetitionOptions::plans entry): the rivals and their budgets, the
/// plan alone and against the rivals' learned spreads, the plan learned against them and what
/// competition costs, the equilibrium gap, and the most contested cells with their KOLs.
/// `planLabel` names the reported plan ("the plan", a method's label).
QString competitionHtml(const Scenario& scenario, const CompetitionResult& result, const QString& planLabel);

} // namespace kol
