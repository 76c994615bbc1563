#pragma once

#include <string>
#include <vector>

namespace kol {

// The names of a plan's figures (PlanReport::figures), as the JSON output, the CSV and PDF
// exports, the window and the plan store all spell them.
namespace figure {
inline const char* const effect = "effect";
inline const char* const effectLow = "effect_low";
inline const char* const effectHigh = "effect_high";
inline const char* const spend = "spend";
inline const char* const reach = "reach";
inline const char* const engagements = "engagements";
inline const char* const penalty = "penalty";
inline const char* const hierarchyPenalty = "hierarchy_penalty";
inline const char* const ratioPenalty = "ratio_penalty";
inline const char* const templateEffect = "template_effect";
inline const char* const uplift = "uplift_vs_template";
inline const char* const savings = "savings_vs_template";
inline const char* const seconds = "seconds";
inline const char* const trueEffect = "true_effect";
inline const char* const effectVsRivals = "effect_vs_rivals";
} // namespace figure

// What a figure means, for tables, tooltips and the help page.
struct FigureInfo
{
    const char* name;
    const char* label;       // short, for column headers
    const char* unit;        // "score", "currency", "people", "share", "seconds"
    const char* explanation; // one sentence
};

// Every figure a plan can carry, in the order tables show them.
const std::vector<FigureInfo>& planFigureTable();
// The row of `name`, or nullptr.
const FigureInfo* findFigure(const std::string& name);

} // namespace kol
