#include "Json.h"

#include "model/Format.h"

#include <cmath>
#include <cstdio>

namespace kol {

Json::Json(bool v)
    : m_type(Type::Bool)
    , m_bool(v)
{
}
Json::Json(int v)
    : m_type(Type::Integer)
    , m_integer(v)
{
}
Json::Json(int64_t v)
    : m_type(Type::Integer)
    , m_integer(static_cast<long long>(v))
{
}
Json::Json(long long v)
    : m_type(Type::Integer)
    , m_integer(v)
{
}
Json::Json(double v)
    : m_type(Type::Number)
    , m_number(v)
{
}
Json::Json(const char* v)
    : m_type(Type::String)
    , m_string(v)
{
}
Json::Json(std::string v)
    : m_type(Type::String)
    , m_string(std::move(v))
{
}

Json Json::array()
{
    Json j;
    j.m_type = Type::Array;
    return j;
}

Json Json::object()
{
    Json j;
    j.m_type = Type::Object;
    return j;
}

Json& Json::set(const std::string& key, Json value)
{
    m_type = Type::Object;
    for (auto& [k, v] : m_members) {
        if (k == key) {
            v = std::move(value);
            return *this;
        }
    }
    m_members.emplace_back(key, std::move(value));
    return *this;
}

Json& Json::push(Json value)
{
    m_type = Type::Array;
    m_items.push_back(std::move(value));
    return *this;
}

std::string jsonQuote(const std::string& s)
{
    std::string out = "\"";
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    return out + "\"";
}

std::string Json::dump(int indent) const
{
    std::string out;
    write(out, indent, 0);
    return out;
}

void Json::write(std::string& out, int indent, int level) const
{
    const auto newline = [&](int lvl) {
        if (indent >= 0) {
            out += '\n';
            out.append(static_cast<size_t>(indent * lvl), ' ');
        }
    };
    switch (m_type) {
    case Type::Null:
        out += "null";
        break;
    case Type::Bool:
        out += m_bool ? "true" : "false";
        break;
    case Type::Integer:
        out += std::to_string(m_integer);
        break;
    case Type::Number:
        // JSON has no NaN or infinity.
        out += std::isfinite(m_number) ? formatExact(m_number) : "null";
        break;
    case Type::String:
        out += jsonQuote(m_string);
        break;
    case Type::Array:
        out += '[';
        for (size_t i = 0; i < m_items.size(); ++i) {
            out += i ? "," : "";
            newline(level + 1);
            m_items[i].write(out, indent, level + 1);
        }
        if (!m_items.empty()) {
            newline(level);
        }
        out += ']';
        break;
    case Type::Object:
        out += '{';
        for (size_t i = 0; i < m_members.size(); ++i) {
            out += i ? "," : "";
            newline(level + 1);
            out += jsonQuote(m_members[i].first);
            out += indent >= 0 ? ": " : ":";
            m_members[i].second.write(out, indent, level + 1);
        }
        if (!m_members.empty()) {
            newline(level);
        }
        out += '}';
        break;
    }
}

} // namespace kol
