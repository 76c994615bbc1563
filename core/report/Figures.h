#pragma once

#include <functional>
#include <optional>

namespace kol {

// SPEC section 5, as pure functions.

// effect(method, B) / effect(template, B) - 1.
double upliftVsTemplate(double effect, double templateEffect);

// 1 - effect / best.
double gapToBest(double effect, double best);

// 1 - B'/B, where B' is the smallest budget at which `effectAt` reaches `target` (found by
// bisection between 0 and 2B, to `precision` of B). nullopt when even 2B does not reach it.
// `effectAt` should grow with the budget; it is called about log2(2/precision) times.
std::optional<double> budgetSavings(const std::function<double(double budget)>& effectAt, double budget, double target,
                                    double precision = 0.004);

} // namespace kol
