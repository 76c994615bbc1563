#include "AbTestCsv.h"

#include "PlanExport.h"

#include <fmt/format.h>

namespace kol {

std::string abTestCsv(const AbTest& test, const AbRecommendation& r)
{
    std::string csv = "round,variant,segment,impressions,clicks,conversions\n";
    for (const AbResult& row : test.results) {
        csv += fmt::format("{},{},{},{},{},{}\n", row.round, csvField(row.variant), csvField(row.segment),
                           row.impressions, row.clicks, row.conversions);
    }
    csv += "\nmethod,next_round,segment,variant,rate,low,high,prob_best,share\n";
    for (size_t s = 0; s < test.segments.size() && s < r.cells.size(); ++s) {
        for (size_t v = 0; v < test.variants.size() && v < r.cells[s].size(); ++v) {
            const AbCell& c = r.cells[s][v];
            csv += fmt::format("{},{},{},{},{:.6f},{:.6f},{:.6f},{:.4f},{:.4f}\n", r.method, r.nextRound,
                               csvField(test.segments[s].name), csvField(test.variants[v].name), c.rate, c.low, c.high,
                               c.probBest, c.share);
        }
    }
    return csv;
}

} // namespace kol
