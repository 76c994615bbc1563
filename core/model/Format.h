#pragma once

#include <string>

namespace kol {

// Numbers for messages and tables: "1,234,567.5" (at most `decimals` places, trailing zeros dropped).
std::string formatAmount(double value, int decimals = 2);
// "30%" / "12.5%" for a share in 0..1.
std::string formatPercent(double share);
// Shortest text that reads back to the same double ("0.1", "1e+12", "1234567").
std::string formatExact(double value);

} // namespace kol
