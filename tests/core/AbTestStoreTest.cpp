// A/B tests in the project file: a round trip of every field, results imported from CSV all or
// nothing with each bad row named, and tests following their scenario.
#include "store/AbTestStore.h"

#include "../TestUtil.h"
#include "abtest/AbSimulator.h"
#include "store/ProjectFile.h"
#include "store/ScenarioStore.h"

#include <fstream>
#include <gtest/gtest.h>

using namespace kol;
using kol::test::TempDir;

namespace {
AbTest sampleTest()
{
    AbTest t;
    t.name = "Spring copy";
    t.scenario = "Spring";
    t.brief = "Serum launch, 含中文, \"quotes\"";
    t.variants = {{"A", "Glow all day", "Our serum, line one\nline two", "Before/after", "Shop now"},
                  {"B", "Three steps", "", "", "Learn more"}};
    t.segments = {{"Young", "Douyin", "Mid", "18-24", {"beauty", "skincare"}}, {"Any", "", "", "", {}}};
    t.results = {{1, "A", "Young", 1000, 30, 3}, {1, "B", "Young", 1000, 45, 5}, {2, "A", "Any", 500, 10, 0}};
    return t;
}

std::unique_ptr<ProjectFile> projectWithScenario(TempDir& dir)
{
    auto p = ProjectFile::create(dir.file("p.kolplan"));
    EXPECT_TRUE(p);
    EXPECT_TRUE(ScenarioStore(*p.value()).save(Scenario::makeDefault("Spring", *Date::parse("2027-03-01"))));
    return p.take();
}
} // namespace

TEST(AbTestStore, RoundTripRenameAndDelete)
{
    TempDir dir;
    auto p = projectWithScenario(dir);
    AbTestStore store(*p);
    const AbTest t = sampleTest();
    ASSERT_TRUE(store.save(t));
    EXPECT_EQ(store.load("Spring", "Spring copy").value(), t);
    EXPECT_EQ(store.list("Spring").value(), std::vector<std::string>{"Spring copy"});
    AbTest bad = t;
    bad.results.push_back({2, "A", "Any", 5, 6, 0});
    const Status refused = store.save(bad);
    EXPECT_FALSE(refused);
    EXPECT_NE(refused.message().find("more clicks than impressions"), std::string::npos) << refused.message();
    bad = t;
    bad.segments[0].channel = "Myspace";
    EXPECT_NE(store.save(bad).message().find("segments[Young].channel"), std::string::npos);
    EXPECT_EQ(store.load("Spring", "Spring copy").value(), t) << "a refused save changes nothing";
    AbTest other = t;
    other.name = "Autumn copy";
    ASSERT_TRUE(store.create(other));
    EXPECT_NE(store.create(t).message().find("already has an A/B test named 'Spring copy'"), std::string::npos);
    AbTest changed = t;
    changed.brief = "changed";
    ASSERT_TRUE(store.save(changed));
    EXPECT_EQ(store.list("Spring").value(), (std::vector<std::string>{"Spring copy", "Autumn copy"}))
        << "a saved test keeps its place";
    EXPECT_EQ(store.load("Spring", "Spring copy").value().brief, "changed");
    ASSERT_TRUE(ScenarioStore(*p).rename("Spring", "Summer"));
    EXPECT_TRUE(store.load("Summer", "Spring copy")) << "a test follows its scenario";
    ASSERT_TRUE(ScenarioStore(*p).remove("Summer"));
    EXPECT_EQ(p->database().scalar("SELECT count(*) FROM ab_result").value(), 0) << "and goes with it";
}

TEST(AbTestStore, BadResultFilesAreRefusedLineByLineAndChangeNothing)
{
    TempDir dir;
    auto p = projectWithScenario(dir);
    ASSERT_TRUE(AbTestStore(*p).save(sampleTest()));
    const std::string csv = dir.file("rounds.csv");
    std::ofstream(csv) << "round,variant,segment,impressions,clicks,conversions\n"
                          "3,A,Young,1000,25,2\n"
                          "3,B,Young,100,150,1\n"
                          "3,Z,Young,100,5,1\n"
                          "3,A,Nobody,100,5,1\n"
                          "3,B,Any,-5,0,0\n"
                          "3,A,Any,100,5,9\n"
                          "1,A,Young,100,5,1\n"
                          "3,A,Young,100,5,1\n";
    auto report = importAbResults(*p, "Spring", "Spring copy", csv);
    ASSERT_TRUE(report) << report.error();
    EXPECT_FALSE(report->committed);
    ASSERT_EQ(report->problems.size(), 7u);
    const char* expected[] = {"rounds.csv:3: column 'clicks': more clicks (150) than impressions (100)",
                              "rounds.csv:4: column 'variant': 'Z' is not a variant of the test (A, B)",
                              "rounds.csv:5: column 'segment': 'Nobody' is not a segment of the test (Young, Any)",
                              "rounds.csv:6: column 'impressions'",
                              "rounds.csv:7: column 'conversions': more conversions (9) than clicks (5)",
                              "rounds.csv:8: column 'round': round 1 already has a row for A in Young",
                              "rounds.csv:9: column 'round': round 3 already has a row for A in Young"};
    for (size_t i = 0; i < 7; ++i) {
        EXPECT_NE(report->problems[i].find(expected[i]), std::string::npos) << report->problems[i];
    }
    EXPECT_EQ(AbTestStore(*p).load("Spring", "Spring copy").value(), sampleTest());
    std::ofstream(csv) << "Round,Variant,Segment,Impressions,Clicks,Conversions\n3,B,Any,1.2k,40,4\n";
    report = importAbResults(*p, "Spring", "Spring copy", csv);
    ASSERT_TRUE(report && report->committed) << (report ? report->problems.front() : report.error());
    const AbTest after = AbTestStore(*p).load("Spring", "Spring copy").value();
    ASSERT_EQ(after.results.size(), 4u);
    EXPECT_EQ(after.results.back(), (AbResult{3, "B", "Any", 1200, 40, 4}));
    EXPECT_FALSE(importAbResults(*p, "Spring", "Nope", csv)) << "an unknown test is named";
}
