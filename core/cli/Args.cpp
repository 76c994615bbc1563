#include "Args.h"

#include "base/Text.h"

#include <CLI/CLI.hpp>
#include <charconv>
#include <cmath>

namespace kol {

Result<Args> Args::parse(const std::vector<std::string>& argv, const std::vector<OptionSpec>& spec)
{
    // CLI11 tokenises: "--x v" and "--x=v", flags, "--" ending the options, unknown options and
    // missing values. Values are kept as text: amounts are read by parseAmount (k, m, 万).
    CLI::App app;
    app.set_help_flag();
    app.allow_extras(false);
    Args args;
    std::vector<std::vector<std::string>> values(spec.size());
    std::vector<CLI::Option*> options;
    for (size_t i = 0; i < spec.size(); ++i) {
        const OptionSpec& s = spec[i];
        CLI::Option* o = nullptr;
        if (s.takesValue) {
            o = app.add_option("--" + s.name, values[i])
                    ->expected(1)
                    ->allow_extra_args(false)
                    ->multi_option_policy(s.repeatable ? CLI::MultiOptionPolicy::TakeAll
                                                       : CLI::MultiOptionPolicy::Throw);
        } else {
            o = app.add_flag("--" + s.name)->disable_flag_override();
        }
        options.push_back(o);
    }
    app.add_option("arguments", args.m_positional);
    std::vector<std::string> reversed(argv.rbegin(), argv.rend()); // CLI11 takes them last first
    try {
        app.parse(reversed);
    } catch (const CLI::ParseError& e) {
        const std::string what = e.what();
        for (const OptionSpec& s : spec) {
            const std::string flag = "--" + s.name;
            if (what.find(flag + ":") != std::string::npos || what.rfind(s.name + " ", 0) == 0) {
                if (what.find("missing") != std::string::npos) {
                    return Result<Args>::failure("option " + flag + " needs a value");
                }
                if (what.find("flag override") != std::string::npos) {
                    return Result<Args>::failure("option " + flag + " takes no value");
                }
                return Result<Args>::failure("option " + flag + " is given twice");
            }
        }
        const auto dashes = what.find(": -");
        if (dashes != std::string::npos) {
            std::string option = what.substr(dashes + 2);
            option = option.substr(0, option.find_first_of(" =\n"));
            return Result<Args>::failure("unknown option " + option + " (see --help)");
        }
        return Result<Args>::failure(what);
    }
    for (size_t i = 0; i < spec.size(); ++i) {
        if (spec[i].takesValue) {
            for (const std::string& v : values[i]) {
                args.m_values[spec[i].name].push_back(v);
                args.m_ordered.emplace_back(spec[i].name, v);
            }
        } else if (options[i]->count() > 0) {
            args.m_values[spec[i].name].push_back("");
            args.m_ordered.emplace_back(spec[i].name, "");
        }
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

} // namespace kol
