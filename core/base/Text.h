#pragma once

#include <string>
#include <string_view>

namespace kol {

// Numbers for messages and tables: "1,234,567.5" (at most `decimals` places, trailing zeros dropped).
std::string formatAmount(double value, int decimals = 2);
// "30%" / "12.5%" for a share in 0..1.
std::string formatPercent(double share);
// Shortest text that reads back to the same double ("0.1", "1e+12", "1234567").
std::string formatExact(double value);

// True when `s` is well-formed UTF-8 without NUL bytes.
bool isValidUtf8(std::string_view s);
// A value from a file or the user, for a one-line message: in single quotes, control characters
// and bytes that are not UTF-8 written as \n, \t, \xNN, and cut after `maxBytes` (at a character
// boundary) with "...".
std::string quoteValue(std::string_view text, size_t maxBytes = 40);

} // namespace kol
