#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace kol {

// Runs one kolplanner-cli invocation (args without the program name). JSON and tables go to
// `out`; messages and errors to `err`. Returns the process exit code: 0 success, 1 failure,
// 2 bad usage.
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace kol
