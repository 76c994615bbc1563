#include "../TestUtil.h"
#include "store/CatalogImport.h"
#include "store/CatalogStore.h"
#include "store/CsvReader.h"
#include "store/ImportRunner.h"
#include "store/ProjectFile.h"

#include <gtest/gtest.h>
#include <sstream>

using namespace kol;
using kol::test::TempDir;

namespace {
std::vector<std::vector<std::string>> readAll(const std::string& text, std::vector<std::string>* errors = nullptr,
                                              char* delimiter = nullptr)
{
    std::istringstream in(text);
    CsvReader csv(in, "t.csv");
    std::vector<std::vector<std::string>> rows{csv.header()};
    std::vector<std::string> fields;
    for (;;) {
        const auto n = csv.next(fields);
        if (n == CsvReader::Next::End) {
            break;
        }
        if (n == CsvReader::Next::Error) {
            if (errors) {
                errors->push_back(std::to_string(csv.line()) + ": " + csv.error());
            }
            continue;
        }
        rows.push_back(fields);
    }
    if (delimiter) {
        *delimiter = csv.delimiter();
    }
    return rows;
}

using Rows = std::vector<std::vector<std::string>>;
} // namespace

TEST(CsvReader, QuotesDoubledQuotesAndEmbeddedNewlines)
{
    const Rows rows = readAll("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"line1\nline2\"\r\nplain,,last\n");
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1], (std::vector<std::string>{"x, y", "say \"hi\"", "line1\nline2"}));
    EXPECT_EQ(rows[2], (std::vector<std::string>{"plain", "", "last"}));
}

TEST(CsvReader, BomIsStrippedFromTheFirstColumn)
{
    const Rows rows = readAll("\xEF\xBB\xBFkol_id,channel\nk1,Douyin");
    EXPECT_EQ(rows[0][0], "kol_id");
    EXPECT_EQ(rows[1], (std::vector<std::string>{"k1", "Douyin"}));
}

TEST(CsvReader, DetectsSemicolonAndTabDelimiters)
{
    char d = 0;
    Rows rows = readAll("a;b;c\n1,5;2;\"x;y\"\n", nullptr, &d);
    EXPECT_EQ(d, ';');
    EXPECT_EQ(rows[1], (std::vector<std::string>{"1,5", "2", "x;y"}));
    rows = readAll("a\tb\n1\t2\n", nullptr, &d);
    EXPECT_EQ(d, '\t');
    EXPECT_EQ(rows[1], (std::vector<std::string>{"1", "2"}));
}

TEST(CsvReader, SkipsBlankLinesAndCountsPhysicalLines)
{
    std::istringstream in("h1,h2\n\n\"a\nb\",1\n\r\nc,2\n");
    CsvReader csv(in, "t.csv");
    std::vector<std::string> f;
    ASSERT_EQ(csv.next(f), CsvReader::Next::Record);
    EXPECT_EQ(csv.line(), 3);
    ASSERT_EQ(csv.next(f), CsvReader::Next::Record);
    EXPECT_EQ(csv.line(), 6);
    EXPECT_EQ(f, (std::vector<std::string>{"c", "2"}));
    EXPECT_EQ(csv.next(f), CsvReader::Next::End);
}

TEST(CsvReader, TextAfterClosingQuoteIsAnErrorAndReadingResumes)
{
    std::vector<std::string> errors;
    const Rows rows = readAll("a,b\n\"x\"y,1\nok,2\n", &errors);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].find("2: column 1: text after a closing quote"), std::string::npos) << errors[0];
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1], (std::vector<std::string>{"ok", "2"}));
}

TEST(CsvReader, UnterminatedQuoteIsReported)
{
    std::vector<std::string> errors;
    readAll("a,b\nok,1\n\"never closed,2\nmore\n", &errors);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].find("starts on line 3 is never closed"), std::string::npos) << errors[0];
}

TEST(CsvReader, StreamsRecordsLargerThanItsBuffer)
{
    std::string big(200000, 'z');
    const Rows rows = readAll("a,b\n\"" + big + "\",2\n");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1][0], big);
}

