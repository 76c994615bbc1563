// A process killed (SIGKILL) in the middle of writing leaves the project exactly as it was
// after the last completed save: never a half-written state. Each test kills 100 times (30 under
// the sanitizers).
#include "../TestUtil.h"
#include "alloc/RlAllocator.h"
#include "session/PlanningSession.h"
#include "store/CatalogImport.h"
#include "store/PlanStore.h"
#include "store/PolicyStore.h"
#include "store/ProjectFile.h"
#include "store/ScenarioStore.h"

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <gtest/gtest.h>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace kol;
using kol::test::TempDir;

namespace {
constexpr int kKills = kol::test::repeats(100, 30);

std::string kolCsv(int from, int count)
{
    std::string text = "kol_id,channel,followers,follower_quality,interaction_rate,price_short_video\n";
    for (int i = from; i < from + count; ++i) {
        text += "k" + std::to_string(i) + ",Douyin," + std::to_string(20000 + i) + ",0.8,0.03,1000\n";
    }
    return text;
}

// A project with `kols` KOLs and the scenario "Baseline".
void makeProject(const TempDir& dir, const std::string& path, int kols)
{
    auto p = ProjectFile::create(path);
    ASSERT_TRUE(p) << p.error();
    Scenario s = Scenario::makeDefault("Baseline", *Date::parse("2026-01-05"));
    s.budget = 1000; // save 0
    ASSERT_TRUE(ScenarioStore(*p.value()).save(s));
    kol::test::writeFile(dir.file("first.csv"), kolCsv(0, kols));
    ASSERT_TRUE(importKols(*p.value(), dir.file("first.csv"))->committed);
}

std::string integrity(ProjectFile& p)
{
    auto check = p.database().prepare("PRAGMA integrity_check");
    return check && check->next() ? check->text(0) : "cannot run integrity_check";
}

// What the window writes on Save (saveScenarioWork), numbered by `n`: the scenario (budget 1000 + n), a plan of every
// cell with 10 KOLs each (budget n) and a policy (steps n), in one transaction.
Status saveNumbered(ProjectFile& project, Scenario scenario, long n)
{
    scenario.budget = 1000.0 + static_cast<double>(n);
    PlanReport plan;
    plan.method = "save";
    plan.budget = static_cast<double>(n);
    for (int c = 0; c < scenario.matrix().cellCount(); ++c) {
        const auto idx = scenario.matrix().indexOf(c);
        PlanCell cell;
        cell.channel = scenario.matrix().channels()[static_cast<size_t>(idx.channel)];
        cell.phase = scenario.matrix().phases()[static_cast<size_t>(idx.phase)];
        cell.tier = scenario.matrix().tiers()[static_cast<size_t>(idx.tier)];
        cell.amount = 10.0 * static_cast<double>(n);
        for (int k = 0; k < 10; ++k) {
            cell.kols.push_back(PlanKol{"k" + std::to_string((c * 10 + k) % 5000), "", 0, "", 0, 0, 0, 0});
        }
        plan.cells.push_back(cell);
    }
    AllocationPolicy policy;
    policy.signature = "crash-test";
    policy.steps = n;
    for (auto [in, out] : {std::pair{40, 256}, {256, 256}, {256, 1}}) {
        policy.network.layers.push_back(
            DenseLayer{std::vector<float>(static_cast<size_t>(in * out), 0.01f * static_cast<float>(n % 7)),
                       std::vector<float>(static_cast<size_t>(out), 0.0f), in, out});
    }
    return saveScenarioWork(project, scenario, &plan, {{"rl", rlPolicyToStored(policy)}});
}

// The save number a file holds; fails the test unless scenario, plan and policy agree on it.
// Opening runs SQLite's quick_check; `fullCheck` adds the slower integrity_check.
long savedNumber(const std::string& path, ProjectFile::Access access, bool fullCheck)
{
    auto p = ProjectFile::open(path, access);
    EXPECT_TRUE(p) << p.error();
    if (!p) {
        return -1;
    }
    if (fullCheck) {
        EXPECT_EQ(integrity(*p.value()), "ok");
    }
    auto scenario = ScenarioStore(*p.value()).load("Baseline");
    auto plan = PlanStore(*p.value()).latest("Baseline");
    auto policy = PolicyStore(*p.value()).load("Baseline", "rl");
    EXPECT_TRUE(scenario && plan && policy) << "the saved state must load";
    if (!scenario || !plan || !policy) {
        return -1;
    }
    const long n = static_cast<long>(scenario->budget - 1000.0);
    if (n == 0) {
        EXPECT_FALSE(plan->has_value());
        EXPECT_FALSE(policy->has_value());
        return 0;
    }
    EXPECT_TRUE(plan->has_value());
    EXPECT_TRUE(policy->has_value());
    if (!plan->has_value() || !policy->has_value()) {
        return -1;
    }
    const PlanReport& latest = **plan;
    EXPECT_EQ(static_cast<long>(latest.budget), n) << "the plan is from another save than the scenario";
    EXPECT_EQ(latest.cells.size(), 54u);
    EXPECT_EQ(summarisePolicy(**policy).steps, n) << "the policy is from another save than the scenario";
    return n;
}

// Reads the numbers a child reported through its pipe; the last is its last completed save.
long lastReported(int fd, long fallback)
{
    long value = fallback;
    long n = 0;
    while (read(fd, &n, sizeof n) == static_cast<ssize_t>(sizeof n)) {
        value = n;
    }
    return value;
}
} // namespace

