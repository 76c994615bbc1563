// importPosts: the post history's columns and how one row is checked and stored.
#include "ImportRunner.h"
#include "ProjectFile.h"
#include "base/Text.h"
#include "model/Date.h"

#include <unordered_map>

namespace kol {

namespace {
constexpr double kMaxPrice = 1e12;
constexpr long long kMaxCount = 1'000'000'000'000LL;

class PostRows : public RowHandler
{
public:
    explicit PostRows(const Vocabulary& v)
        : m_vocabulary(v)
    {
    }

    std::vector<std::string> requiredColumns() const override
    {
        return {"post_id", "kol_id", "date", "phase", "format", "price", "reach", "likes", "comments", "shares"};
    }

    bool acceptsColumn(const std::string& c) const override
    {
        for (const auto& r : requiredColumns()) {
            if (r == c) {
                return true;
            }
        }
        return false;
    }

    Status prepare(Database& db) override
    {
        auto kols = db.prepare("SELECT id, kol_key FROM kol");
        if (!kols) {
            return kols.status();
        }
        while (kols->next()) {
            m_kols.emplace(kols->text(1), kols->int64(0));
        }
        auto upsert = db.prepare(
            "INSERT INTO post(post_key, kol_id, posted_on, phase, format, price, reach, likes, comments, shares)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(post_key) DO UPDATE SET"
            " kol_id = excluded.kol_id, posted_on = excluded.posted_on, phase = excluded.phase,"
            " format = excluded.format, price = excluded.price, reach = excluded.reach, likes = excluded.likes,"
            " comments = excluded.comments, shares = excluded.shares");
        if (!upsert) {
            return Status::failure(db.lastError());
        }
        m_upsert.emplace(upsert.take());
        return Status::success();
    }

    std::optional<RowProblem> handle(FieldReader& row, long long line, bool write, std::string& warning) override
    {
        const std::string id = row.text("post_id");
        const std::string kolKey = row.text("kol_id");
        const std::string date = row.text("date", true, 40);
        const std::string phase = row.text("phase");
        const std::string format = row.text("format");
        const double price = row.amount("price", 0, kMaxPrice).value_or(0);
        const long long reach = row.integer("reach", 0, kMaxCount).value_or(0);
        const long long likes = row.integer("likes", 0, kMaxCount).value_or(0);
        const long long comments = row.integer("comments", 0, kMaxCount).value_or(0);
        const long long shares = row.integer("shares", 0, kMaxCount).value_or(0);
        if (row.problem()) {
            return row.problem();
        }
        const auto kol = m_kols.find(kolKey);
        const auto parsedDate = Date::parseDateTime(date);
        const auto phaseName = m_vocabulary.findPhase(phase);
        const auto formatName = m_vocabulary.findFormat(format);
        if (kol == m_kols.end()) {
            row.fail("kol_id", quoteValue(kolKey) + " is not in the project's KOL catalog (import the KOLs first)",
                     "unknown KOL");
        } else if (!parsedDate) {
            row.fail("date",
                     quoteValue(date)
                         + " is not a date (YYYY-MM-DD, optionally with a time: 2025-02-23 10:48:59 or "
                           "2025-02-23T10:48:59Z)",
                     "not a date");
        } else if (!phaseName) {
            row.fail("phase",
                     quoteValue(phase) + " is not a phase of this project (" + joinNames(m_vocabulary.phases) + ")",
                     "unknown phase");
        } else if (!formatName) {
            row.fail("format",
                     quoteValue(format) + " is not a content format of this project (" + joinNames(m_vocabulary.formats)
                         + ")",
                     "unknown format");
        } else {
            remember(row, "post_id", id, line);
        }
        if (row.problem()) {
            return row.problem();
        }
        if (likes + comments + shares > reach) {
            warning = reach == 0 ? "no reach, but " + formatAmount(static_cast<double>(likes + comments + shares))
                    + " engagements (reach missing in the source?)"
                                 : "more engagements (" + formatAmount(static_cast<double>(likes + comments + shares))
                    + ") than reach (" + formatAmount(static_cast<double>(reach)) + "); check the row";
        }
        if (!write) {
            return std::nullopt;
        }
        Statement& up = *m_upsert;
        up.bind(1, id).bind(2, kol->second).bind(3, parsedDate->toString()).bind(4, *phaseName).bind(5, *formatName);
        up.bind(6, price).bind(7, static_cast<int64_t>(reach)).bind(8, static_cast<int64_t>(likes));
        up.bind(9, static_cast<int64_t>(comments)).bind(10, static_cast<int64_t>(shares));
        if (Status s = up.run(); !s) {
            return RowProblem{"", s.message(), "database"};
        }
        ++written;
        return std::nullopt;
    }

    const char* table() const override { return "post"; }

private:
    const Vocabulary& m_vocabulary;
    std::unordered_map<std::string, int64_t> m_kols;
    std::optional<Statement> m_upsert;
};
} // namespace

Result<ImportReport> importPosts(ProjectFile& project, const std::string& csvPath, const ImportOptions& options)
{
    PostRows rows(project.vocabulary());
    return runImport(project, csvPath, options, rows);
}

} // namespace kol
