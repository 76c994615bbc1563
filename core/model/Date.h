#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kol {

// A calendar date (proleptic Gregorian), stored in project files as ISO "YYYY-MM-DD".
struct Date
{
    int year = 1970;
    int month = 1;
    int day = 1;

    // Strict ISO 8601 calendar date; nullopt for anything else (including 2026-02-30).
    static std::optional<Date> parse(std::string_view text);
    // A date with an optional time of day, as exports of post histories write them:
    // "2025-02-23", "2025-02-23 10:48", "2025-02-23 10:48:59", "2025-02-23T10:48:59Z",
    // "2025-02-23T10:48:59.123+08:00". The date part counts; the time must be valid.
    static std::optional<Date> parseDateTime(std::string_view text);
    static Date fromDays(long days);
    static Date today();

    long toDays() const; // days since 1970-01-01
    Date addDays(long days) const { return fromDays(toDays() + days); }
    std::string toString() const;

    bool operator==(const Date& o) const { return year == o.year && month == o.month && day == o.day; }
    bool operator!=(const Date& o) const { return !(*this == o); }
    bool operator<(const Date& o) const { return toDays() < o.toDays(); }
    bool operator<=(const Date& o) const { return toDays() <= o.toDays(); }
};

} // namespace kol
