#pragma once

// What the widget tests share: a real fitted demo project, waiting on the event loop, and
// reading a command's output.
#include "../TestUtil.h"
#include "cli/Cli.h"

#include <QElapsedTimer>
#include <QTest>
#include <cstdio>
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

inline std::string commandOutput(const std::string& command)
{
    std::string out;
    if (FILE* p = popen(command.c_str(), "r")) {
        char buffer[4096];
        size_t n = 0;
        while ((n = fread(buffer, 1, sizeof buffer, p)) > 0) {
            out.append(buffer, n);
        }
        pclose(p);
    }
    return out;
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
