#include "base/Text.h"
#include "model/Date.h"
#include "model/Scenario.h"
#include "model/Vocabulary.h"

#include <cmath>
#include <functional>
#include <gtest/gtest.h>

using namespace kol;

TEST(Date, ParsesStrictIsoDates)
{
    const auto d = Date::parse("2024-02-29");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->toString(), "2024-02-29");
    EXPECT_FALSE(Date::parse("2023-02-29"));
    EXPECT_FALSE(Date::parse("2024-13-01"));
    EXPECT_FALSE(Date::parse("2024-1-01"));
    EXPECT_FALSE(Date::parse("2024/01/01"));
    EXPECT_FALSE(Date::parse(""));
    EXPECT_FALSE(Date::parse("2024-01-0x"));
}

TEST(Date, DatesWithATimeCountByTheirDate)
{
    for (const char* text : {"2025-02-23", "2025-02-23 10:48", "2025-02-23 10:48:59", "2025-02-23T10:48:59Z",
                             "2025-02-23T10:48:59.123+08:00", "2025-02-23T23:59:60-05:30"}) {
        const auto d = Date::parseDateTime(text);
        ASSERT_TRUE(d) << text;
        EXPECT_EQ(d->toString(), "2025-02-23") << text;
    }
    for (const char* text : {"2025-02-30 10:00", "2025-02-23 25:00", "2025-02-23T10:61", "2025-02-23 10", "2025-02-23x",
                             "2025-02-23T10:48:59+8", "2025-02-23 10:48:59 extra"}) {
        EXPECT_FALSE(Date::parseDateTime(text)) << text;
    }
}

TEST(Date, DayArithmeticRoundTrips)
{
    const Date start = *Date::parse("2026-12-25");
    EXPECT_EQ(start.addDays(7).toString(), "2027-01-01");
    EXPECT_EQ(start.addDays(-358).toString(), "2026-01-01");
    EXPECT_EQ(Date::parse("1970-01-01")->toDays(), 0);
    for (long day = -1000; day < 100000; day += 37) {
        EXPECT_EQ(Date::fromDays(day).toDays(), day);
    }
}

TEST(Format, AmountsAndExactNumbers)
{
    EXPECT_EQ(formatAmount(1234567.5), "1,234,567.5");
    EXPECT_EQ(formatAmount(-1000), "-1,000");
    EXPECT_EQ(formatAmount(0.004), "0");
    EXPECT_EQ(formatAmount(999.999, 2), "1,000");
    EXPECT_EQ(formatPercent(0.125), "12.5%");
    for (double v : {0.1, 1.0 / 3.0, 1e12, 123456.789, -2.5e-7}) {
        EXPECT_EQ(std::strtod(formatExact(v).c_str(), nullptr), v);
    }
    EXPECT_EQ(formatExact(0.1), "0.1");
}

TEST(Format, QuotedValuesStayOneLineOfValidText)
{
    EXPECT_EQ(quoteValue("Douyin"), "'Douyin'");
    EXPECT_EQ(quoteValue("a\nb\r\tc"), "'a\\nb\\r\\tc'");
    EXPECT_EQ(quoteValue(std::string("x\0y", 3)), "'x\\x00y'");
    EXPECT_EQ(quoteValue("抖音"), "'抖音'");
    EXPECT_EQ(quoteValue("\xff\xfe"), "'\\xff\\xfe'") << "bytes that are not UTF-8";
    EXPECT_EQ(quoteValue("abcdef", 3), "'abc...'");
    // Cut at a character boundary: never half of a multi-byte character.
    EXPECT_EQ(quoteValue("抖音抖音", 4), "'抖音...'");
    EXPECT_TRUE(isValidUtf8(quoteValue(std::string(100, 'x') + "抖音", 50)));
}

TEST(Vocabulary, FindsNamesCaseInsensitivelyAndByChineseAlias)
{
    const Vocabulary v = Vocabulary::defaults();
    EXPECT_EQ(v.findChannel("douyin").value(), "Douyin");
    EXPECT_EQ(v.findChannel("小红书").value(), "Xiaohongshu");
    EXPECT_EQ(v.findChannel("B站").value(), "Bilibili");
    EXPECT_FALSE(v.findChannel("Zhihu"));
    EXPECT_EQ(v.findFormat("short_video").value(), "short video");
    EXPECT_EQ(v.findPhase("warm-up").value(), "Warm-up");
    EXPECT_EQ(formatColumnKey("image-text"), "image_text");
}

