// The engine's shape as the command line shows it: one method registry, and the training module
// loaded safely.
#include "../TestUtil.h"
#include "CliRun.h"
#include "alloc/MethodRegistry.h"
#include "training/BlasKernel.h"

#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using kol::test::cli;
using kol::test::CliRun;
using kol::test::contains;
using kol::test::TempDir;

TEST(MethodRegistry, AMethodAddedThroughTheRegistryIsInTheHelpTheValidationAndCompare)
{
    TempDir dir;
    const std::string p = dir.file("demo.kolplan");
    ASSERT_EQ(cli({"demo", p, "--kols", "300", "--posts", "2500", "--seed", "5"}).code, 0);
    ASSERT_EQ(cli({"fit", p, "--epochs", "5", "--members", "1"}).code, 0);
    EXPECT_EQ(cli({"allocate", p, "--scenario", "Baseline", "--method", "dummy"}).code, 2);

    kol::Method dummy{"dummy", "Dummy method", "a method only this test registers", false};
    dummy.make = kol::makeTemplateAllocator;
    kol::MethodRegistry::instance().add(dummy);
    EXPECT_TRUE(contains(cli({"--help"}).out, "a method only this test registers"));
    EXPECT_TRUE(contains(cli({"allocate", "--help"}).out, "template|greedy|optimal|rl|marl|offline|dummy"));
    CliRun r = cli({"allocate", p, "--scenario", "Baseline", "--method", "dummy", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "\"method\": \"dummy\"")) << r.out.substr(0, 300);
    r = cli({"compare", p, "--scenario", "Baseline", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "\"method\": \"dummy\""));
    kol::MethodRegistry::instance().remove("dummy");
    EXPECT_FALSE(contains(cli({"--help"}).out, "a method only this test registers"));
}

TEST(TrainingModule, LoadingItSetsNoEnvironmentVariables)
{
    // setenv is not thread-safe: the loader must not call it from whichever thread trains first.
    unsetenv("OPENBLAS_NUM_THREADS");
    unsetenv("OMP_NUM_THREADS");
    const CliRun r = cli({"selftest", "pendulum", "--steps", "300", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(std::getenv("OPENBLAS_NUM_THREADS"), nullptr);
    EXPECT_EQ(std::getenv("OMP_NUM_THREADS"), nullptr);
}

TEST(TrainingModule, AModuleFromAnotherBuildIsRefused)
{
    setenv("KOLPLANNER_TRAINING_MODULE", KOL_STALE_MODULE, 1); // read once, at the first load
    const CliRun r = cli({"selftest", "pendulum", "--steps", "300"});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(contains(r.err, "is from another version")) << r.err;
    EXPECT_TRUE(contains(r.err, "reinstall KOL Planner")) << r.err;
}

// The OpenBLAS kernel choice, made by the real program at start-up (BlasKernel.h): a user's
// OPENBLAS_CORETYPE wins; otherwise it acts only when OpenBLAS fell below what the processor runs.
TEST(BlasKernel, AUsersSettingWinsAndOtherwiseOnlyAFallbackIsCorrected)
{
    EXPECT_EQ(kol::blasKernelRank("Prescott"), 0);
    EXPECT_EQ(kol::blasKernelRank("Sandybridge"), 1);
    EXPECT_EQ(kol::blasKernelRank("Zen"), 2);
    EXPECT_EQ(kol::blasKernelRank("SkylakeX"), 3);
    EXPECT_EQ(kol::blasKernelRank("SomeFutureCore"), -1) << "an unknown name is left to OpenBLAS";
    const auto blasLine = [](const std::string& env) {
        const std::string command = env + " " + KOL_CLI_PROGRAM + " selftest pendulum --steps 1 --json 2>/dev/null";
        FILE* pipe = popen(command.c_str(), "r");
        std::string out;
        char buffer[4096];
        while (pipe && fgets(buffer, sizeof buffer, pipe)) {
            out += buffer;
        }
        const int status = pipe ? pclose(pipe) : -1;
        EXPECT_EQ(status, 0) << command << "\n" << out;
        const auto json = nlohmann::json::parse(out, nullptr, false);
        return json.is_object() && json.contains("blas") ? json["blas"].get<std::string>() : std::string("(no json)");
    };
    EXPECT_EQ(blasLine("env OPENBLAS_CORETYPE=Haswell"), "OPENBLAS_CORETYPE=Haswell is set; it is used as given");
    const std::string automatic = blasLine("env -u OPENBLAS_CORETYPE");
    EXPECT_TRUE(contains(automatic, "as good as this processor allows") || contains(automatic, "fell back to"))
        << automatic;
}
