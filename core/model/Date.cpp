#include "Date.h"

#include <cstdio>
#include <ctime>

namespace kol {

namespace {
bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}
} // namespace

std::optional<Date> Date::parse(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    auto digits = [&](size_t from, size_t count) -> int {
        int v = 0;
        for (size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') {
                return -1;
            }
            v = v * 10 + (text[i] - '0');
        }
        return v;
    };
    Date d{digits(0, 4), digits(5, 2), digits(8, 2)};
    if (d.year < 1900 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1
        || d.day > daysInMonth(d.year, d.month)) {
        return std::nullopt;
    }
    return d;
}

// Civil-from-days and days-from-civil after Howard Hinnant's public-domain algorithms.
std::optional<Date> Date::parseDateTime(std::string_view text)
{
    if (text.size() <= 10) {
        return parse(text);
    }
    const auto date = parse(text.substr(0, 10));
    if (!date || (text[10] != ' ' && text[10] != 'T')) {
        return std::nullopt;
    }
    std::string_view t = text.substr(11);
    auto twoDigits = [&](size_t at, int max) {
        return at + 2 <= t.size() && t[at] >= '0' && t[at] <= '9' && t[at + 1] >= '0' && t[at + 1] <= '9'
            && (t[at] - '0') * 10 + (t[at + 1] - '0') <= max;
    };
    // HH:MM, then optionally :SS and a fraction, then optionally Z or +hh:mm / -hh:mm.
    if (!twoDigits(0, 23) || t.size() < 5 || t[2] != ':' || !twoDigits(3, 59)) {
        return std::nullopt;
    }
    size_t at = 5;
    if (at < t.size() && t[at] == ':') {
        if (!twoDigits(at + 1, 60)) {
            return std::nullopt;
        }
        at += 3;
        if (at < t.size() && t[at] == '.') {
            ++at;
            while (at < t.size() && t[at] >= '0' && t[at] <= '9') {
                ++at;
            }
        }
    }
    if (at < t.size() && t[at] == 'Z') {
        ++at;
    } else if (at < t.size() && (t[at] == '+' || t[at] == '-')) {
        if (!twoDigits(at + 1, 23) || at + 6 > t.size() || t[at + 3] != ':' || !twoDigits(at + 4, 59)) {
            return std::nullopt;
        }
        at += 6;
    }
    return at == t.size() ? date : std::nullopt;
}

long Date::toDays() const
{
    const int y = year - (month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = static_cast<unsigned>(month + (month > 2 ? -3 : 9));
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::fromDays(long z)
{
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

Date Date::today()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

std::string Date::toString() const
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

} // namespace kol
