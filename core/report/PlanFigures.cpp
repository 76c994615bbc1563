#include "PlanFigures.h"

namespace kol {

const std::vector<FigureInfo>& planFigureTable()
{
    static const std::vector<FigureInfo> table = {
        {figure::effect, "effect", "score",
         "the plan's value: the composite score of the KOL posts it buys, after audience overlap, carry-over "
         "between phases and channel saturation, less the penalties"},
        {figure::effectLow, "effect (low)", "score",
         "the effect with every prediction at the low end of the performance model's uncertainty"},
        {figure::effectHigh, "effect (high)", "score",
         "the effect with every prediction at the high end of the performance model's uncertainty"},
        {figure::spend, "spend", "currency", "money committed to the KOLs the plan books (at most the amounts)"},
        {figure::reach, "reach", "people", "predicted reach of the booked posts, summed"},
        {figure::engagements, "engagements", "interactions", "predicted likes, comments and shares, summed"},
        {figure::penalty, "penalty", "score",
         "effect lost to soft-rule breaches: tier hierarchy and cells above the maximum cell share"},
        {figure::hierarchyPenalty, "hierarchy penalty", "score",
         "effect lost because a tier gets more than the tier above it"},
        {figure::ratioPenalty, "ratio penalty", "score", "effect lost because a cell exceeds the maximum cell share"},
        {figure::templateEffect, "template effect", "score", "the expert template's effect at the same budget"},
        {figure::uplift, "uplift vs template", "share", "effect / template effect - 1, at the same budget"},
        {figure::savings, "savings vs template", "share",
         "1 - B'/B: the smallest budget B' at which the method reaches the template's effect at budget B"},
        {figure::trueEffect, "true effect", "score",
         "demo projects only: the effect of the same KOLs valued at the demo market's truth (each KOL's typical "
         "post) instead of the model's predictions"},
        {figure::effectVsRivals, "effect vs rivals", "score",
         "the plan's effect when the scenario's rival advertisers buy from the same KOLs with the spreads they "
         "learn (compete), less the penalties; only for scenarios with rivals"},
        {figure::seconds, "seconds", "seconds", "how long the method took"},
    };
    return table;
}

const FigureInfo* findFigure(const std::string& name)
{
    for (const auto& f : planFigureTable()) {
        if (name == f.name) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace kol
