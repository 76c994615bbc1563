// The combination search against brute force on small random cells.
#include "market/CellCurve.h"

#include "base/Random.h"

#include <functional>
#include <gtest/gtest.h>

using namespace kol;

namespace {
struct Best
{
    double value = 0;
    double spend = 0;
};

// Every subset of KOLs, each in any one of its formats, with real prices.
Best bruteForce(const std::vector<std::vector<CurveOption>>& kols, double budget)
{
    Best best;
    std::function<void(size_t, double, double)> visit = [&](size_t k, double spent, double value) {
        if (k == kols.size()) {
            if (value > best.value) {
                best = {value, spent};
            }
            return;
        }
        visit(k + 1, spent, value);
        for (const auto& o : kols[k]) {
            if (spent + o.price <= budget + 1e-9) {
                visit(k + 1, spent + o.price, value + o.value);
            }
        }
    };
    visit(0, 0, 0);
    return best;
}

std::vector<std::vector<CurveOption>> randomCell(Random& rng, int kols, double priceStep)
{
    std::vector<std::vector<CurveOption>> cell;
    for (int k = 0; k < kols; ++k) {
        std::vector<CurveOption> options;
        const int formats = 1 + static_cast<int>(rng.below(2));
        for (int f = 0; f < formats; ++f) {
            CurveOption o;
            o.kol = k;
            o.format = f;
            const double raw = rng.uniform(1, 60);
            o.price = priceStep > 0 ? std::ceil(raw) * priceStep : raw;
            o.value = rng.uniform(0.1, 10);
            o.valueLow = 0.8 * o.value;
            o.valueHigh = 1.2 * o.value;
            o.reach = 1000 * o.value;
            options.push_back(o);
        }
        cell.push_back(options);
    }
    return cell;
}
} // namespace

TEST(CellCurve, ExactWhenPricesAreOnTheGrid)
{
    Random rng(11);
    for (int trial = 0; trial < 60; ++trial) {
        const auto cell = randomCell(rng, 1 + static_cast<int>(rng.below(8)), 1.0);
        // Grid step 1: every price is a whole number of steps, so rounding changes nothing.
        const CellCurve curve(cell, 200, 201);
        ASSERT_DOUBLE_EQ(curve.step(), 1.0);
        for (double b = 0; b <= 200; b += 7) {
            const Best bf = bruteForce(cell, b);
            EXPECT_NEAR(curve.at(b).value, bf.value, 1e-4) << "trial " << trial << " budget " << b;
            EXPECT_LE(curve.at(b).spend, b + 1e-6);
        }
    }
}

TEST(CellCurve, WithinOneStepPerKolOtherwiseAndAlwaysAffordable)
{
    Random rng(12);
    for (int trial = 0; trial < 60; ++trial) {
        const int n = 1 + static_cast<int>(rng.below(8));
        const auto cell = randomCell(rng, n, 0.0); // prices off the grid
        const CellCurve curve(cell, 300, 97);
        for (double b = 0; b <= 300; b += 11) {
            const Best bf = bruteForce(cell, b);
            const CellCurve::Point& p = curve.at(b);
            EXPECT_LE(p.value, bf.value + 1e-4) << "the curve never beats the true optimum";
            EXPECT_LE(p.spend, b + 1e-6) << "what it picks is affordable at real prices";
            // The bound stated in CellCurve.h: OPT(b) <= curve(b + m * step), inside the grid.
            if (b + n * curve.step() <= curve.maxAmount()) {
                EXPECT_GE(curve.at(b + n * curve.step()).value + 1e-4, bf.value)
                    << "trial " << trial << " budget " << b;
            }
        }
    }
}

TEST(CellCurve, ChooseReconstructsTheCurvesSet)
{
    Random rng(13);
    for (int trial = 0; trial < 40; ++trial) {
        const auto cell = randomCell(rng, 2 + static_cast<int>(rng.below(20)), 0.0);
        const CellCurve curve(cell, 400, 512);
        for (double b : {0.0, 5.0, 37.0, 150.0, 400.0, 10000.0}) {
            const auto chosen = curve.choose(b);
            double value = 0, spend = 0;
            std::vector<int> kols;
            for (const auto& o : chosen) {
                value += o.value;
                spend += o.price;
                kols.push_back(o.kol);
            }
            EXPECT_NEAR(value, curve.at(b).value, 1e-3);
            EXPECT_NEAR(spend, curve.at(b).spend, 1e-3);
            std::sort(kols.begin(), kols.end());
            EXPECT_TRUE(std::adjacent_find(kols.begin(), kols.end()) == kols.end()) << "a KOL bought twice";
        }
    }
}

TEST(CellCurve, MonotoneAndZeroBelowTheCheapestKol)
{
    Random rng(14);
    const auto cell = randomCell(rng, 12, 0.0);
    const CellCurve curve(cell, 500, 1000);
    double last = -1;
    for (double b = 0; b <= 600; b += 0.5) {
        EXPECT_GE(curve.at(b).value, last);
        last = curve.at(b).value;
    }
    const double below = curve.cheapestPrice() * 0.99;
    EXPECT_EQ(curve.at(below).value, 0.0f);
    EXPECT_EQ(curve.at(below).spend, 0.0f);
    EXPECT_TRUE(curve.choose(below).empty());
    EXPECT_EQ(CellCurve({}, 100, 10).at(50).value, 0.0f) << "a cell with no KOLs is worth nothing";
}

TEST(CellCurve, NeededAmountIsTheLeastThatBuysTheSameSet)
{
    Random rng(21);
    const auto cell = randomCell(rng, 10, 0.0);
    const CellCurve curve(cell, 400, 800);
    for (double b = 0; b <= 450; b += 0.7) {
        const double needed = curve.neededAmount(b);
        EXPECT_LE(needed, b + 1e-12);
        EXPECT_EQ(curve.at(needed).value, curve.at(b).value) << "at " << b;
        if (needed >= curve.step()) {
            EXPECT_LT(curve.at(needed - curve.step()).value, curve.at(b).value) << "one step less buys less";
        }
    }
    EXPECT_EQ(curve.neededAmount(curve.cheapestPrice() * 0.5), 0.0);
}
