#pragma once

// What the commands share; not part of the CLI's public interface (Cli.h).

#include "Args.h"
#include "JsonOut.h"
#include "base/Result.h"
#include "model/Rival.h"
#include "session/PlanningSession.h"
#include "store/ProjectFile.h"

#include <atomic>
#include <functional>
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

// One command of kolplanner-cli: its name, where the main usage lists it, its lines there, and
// what runs it (with the arguments after its name). Commands.cpp holds the registry; each
// command's code and help live in its own file.
struct Command
{
    std::string name;
    std::string section; // "Project files", "Scenarios", ...
    std::function<std::string()> synopsis;
    std::function<int(CliContext&, const std::vector<std::string>&)> run;
};
const std::vector<Command>& commands();

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
                                 const std::string& help, size_t minPositional, size_t maxPositional, int& exitCode);

enum class OpenFor { Reading, Writing, WritingOrCreate };
Result<std::unique_ptr<ProjectFile>> openProject(CliContext& ctx, const std::string& path, OpenFor mode);
// The project as a planning session (catalog and performance model read).
Result<std::unique_ptr<PlanningSession>> openSession(CliContext& ctx, const std::string& path, OpenFor mode);

Json scenarioToJson(const Scenario& s);
void printScenario(std::ostream& out, const Scenario& s);
// The plan as `allocate --json` prints it (SPEC 6), with its notes and figures.
Json planToJson(const std::string& scenario, const PlanReport& plan);

int runInit(CliContext& ctx, const std::vector<std::string>& argv);
int runAbTest(CliContext& ctx, const std::vector<std::string>& argv);
int runAbDraft(CliContext& ctx, const std::vector<std::string>& argv);
int runCompete(CliContext& ctx, const std::vector<std::string>& argv);
int runInfo(CliContext& ctx, const std::vector<std::string>& argv);
int runVocab(CliContext& ctx, const std::vector<std::string>& argv);
int runImport(CliContext& ctx, const std::vector<std::string>& argv);
int runScenario(CliContext& ctx, const std::vector<std::string>& argv);
int runDemo(CliContext& ctx, const std::vector<std::string>& argv);
int runFit(CliContext& ctx, const std::vector<std::string>& argv);
int runEvaluate(CliContext& ctx, const std::vector<std::string>& argv);
int runActuals(CliContext& ctx, const std::vector<std::string>& argv);
int runAllocate(CliContext& ctx, const std::vector<std::string>& argv);
int runCompare(CliContext& ctx, const std::vector<std::string>& argv);
int runSelftest(CliContext& ctx, const std::vector<std::string>& argv);
int runTrain(CliContext& ctx, const std::vector<std::string>& argv);
int runExport(CliContext& ctx, const std::vector<std::string>& argv);

// `compare --curve`: the savings curves as JSON ({"budget", "template_effect", "methods": [...]})
// and as text tables.
struct SavingsCurves;
Json savingsCurvesToJson(const SavingsCurves& curves);
void printSavingsCurves(std::ostream& out, const SavingsCurves& curves);

// Applies the `scenario set` / `scenario new` options to `s` (nothing else is touched).
Status applyScenarioEdits(Scenario& s, const Args& args, const Vocabulary& vocabulary);
std::vector<OptionSpec> scenarioEditOptions();
// A rival from NAME:BUDGET[:CHANNELS[:PREFERENCE]] (channels joined by '+', resolved against the
// vocabulary); the error names the option and the part that is wrong.
Result<Rival> parseRivalOption(const std::string& text, const Vocabulary& vocabulary);

} // namespace kol
