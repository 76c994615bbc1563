#pragma once

#include "base/Amount.h"
#include "base/Result.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kol {

struct OptionSpec
{
    std::string name; // without the leading "--"
    bool takesValue = false;
    bool repeatable = false;
};

// Command-line arguments of one command: positionals and --options (as "--x v" or "--x=v").
class Args
{
public:
    static Result<Args> parse(const std::vector<std::string>& argv, const std::vector<OptionSpec>& spec);

    const std::vector<std::string>& positional() const { return m_positional; }
    bool has(const std::string& name) const { return m_values.count(name) > 0; }
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;
    // The option as a number ("1e6", "250k", "1.5m" accepted), with the option named on error.
    Result<std::optional<double>> number(const std::string& name) const;
    // The same, also checked to lie in lo..hi (and to be a whole number when `whole`).
    Result<std::optional<double>> number(const std::string& name, double lo, double hi, bool whole = false) const;
    // Options given, in command-line order (name, value).
    const std::vector<std::pair<std::string, std::string>>& ordered() const { return m_ordered; }

private:
    std::vector<std::string> m_positional;
    std::map<std::string, std::vector<std::string>> m_values;
    std::vector<std::pair<std::string, std::string>> m_ordered;
};

} // namespace kol
