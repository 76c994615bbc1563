#pragma once

#include <cstdlib>
#include <string>
#include <vector>

namespace kol::bench {

struct Row
{
    std::string what;
    double seconds = 0;
    double peakMiB = 0; // 0 when not measured
    std::string note;
};

struct ChildRun
{
    int exitCode = -1;
    double seconds = 0;
    double peakMiB = 0;
};

// The command line the benchmarks run: $KOLPLANNER_CLI when set (a copy of a build, so that
// rebuilding while a long benchmark runs does not change the program under it), else this build's.
inline std::string cliPath()
{
    const char* env = std::getenv("KOLPLANNER_CLI");
    return env && *env ? std::string(env) : std::string(KOL_CLI_PATH);
}

// Runs a program to completion and reports its wall time and peak resident memory.
ChildRun runChild(const std::vector<std::string>& argv);

std::vector<Row> importBench(const std::string& dir, long kols, long posts);
// `big` adds fitting on 1,000,000 posts (a few minutes).
std::vector<Row> marketBench(const std::string& dir, bool big);
// `big` adds RL training and the Pendulum self-test (several minutes).
std::vector<Row> allocBench(const std::string& dir, bool big);
// DDPG on Pendulum: ours, the PyTorch reference (when python3-torch is installed), and the floor.
std::vector<Row> pendulumBench(long steps);
// RL and the other methods on ten scenarios over four demo markets (several minutes per scenario).
std::vector<Row> spreadBench(const std::string& dir);
// Closed loop against open loop: `campaigns` simulated campaigns on each demo seed (RL training
// and a few minutes of simulation per seed).
std::vector<Row> campaignBench(const std::string& dir, int campaigns, const std::vector<std::string>& seeds);
// End-to-end against two-stage fitting: regret at the truth on each demo seed at five budgets.
// `accuracyWeight`: the end-to-end fit's --accuracy-weight (empty: its default).
std::vector<Row> decisionBench(const std::string& dir, const std::vector<std::string>& seeds,
                               const std::string& accuracyWeight);
// Offline constrained RL from 50, 200 and 1,000 past campaigns on each demo seed.
std::vector<Row> offlineBench(const std::string& dir, const std::vector<std::string>& seeds);

// Multi-agent (marl) against DDPG (rl) on 3, 6 and 12 channels x 3 and 5 phases, each trained for
// at most `steps` steps (tens of minutes in all).
std::vector<Row> marlBench(long steps);
// Two rivals against the Baseline of each demo seed: the equilibrium gap and the cost of competition.
std::vector<Row> competitionBench(const std::string& dir, const std::vector<std::string>& seeds);

// The A/B test methods on the drifting simulator: regret and interval width per drift speed and
// seed, and the rounds each takes to follow a switch of the best variant (seconds).
std::vector<Row> abTestBench(const std::vector<std::string>& seeds);
} // namespace kol::bench
