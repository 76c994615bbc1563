#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kol {

// The largest amount of money the product accepts anywhere: one trillion currency units. Sums of
// amounts this size still hold whole units exactly in a double.
inline constexpr double kLargestAmount = 1e12;

// A number as planners type it: "250000", "250,000", "250k", "1.5m", "4万", "2e6"; it may be
// negative. nullopt when it is not a finite number. For weights and other plain numbers; money
// goes through readAmount().
std::optional<double> parseAmount(const std::string& text);
// A share: "30%" or "0.3" -> 0.3.
std::optional<double> parseShare(const std::string& text);
// "a, b,c" -> {"a", "b", "c"} (items trimmed of spaces).
std::vector<std::string> splitList(const std::string& text, char sep = ',');

// What a money field accepts besides plain numbers.
struct AmountRules
{
    char decimalMark = '.';          // the locale's decimal mark ('.' or ','); the other one groups thousands
    std::optional<double> percentOf; // "12%" means 12% of this (the budget); unset: '%' is refused
    double maximum = kLargestAmount; // the largest amount allowed (the budget, for one matrix cell)
};

// Why a typed amount was refused.
enum class AmountProblem {
    None,
    NotAnAmount,      // not a number at all ("abc", "1,2,3")
    Negative,         // "-5000"
    AboveMaximum,     // above AmountRules::maximum
    PercentNotAllowed // "12%" where there is no budget to take it from
};

// A money amount read from typed or pasted text: the value in currency units, or the problem.
struct AmountReading
{
    double value = 0;
    AmountProblem problem = AmountProblem::None;
    explicit operator bool() const { return problem == AmountProblem::None; }
};

// The one amount reader of the product (command line, matrix cells, budget field, paste):
// thousands separators of the locale ("1,250,000"), multipliers k/K, m/M, b/B, w/W, 万, 亿,
// scientific notation ("1.2e6"), a currency sign before or 元 after ("¥40,000", "4万元"), and with
// rules.percentOf a share of it ("12%"). Refuses negative amounts and amounts above the maximum.
AmountReading readAmount(std::string_view text, const AmountRules& rules = {});
// The problem of a reading as one English line quoting `text`; for the command line (the
// window words the same problems in the user's language).
std::string amountProblemText(const AmountReading& reading, std::string_view text, const AmountRules& rules = {});

} // namespace kol
