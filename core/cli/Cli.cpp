#include "Cli.h"

#include "CliCommon.h"
#include "store/Schema.h"

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace kol {

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
                                 const std::string& help, size_t minPositional, size_t maxPositional, int& exitCode)
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
                            + "; usage: " + help.substr(0, help.find('\n')),
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
    // A project of an older file format is upgraded even by a command that only reads it, where
    // the file may be written (the upgrade is one transaction and loses nothing); a read-only
    // file is refused with the reason.
    if (!project && mode == OpenFor::Reading && project.error().find("must be upgraded") != std::string::npos
        && ::access(path.c_str(), W_OK) == 0) {
        project = ProjectFile::open(path, ProjectFile::Access::ReadWrite);
    }
    if (project && project.value()->formatVersionOnDisk() < schema::kCurrentVersion) {
        ctx.err << "upgraded " << path << " from file format " << project.value()->formatVersionOnDisk() << " to "
                << schema::kCurrentVersion << "\n";
    }
    return project;
}

Result<std::unique_ptr<PlanningSession>> openSession(CliContext& ctx, const std::string& path, OpenFor mode)
{
    auto project = openProject(ctx, path, mode);
    if (!project) {
        return project.status();
    }
    return PlanningSession::attach(project.take());
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

namespace {
std::string usage()
{
    std::string text = "Usage: kolplanner-cli COMMAND [ARGS] [--help]\n\n"
                       "KOL Planner's command line: everything the desktop program does, headless.\n";
    std::string section;
    for (const Command& c : commands()) {
        if (c.section != section) {
            section = c.section;
            text += "\n" + section + "\n";
        }
        text += c.synopsis();
    }
    return text + "\nRun 'kolplanner-cli COMMAND --help' for a command's options.\n";
}
} // namespace

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    CliContext ctx{out, err};
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        out << usage();
        return args.empty() ? kExitUsage : kExitOk;
    }
    if (args[0] == "--version") {
        out << "kolplanner-cli 0.2.0 (file format " << schema::kCurrentVersion << ")\n";
        return kExitOk;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    std::string names;
    for (const Command& c : commands()) {
        if (c.name == args[0]) {
            return c.run(ctx, rest);
        }
        names += (names.empty() ? "" : ", ") + c.name;
    }
    return fail(ctx, "unknown command '" + args[0] + "' (commands: " + names + "; see --help)", kExitUsage);
}

} // namespace kol