TEST(ParseNumber, AcceptsSpreadsheetForms)
{
    EXPECT_EQ(parseNumber(" 12.5 ", ','), 12.5);
    EXPECT_EQ(parseNumber("+3", ','), 3);
    EXPECT_EQ(parseNumber("1e6", ','), 1e6);
    EXPECT_EQ(parseNumber("1.2E+07", ','), 1.2e7);
    EXPECT_EQ(parseNumber("0,85", ';'), 0.85);
    EXPECT_FALSE(parseNumber("0,85", ','));
    EXPECT_FALSE(parseNumber("1,000,000", ';')) << "a comma is the decimal mark there: two of them is no number";
    EXPECT_FALSE(parseNumber("12k", ',')) << "a plain number takes no multiplier";
    EXPECT_FALSE(parseNumber("", ','));
    EXPECT_FALSE(parseNumber("nan", ','));
    EXPECT_FALSE(parseNumber("inf", ','));
}

TEST(ParseNumber, ReadsNumbersAsMarketersWriteThem)
{
    NumberStyle counts;
    counts.allowMultiplier = true;
    EXPECT_EQ(parseMarketNumber("409.8M", counts), 409.8e6);
    EXPECT_EQ(parseMarketNumber("3.3k", counts), 3300);
    EXPECT_EQ(parseMarketNumber("88K", counts), 88000);
    EXPECT_EQ(parseMarketNumber("1.2万", counts), 12000);
    EXPECT_EQ(parseMarketNumber("3亿", counts), 3e8);
    EXPECT_EQ(parseMarketNumber("1.5w", counts), 15000);
    EXPECT_EQ(parseMarketNumber("1,250,000", counts), 1250000);
    EXPECT_EQ(parseMarketNumber(" 2.1M ", counts), 2.1e6);
    EXPECT_FALSE(parseMarketNumber("1,25,000", counts)) << "groups of three only";
    EXPECT_FALSE(parseMarketNumber("1.2x", counts));
    EXPECT_FALSE(parseMarketNumber("5%", counts)) << "a count is no percentage";

    // Semicolon files write decimal commas, and dots group thousands there.
    NumberStyle european = counts;
    european.decimalMark = ',';
    EXPECT_EQ(parseMarketNumber("8.000", european), 8000);
    EXPECT_EQ(parseMarketNumber("18.500", european), 18500);
    EXPECT_EQ(parseMarketNumber("1.355,90", european), 1355.90);
    EXPECT_EQ(parseMarketNumber("0,56", european), 0.56);
    EXPECT_EQ(parseMarketNumber("0.850", european), 0.85) << "a leading 0 is never a thousands group";
    EXPECT_EQ(parseMarketNumber("1.234.567", european), 1234567);

    NumberStyle rates;
    rates.allowPercent = true;
    EXPECT_DOUBLE_EQ(*parseMarketNumber("1.39%", rates), 0.0139);
    EXPECT_DOUBLE_EQ(*parseMarketNumber("240%", rates), 2.4);
    EXPECT_DOUBLE_EQ(*parseMarketNumber("0.76", rates), 0.76);
    EXPECT_TRUE(hasPercentSign(" 3% "));
    EXPECT_FALSE(hasPercentSign("0.76"));
}

// ---------------------------------------------------------------------------------------------
// Importing into a real project file.

namespace {
const char* const kKolHeader
    = "kol_id,name,channel,followers,follower_quality,interaction_rate,category,price_image_text,price_short_video\n";

class Import : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.file("p.kolplan");
        project = ProjectFile::create(path).take();
    }
    std::string csv(const std::string& text)
    {
        const std::string file = dir.file("in" + std::to_string(++m_files) + ".csv");
        kol::test::writeFile(file, text);
        return file;
    }
    int64_t count(const char* table)
    {
        return project->database().scalar(std::string("SELECT count(*) FROM ") + table).value();
    }

    TempDir dir;
    std::string path;
    std::unique_ptr<ProjectFile> project;

private:
    int m_files = 0;
};
} // namespace

