#pragma once

// Runs the command line in-process, as the tests of its commands do.
#include "cli/Cli.h"

#include <sstream>
#include <string>
#include <vector>

namespace kol::test {

struct CliRun
{
    int code;
    std::string out;
    std::string err;
};

inline CliRun cli(const std::vector<std::string>& args)
{
    std::ostringstream out, err;
    const int code = kol::runCli(args, out, err);
    return {code, out.str(), err.str()};
}

inline bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace kol::test
