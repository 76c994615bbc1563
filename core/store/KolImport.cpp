// importKols: the KOL catalog's columns and how one row is checked and stored.
#include "ImportRunner.h"
#include "ProjectFile.h"
#include "base/Text.h"
#include "model/Catalog.h"

#include <unordered_map>

namespace kol {

namespace {
constexpr double kMaxPrice = 1e12;
constexpr long long kMaxFollowers = 10'000'000'000LL;
// Engagements per follower per post: short-video posts often reach far beyond the followers, and
// public sets show creators averaging several times their follower count; beyond 20 (2,000%) a
// value is a typing or unit error.
constexpr double kMaxInteractionRate = 20;

class KolRows : public RowHandler
{
public:
    explicit KolRows(const Vocabulary& v)
        : m_vocabulary(v)
    {
        for (const auto& f : v.formats) {
            m_priceColumns.emplace_back("price_" + formatColumnKey(f), f);
        }
    }

    std::vector<std::string> rateColumns() const override { return {"follower_quality", "interaction_rate"}; }

    std::vector<std::string> requiredColumns() const override
    {
        return {"kol_id", "channel", "followers", "follower_quality", "interaction_rate"};
    }

    bool acceptsColumn(const std::string& c) const override
    {
        for (const auto& r : requiredColumns()) {
            if (r == c) {
                return true;
            }
        }
        for (const auto& [column, format] : m_priceColumns) {
            if (column == c) {
                return true;
            }
        }
        return c == "name" || c == "category";
    }

    Status checkHeader(const std::map<std::string, size_t>& columns) override
    {
        for (const auto& [column, format] : m_priceColumns) {
            if (columns.count(column)) {
                return Status::success();
            }
        }
        std::vector<std::string> names;
        for (const auto& [column, format] : m_priceColumns) {
            names.push_back(column);
        }
        return Status::failure("no price column; add at least one of " + joinNames(names));
    }

    Status prepare(Database& db) override
    {
        auto upsert = db.prepare(
            "INSERT INTO kol(kol_key, name, channel, followers, follower_quality, interaction_rate, category)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(kol_key) DO UPDATE SET name = excluded.name,"
            " channel = excluded.channel, followers = excluded.followers,"
            " follower_quality = excluded.follower_quality, interaction_rate = excluded.interaction_rate,"
            " category = excluded.category RETURNING id");
        auto clear = db.prepare("DELETE FROM kol_price WHERE kol_id = ?1");
        auto price = db.prepare("INSERT INTO kol_price(kol_id, format, price) VALUES (?1, ?2, ?3)");
        if (!upsert || !clear || !price) {
            return Status::failure(db.lastError());
        }
        m_upsert.emplace(upsert.take());
        m_clear.emplace(clear.take());
        m_price.emplace(price.take());
        return Status::success();
    }

    std::optional<RowProblem> handle(FieldReader& row, long long line, bool write, std::string& warning) override
    {
        Kol k;
        k.id = row.text("kol_id");
        k.name = row.text("name", false);
        const std::string channel = row.text("channel");
        k.followers = row.integer("followers", 0, kMaxFollowers).value_or(0);
        k.followerQuality = row.rate("follower_quality", 0, 1).value_or(0);
        k.interactionRate = row.rate("interaction_rate", 0, kMaxInteractionRate).value_or(0);
        k.category = row.text("category", false);
        for (const auto& [column, format] : m_priceColumns) {
            if (const auto p = row.amount(column, 0, kMaxPrice, false)) {
                if (*p <= 0) {
                    row.fail(column,
                             "a price must be positive (leave it empty if the KOL does not offer " + format + ")",
                             "not positive");
                }
                k.prices[format] = *p;
            }
        }
        if (!row.problem()) {
            if (const auto c = m_vocabulary.findChannel(channel)) {
                k.channel = *c;
            } else {
                row.fail("channel",
                         quoteValue(channel) + " is not a channel of this project (" + joinNames(m_vocabulary.channels)
                             + ")",
                         "unknown channel");
            }
        }
        if (!row.problem() && k.prices.empty()) {
            row.fail("price_*", "the KOL has no price for any content format", "no price");
        }
        if (!row.problem()) {
            remember(row, "kol_id", k.id, line);
        }
        if (row.problem()) {
            return row.problem();
        }
        if (k.interactionRate > 1) {
            warning = "interaction rate " + formatPercent(k.interactionRate)
                + ": more engagements per post than followers (common on short-video channels; check it is not a "
                  "typing error)";
        }
        return write ? store(k) : std::nullopt;
    }

    const char* table() const override { return "kol"; }

private:
    std::optional<RowProblem> store(const Kol& k)
    {
        Statement& up = *m_upsert;
        up.bind(1, k.id).bind(2, k.name).bind(3, k.channel).bind(4, static_cast<int64_t>(k.followers));
        up.bind(5, k.followerQuality).bind(6, k.interactionRate).bind(7, k.category);
        if (!up.next()) {
            return RowProblem{"", up.status().message(), "database"};
        }
        const int64_t id = up.int64(0);
        up.reset();
        Status s = m_clear->bind(1, id).run();
        for (auto it = k.prices.begin(); s && it != k.prices.end(); ++it) {
            s = m_price->bind(1, id).bind(2, it->first).bind(3, it->second).run();
        }
        if (!s) {
            return RowProblem{"", s.message(), "database"};
        }
        ++written;
        return std::nullopt;
    }

    const Vocabulary& m_vocabulary;
    std::vector<std::pair<std::string, std::string>> m_priceColumns; // column, format
    std::optional<Statement> m_upsert, m_clear, m_price;
};
} // namespace

Result<ImportReport> importKols(ProjectFile& project, const std::string& csvPath, const ImportOptions& options)
{
    KolRows rows(project.vocabulary());
    return runImport(project, csvPath, options, rows);
}

} // namespace kol
