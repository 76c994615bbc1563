// The one amount reader: what planners type in the window and on the command line.
#include "base/Amount.h"

#include "base/Numbers.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace kol;

TEST(ReadAmount, ReadsAmountsAsPlannersWriteThem)
{
    const std::pair<const char*, double> cases[] = {
        {"40000", 40000},       {"40k", 40000},   {"40K", 40000},       {"1.5m", 1500000},
        {"1.5M", 1500000},      {"4万", 40000},   {"1.2亿", 120000000}, {"40,000", 40000},
        {"1,250,000", 1250000}, {"2e6", 2000000}, {" 75000 ", 75000},   {"¥40,000", 40000},
        {"4万元", 40000},       {"0", 0},         {"64.1k", 64100},     {"0.5", 0.5},
    };
    for (const auto& [text, value] : cases) {
        const AmountReading r = readAmount(text);
        ASSERT_TRUE(r) << text << ": " << amountProblemText(r, text);
        EXPECT_DOUBLE_EQ(r.value, value) << text;
    }
}

TEST(ReadAmount, RefusesWhatIsNotAnAmountWithTheReason)
{
    for (const char* text : {"abc", "", "1,2,3", "40kk", "12 34", "nan", "inf", "0,500"}) {
        EXPECT_EQ(readAmount(text).problem, AmountProblem::NotAnAmount) << text;
    }
    EXPECT_EQ(readAmount("-5000").problem, AmountProblem::Negative);
    EXPECT_EQ(readAmount("9,999,999,999,999").problem, AmountProblem::AboveMaximum);
    EXPECT_EQ(readAmount("12%").problem, AmountProblem::PercentNotAllowed);
    const AmountReading r = readAmount("-5000");
    EXPECT_NE(amountProblemText(r, "-5000").find("'-5000' is negative"), std::string::npos);
}

TEST(ReadAmount, ReadsASharesOfTheBudgetAndTheLocalesDecimalMark)
{
    AmountRules rules;
    rules.percentOf = 2000000;
    rules.maximum = 2000000;
    EXPECT_DOUBLE_EQ(readAmount("12%", rules).value, 240000);
    EXPECT_DOUBLE_EQ(readAmount("12.5 %", rules).value, 250000);
    EXPECT_EQ(readAmount("150%", rules).problem, AmountProblem::AboveMaximum);
    EXPECT_EQ(readAmount("2,000,001", rules).problem, AmountProblem::AboveMaximum);
    AmountRules comma;
    comma.decimalMark = ',';
    EXPECT_DOUBLE_EQ(readAmount("1.250.000", comma).value, 1250000);
    EXPECT_DOUBLE_EQ(readAmount("1,5m", comma).value, 1500000);
}

TEST(ParseAmount, PlainNumbersKeepTheirSign)
{
    EXPECT_DOUBLE_EQ(*parseAmount("-2.5"), -2.5);
    EXPECT_DOUBLE_EQ(*parseAmount("3k"), 3000);
    EXPECT_FALSE(parseAmount("x"));
    EXPECT_DOUBLE_EQ(*parseShare("30%"), 0.3);
    EXPECT_DOUBLE_EQ(*parseShare("0.3"), 0.3);
}

// A normaliser over real data: zeros (posts or cells that reached nothing) and non-numbers do not
// drag it toward 0, where every score divided by it would explode.
TEST(PositiveMedian, IgnoresZerosAndNonNumbersAndIsOneForNothing)
{
    EXPECT_EQ(kol::positiveMedian({}), 1.0);
    EXPECT_EQ(kol::positiveMedian({0, 0, 0}), 1.0);
    EXPECT_EQ(kol::positiveMedian({0, 0, 0, 5}), 5.0);
    EXPECT_EQ(kol::positiveMedian({NAN, 2, -3, INFINITY}), 2.0);
    EXPECT_EQ(kol::positiveMedian({4, 1, 9}), 4.0);
}
