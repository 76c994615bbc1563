#include "Text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fmt/format.h>
#include <locale>

namespace kol {

namespace {
// Thousands separated by ',' and a '.' decimal point whatever the process's locale: messages and
// tables read the same everywhere (the window formats with the user's locale instead).
const std::locale& groupedLocale()
{
    struct Grouping : std::numpunct<char>
    {
        char do_thousands_sep() const override { return ','; }
        char do_decimal_point() const override { return '.'; }
        std::string do_grouping() const override { return "\3"; }
    };
    static const std::locale locale(std::locale::classic(), new Grouping);
    return locale;
}
} // namespace

std::string formatAmount(double value, int decimals)
{
    if (!std::isfinite(value)) {
        return std::isnan(value) ? "NaN" : (value > 0 ? "inf" : "-inf");
    }
    std::string text = fmt::format(groupedLocale(), "{:.{}Lf}", value, std::max(0, decimals));
    if (const auto dot = text.find('.'); dot != std::string::npos) {
        while (text.back() == '0') {
            text.pop_back();
        }
        if (text.back() == '.') {
            text.pop_back();
        }
    }
    return text == "-0" ? "0" : text;
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

bool isValidUtf8(std::string_view s)
{
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        int extra = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if (c == 0) {
            return false;
        } else if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return false;
        }
        if (i + static_cast<size_t>(extra) >= s.size()) {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
            if ((cc & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        i += static_cast<size_t>(extra) + 1;
    }
    return true;
}

std::string quoteValue(std::string_view text, size_t maxBytes)
{
    static const char* const hex = "0123456789abcdef";
    const bool utf8 = isValidUtf8(text);
    std::string out = "'";
    size_t i = 0;
    while (i < text.size()) {
        if (i >= maxBytes) {
            out += "...";
            break;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80 && utf8) {
            size_t n = 1; // the whole character
            while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) {
                ++n;
            }
            out.append(text.substr(i, n));
            i += n;
            continue;
        }
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7f || c >= 0x80) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
        ++i;
    }
    return out + "'";
}

} // namespace kol
