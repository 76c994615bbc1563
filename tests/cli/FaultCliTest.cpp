// Numerical faults and interruptions through the real command line: a diverging fit or training
// run, and training interrupted 200 times (40 under the sanitizers), each stop with a message and leave the project
// file byte for byte as it was, with the stored model and policy still planning as before.
#include "../TestUtil.h"
#include "CliRun.h"

#include <atomic>
#include <csignal>
#include <gtest/gtest.h>
#include <random>
#include <sstream>
#include <thread>
#include <unistd.h>

using kol::test::cli;
using kol::test::CliRun;
using kol::test::contains;
using kol::test::TempDir;

namespace {
// A small fitted project whose scenario has a (briefly) trained policy and a stored plan.
std::string trainedProject(const TempDir& dir)
{
    const std::string p = dir.file("p.kolplan");
    EXPECT_EQ(cli({"demo", p, "--kols", "300", "--posts", "2000", "--seed", "5"}).code, 0);
    EXPECT_EQ(cli({"fit", p, "--epochs", "5", "--members", "1"}).code, 0);
    EXPECT_EQ(cli({"train", p, "--scenario", "Baseline", "--steps", "300"}).code, 0);
    EXPECT_EQ(cli({"allocate", p, "--scenario", "Baseline", "--method", "rl"}).code, 0);
    return p;
}

// The rl plan the stored policy makes now (printed, without storing it: a copy of the file).
std::string rlPlan(const TempDir& dir, const std::string& project)
{
    const std::string copy = dir.file("plan-check.kolplan");
    kol::test::writeFile(copy, kol::test::readFile(project));
    const CliRun r = cli({"allocate", copy, "--scenario", "Baseline", "--method", "rl", "--json"});
    EXPECT_EQ(r.code, 0) << r.err;
    // Drop the timing, which differs run to run.
    std::string plan = r.out;
    const auto at = plan.find("\"seconds\"");
    return at == std::string::npos ? plan : plan.erase(at, plan.find('\n', at) - at);
}
} // namespace

TEST(FaultCli, DivergingFitOrTrainingStopsWithAMessageAndKeepsTheStoredModels)
{
    TempDir dir;
    const std::string p = trainedProject(dir);
    const std::string bytes = kol::test::readFile(p);
    const std::string plan = rlPlan(dir, p);

    // An absurd learning rate drives the losses to infinity and NaN within a few steps.
    CliRun r = cli({"fit", p, "--epochs", "5", "--members", "1", "--learning-rate", "1e6"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "training diverged (the loss became NaN or infinite in member 1, epoch")) << r.err;
    EXPECT_TRUE(contains(r.err, "the previous model is kept")) << r.err;
    EXPECT_EQ(kol::test::readFile(p), bytes);

    r = cli({"train", p, "--scenario", "Baseline", "--steps", "6000", "--learning-rate", "1e6"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "training diverged: the critic loss became NaN or infinite at step")) << r.err;
    EXPECT_TRUE(contains(r.err, "the previous policy is kept")) << r.err;
    EXPECT_EQ(kol::test::readFile(p), bytes);
    EXPECT_EQ(rlPlan(dir, p), plan);

    EXPECT_EQ(cli({"train", p, "--scenario", "Baseline", "--learning-rate", "0"}).code, 2);
}

TEST(FaultCli, TrainingInterruptedRepeatedlyChangesNothing)
{
    TempDir dir;
    const std::string p = trainedProject(dir);
    const std::string bytes = kol::test::readFile(p);
    const std::string plan = rlPlan(dir, p);

    // Outside a command, a stray SIGINT is ignored; inside, the command's handler takes it.
    struct sigaction ignore = {}, previous = {};
    ignore.sa_handler = SIG_IGN;
    sigaction(SIGINT, &ignore, &previous);
    std::mt19937 rng(17);
    int interrupted = 0;
    const int runs = kol::test::repeats(200, 40);
    for (int i = 0; i < runs; ++i) {
        std::atomic<bool> done{false};
        const int delayMs = std::uniform_int_distribution<int>(0, 30)(rng);
        std::thread interrupter([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
            while (!done) { // until the command has installed its handler and stopped
                kill(getpid(), SIGINT);
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        const CliRun r = cli({"train", p, "--scenario", "Baseline", "--steps", "100000"});
        done = true;
        interrupter.join();
        ASSERT_EQ(r.code, 130) << "run " << i << ": " << r.err;
        EXPECT_TRUE(contains(r.err, "training was cancelled; the previous policy is kept")) << r.err;
        interrupted += r.code == 130 ? 1 : 0;
    }
    sigaction(SIGINT, &previous, nullptr);
    EXPECT_EQ(interrupted, runs);
    EXPECT_EQ(kol::test::readFile(p), bytes) << "an interrupted run wrote to the project";
    EXPECT_EQ(rlPlan(dir, p), plan) << "the stored policy no longer plans as before";
}
