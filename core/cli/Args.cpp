#include "Args.h"

#include "model/Format.h"

#include <charconv>
#include <cmath>

namespace kol {

Result<Args> Args::parse(const std::vector<std::string>& argv, const std::vector<OptionSpec>& spec)
{
    Args args;
    bool optionsEnded = false;
    for (size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (optionsEnded || a.size() < 3 || a.compare(0, 2, "--") != 0) {
            if (a == "--") {
                optionsEnded = true;
                continue;
            }
            args.m_positional.push_back(a);
            continue;
        }
        std::string name = a.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        const OptionSpec* found = nullptr;
        for (const auto& s : spec) {
            found = s.name == name ? &s : found;
        }
        if (!found) {
            return Result<Args>::failure("unknown option --" + name + " (see --help)");
        }
        std::string value;
        if (found->takesValue) {
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < argv.size()) {
                value = argv[++i];
            } else {
                return Result<Args>::failure("option --" + name + " needs a value");
            }
        } else if (inlineValue) {
            return Result<Args>::failure("option --" + name + " takes no value");
        }
        if (!found->repeatable && args.has(name)) {
            return Result<Args>::failure("option --" + name + " is given twice");
        }
        args.m_values[name].push_back(value);
        args.m_ordered.emplace_back(name, value);
    }
    return args;
}

std::optional<std::string> Args::value(const std::string& name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end() || it->second.empty()) {
        return std::nullopt;
    }
    return it->second.back();
}

std::vector<std::string> Args::values(const std::string& name) const
{
    const auto it = m_values.find(name);
    return it == m_values.end() ? std::vector<std::string>{} : it->second;
}

Result<std::optional<double>> Args::number(const std::string& name) const
{
    const auto v = value(name);
    if (!v) {
        return std::optional<double>();
    }
    const auto n = parseAmount(*v);
    if (!n) {
        return Result<std::optional<double>>::failure("option --" + name + ": '" + *v + "' is not a number");
    }
    return std::optional<double>(*n);
}

Result<std::optional<double>> Args::number(const std::string& name, double lo, double hi, bool whole) const
{
    auto v = number(name);
    if (!v || !v.value()) {
        return v;
    }
    const double x = *v.value();
    if (x < lo || x > hi || (whole && x != std::floor(x))) {
        return Result<std::optional<double>>::failure("option --" + name + " must be "
                                                      + (whole ? "a whole number " : "") + "from " + formatAmount(lo)
                                                      + " to " + formatAmount(hi));
    }
    return v;
}

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
