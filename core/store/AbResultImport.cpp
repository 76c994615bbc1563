// importAbResults: rounds of an A/B test's results, row by row against the test.
#include "AbTestStore.h"
#include "ImportRunner.h"
#include "ProjectFile.h"
#include "base/Text.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace kol {

namespace {
constexpr long long kMaxCount = kMaxAbCount;

class AbResultRows : public RowHandler
{
public:
    AbResultRows(const AbTest& test, int64_t id)
        : m_test(test)
        , m_id(id)
    {
        for (const AbResult& r : test.results) {
            m_seen.insert({r.round, r.variant, r.segment});
        }
    }

    std::vector<std::string> requiredColumns() const override
    {
        return {"round", "variant", "segment", "impressions", "clicks", "conversions"};
    }

    bool acceptsColumn(const std::string& c) const override
    {
        const auto r = requiredColumns();
        return std::find(r.begin(), r.end(), c) != r.end();
    }

    Status prepare(Database& db) override
    {
        auto insert = db.prepare("INSERT INTO ab_result VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!insert) {
            return Status::failure(db.lastError());
        }
        m_insert.emplace(insert.take());
        return Status::success();
    }

    std::optional<RowProblem> handle(FieldReader& row, long long, bool write, std::string&) override
    {
        const auto round = row.integer("round", 1, kMaxAbRounds);
        const std::string variant = row.text("variant", true, 100);
        const std::string segment = row.text("segment", true, 100);
        const auto impressions = row.integer("impressions", 0, kMaxCount);
        const auto clicks = row.integer("clicks", 0, kMaxCount);
        const auto conversions = row.integer("conversions", 0, kMaxCount);
        if (row.problem()) {
            return row.problem();
        }
        std::vector<std::string> variants, segments;
        for (const auto& v : m_test.variants) {
            variants.push_back(v.name);
        }
        for (const auto& s : m_test.segments) {
            segments.push_back(s.name);
        }
        if (m_test.variantIndex(variant) < 0) {
            row.fail("variant",
                     quoteValue(variant, 100) + " is not a variant of the test (" + joinNames(variants) + ")",
                     "unknown variant");
        } else if (m_test.segmentIndex(segment) < 0) {
            row.fail("segment",
                     quoteValue(segment, 100) + " is not a segment of the test (" + joinNames(segments) + ")",
                     "unknown segment");
        } else if (*clicks > *impressions) {
            row.fail("clicks",
                     "more clicks (" + std::to_string(*clicks) + ") than impressions (" + std::to_string(*impressions)
                         + ")",
                     "clicks above impressions");
        } else if (*conversions > *clicks) {
            row.fail("conversions",
                     "more conversions (" + std::to_string(*conversions) + ") than clicks (" + std::to_string(*clicks)
                         + ")",
                     "conversions above clicks");
        } else if (!m_seen.insert({static_cast<int>(*round), variant, segment}).second) {
            row.fail("round",
                     "round " + std::to_string(*round) + " already has a row for " + variant + " in " + segment,
                     "row given twice");
        }
        if (row.problem()) {
            return row.problem();
        }
        if (!write) {
            return std::nullopt;
        }
        Statement& in = *m_insert;
        in.reset();
        in.bind(1, m_id).bind(2, static_cast<int64_t>(*round)).bind(3, variant).bind(4, segment);
        in.bind(5, static_cast<int64_t>(*impressions)).bind(6, static_cast<int64_t>(*clicks));
        in.bind(7, static_cast<int64_t>(*conversions));
        if (Status s = in.run(); !s) {
            return RowProblem{"", s.message(), "database"};
        }
        ++written;
        return std::nullopt;
    }

    const char* table() const override { return "ab_result"; }

private:
    const AbTest& m_test;
    int64_t m_id;
    std::set<std::tuple<int, std::string, std::string>> m_seen;
    std::optional<Statement> m_insert;
};
} // namespace

Result<ImportReport> importAbResults(ProjectFile& project, const std::string& scenario, const std::string& test,
                                     const std::string& csvPath, const ImportOptions& options)
{
    auto loaded = AbTestStore(project).load(scenario, test);
    if (!loaded) {
        return loaded.status();
    }
    auto id
        = project.database().prepare("SELECT ab_test.id FROM ab_test JOIN scenario ON scenario.id = ab_test.scenario_id"
                                     " WHERE scenario.name = ?1 AND ab_test.name = ?2");
    if (!id) {
        return id.status();
    }
    id->bind(1, scenario).bind(2, test);
    if (!id->next()) {
        return Result<ImportReport>::failure("no A/B test named " + quoteValue(test, 100));
    }
    AbResultRows rows(loaded.value(), id->int64(0));
    return runImport(project, csvPath, options, rows);
}

} // namespace kol
