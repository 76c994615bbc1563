#pragma once

#include "base/Result.h"
#include "market/DemoMarket.h"
#include "market/ModelFit.h"

#include <atomic>
#include <functional>
#include <string>

namespace kol {

// Writes a new project at `path`: the demo market plus the "Baseline" scenario (1,000,000 CNY;
// 6 channels x 3 phases x 3 tiers from 2026-03-02; the default template; hierarchy on; max cell
// share 30%). Timestamps are fixed, so the same options give the same file, byte for byte.
Status writeDemoProject(const std::string& path, const DemoOptions& options);

// How the full demo is built and what it reports while it is.
struct DemoBuildOptions
{
    DemoOptions market;
    FitOptions fit; // its progress and cancel are set by buildDemoProject
    // (what is being done, fraction of the whole 0..1); called from the building thread.
    std::function<void(const std::string&, double)> progress;
    const std::atomic<bool>* cancel = nullptr;
    // Past campaigns written to the project's history (DemoHistory.h); 0: none.
    int campaigns = 200;
};

// The demo a new user starts from (the window's first run, `make run`, `demo --with-model`): the
// demo project, its fitted performance model and a second scenario, "Douyin focus" (1,500,000 CNY,
// Douyin 40-60% of the budget, Douyin/Launch/Head locked at 200,000, Weibo off), and a history
// of `campaigns` past campaigns (simulateDemoHistory, seeded by the market's seed). Built in a
// temporary file beside `path` and renamed over it at the end, so `path` is complete or absent.
Status buildDemoProject(const std::string& path, const DemoBuildOptions& options);

} // namespace kol
