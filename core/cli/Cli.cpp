#include "Cli.h"

#include "CliCommon.h"
#include "market/ProjectMarket.h"
#include "store/Schema.h"

#include <csignal>
#include <sys/stat.h>

namespace kol {

namespace {
const char* const kUsage = R"(Usage: kolplanner-cli COMMAND [ARGS] [--help]

KOL Planner's command line: everything the desktop program does, headless.

Project files
  init PROJECT                      create an empty project (.kolplan)
  info PROJECT [--json]             what the project holds
  vocab PROJECT [--json]            the channels, phases, tiers and content formats
  vocab add PROJECT KIND NAME...    add channels, phases, formats or tiers
  import kols|posts PROJECT FILE.csv [--skip-bad-rows]
                                    import the KOL catalog or the post history

  demo PROJECT [--seed N] [--kols N] [--posts N] [--force]
                                    write a project with a generated demo market
  fit PROJECT [--epochs N] [--seed N] [--json]
                                    train the KOL performance model on the post history

Scenarios
  scenario list PROJECT [--json]
  scenario show PROJECT NAME [--json]
  scenario new PROJECT NAME [OPTIONS]
  scenario set PROJECT NAME OPTIONS
  scenario copy PROJECT FROM TO
  scenario rename PROJECT FROM TO
  scenario delete PROJECT NAME
  evaluate PROJECT --scenario NAME --plans FILE.csv [--budget X] [--json]
                                    effect, spend, reach and penalties of plans
  train PROJECT --scenario NAME [--steps N] [--seed N] [--json]
                                    train the reinforcement-learning (DDPG) allocator
  allocate PROJECT --scenario NAME --method template|greedy|optimal|rl [--budget X] [--json]
                                    spread the budget over the matrix and store the plan
  compare PROJECT --scenario NAME [--json]
                                    every method's figures, uplift and savings against the template
  export PROJECT --scenario NAME [--plan ID] [--csv FILE] [--kols-csv FILE] [--json]
                                    a stored plan as CSV, per cell and per KOL
  selftest pendulum [--steps N] [--seed N] [--json]
                                    the DDPG code on the Pendulum-v1 control task

Run 'kolplanner-cli COMMAND --help' for a command's options.
)";
} // namespace

namespace {
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");
struct sigaction g_previousInt, g_previousTerm;

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}
} // namespace

InterruptGuard::InterruptGuard()
{
    g_interrupted = false;
    struct sigaction sa = {};
    sa.sa_handler = onInterrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &g_previousInt);
    sigaction(SIGTERM, &sa, &g_previousTerm);
}

InterruptGuard::~InterruptGuard()
{
    sigaction(SIGINT, &g_previousInt, nullptr);
    sigaction(SIGTERM, &g_previousTerm, nullptr);
}

const std::atomic<bool>* InterruptGuard::flag()
{
    return &g_interrupted;
}

bool InterruptGuard::interrupted()
{
    return g_interrupted.load();
}

int fail(CliContext& ctx, const std::string& message, int code)
{
    std::string line = message;
    for (auto& c : line) {
        c = c == '\n' ? ' ' : c;
    }
    ctx.err << "kolplanner-cli: error: " << line << "\n";
    return code;
}

std::optional<Args> parseCommand(CliContext& ctx, const std::vector<std::string>& argv, std::vector<OptionSpec> spec,
                                 const char* help, size_t minPositional, size_t maxPositional, int& exitCode)
{
    spec.push_back({"help", false, false});
    auto args = Args::parse(argv, spec);
    if (!args) {
        exitCode = fail(ctx, args.error(), kExitUsage);
        return std::nullopt;
    }
    if (args->has("help")) {
        ctx.out << help;
        exitCode = kExitOk;
        return std::nullopt;
    }
    const size_t n = args->positional().size();
    if (n < minPositional || n > maxPositional) {
        exitCode = fail(ctx,
                        std::string(n < minPositional ? "missing arguments" : "too many arguments")
                            + "; usage: " + std::string(help).substr(0, std::string(help).find('\n')),
                        kExitUsage);
        return std::nullopt;
    }
    return args.take();
}

Result<std::unique_ptr<ProjectFile>> openProject(CliContext& ctx, const std::string& path, OpenFor mode)
{
    struct stat st
    {
    };
    if (mode == OpenFor::WritingOrCreate && ::stat(path.c_str(), &st) != 0) {
        auto created = ProjectFile::create(path);
        if (created) {
            ctx.err << "created project " << path << "\n";
        }
        return created;
    }
    auto project = ProjectFile::open(
        path, mode == OpenFor::Reading ? ProjectFile::Access::ReadOnly : ProjectFile::Access::ReadWrite);
    if (project && project.value()->formatVersionOnDisk() < schema::kCurrentVersion) {
        ctx.err << "upgraded " << path << " from file format " << project.value()->formatVersionOnDisk() << " to "
                << schema::kCurrentVersion << "\n";
    }
    return project;
}

Result<ScenarioMarket> openScenarioMarket(CliContext& ctx, const std::string& path, const std::string& scenario,
                                          OpenFor mode)
{
    auto project = openProject(ctx, path, mode);
    if (!project) {
        return project.status();
    }
    auto market = loadMarket(*project.value(), scenario);
    if (!market) {
        return market.status();
    }
    return ScenarioMarket{project.take(), market.take()};
}

int runInit(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(ctx, argv, {},
                                   "Usage: kolplanner-cli init PROJECT\n\n"
                                   "Creates an empty project file with the default channels, phases, tiers and\n"
                                   "content formats. Fails if the file exists.\n",
                                   1, 1, code);
    if (!args) {
        return code;
    }
    auto project = ProjectFile::create(args->positional()[0]);
    if (!project) {
        return fail(ctx, project.error());
    }
    ctx.err << "created project " << args->positional()[0] << "\n";
    return kExitOk;
}

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    CliContext ctx{out, err};
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        out << kUsage;
        return args.empty() ? kExitUsage : kExitOk;
    }
    if (args[0] == "--version") {
        out << "kolplanner-cli 0.1.0 (file format " << schema::kCurrentVersion << ")\n";
        return kExitOk;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    const std::string& command = args[0];
    if (command == "init") {
        return runInit(ctx, rest);
    }
    if (command == "info") {
        return runInfo(ctx, rest);
    }
    if (command == "vocab") {
        return runVocab(ctx, rest);
    }
    if (command == "import") {
        return runImport(ctx, rest);
    }
    if (command == "scenario") {
        return runScenario(ctx, rest);
    }
    if (command == "demo") {
        return runDemo(ctx, rest);
    }
    if (command == "fit") {
        return runFit(ctx, rest);
    }
    if (command == "evaluate") {
        return runEvaluate(ctx, rest);
    }
    if (command == "allocate") {
        return runAllocate(ctx, rest);
    }
    if (command == "compare") {
        return runCompare(ctx, rest);
    }
    if (command == "train") {
        return runTrain(ctx, rest);
    }
    if (command == "selftest") {
        return runSelftest(ctx, rest);
    }
    if (command == "export") {
        return runExport(ctx, rest);
    }
    return fail(ctx,
                "unknown command '" + command
                    + "' (commands: init, info, vocab, import, scenario, demo, fit, evaluate, train, allocate, "
                      "compare, export, selftest; "
                      "see --help)",
                kExitUsage);
}

} // namespace kol
