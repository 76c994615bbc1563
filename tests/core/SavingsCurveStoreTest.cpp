// The savings curves kept in the project file (format 7): they come back as stored for the same
// basis, not for another, and bad values are refused on the way in and on the way out.
#include "store/SavingsCurveStore.h"

#include "../TestUtil.h"
#include "model/Date.h"
#include "model/Scenario.h"
#include "store/ProjectFile.h"
#include "store/ScenarioStore.h"
#include "store/SqliteDb.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace kol;
using kol::test::TempDir;

namespace {
SavingsCurves someCurves()
{
    SavingsCurves c;
    c.scenario = "Spring";
    c.budget = 1000000;
    c.templateEffect = 1391.9;
    c.leftOut = {"rl: no trained policy for this scenario; run 'kolplanner-cli train'"};
    for (const std::string method : {"template", "optimal"}) {
        SavingsCurve m;
        m.method = method;
        for (const double b : {250000.0, 1000000.0, 2000000.0}) {
            m.points.push_back(CurvePoint{b, b / 700, b / 800, b / 600, 0.97 * b});
        }
        m.effectAtBudget = 1000000.0 / 700;
        m.uplift = method == "template" ? 0 : 0.331;
        if (method == "optimal") {
            m.savings = 0.361;
            m.savingBudget = 639000;
        } else {
            m.note = "does not reach the template's effect (1,391.9) even at twice the budget (2,000,000)";
        }
        m.missing = {"100,000: a budget of 100,000 buys no KOL", "second line"};
        m.marginal = {MarginalReturn{"Douyin", 6.7, 7.6, ""},
                      MarginalReturn{"Weibo", std::nullopt, std::nullopt, "the channel is at its maximum share"}};
        c.curves.push_back(m);
    }
    return c;
}
} // namespace

TEST(SavingsCurveStore, RoundTripsForTheSameBasisOnly)
{
    TempDir dir;
    auto p = ProjectFile::create(dir.file("c.kolplan"));
    ASSERT_TRUE(p) << p.error();
    Scenario s = Scenario::makeDefault("Spring", *Date::parse("2027-03-01"));
    ASSERT_TRUE(ScenarioStore(*p.value()).save(s));
    SavingsCurveStore store(*p.value());
    auto none = store.load("Spring", "b1");
    ASSERT_TRUE(none) << none.error();
    EXPECT_FALSE(none.value().has_value());

    const SavingsCurves c = someCurves();
    ASSERT_TRUE(store.save(c, "b1"));
    auto loaded = store.load("Spring", "b1");
    ASSERT_TRUE(loaded) << loaded.error();
    ASSERT_TRUE(loaded.value().has_value());
    const SavingsCurves& l = *loaded.value();
    EXPECT_EQ(l.budget, c.budget);
    EXPECT_EQ(l.templateEffect, c.templateEffect);
    EXPECT_EQ(l.leftOut, c.leftOut);
    ASSERT_EQ(l.curves.size(), 2u);
    for (size_t k = 0; k < 2; ++k) {
        EXPECT_EQ(l.curves[k].method, c.curves[k].method);
        EXPECT_EQ(l.curves[k].savings, c.curves[k].savings);
        EXPECT_EQ(l.curves[k].savingBudget, c.curves[k].savingBudget);
        EXPECT_EQ(l.curves[k].note, c.curves[k].note);
        EXPECT_EQ(l.curves[k].missing, c.curves[k].missing);
        ASSERT_EQ(l.curves[k].points.size(), 3u);
        EXPECT_EQ(l.curves[k].points[1].effectHigh, c.curves[k].points[1].effectHigh);
        ASSERT_EQ(l.curves[k].marginal.size(), 2u);
        EXPECT_EQ(l.curves[k].marginal[0].gain, 6.7);
        EXPECT_FALSE(l.curves[k].marginal[1].gain.has_value());
        EXPECT_EQ(l.curves[k].marginal[1].note, "the channel is at its maximum share");
    }
    auto other = store.load("Spring", "b2");
    ASSERT_TRUE(other);
    EXPECT_FALSE(other.value().has_value()) << "computed from something else: not reused";

    // Saved again for another basis, the old curves are gone.
    SavingsCurves fewer = c;
    fewer.curves.pop_back();
    ASSERT_TRUE(store.save(fewer, "b2"));
    EXPECT_FALSE(store.load("Spring", "b1").value().has_value());
    EXPECT_EQ(store.load("Spring", "b2").value()->curves.size(), 1u);
}

TEST(SavingsCurveStore, RefusesWhatIsNotAFigureAndNamesABadRow)
{
    TempDir dir;
    const std::string path = dir.file("c.kolplan");
    {
        auto p = ProjectFile::create(path);
        ASSERT_TRUE(p) << p.error();
        ASSERT_TRUE(ScenarioStore(*p.value()).save(Scenario::makeDefault("Spring", *Date::parse("2027-03-01"))));
        SavingsCurveStore store(*p.value());
        SavingsCurves bad = someCurves();
        bad.curves[1].points[2].effect = std::numeric_limits<double>::quiet_NaN();
        const Status refused = store.save(bad, "b1");
        EXPECT_FALSE(refused);
        EXPECT_NE(refused.message().find("not a finite number"), std::string::npos) << refused.message();
        EXPECT_FALSE(store.load("Spring", "b1").value().has_value()) << "nothing was stored";
        SavingsCurves unknown = someCurves();
        unknown.scenario = "Autumn";
        EXPECT_NE(store.save(unknown, "b1").message().find("no scenario named 'Autumn'"), std::string::npos);
        ASSERT_TRUE(store.save(someCurves(), "b1"));
    }
    {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        ASSERT_TRUE(db) << db.error();
        ASSERT_TRUE(db.value()->exec("UPDATE savings_point SET spend = -5 WHERE budget = 250000"));
    }
    auto p = ProjectFile::open(path, ProjectFile::Access::ReadOnly);
    ASSERT_TRUE(p) << p.error();
    auto loaded = SavingsCurveStore(*p.value()).load("Spring", "b1");
    ASSERT_FALSE(loaded);
    EXPECT_NE(loaded.error().find("savings_point"), std::string::npos) << loaded.error();
    EXPECT_NE(loaded.error().find("spend"), std::string::npos) << loaded.error();
    EXPECT_FALSE(SavingsCurveStore(*p.value()).save(someCurves(), "b1")) << "read-only";
}
