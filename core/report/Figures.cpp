#include "Figures.h"

#include <algorithm>
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

int budgetSearchSteps(double precision)
{
    // B, perhaps 2B, then at least every other step halves a bracket of width B until it is
    // within precision x B.
    return 2 + 2 * static_cast<int>(std::ceil(std::log2(1.0 / precision)));
}

std::optional<double> budgetSavings(const std::function<double(double)>& effectAt, double budget, double target,
                                    double precision)
{
    // f(b) = effect(b) - target on a bracket [lo, hi] with f(lo) < 0 <= f(hi). No money buys no
    // effect, so f(0) = -target without asking.
    double lo = 0, wlo = -target;
    double hi = budget, whi = effectAt(budget) - target;
    if (whi < 0) {
        lo = budget;
        wlo = whi;
        hi = 2 * budget;
        whi = effectAt(hi) - target;
        if (whi < 0) {
            return std::nullopt;
        }
    }
    // Regula falsi with the Illinois modification (the end that keeps being kept has its value
    // halved), safeguarded: a step that did not halve the bracket is followed by a bisection. The
    // effect grows smoothly with the budget at the scale of the search, so the interpolation
    // lands close to the answer in a few steps; the safeguard bounds the worst case at twice
    // bisection's steps (budgetSearchSteps()).
    int kept = 0; // -1: lo was kept last time, +1: hi
    bool bisect = false;
    while (hi - lo > precision * budget) {
        const double margin = 0.25 * precision * budget;
        double mid = bisect || !(whi > wlo) ? 0.5 * (lo + hi) : lo + (hi - lo) * (-wlo) / (whi - wlo);
        mid = std::clamp(mid, lo + margin, hi - margin);
        const double f = effectAt(mid) - target;
        const double before = hi - lo;
        if (f >= 0) {
            hi = mid;
            whi = f;
            wlo = kept == -1 ? 0.5 * wlo : wlo; // lo kept twice in a row
            kept = -1;
        } else {
            lo = mid;
            wlo = f;
            whi = kept == +1 ? 0.5 * whi : whi;
            kept = +1;
        }
        bisect = !bisect && hi - lo > 0.5 * before;
    }
    return 1 - hi / budget;
}

} // namespace kol
