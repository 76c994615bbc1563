// A process killed (SIGKILL) in the middle of writing leaves the project exactly as it was
// after the last completed save: never a half-written state.
#include "../TestUtil.h"
#include "store/CatalogImport.h"
#include "store/ProjectFile.h"
#include "store/ScenarioStore.h"

#include <chrono>
#include <csignal>
#include <filesystem>
#include <gtest/gtest.h>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace kol;
using kol::test::TempDir;

namespace {
std::string kolCsv(int from, int count)
{
    std::string text = "kol_id,channel,followers,follower_quality,interaction_rate,price_short_video\n";
    for (int i = from; i < from + count; ++i) {
        text += "k" + std::to_string(i) + ",Douyin," + std::to_string(20000 + i) + ",0.8,0.03,1000\n";
    }
    return text;
}

int64_t kolCount(const std::string& path, ProjectFile::Access access)
{
    auto p = ProjectFile::open(path, access);
    EXPECT_TRUE(p) << p.error();
    return p ? p.value()->summary()->kols : -1;
}
} // namespace

TEST(CrashSafety, KilledImportLeavesTheLastCompletedSave)
{
    TempDir dir;
    const std::string path = dir.file("p.kolplan");
    {
        auto p = ProjectFile::create(path);
        ASSERT_TRUE(ScenarioStore(*p.value()).save(Scenario::makeDefault("Baseline", *Date::parse("2026-01-05"))));
        kol::test::writeFile(dir.file("first.csv"), kolCsv(0, 1000));
        ASSERT_TRUE(importKols(*p.value(), dir.file("first.csv"))->committed);
    }
    kol::test::writeFile(dir.file("big.csv"), kolCsv(1000, 150000));

    std::mt19937 rng(5);
    int killedMidway = 0;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            auto p = ProjectFile::open(path);
            const bool ok = p && importKols(*p.value(), dir.file("big.csv")).isOk();
            _exit(ok ? 0 : 3);
        }
        // Wait until the child's transaction is under way (its rollback journal exists), then
        // let it run a little longer and kill it.
        const auto start = std::chrono::steady_clock::now();
        while (!std::filesystem::exists(path + "-journal")
               && std::chrono::steady_clock::now() - start < std::chrono::seconds(20)) {
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 300)(rng)));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        const bool killed = WIFSIGNALED(status);
        killedMidway += killed ? 1 : 0;

        // Read-only first on alternate attempts: `kolplanner-cli info` must recover the file too.
        const int64_t kols
            = kolCount(path, attempt % 2 == 0 ? ProjectFile::Access::ReadOnly : ProjectFile::Access::ReadWrite);
        if (killed) {
            EXPECT_EQ(kols, 1000) << "attempt " << attempt << ": a killed import must leave no trace";
        } else {
            // The import finished before the kill: the file holds all of it, and later attempts
            // start over from that state.
            EXPECT_EQ(kols, 151000);
            break;
        }
        auto p = ProjectFile::open(path);
        ASSERT_TRUE(p);
        EXPECT_TRUE(ScenarioStore(*p.value()).load("Baseline")) << "the saved scenario survives";
    }
    EXPECT_GE(killedMidway, 1) << "no kill landed mid-import; the test proved nothing";
}