TEST(CrashSafety, KilledSaveLeavesExactlyTheLastCompletedSave)
{
    TempDir dir;
    const std::string path = dir.file("p.kolplan");
    const std::string copy = dir.file("copy.kolplan");
    makeProject(dir, path, 20000);
    // How long one save takes here (sanitizers and a busy machine make it slower), so that kills
    // land inside saves and between them whatever the speed.
    double saveSeconds = 0, openSeconds = 0;
    {
        std::filesystem::copy_file(path, dir.file("timing.kolplan"));
        const auto opening = std::chrono::steady_clock::now();
        auto p = ProjectFile::open(dir.file("timing.kolplan"));
        const Scenario s = ScenarioStore(*p.value()).load("Baseline").value();
        openSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - opening).count();
        const auto start = std::chrono::steady_clock::now();
        for (long n = 1; n <= 3; ++n) {
            ASSERT_TRUE(saveNumbered(*p.value(), s, n));
        }
        saveSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / 3;
    }
    const double slowness = std::max(1.0, saveSeconds / 0.010);
    std::mt19937 rng(11);
    int killedInTransaction = 0;
    int copiesChecked = 0;
    long saves = 0;
    long before = 0; // the save the file holds
    for (int attempt = 0; attempt < kKills; ++attempt) {
        int pipes[2] = {-1, -1};
        ASSERT_EQ(pipe(pipes), 0);
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            // Save after save, as a planner pressing Ctrl+S; every third one also a Save As.
            close(pipes[0]);
            auto p = ProjectFile::open(path);
            auto s = p ? ScenarioStore(*p.value()).load("Baseline") : Result<Scenario>::failure("cannot open");
            if (!s) {
                _exit(3);
            }
            for (long n = before + 1;; ++n) {
                if (!saveNumbered(*p.value(), s.value(), n)) {
                    _exit(4);
                }
                if (write(pipes[1], &n, sizeof n) != static_cast<ssize_t>(sizeof n)) {
                    _exit(5);
                }
                if (n % 3 == 0 && !p.value()->copyTo(copy)) {
                    _exit(6);
                }
            }
        }
        close(pipes[1]);
        // Kills from 2 to 150 ms after the start on a machine that saves in 10 ms, and
        // proportionally later where saves are slower (sanitizers, a busy machine).
        std::this_thread::sleep_for(std::chrono::duration<double>(
            openSeconds + std::uniform_real_distribution<double>(0.002, 0.150)(rng) * slowness));
        const bool inTransaction = std::filesystem::exists(path + "-journal");
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the saving process stopped by itself (exit " << WEXITSTATUS(status) << ")";
        const long reported = lastReported(pipes[0], before);
        close(pipes[0]);
        killedInTransaction += inTransaction ? 1 : 0;

        // Read-only first on alternate attempts: `kolplanner-cli info` must recover the file too.
        const long n
            = savedNumber(path, attempt % 2 == 0 ? ProjectFile::Access::ReadOnly : ProjectFile::Access::ReadWrite,
                          attempt % 10 == 0 || attempt == kKills - 1);
        // The save in flight may have committed before it could report: then the file holds it.
        EXPECT_TRUE(n == reported || n == reported + 1)
            << "attempt " << attempt << ": the file holds save " << n << ", the last completed save was " << reported;
        saves = std::max(saves, n);
        before = n;
        // A copy (Save As) is complete or absent, never half written.
        if (std::filesystem::exists(copy)) {
            const long c = savedNumber(copy, ProjectFile::Access::ReadOnly, attempt % 10 == 0);
            EXPECT_GE(c, 3);
            EXPECT_EQ(c % 3, 0);
            EXPECT_LE(c, n);
            ++copiesChecked;
        }
        ASSERT_FALSE(HasFailure()) << "attempt " << attempt;
    }
    EXPECT_GE(saves, kKills / 4) << "too few saves completed to prove anything";
    EXPECT_GE(killedInTransaction, kKills / 10) << "too few kills landed mid-save";
    EXPECT_GT(copiesChecked, 0);
    std::printf("%d kills, %ld saves (%.1f ms each), %d kills with a save in flight, %d copies checked\n", kKills,
                saves, 1000 * saveSeconds, killedInTransaction, copiesChecked);
}

