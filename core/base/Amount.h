#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kol {

// An amount as planners type it: "250000", "250k", "1.5m", "2e6". nullopt when it is not a
// finite number. Used by the command line, the window's matrix and budget field, and paste.
std::optional<double> parseAmount(const std::string& text);
// A share: "30%" or "0.3" -> 0.3.
std::optional<double> parseShare(const std::string& text);
// "a, b,c" -> {"a", "b", "c"} (items trimmed of spaces).
std::vector<std::string> splitList(const std::string& text, char sep = ',');

} // namespace kol