TEST(Vocabulary, TierByFollowerThresholds)
{
    const Vocabulary v = Vocabulary::defaults();
    EXPECT_EQ(v.tierFor(1000000).value(), "Head");
    EXPECT_EQ(v.tierFor(999999).value(), "Mid");
    EXPECT_EQ(v.tierFor(100000).value(), "Mid");
    EXPECT_EQ(v.tierFor(10000).value(), "Tail");
    EXPECT_EQ(v.tierFor(9999).value(), "KOC");
    Vocabulary noKoc = v;
    noKoc.tiers.pop_back();
    EXPECT_FALSE(noKoc.tierFor(9999));
}

TEST(StrategyMatrix, ReshapeKeepsSurvivingCells)
{
    StrategyMatrix m({"Douyin", "Weibo"}, {"Warm-up", "Launch"}, {"Head", "Mid"});
    m.cell(*m.find("Weibo", "Launch", "Mid")).locked = 5000;
    m.cell(*m.find("Douyin", "Warm-up", "Head")).maxAmount = 100;
    m.reshape({"Weibo", "Bilibili"}, {"Launch"}, {"Mid", "Head", "Tail"});
    EXPECT_EQ(m.cellCount(), 6);
    EXPECT_EQ(m.cell(*m.find("Weibo", "Launch", "Mid")).locked, 5000);
    EXPECT_FALSE(m.cell(*m.find("Bilibili", "Launch", "Tail")).locked);
    EXPECT_FALSE(m.find("Douyin", "Warm-up", "Head"));
    for (int i = 0; i < m.cellCount(); ++i) {
        const CellIndex c = m.indexOf(i);
        EXPECT_EQ(&m.cell(c), &m.cell(*m.find(m.channels()[c.channel], m.phases()[c.phase], m.tiers()[c.tier])));
    }
}

TEST(Scenario, DefaultIsValidAndTemplateSharesAreNormalised)
{
    const Scenario s = Scenario::makeDefault("Baseline", *Date::parse("2026-11-01"));
    EXPECT_TRUE(s.validate(Vocabulary::defaults()).empty()) << summariseErrors(s.validate(Vocabulary::defaults()));
    EXPECT_EQ(s.matrix().cellCount(), 6 * 3 * 3);
    double channels = 0, tiers = 0;
    for (const auto& c : s.matrix().channels()) {
        channels += s.templateChannelShare(c);
    }
    for (const auto& t : s.matrix().tiers()) {
        tiers += s.templateTierShare(t);
    }
    EXPECT_NEAR(channels, 1.0, 1e-12);
    // KOC has a template weight but is not a tier of the scenario: the others share 100%.
    EXPECT_NEAR(tiers, 1.0, 1e-12);
    EXPECT_DOUBLE_EQ(s.templateTierShare("Head"), 0.5);
    EXPECT_EQ(s.phases()[1].start.toString(), "2026-11-15");
}

// One invalid edit per case: the validator must report it on the named field.
struct InvalidCase
{
    const char* name;
    std::function<void(Scenario&)> edit;
    const char* field;
    const char* messagePart;
};

class ScenarioValidation : public ::testing::TestWithParam<InvalidCase>
{
};

TEST_P(ScenarioValidation, ReportsTheFieldAndReason)
{
    Scenario s = Scenario::makeDefault("S", *Date::parse("2026-11-01"));
    GetParam().edit(s);
    const auto errors = s.validate(Vocabulary::defaults());
    ASSERT_FALSE(errors.empty());
    bool found = false;
    for (const auto& e : errors) {
        found = found || (e.field == GetParam().field && e.message.find(GetParam().messagePart) != std::string::npos);
    }
    EXPECT_TRUE(found) << "got: " << summariseErrors(errors);
}