TEST_F(Import, GoodKolsAreAddedThenUpdated)
{
    auto r = importKols(*project,
                        csv(std::string(kKolHeader)
                            + "k1,A,Douyin,2000000,0.8,0.04,x,,50000\n"
                              "k2,B,weibo,20000,0.6,0.01,,800,\n"));
    ASSERT_TRUE(r) << r.error();
    EXPECT_TRUE(r->committed);
    EXPECT_EQ(r->added, 2);
    r = importKols(*project,
                   csv(std::string(kKolHeader)
                       + "k2,B2,Weibo,25000,0.6,0.01,,900,\n"
                         "k3,C,Bilibili,300000,0.9,0.05,,,7000\n"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->added, 1);
    EXPECT_EQ(r->updated, 1);
    auto kols = CatalogStore(*project).loadKols().take();
    ASSERT_EQ(kols.size(), 3u);
    EXPECT_EQ(kols[1].name, "B2");
    EXPECT_EQ(kols[1].prices.at("image-text"), 900);
}

TEST_F(Import, SemicolonFileWithDecimalCommasAndBom)
{
    auto r = importKols(*project,
                        csv("\xEF\xBB\xBFkol_id;channel;followers;follower_quality;interaction_rate;"
                            "price_live_stream\r\nk1;Kuaishou;150000;0,75;0,031;12000,50\r\n"));
    ASSERT_TRUE(r) << r.error();
    ASSERT_TRUE(r->committed) << (r->problems.empty() ? "" : r->problems[0]);
    const Kol k = CatalogStore(*project).loadKols()->front();
    EXPECT_DOUBLE_EQ(k.followerQuality, 0.75);
    EXPECT_DOUBLE_EQ(k.prices.at("live stream"), 12000.5);
}

struct BadRow
{
    const char* name;
    const char* row;
    const char* expected;
};

class ImportBadKolRow : public Import, public ::testing::WithParamInterface<BadRow>
{
};

TEST_P(ImportBadKolRow, ChangesNothingAndNamesLineColumnAndReason)
{
    ASSERT_TRUE(
        importKols(*project, csv(std::string(kKolHeader) + "k0,Zero,Douyin,10000,0.5,0.01,,100,\n"))->committed);
    const std::string before = kol::test::readFile(path);
    const std::string file = csv(std::string(kKolHeader) + "k1,A,Douyin,2000000,0.8,0.04,x,,50000\n" + GetParam().row
                                 + "\nk9,Z,Douyin,20000,0.5,0.01,,100,\n");
    auto r = importKols(*project, file);
    ASSERT_TRUE(r) << r.error();
    EXPECT_FALSE(r->committed);
    EXPECT_EQ(r->badRows, 1);
    ASSERT_EQ(r->problems.size(), 1u);
    EXPECT_EQ(r->problems[0].rfind("in2.csv:3: ", 0), 0u) << r->problems[0];
    EXPECT_NE(r->problems[0].find(GetParam().expected), std::string::npos) << r->problems[0];
    EXPECT_EQ(count("kol"), 1);
    EXPECT_EQ(kol::test::readFile(path), before);

    // With --skip-bad-rows the good rows go in and the bad one is reported.
    ImportOptions skip;
    skip.skipBadRows = true;
    r = importKols(*project, file, skip);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->committed);
    EXPECT_EQ(r->badRows, 1);
    EXPECT_EQ(r->added, 2);
    EXPECT_EQ(count("kol"), 3);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ImportBadKolRow,
    ::testing::Values(
        BadRow{"NotANumber", "k2,B,Douyin,lots,0.8,0.04,x,,50000", "column 'followers': 'lots' is not a number"},
        BadRow{"Fractional", "k2,B,Douyin,1000.5,0.8,0.04,x,,50000", "column 'followers': 1000.5 is not a whole"},
        BadRow{"QualityAboveOne", "k2,B,Douyin,1000,1.8,0.04,x,,50000", "column 'follower_quality': 1.8 is outside"},
        BadRow{"NegativeRate", "k2,B,Douyin,1000,0.8,-0.04,x,,50000", "column 'interaction_rate': -0.04 is outside"},
        BadRow{"ZeroPrice", "k2,B,Douyin,1000,0.8,0.04,x,0,", "column 'price_image_text': a price must be positive"},
        BadRow{"NoPrice", "k2,B,Douyin,1000,0.8,0.04,x,,", "the KOL has no price"},
        BadRow{"UnknownChannel", "k2,B,Myspace,1000,0.8,0.04,x,,5",
               "column 'channel': 'Myspace' is not a channel of this project"},
        BadRow{"MissingId", ",B,Douyin,1000,0.8,0.04,x,,5", "column 'kol_id': is empty"},
        BadRow{"DuplicateId", "k1,B,Douyin,1000,0.8,0.04,x,,5", "'k1' appears twice (first on line 2)"},
        BadRow{"TooFewFields", "k2,B,Douyin,1000", "expected 9 fields, found 4"},
        BadRow{"BadQuoting", "k2,\"B\"x,Douyin,1000,0.8,0.04,x,,5", "text after a closing quote"},
        BadRow{"InvalidUtf8", "k2,\xC3\x28,Douyin,1000,0.8,0.04,x,,5", "is not valid UTF-8"}),
    [](const ::testing::TestParamInfo<BadRow>& info) { return info.param.name; });

