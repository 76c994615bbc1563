#include "Amount.h"

#include <charconv>
#include <cmath>

namespace kol {

std::optional<double> parseAmount(const std::string& text)
{
    std::string s = text;
    double scale = 1;
    if (!s.empty() && (s.back() == 'k' || s.back() == 'K')) {
        scale = 1e3;
        s.pop_back();
    } else if (!s.empty() && (s.back() == 'm' || s.back() == 'M')) {
        scale = 1e6;
        s.pop_back();
    }
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v * scale)) {
        return std::nullopt;
    }
    return v * scale;
}

std::optional<double> parseShare(const std::string& text)
{
    if (!text.empty() && text.back() == '%') {
        const auto v = parseAmount(text.substr(0, text.size() - 1));
        return v ? std::optional<double>(*v / 100.0) : std::nullopt;
    }
    return parseAmount(text);
}

std::vector<std::string> splitList(const std::string& text, char sep)
{
    std::vector<std::string> out;
    std::string item;
    for (const char c : text) {
        if (c == sep) {
            out.push_back(item);
            item.clear();
        } else {
            item += c;
        }
    }
    out.push_back(item);
    for (auto& s : out) {
        while (!s.empty() && s.front() == ' ') {
            s.erase(0, 1);
        }
        while (!s.empty() && s.back() == ' ') {
            s.pop_back();
        }
    }
    return out;
}

} // namespace kol
