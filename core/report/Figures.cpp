#include "Figures.h"

#include <cmath>

namespace kol {

double upliftVsTemplate(double effect, double templateEffect)
{
    return templateEffect != 0 ? effect / templateEffect - 1 : 0;
}

double gapToBest(double effect, double best)
{
    return best != 0 ? 1 - effect / best : 0;
}

std::optional<double> budgetSavings(const std::function<double(double)>& effectAt, double budget, double target,
                                    double precision)
{
    double lo = 0, hi = budget;
    if (effectAt(budget) < target) {
        hi = 2 * budget;
        if (effectAt(hi) < target) {
            return std::nullopt;
        }
        lo = budget;
    }
    while (hi - lo > precision * budget) {
        const double mid = 0.5 * (lo + hi);
        (effectAt(mid) >= target ? hi : lo) = mid;
    }
    return 1 - hi / budget;
}

} // namespace kol