TEST_F(Import, HeaderProblemsFailTheWholeFile)
{
    const std::string before = kol::test::readFile(path);
    struct Case
    {
        std::string text;
        std::string expected;
    };
    for (const Case& c :
         {Case{"kol_id,channel,followers,follower_quality\nk1,Douyin,1,0.5\n",
               "in1.csv:1: missing column 'interaction_rate'"},
          Case{"kol_id,channel,followers,follower_quality,interaction_rate,price_short_video,folowers\n",
               "in2.csv:1: unknown column 'folowers'"},
          Case{"kol_id,kol_id,channel\n", "in3.csv:1: column 'kol_id' appears twice"},
          Case{"kol_id,channel,followers,follower_quality,interaction_rate\n", "no price column"},
          Case{"", "in5.csv:1: the file is empty"}}) {
        auto r = importKols(*project, csv(c.text));
        ASSERT_FALSE(r) << c.text;
        EXPECT_NE(r.error().find(c.expected), std::string::npos) << r.error();
    }
    auto missing = importKols(*project, dir.file("nope.csv"));
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().find("cannot be read"), std::string::npos);
    EXPECT_EQ(kol::test::readFile(path), before);
}

TEST_F(Import, PostsNeedKnownKolsPhasesAndFormats)
{
    ASSERT_TRUE(
        importKols(*project, csv(std::string(kKolHeader) + "k1,A,Douyin,2000000,0.8,0.04,x,,50000\n"))->committed);
    const char* header = "post_id,kol_id,date,phase,format,price,reach,likes,comments,shares\n";
    auto r = importPosts(*project,
                         csv(std::string(header)
                             + "p1,k1,2026-01-02,Launch,short video,50000,900000,1,2,3\n"
                               "p2,k9,2026-01-02,Launch,short video,1,1,1,1,1\n"
                               "p3,k1,02/01/2026,Launch,short video,1,1,1,1,1\n"
                               "p4,k1,2026-01-02,Teaser,short video,1,1,1,1,1\n"
                               "p5,k1,2026-01-02,Launch,podcast,1,1,1,1,1\n"
                               "p6,k1,2026-01-02,Launch,short video,1,-1,1,1,1\n"
                               "p1,k1,2026-01-02,Launch,short video,1,1,1,1,1\n"));
    ASSERT_TRUE(r) << r.error();
    EXPECT_FALSE(r->committed);
    ASSERT_EQ(r->problems.size(), 6u);
    EXPECT_NE(r->problems[0].find(":3: column 'kol_id': 'k9' is not in the project's KOL catalog"), std::string::npos);
    EXPECT_NE(r->problems[1].find(":4: column 'date': '02/01/2026' is not a date"), std::string::npos);
    EXPECT_NE(r->problems[2].find(":5: column 'phase': 'Teaser' is not a phase"), std::string::npos);
    EXPECT_NE(r->problems[3].find(":6: column 'format': 'podcast' is not a content format"), std::string::npos);
    EXPECT_NE(r->problems[4].find(":7: column 'reach': -1 is outside"), std::string::npos);
    EXPECT_NE(r->problems[5].find(":8: column 'post_id': 'p1' appears twice (first on line 2)"), std::string::npos);
    EXPECT_EQ(count("post"), 0);
}

TEST_F(Import, CancelledImportChangesNothing)
{
    std::string text = kKolHeader;
    for (int i = 0; i < 12000; ++i) {
        text += "k" + std::to_string(i) + ",,Douyin,5000,0.5,0.01,,100,\n";
    }
    ImportOptions options;
    long long seen = 0;
    options.progress = [&](long long rows) {
        seen = rows;
        return rows < 10000;
    };
    auto r = importKols(*project, csv(text), options);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->cancelled);
    EXPECT_FALSE(r->committed);
    EXPECT_EQ(seen, 10000);
    EXPECT_EQ(count("kol"), 0);
}

TEST_F(Import, ListsAtMostTheConfiguredNumberOfProblems)
{
    std::string text = kKolHeader;
    for (int i = 0; i < 50; ++i) {
        text += "k" + std::to_string(i) + ",,Douyin,many,0.5,0.01,,100,\n";
    }
    auto r = importKols(*project, csv(text));
    EXPECT_EQ(r->badRows, 50);
    EXPECT_EQ(r->problems.size(), 20u);
}
