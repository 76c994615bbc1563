#pragma once

// Helpers shared by the command implementations; not part of the CLI's public interface.

#include "Args.h"
#include "Json.h"
#include "market/Market.h"
#include "model/Result.h"
#include "store/ProjectFile.h"

#include <atomic>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace kol {

class Scenario;

struct CliContext
{
    std::ostream& out;
    std::ostream& err;
};

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInterrupted = 130; // Ctrl+C (SIGINT) or SIGTERM stopped a long command cleanly

// While alive, SIGINT and SIGTERM set flag() instead of killing the process, so that training
// and fitting stop at their next step and change nothing. Restores the previous handlers.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;
    static const std::atomic<bool>* flag();
    static bool interrupted();
};

// Prints "kolplanner-cli: error: <message>" (one line) and returns `code`.
int fail(CliContext& ctx, const std::string& message, int code = kExitFailure);

// Parses a command's options; prints its help for --help. Returns nullopt with `exitCode` set
// when the command should stop (help shown or a usage error).
std::optional<Args> parseCommand(CliContext& ctx, const std::vector<std::string>& argv, std::vector<OptionSpec> spec,
                                 const char* help, size_t minPositional, size_t maxPositional, int& exitCode);

enum class OpenFor { Reading, Writing, WritingOrCreate };
Result<std::unique_ptr<ProjectFile>> openProject(CliContext& ctx, const std::string& path, OpenFor mode);

// An open project and one scenario's market (catalog, performance model, value curves).
struct ScenarioMarket
{
    std::unique_ptr<ProjectFile> project;
    Market market;
};
Result<ScenarioMarket> openScenarioMarket(CliContext& ctx, const std::string& path, const std::string& scenario,
                                          OpenFor mode);

Json scenarioToJson(const Scenario& s);
void printScenario(std::ostream& out, const Scenario& s);

int runInit(CliContext& ctx, const std::vector<std::string>& argv);
int runInfo(CliContext& ctx, const std::vector<std::string>& argv);
int runVocab(CliContext& ctx, const std::vector<std::string>& argv);
int runImport(CliContext& ctx, const std::vector<std::string>& argv);
int runScenario(CliContext& ctx, const std::vector<std::string>& argv);
int runDemo(CliContext& ctx, const std::vector<std::string>& argv);
int runFit(CliContext& ctx, const std::vector<std::string>& argv);
int runEvaluate(CliContext& ctx, const std::vector<std::string>& argv);
int runAllocate(CliContext& ctx, const std::vector<std::string>& argv);
int runCompare(CliContext& ctx, const std::vector<std::string>& argv);
int runSelftest(CliContext& ctx, const std::vector<std::string>& argv);
int runTrain(CliContext& ctx, const std::vector<std::string>& argv);
int runExport(CliContext& ctx, const std::vector<std::string>& argv);

// Applies the `scenario set` / `scenario new` options to `s` (nothing else is touched).
Status applyScenarioEdits(Scenario& s, const Args& args, const Vocabulary& vocabulary);
std::vector<OptionSpec> scenarioEditOptions();

} // namespace kol
