#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace kol {

// A JSON value for command output. Objects keep insertion order, so output reads as documented.
class Json
{
public:
    Json() = default; // null
    Json(bool v);
    Json(int v);
    Json(int64_t v);
    Json(long long v);
    Json(double v);
    Json(const char* v);
    Json(std::string v);

    static Json array();
    static Json object();

    // Object member (appends or replaces) and array element.
    Json& set(const std::string& key, Json value);
    Json& push(Json value);

    // Compact when indent < 0, else pretty with that many spaces per level.
    std::string dump(int indent = -1) const;

private:
    enum class Type { Null, Bool, Number, Integer, String, Array, Object };
    void write(std::string& out, int indent, int level) const;

    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    long long m_integer = 0;
    std::string m_string;
    std::vector<Json> m_items;
    std::vector<std::pair<std::string, Json>> m_members;
};

// A JSON string literal with every character that needs it escaped.
std::string jsonQuote(const std::string& s);

} // namespace kol
