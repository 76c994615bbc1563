// DDPG speed side by side: our Pendulum self-test, a plain PyTorch DDPG with the same settings on
// Debian's python3-torch (/usr/bin/python3 scripts/ddpg_reference.py, one thread), and the matrix-product floor of
// the updates measured in the same run.
#include "Bench.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

namespace kol::bench {

namespace {
std::string output(const std::string& command)
{
    std::string text;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buf[4096];
        while (std::fgets(buf, sizeof buf, pipe)) {
            text += buf;
        }
        pclose(pipe);
    }
    return text;
}
} // namespace

std::vector<Row> pendulumBench(long steps)
{
    std::vector<Row> rows;
    const std::string n = std::to_string(steps);
    const auto ours = nlohmann::json::parse(
        output("'" + cliPath() + "' selftest pendulum --steps " + n + " --json 2>/dev/null"), nullptr, false);
    const auto reference = nlohmann::json::parse(
        output("/usr/bin/python3 '" KOL_SOURCE_DIR "/scripts/ddpg_reference.py' --steps " + n + " 2>/dev/null"),
        nullptr, false);
    if (!ours.is_object()) {
        rows.push_back({"Pendulum " + n + " steps: ours", 0, 0, "FAILED"});
        return rows;
    }
    char note[160];
    std::snprintf(note, sizeof note, "return %.1f; %s", ours.value("mean_return", 0.0),
                  ours.value("blas", std::string()).c_str());
    rows.push_back({"Pendulum " + n + " steps: ours (LibTorch)", ours.value("seconds", 0.0), 0, note});
    if (!reference.is_object()) {
        rows.push_back(
            {"Pendulum " + n + " steps: PyTorch reference", 0, 0, "not run: needs python3-torch and python3-numpy"});
        return rows;
    }
    std::snprintf(note, sizeof note, "return %.1f, %ld updates", reference.value("mean_return", 0.0),
                  reference.value("updates", 0L));
    rows.push_back({"Pendulum " + n + " steps: PyTorch reference", reference.value("seconds", 0.0), 0, note});
    const double floor = reference.value("floor_seconds", 0.0);
    std::snprintf(note, sizeof note, "%.0f GFLOP/s per 256x400x300 product; ours is %.1fx the floor (goal 1.5x)",
                  reference.value("gflops", 0.0), floor > 0 ? ours.value("seconds", 0.0) / floor : 0.0);
    rows.push_back({"Pendulum " + n + " steps: matrix-product floor", floor, 0, note});
    return rows;
}

} // namespace kol::bench
