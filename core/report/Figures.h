#pragma once

#include <functional>
#include <optional>

namespace kol {

// SPEC section 5, as pure functions.

// effect(method, B) / effect(template, B) - 1.
double upliftVsTemplate(double effect, double templateEffect);

// 1 - effect / best.
double gapToBest(double effect, double best);

// 1 - B'/B, where B' is the smallest budget at which `effectAt` reaches `target` (SPEC 5: found
// by a bracketing search between 0 and 2B, to `precision` of B: regula falsi safeguarded by
// bisection). nullopt when even 2B does not reach it. `effectAt` should grow with the budget; it
// is called at most budgetSearchSteps(precision) times, typically 4 to 6.
// How many times budgetSavings() calls `effectAt` at most for `precision`.
int budgetSearchSteps(double precision);
std::optional<double> budgetSavings(const std::function<double(double budget)>& effectAt, double budget, double target,
                                    double precision = 0.004);

} // namespace kol