TEST(CrashSafety, KilledImportLeavesTheLastCompletedSave)
{
    TempDir dir;
    const std::string path = dir.file("p.kolplan");
    makeProject(dir, path, 1000);
    kol::test::writeFile(dir.file("big.csv"), kolCsv(1000, 40000));

    // How long an import takes here, so that kills land anywhere inside one.
    double importSeconds = 0;
    {
        std::filesystem::copy_file(path, dir.file("timing.kolplan"));
        auto p = ProjectFile::open(dir.file("timing.kolplan"));
        const auto start = std::chrono::steady_clock::now();
        ASSERT_TRUE(importKols(*p.value(), dir.file("big.csv"))->committed);
        importSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    std::filesystem::copy_file(path, dir.file("pristine.kolplan"));
    std::mt19937 rng(5);
    int killedMidway = 0;
    int finishedFirst = 0;
    for (int attempt = 0; killedMidway < kKills; ++attempt) {
        ASSERT_LT(finishedFirst, kKills / 2) << "most imports finished before the kill; the test proves little";
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            auto p = ProjectFile::open(path);
            const bool ok = p && importKols(*p.value(), dir.file("big.csv")).isOk();
            _exit(ok ? 0 : 3);
        }
        // Wait until the child's transaction is under way (its rollback journal exists), then
        // kill it at a random point of the import.
        const auto start = std::chrono::steady_clock::now();
        while (!std::filesystem::exists(path + "-journal")
               && std::chrono::steady_clock::now() - start < std::chrono::seconds(20)) {
            std::this_thread::sleep_for(std::chrono::microseconds(100));
        }
        std::this_thread::sleep_for(
            std::chrono::duration<double>(std::uniform_real_distribution<double>(0, 0.8)(rng) * importSeconds));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        if (!WIFSIGNALED(status)) {
            // The import finished first: the file holds all of it. Start over from before it.
            ASSERT_EQ(WEXITSTATUS(status), 0);
            EXPECT_EQ(ProjectFile::open(path, ProjectFile::Access::ReadOnly).value()->summary()->kols, 41000);
            std::filesystem::copy_file(dir.file("pristine.kolplan"), path,
                                       std::filesystem::copy_options::overwrite_existing);
            ++finishedFirst;
            continue;
        }
        auto p = ProjectFile::open(path,
                                   attempt % 2 == 0 ? ProjectFile::Access::ReadOnly : ProjectFile::Access::ReadWrite);
        ASSERT_TRUE(p) << p.error();
        EXPECT_EQ(integrity(*p.value()), "ok");
        if (p.value()->summary()->kols == 41000) {
            // The kill landed after the import committed (between the commit and the exit): the
            // last completed save is the import itself. Start over from before it.
            p.value().reset();
            std::filesystem::copy_file(dir.file("pristine.kolplan"), path,
                                       std::filesystem::copy_options::overwrite_existing);
            ++finishedFirst;
            continue;
        }
        ++killedMidway;
        EXPECT_EQ(p.value()->summary()->kols, 1000) << "attempt " << attempt << ": a killed import must leave no trace";
        EXPECT_TRUE(ScenarioStore(*p.value()).load("Baseline")) << "the saved scenario survives";
        ASSERT_FALSE(HasFailure()) << "attempt " << attempt;
    }
    std::printf("%d kills landed mid-import, %d imports finished before their kill (an import takes %.2f s)\n",
                killedMidway, finishedFirst, importSeconds);
}
