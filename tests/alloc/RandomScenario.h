#pragma once

// Random scenarios for the tests that every method must pass: locks, disabled cells, bounds and
// channel shares on the small demo market, drawn so that they stay feasible (mostly).
#include "../market/MarketFixture.h"
#include "base/Random.h"
#include "model/Scenario.h"

#include <cmath>

namespace kol::test {

// A scenario with random locks, disabled cells, bounds and channel shares that stays feasible.
inline Scenario randomScenario(uint64_t seed)
{
    Random rng(seed);
    Scenario s = SmallMarket::get().scenario;
    s.budget = rng.uniform(200000, 1500000);
    StrategyMatrix& m = s.matrix();
    double committed = 0;
    for (int i = 0; i < m.cellCount(); ++i) {
        MatrixCell& c = m.cell(m.indexOf(i));
        const double u = rng.uniform();
        if (u < 0.1) {
            c.enabled = false;
        } else if (u < 0.15 && committed < 0.3 * s.budget) {
            c.locked = std::round(rng.uniform(0, 0.04) * s.budget);
            committed += *c.locked;
        } else if (u < 0.3) {
            c.maxAmount = rng.uniform(0, 0.05) * s.budget;
        } else if (u < 0.4 && committed < 0.3 * s.budget) {
            c.minAmount = rng.uniform(0, 0.02) * s.budget;
            committed += c.minAmount;
        }
    }
    if (rng.chance(0.5)) {
        s.rules.channelShares["Xiaohongshu"] = {0.1, 0.5};
    }
    if (rng.chance(0.5)) {
        s.rules.channelShares["Douyin"] = {0.0, 0.25};
    }
    s.rules.tierHierarchy = rng.chance(0.7);
    return s;
}

} // namespace kol::test
