#include "Numbers.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace kol {

std::string_view trimmedView(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

namespace {
std::string_view trimmed(std::string_view s)
{
    return trimmedView(s);
}

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "1,250,000" (separator ',') -> "1250000"; nullopt when the separators are not grouping
// thousands: 1-3 digits without a leading zero, then groups of exactly three.
std::optional<std::string> ungroup(std::string_view integer, char separator)
{
    if (integer.find(separator) == std::string_view::npos) {
        return std::string(integer);
    }
    std::string out;
    size_t group = 0;
    bool first = true;
    for (size_t i = 0; i <= integer.size(); ++i) {
        if (i == integer.size() || integer[i] == separator) {
            if ((first && (group < 1 || group > 3)) || (!first && group != 3)) {
                return std::nullopt;
            }
            first = false;
            group = 0;
            continue;
        }
        if (!isDigit(integer[i])) {
            return std::nullopt;
        }
        if (first && group == 0 && integer[i] == '0') {
            return std::nullopt; // "0,500" is not a grouped thousand
        }
        out += integer[i];
        ++group;
    }
    return out;
}
} // namespace

bool hasPercentSign(std::string_view text)
{
    return endsWith(trimmed(text), "%");
}

std::optional<double> parseMarketNumber(std::string_view text, const NumberStyle& style)
{
    std::string_view s = trimmed(text);
    // The multiplier as a power of ten, applied to the decimal text itself ("64.1" "e3"), so that
    // 64.1K is exactly 64,100 and not 64,099.99999999999.
    int exponent = 0;
    if (style.allowPercent && endsWith(s, "%")) {
        exponent = -2;
        s = trimmed(s.substr(0, s.size() - 1));
    } else if (style.allowMultiplier) {
        struct Unit
        {
            std::string_view suffix;
            int exponent;
        };
        static const Unit units[]
            = {{"万", 4}, {"亿", 8}, {"k", 3}, {"K", 3}, {"m", 6}, {"M", 6}, {"b", 9}, {"B", 9}, {"w", 4}, {"W", 4}};
        for (const Unit& u : units) {
            if (endsWith(s, u.suffix)) {
                exponent = u.exponent;
                s = trimmed(s.substr(0, s.size() - u.suffix.size()));
                break;
            }
        }
    }
    bool negative = false;
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    if (s.empty() || !(isDigit(s.front()) || s.front() == style.decimalMark)) {
        return std::nullopt;
    }
    const char grouping = style.decimalMark == ',' ? '.' : ',';
    if (s.find_first_of("eE") != std::string_view::npos && s.find(grouping) == std::string_view::npos) {
        // Scientific notation, as spreadsheets write large numbers ("1.2E+07").
        std::string number(s);
        for (char& c : number) {
            c = c == style.decimalMark ? '.' : c;
        }
        double v = 0;
        const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), v);
        v *= std::pow(10.0, exponent);
        if (ec != std::errc() || end != number.data() + number.size() || !std::isfinite(v)) {
            return std::nullopt;
        }
        return negative ? -v : v;
    }
    // Split at the decimal mark (the last one), ungroup the integer part, rebuild with '.'.
    const size_t mark = s.rfind(style.decimalMark);
    std::string_view integer = mark == std::string_view::npos ? s : s.substr(0, mark);
    std::string_view fraction = mark == std::string_view::npos ? std::string_view() : s.substr(mark + 1);
    auto plain = ungroup(integer, grouping);
    if (!plain && style.decimalMark == ',' && mark == std::string_view::npos
        && integer.find(grouping) == integer.rfind(grouping)) {
        // A semicolon file with a '.' that groups nothing ("8.5"): a decimal point after all.
        integer = s.substr(0, s.find('.'));
        fraction = s.substr(s.find('.') + 1);
        plain = std::string(integer);
    }
    if (!plain) {
        return std::nullopt;
    }
    for (char c : fraction) {
        if (!isDigit(c)) {
            return std::nullopt; // also catches exponents: "2e6" is no way a sheet writes a count
        }
    }
    std::string number = (plain->empty() ? std::string("0") : *plain)
        + (fraction.empty() ? "" : "." + std::string(fraction)) + (exponent != 0 ? "e" + std::to_string(exponent) : "");
    double v = 0;
    const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), v);
    if (ec != std::errc() || end != number.data() + number.size()) {
        return std::nullopt;
    }
    if (negative) {
        v = -v;
    }
    if (!std::isfinite(v)) {
        return std::nullopt;
    }
    return v;
}

double positiveMedian(std::vector<double> values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !(v > 0) || !std::isfinite(v); }),
                 values.end());
    if (values.empty()) {
        return 1;
    }
    std::nth_element(values.begin(), values.begin() + static_cast<long>(values.size() / 2), values.end());
    return values[values.size() / 2];
}

} // namespace kol
