#pragma once

// What the widget tests share: a real fitted demo project, waiting on the event loop, and
// reading a command's output.
#include "../TestUtil.h"
#include "cli/Cli.h"

#include <QElapsedTimer>
#include <QTest>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <gtest/gtest.h>
#include <sstream>
#include <string>

namespace kol::test {

// A real demo project with a fitted performance model (small: 600 KOLs, 6,000 posts).
inline std::string demoProject(TempDir& dir)
{
    const std::string path = dir.file("demo.kolplan");
    std::ostringstream out, err;
    EXPECT_EQ(runCli({"demo", path, "--kols", "600", "--posts", "6000"}, out, err), 0) << err.str();
    EXPECT_EQ(runCli({"fit", path, "--members", "1", "--epochs", "15"}, out, err), 0) << err.str();
    return path;
}

// The demo project above with a second scenario ("Lean": a smaller budget on three channels),
// built once per test binary; each caller gets its own copy.
inline std::string sharedDemoProject(TempDir& dir, const std::string& name = "demo.kolplan")
{
    static TempDir home;
    static const std::string built = [] {
        const std::string path = demoProject(home);
        std::ostringstream out, err;
        EXPECT_EQ(runCli({"scenario", "copy", path, "Baseline", "Lean"}, out, err), 0) << err.str();
        EXPECT_EQ(
            runCli({"scenario", "set", path, "Lean", "--budget", "600k", "--channels", "Douyin,Xiaohongshu,Bilibili"},
                   out, err),
            0)
            << err.str();
        return path;
    }();
    const std::string path = dir.file(name);
    std::filesystem::copy_file(built, path, std::filesystem::copy_options::overwrite_existing);
    return path;
}

// Runs the event loop until `done` or `ms` milliseconds; returns done().
inline bool waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QTest::qWait(10);
    }
    return done();
}

} // namespace kol::test
