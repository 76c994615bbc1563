#include "Amount.h"

#include "Numbers.h"

#include <cmath>
#include <cstdio>

namespace kol {

namespace {
std::string_view trimmed(std::string_view s)
{
    return trimmedView(s);
}

// Removes one currency sign before the number or one 元 after it.
std::string_view withoutCurrency(std::string_view s)
{
    for (std::string_view sign : {"¥", "￥", "$", "€", "£"}) {
        if (s.substr(0, sign.size()) == sign) {
            return trimmed(s.substr(sign.size()));
        }
    }
    constexpr std::string_view yuan = "元";
    if (s.size() > yuan.size() && s.substr(s.size() - yuan.size()) == yuan) {
        return trimmed(s.substr(0, s.size() - yuan.size()));
    }
    return s;
}

std::string plain(double v)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.0f", v);
    return buffer;
}
} // namespace

std::optional<double> parseAmount(const std::string& text)
{
    NumberStyle style;
    style.allowMultiplier = true;
    return parseMarketNumber(text, style);
}

std::optional<double> parseShare(const std::string& text)
{
    NumberStyle style;
    style.allowPercent = true;
    return parseMarketNumber(text, style);
}

std::vector<std::string> splitList(const std::string& text, char sep)
{
    std::vector<std::string> out;
    std::string item;
    for (const char c : text) {
        if (c == sep) {
            out.push_back(item);
            item.clear();
        } else {
            item += c;
        }
    }
    out.push_back(item);
    for (auto& s : out) {
        while (!s.empty() && s.front() == ' ') {
            s.erase(0, 1);
        }
        while (!s.empty() && s.back() == ' ') {
            s.pop_back();
        }
    }
    return out;
}

AmountReading readAmount(std::string_view text, const AmountRules& rules)
{
    AmountReading r;
    std::string_view s = withoutCurrency(trimmed(text));
    NumberStyle style;
    style.decimalMark = rules.decimalMark;
    std::optional<double> v;
    if (hasPercentSign(s)) {
        if (!rules.percentOf) {
            r.problem = AmountProblem::PercentNotAllowed;
            return r;
        }
        style.allowPercent = true;
        if (const auto share = parseMarketNumber(s, style)) {
            v = *share * *rules.percentOf;
        }
    } else {
        style.allowMultiplier = true;
        v = parseMarketNumber(s, style);
    }
    if (!v || !std::isfinite(*v)) {
        r.problem = AmountProblem::NotAnAmount;
    } else if (*v < 0) {
        r.problem = AmountProblem::Negative;
    } else if (*v > rules.maximum) {
        r.problem = AmountProblem::AboveMaximum;
    }
    r.value = v && std::isfinite(*v) ? *v : 0.0;
    return r;
}

std::string amountProblemText(const AmountReading& reading, std::string_view text, const AmountRules& rules)
{
    const std::string quoted = "'" + std::string(text) + "'";
    switch (reading.problem) {
    case AmountProblem::None:
        return {};
    case AmountProblem::NotAnAmount:
        return quoted + " is not an amount (write e.g. 40000, 40,000, 40k, 1.5m or 4万)";
    case AmountProblem::Negative:
        return quoted + " is negative; amounts are 0 or more";
    case AmountProblem::AboveMaximum:
        return quoted + " is more than the largest amount allowed here (" + plain(rules.maximum) + ")";
    case AmountProblem::PercentNotAllowed:
        return quoted + " is a share; write an amount here";
    }
    return {};
}

} // namespace kol
