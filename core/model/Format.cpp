#include "Format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace kol {

std::string formatAmount(double value, int decimals)
{
    if (!std::isfinite(value)) {
        return std::isnan(value) ? "NaN" : (value > 0 ? "inf" : "-inf");
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
    std::string digits(buf);
    std::string fraction;
    if (const auto dot = digits.find('.'); dot != std::string::npos) {
        fraction = digits.substr(dot);
        digits.resize(dot);
        while (!fraction.empty() && (fraction.back() == '0' || fraction.back() == '.')) {
            fraction.pop_back();
        }
    }
    std::string grouped;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) {
            grouped += ',';
        }
        grouped += digits[i];
    }
    const bool negative = value < 0 && (grouped != "0" || !fraction.empty());
    return (negative ? "-" : "") + grouped + fraction;
}

std::string formatPercent(double share)
{
    return formatAmount(share * 100.0, 2) + "%";
}

std::string formatExact(double value)
{
    char buf[64];
    if (std::isfinite(value) && std::fabs(value) < 1e15 && std::floor(value) == value) {
        std::snprintf(buf, sizeof buf, "%.0f", value);
        return buf;
    }
    for (int precision = 15; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, value);
        if (std::strtod(buf, nullptr) == value) {
            break;
        }
    }
    return buf;
}

} // namespace kol