MatrixCell& douyinLaunchHead(Scenario& s)
{
    return s.matrix().cell(*s.matrix().find("Douyin", "Launch", "Head"));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ScenarioValidation,
    ::testing::Values(InvalidCase{"EmptyName", [](Scenario& s) { s.name.clear(); }, "name", "empty"},
                      InvalidCase{"NegativeBudget", [](Scenario& s) { s.budget = -5; }, "budget", "positive"},
                      InvalidCase{"NaNBudget", [](Scenario& s) { s.budget = std::nan(""); }, "budget", "finite"},
                      InvalidCase{"HugeBudget", [](Scenario& s) { s.budget = 1e20; }, "budget", "outside"},
                      InvalidCase{"NoCurrency", [](Scenario& s) { s.currency.clear(); }, "currency", "1 to 8"},
                      InvalidCase{"NegativeWeight", [](Scenario& s) { s.weights.reach = -1; }, "weights.reach",
                                  "outside"},
                      InvalidCase{"ZeroWeights",
                                  [](Scenario& s) {
                                      s.weights = ScoreWeights{0, 0, 0, 0, 0};
                                  },
                                  "weights", "all be zero"},
                      InvalidCase{"PhaseEndsBeforeStart",
                                  [](Scenario& s) {
                                      auto p = s.phases();
                                      p[1].end = p[1].start.addDays(-2);
                                      s.setPhases(p);
                                  },
                                  "phases[Launch]", "before it starts"},
                      InvalidCase{"PhasesOutOfOrder",
                                  [](Scenario& s) {
                                      auto p = s.phases();
                                      std::swap(p[0], p[2]);
                                      s.setPhases(p);
                                  },
                                  "phases[Launch]", "time order"},
                      InvalidCase{"UnknownChannel",
                                  [](Scenario& s) {
                                      s.setChannels({"Douyin", "Zhihu"});
                                  },
                                  "channels", "not one of the project's"},
                      InvalidCase{"DuplicateTier",
                                  [](Scenario& s) {
                                      s.setTiers({"Head", "Head"});
                                  },
                                  "tiers", "twice"},
                      InvalidCase{"NoChannels", [](Scenario& s) { s.setChannels({}); }, "channels", "at least one"},
                      InvalidCase{"MinAboveMax",
                                  [](Scenario& s) {
                                      douyinLaunchHead(s).minAmount = 500;
                                      douyinLaunchHead(s).maxAmount = 100;
                                  },
                                  "matrix[Douyin/Launch/Head]", "exceeds maximum"},
                      InvalidCase{"NegativeMin", [](Scenario& s) { douyinLaunchHead(s).minAmount = -1; },
                                  "matrix[Douyin/Launch/Head].min", "outside"},
                      InvalidCase{"LockOutsideBounds",
                                  [](Scenario& s) {
                                      douyinLaunchHead(s).maxAmount = 100;
                                      douyinLaunchHead(s).locked = 200;
                                  },
                                  "matrix[Douyin/Launch/Head]", "outside its bounds"},
                      InvalidCase{"LockedButDisabled",
                                  [](Scenario& s) {
                                      douyinLaunchHead(s).locked = 200;
                                      douyinLaunchHead(s).enabled = false;
                                  },
                                  "matrix[Douyin/Launch/Head]", "disabled"},
                      InvalidCase{"LocksExceedBudget",
                                  [](Scenario& s) {
                                      douyinLaunchHead(s).locked = 700000;
                                      s.matrix().cell(*s.matrix().find("Weibo", "Launch", "Head")).locked = 400000;
                                  },
                                  "matrix", "locked amounts (1,100,000) exceed the budget (1,000,000)"},
                      InvalidCase{"MinimumsExceedBudget",
                                  [](Scenario& s) {
                                      for (int i = 0; i < s.matrix().cellCount(); ++i) {
                                          s.matrix().cell(s.matrix().indexOf(i)).minAmount = 20000;
                                      }
                                  },
                                  "matrix", "cell minimums and locks (1,080,000) exceed the budget"},
                      InvalidCase{"AllDisabled",
                                  [](Scenario& s) {
                                      for (int i = 0; i < s.matrix().cellCount(); ++i) {
                                          s.matrix().cell(s.matrix().indexOf(i)).enabled = false;
                                      }
                                  },
                                  "matrix", "every cell is disabled"},
                      InvalidCase{"MaxCellShareZero", [](Scenario& s) { s.rules.maxCellShare = 0; },
                                  "rules.max_cell_share", "outside"},
                      InvalidCase{"ChannelShareMinAboveMax",
                                  [](Scenario& s) {
                                      s.rules.channelShares["Douyin"] = {0.6, 0.4};
                                  },
                                  "rules.channel_share[Douyin]", "exceeds maximum"},
                      InvalidCase{"ChannelMinimumsOver100",
                                  [](Scenario& s) {
                                      s.rules.channelShares["Douyin"] = {0.6, 1};
                                      s.rules.channelShares["Weibo"] = {0.5, 1};
                                  },
                                  "rules.channel_share", "sum to 110%"},
                      InvalidCase{"TemplateAllZero",
                                  [](Scenario& s) {
                                      for (auto& [k, w] : s.expertTemplate.phaseWeights) {
                                          w = 0;
                                      }
                                  },
                                  "template.phases", "must not all be zero"},
                      InvalidCase{"UnknownFormat", [](Scenario& s) { s.formats = {"podcast"}; }, "formats",
                                  "not one of the project's"}),
    [](const ::testing::TestParamInfo<InvalidCase>& info) { return info.param.name; });

TEST(Scenario, ChannelBoundsForChannelsOutsideTheScenarioAreIgnored)
{
    Scenario s = Scenario::makeDefault("S", *Date::parse("2026-11-01"));
    s.setChannels({"Douyin", "Weibo"});
    s.rules.channelShares["Bilibili"] = {0.9, 1}; // kept from before, but not a scenario channel
    s.rules.channelShares["Douyin"] = {0.5, 1};
    EXPECT_TRUE(s.validate(Vocabulary::defaults()).empty()) << summariseErrors(s.validate(Vocabulary::defaults()));
}
