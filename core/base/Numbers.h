#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kol {

// How a file writes its numbers: the decimal mark ('.' in comma- and tab-separated files, ','
// in semicolon-separated ones, as spreadsheets in most of Europe write them).
struct NumberStyle
{
    char decimalMark = '.';
    bool allowPercent = false;    // "1.39%" -> 0.0139 (rates and shares)
    bool allowMultiplier = false; // "3.3k", "409.8M", "2B", "1.2万", "3亿" (counts and prices)
};

// A number as marketers write it in the files they have:
// - thousands separators of the file's style: "1,250,000" where the decimal mark is '.',
//   "8.000" and "1.355,90" where it is ','. A separator must be followed by exactly three digits
//   and the first group has no leading zero, so "0.850" is a decimal in either style;
// - with allowMultiplier: k/K (thousand), m/M (million), b/B (billion), w/W and 万 (ten
//   thousand), 亿 (hundred million);
// - with allowPercent: a trailing '%' divides by 100.
// nullopt for anything else (the caller names the file, line and column).
std::optional<double> parseMarketNumber(std::string_view text, const NumberStyle& style);

// `text` without spaces and tabs at either end.
std::string_view trimmedView(std::string_view text);

// Whether `text` ends with a '%' (after spaces).
bool hasPercentSign(std::string_view text);

// A normaliser: the median of the positive finite `values` (the upper one of an even count); 1
// for none. Scores divide by it, so it is never 0, and zeros (posts or cells that reached
// nothing) do not drag it toward 0 and blow up every score.
double positiveMedian(std::vector<double> values);

} // namespace kol
