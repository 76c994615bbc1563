#include "store/PlanCsv.h"

#include "../TestUtil.h"
#include "model/Scenario.h"
#include "report/PlanExport.h"

#include <gtest/gtest.h>
#include <sstream>

using namespace kol;

namespace {
Result<std::vector<PlanAmounts>> read(const std::string& body)
{
    const Scenario s = Scenario::makeDefault("S", Date{2026, 1, 5});
    std::istringstream in("plan,channel,phase,tier,amount\n" + body);
    return readPlanCsv(in, "plans.csv", s.matrix());
}
} // namespace

TEST(PlanCsv, ReadsPlansInOrderWithUnlistedCellsZero)
{
    auto r = read("b,Douyin,Launch,Head,100\na,douyin,launch,head,5.5\nb,Weibo,Sustain,Tail,7\n");
    ASSERT_TRUE(r) << r.error();
    ASSERT_EQ(r->size(), 2u);
    EXPECT_EQ((*r)[0].name, "b");
    double total = 0;
    for (double x : (*r)[0].amounts) {
        total += x;
    }
    EXPECT_EQ(total, 107);
    EXPECT_EQ((*r)[1].amounts[3], 5.5) << "Douyin/Launch/Head is flat cell 3";
}

TEST(PlanCsv, BadRowsNameLineColumnAndReason)
{
    const std::pair<const char*, const char*> cases[] = {
        {"p,Myspace,Launch,Head,1\n", "plans.csv:2: column 'channel': 'Myspace' is not a channel of the scenario"},
        {"p,Douyin,Later,Head,1\n", "plans.csv:2: column 'phase': 'Later' is not a phase"},
        {"p,Douyin,Launch,KOC,1\n", "plans.csv:2: column 'tier': 'KOC' is not a tier of the scenario"},
        {"p,Douyin,Launch,Head,-5\n", "plans.csv:2: column 'amount': '-5' must be between 0 and 1e15"},
        {"p,Douyin,Launch,Head,lots\n", "plans.csv:2: column 'amount': 'lots' is not a number"},
        {"p,Douyin,Launch,Head,1\np,Douyin,Launch,Head,2\n",
         "plans.csv:3: plan 'p' gives cell Douyin/Launch/Head twice"},
        {"p,Douyin,Launch\n", "plans.csv:2: expected 5 fields, found 3"},
        {",Douyin,Launch,Head,1\n", "column 'plan': is empty"},
        {"", "plans.csv: holds no plans"},
    };
    for (const auto& [body, expected] : cases) {
        auto r = read(body);
        ASSERT_FALSE(r) << body;
        EXPECT_NE(r.error().find(expected), std::string::npos) << r.error();
    }
    std::istringstream wrongHeader("plan,channel,amount\n");
    const Scenario s = Scenario::makeDefault("S", Date{2026, 1, 5});
    EXPECT_NE(readPlanCsv(wrongHeader, "x.csv", s.matrix()).error().find("x.csv:1: the header must be"),
              std::string::npos);
}

TEST(PlanExport, CsvFieldsNeverRunAsFormulas)
{
    EXPECT_EQ(kol::csvField("Douyin"), "Douyin");
    EXPECT_EQ(kol::csvField("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
    EXPECT_EQ(kol::csvField("+1"), "'+1");
    EXPECT_EQ(kol::csvField("-2"), "'-2");
    EXPECT_EQ(kol::csvField("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(kol::csvField("\tx"), "'\tx");
    EXPECT_EQ(kol::csvField("a,b"), "\"a,b\"");
    EXPECT_EQ(kol::csvField("line\nbreak"), "\"line\nbreak\"");
    EXPECT_EQ(kol::csvField("抖音"), "抖音");
}

TEST(PlanExport, AtomicWritesLeaveTheOldFileOrTheNewOneNeverAHalfFile)
{
    kol::test::TempDir dir;
    const std::string path = dir.file("out.csv");
    ASSERT_TRUE(kol::writeFileAtomically(path, "old"));
    ASSERT_TRUE(kol::writeFileAtomically(path, "new contents"));
    EXPECT_EQ(kol::test::readFile(path), "new contents");
    const kol::Status s = kol::writeFileAtomically(dir.file("no/such/dir/out.csv"), "x");
    ASSERT_FALSE(s);
    EXPECT_NE(s.message().find("no/such/dir/out.csv"), std::string::npos) << s.message();
    EXPECT_EQ(kol::test::readFile(path), "new contents");
}
