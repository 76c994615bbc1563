#include "Bench.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>

extern char** environ;

namespace kol::bench {

ChildRun runChild(const std::vector<std::string>& argv)
{
    std::vector<char*> args;
    for (const auto& a : argv) {
        args.push_back(const_cast<char*>(a.c_str()));
    }
    args.push_back(nullptr);
    ChildRun run;
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    posix_spawn_file_actions_t quiet;
    posix_spawn_file_actions_init(&quiet);
    posix_spawn_file_actions_addopen(&quiet, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&quiet, 2, "/dev/null", O_WRONLY, 0);
    const int spawned = posix_spawn(&pid, args[0], &quiet, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&quiet);
    if (spawned != 0) {
        return run;
    }
    int status = 0;
    struct rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.peakMiB = static_cast<double>(usage.ru_maxrss) / 1024.0;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace kol::bench

int main(int argc, char** argv)
{
    long kols = 100000, posts = 1000000;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--kols") {
            kols = std::atol(argv[i + 1]);
        } else if (a == "--posts") {
            posts = std::atol(argv[i + 1]);
        }
    }
    std::string pattern = (std::filesystem::temp_directory_path() / "kolplanner-bench-XXXXXX").string();
    const std::string dir = mkdtemp(pattern.data());
    std::printf("KOL Planner benchmarks (%ld KOLs, %ld posts; temp folder %s)\n\n", kols, posts, dir.c_str());
    const auto rows = kol::bench::importBench(dir, kols, posts);
    std::printf("%-44s %10s %12s  %s\n", "benchmark", "seconds", "peak MiB", "note");
    bool failed = false;
    for (const auto& r : rows) {
        std::printf("%-44s %10.3f %12s  %s\n", r.what.c_str(), r.seconds,
                    r.peakMiB > 0 ? std::to_string(static_cast<long>(r.peakMiB + 0.5)).c_str() : "-", r.note.c_str());
        failed = failed || r.note.rfind("FAILED", 0) == 0;
    }
    std::filesystem::remove_all(dir);
    return failed ? 1 : 0;
}
