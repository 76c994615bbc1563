// The engine's shape as the command line shows it: one method registry, and the training module
// loaded safely.
#include "../TestUtil.h"
#include "CliRun.h"
#include "alloc/MethodRegistry.h"

#include <cstdlib>
#include <gtest/gtest.h>

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
    EXPECT_TRUE(contains(cli({"allocate", "--help"}).out, "template|greedy|optimal|rl|dummy"));
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
