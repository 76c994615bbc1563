#pragma once

// One small demo market with a fitted model, built once per test binary: real data, real
// LibTorch training at a small size.
#include "market/DemoMarket.h"
#include "market/Market.h"
#include "market/ModelFit.h"
#include "model/Scenario.h"
#include "model/Vocabulary.h"
#include "training/Training.h"

#include <gtest/gtest.h>

namespace kol::test {

struct SmallMarket
{
    DemoMarket demo;
    FitReport fit;
    Scenario scenario;

    static const SmallMarket& get()
    {
        static const SmallMarket instance = [] {
            SmallMarket m;
            m.demo = generateDemoMarket(DemoOptions{7, 900, 8000});
            FitOptions o;
            o.members = 2;
            o.epochs = 40;
            auto fit = fitPerformanceModel(m.demo.kols, m.demo.posts, Vocabulary::defaults(), o);
            EXPECT_TRUE(fit) << fit.error();
            m.fit = fit.take();
            m.scenario = Scenario::makeDefault("Baseline", Date{2026, 3, 2});
            m.scenario.budget = 600000;
            return m;
        }();
        return instance;
    }

    Market market(const MarketOptions& options = {}) const { return market(scenario, options); }
    Market market(const Scenario& s, const MarketOptions& options = {}) const
    {
        auto built = Market::build(s, demo.kols, fit.model, Vocabulary::defaults(), options);
        EXPECT_TRUE(built) << built.error();
        return built.take();
    }
};

} // namespace kol::test
