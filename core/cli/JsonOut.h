#pragma once

// JSON for command output (nlohmann's ordered_json: members print in the order they are set, as
// the documented shapes read).
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kol {

using Json = nlohmann::ordered_json;

// A number as JSON: whole values print without a fraction ("budget": 1000000), NaN and the
// infinities (which JSON has not) as null.
inline Json jsonNumber(double v)
{
    if (!std::isfinite(v)) {
        return nullptr;
    }
    if (std::floor(v) == v && std::fabs(v) < 9e15) {
        return static_cast<int64_t>(v);
    }
    return v;
}

inline Json jsonStrings(const std::vector<std::string>& items)
{
    Json a = Json::array();
    for (const auto& s : items) {
        a.push_back(s);
    }
    return a;
}

// Pretty (indent 2) or compact (indent -1); text that is not UTF-8 is replaced, never thrown on.
inline std::string dumpJson(const Json& j, int indent = 2)
{
    return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

} // namespace kol
