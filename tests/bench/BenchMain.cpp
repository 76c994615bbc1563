#include "Bench.h"
#include "training/BlasKernel.h"
#include "training/ProcessMemory.h"

#include <algorithm>
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
    struct rusage usage
    {
    };
    wait4(pid, &status, 0, &usage);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.peakMiB = static_cast<double>(usage.ru_maxrss) / 1024.0;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace kol::bench

int main(int argc, char** argv)
{
    const kol::BlasKernelChoice& blas = kol::chooseBlasKernel(); // first, before any thread starts
    kol::keepFreedMemory();
    long kols = 100000, posts = 1000000;
    int campaigns = 200;
    std::vector<std::string> seeds = {"7", "42", "11"}; // of the closed-loop benchmark's demos
    bool big = true;
    std::string only;
    std::string accuracyWeight; // the end-to-end fit's, in the decision benchmark
    long marlSteps = 40000;     // the most steps rl and marl train for in the scaling benchmark
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--kols" && i + 1 < argc) {
            kols = std::atol(argv[++i]);
        } else if (a == "--posts" && i + 1 < argc) {
            posts = std::atol(argv[++i]);
        } else if (a == "--only" && i + 1 < argc) {
            only = argv[++i]; // import | market | alloc | pendulum | spread | campaigns | decision | offline | marl |
                              // compete | abtest
        } else if (a == "--marl-steps" && i + 1 < argc) {
            marlSteps = std::max(1000L, std::atol(argv[++i]));
        } else if (a == "--accuracy-weight" && i + 1 < argc) {
            accuracyWeight = argv[++i];
        } else if (a == "--campaigns" && i + 1 < argc) {
            campaigns = std::max(1, std::atoi(argv[++i]));
        } else if (a == "--seeds" && i + 1 < argc) {
            seeds.clear();
            std::string list = argv[++i];
            for (size_t at = 0; at <= list.size();) {
                const size_t comma = std::min(list.find(',', at), list.size());
                if (comma > at) {
                    seeds.push_back(list.substr(at, comma - at));
                }
                at = comma + 1;
            }
        } else if (a == "--quick") {
            big = false;
        } else {
            std::fprintf(
                stderr,
                "usage: kolplanner-bench [--only "
                "import|market|alloc|pendulum|spread|campaigns|decision|offline|marl|compete|abtest] [--quick] "
                "[--kols N] [--posts N] [--campaigns N] [--seeds 7,42,11] [--accuracy-weight X] [--marl-steps N]\n");
            return 2;
        }
    }
    std::string pattern = (std::filesystem::temp_directory_path() / "kolplanner-bench-XXXXXX").string();
    const std::string dir = mkdtemp(pattern.data());
    std::printf("KOL Planner benchmarks (%ld KOLs, %ld posts; temp folder %s)\n", kols, posts, dir.c_str());
    std::printf("BLAS kernels: %s\n\n", blas.reason.c_str());
    std::vector<kol::bench::Row> rows;
    if (only.empty() || only == "import") {
        rows = kol::bench::importBench(dir, kols, posts);
    }
    if (only.empty() || only == "market") {
        const auto market = kol::bench::marketBench(dir, big);
        rows.insert(rows.end(), market.begin(), market.end());
    }
    if (only.empty() || only == "alloc") {
        const auto alloc = kol::bench::allocBench(dir, big);
        rows.insert(rows.end(), alloc.begin(), alloc.end());
    }
    if (only.empty() || only == "pendulum") {
        const auto pendulum = kol::bench::pendulumBench(big ? 20000 : 12000);
        rows.insert(rows.end(), pendulum.begin(), pendulum.end());
    }
    if ((only.empty() && big) || only == "spread") {
        const auto spread = kol::bench::spreadBench(dir);
        rows.insert(rows.end(), spread.begin(), spread.end());
    }
    if ((only.empty() && big) || only == "campaigns") {
        const auto closedLoop = kol::bench::campaignBench(dir, campaigns, seeds);
        rows.insert(rows.end(), closedLoop.begin(), closedLoop.end());
    }
    if ((only.empty() && big) || only == "decision") {
        const auto decision = kol::bench::decisionBench(dir, seeds, accuracyWeight);
        rows.insert(rows.end(), decision.begin(), decision.end());
    }
    if ((only.empty() && big) || only == "offline") {
        const auto offline = kol::bench::offlineBench(dir, seeds);
        rows.insert(rows.end(), offline.begin(), offline.end());
    }
    if ((only.empty() && big) || only == "compete") {
        const auto compete
            = kol::bench::competitionBench(dir, {seeds.begin(), seeds.begin() + std::min<size_t>(2, seeds.size())});
        rows.insert(rows.end(), compete.begin(), compete.end());
    }
    if (only.empty() || only == "abtest") {
        const auto ab = kol::bench::abTestBench(seeds);
        rows.insert(rows.end(), ab.begin(), ab.end());
    }
    if ((only.empty() && big) || only == "marl") {
        const auto marl = kol::bench::marlBench(marlSteps);
        rows.insert(rows.end(), marl.begin(), marl.end());
    }
    std::printf("%-44s %10s %12s  %s\n", "benchmark", "seconds", "peak MiB", "note");
    bool failed = false;
    for (const auto& r : rows) {
        std::printf("%-44s %10.6f %12s  %s\n", r.what.c_str(), r.seconds,
                    r.peakMiB > 0 ? std::to_string(static_cast<long>(r.peakMiB + 0.5)).c_str() : "-", r.note.c_str());
        failed = failed || r.note.rfind("FAILED", 0) == 0;
    }
    std::filesystem::remove_all(dir);
    return failed ? 1 : 0;
}
