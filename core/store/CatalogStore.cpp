#include "CatalogStore.h"

#include "ProjectFile.h"
#include "RowReader.h"
#include "base/Text.h"

#include <unordered_map>

namespace kol {

namespace {
constexpr double kMaxPrice = 1e12;
constexpr int64_t kMaxFollowers = 10'000'000'000LL;
constexpr int64_t kMaxCount = 1'000'000'000'000LL;

Status unknownName(const char* table, int64_t row, const char* column, const std::string& value)
{
    return Status::failure("table '" + std::string(table) + "' row " + std::to_string(row) + ": column '" + column
                           + "': " + quoteValue(value, 100) + " is not in the project's vocabulary");
}
} // namespace

Result<std::vector<Kol>> CatalogStore::loadKols()
{
    Database& db = m_project.database();
    const Vocabulary& vocab = m_project.vocabulary();
    std::vector<Kol> kols;
    std::unordered_map<int64_t, size_t> byRowId;
    auto stmt = db.prepare("SELECT id, kol_key, name, channel, followers, follower_quality, interaction_rate,"
                           " category FROM kol ORDER BY id");
    if (!stmt) {
        return stmt.status();
    }
    while (stmt->next()) {
        const int64_t id = stmt->int64(0);
        RowReader r(*stmt, "kol", id);
        Kol k;
        k.id = r.text(1, "kol_key", 200);
        k.name = r.text(2, "name", 200, true);
        k.channel = r.text(3, "channel", 100);
        k.followers = r.integer(4, "followers", 0, kMaxFollowers);
        k.followerQuality = r.real(5, "follower_quality", 0, 1);
        k.interactionRate = r.real(6, "interaction_rate", 0, 20);
        k.category = r.text(7, "category", 200, true);
        if (!r.ok()) {
            return r.status();
        }
        if (!vocab.findChannel(k.channel) || *vocab.findChannel(k.channel) != k.channel) {
            return unknownName("kol", id, "channel", k.channel);
        }
        byRowId[id] = kols.size();
        kols.push_back(std::move(k));
    }
    if (!stmt->status()) {
        return stmt->status();
    }
    auto prices = db.prepare("SELECT rowid, kol_id, format, price FROM kol_price");
    if (!prices) {
        return prices.status();
    }
    while (prices->next()) {
        const int64_t kolId = prices->int64(1);
        RowReader r(*prices, "kol_price", kolId);
        const std::string format = r.text(2, "format", 100);
        const double price = r.real(3, "price", 1e-9, kMaxPrice);
        if (!r.ok()) {
            return r.status();
        }
        const auto it = byRowId.find(kolId);
        if (it == byRowId.end()) {
            return Status::failure("table 'kol_price': a price names KOL row " + std::to_string(kolId)
                                   + ", which does not exist");
        }
        if (!vocab.findFormat(format) || *vocab.findFormat(format) != format) {
            return unknownName("kol_price", kolId, "format", format);
        }
        kols[it->second].prices[format] = price;
    }
    if (!prices->status()) {
        return prices->status();
    }
    return kols;
}

Status CatalogStore::insert(const std::vector<Kol>& kols, const std::vector<Post>& posts)
{
    if (m_project.readOnly()) {
        return Status::failure(m_project.path() + ": is open read-only");
    }
    Database& db = m_project.database();
    Transaction tx(db);
    auto kol = db.prepare("INSERT INTO kol(kol_key, name, channel, followers, follower_quality, interaction_rate,"
                          " category) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto price = db.prepare("INSERT INTO kol_price(kol_id, format, price) VALUES (?1, ?2, ?3)");
    auto post = db.prepare("INSERT INTO post(post_key, kol_id, posted_on, phase, format, price, reach, likes,"
                           " comments, shares) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!tx.status() || !kol || !price || !post) {
        return Status::failure(db.lastError());
    }
    std::unordered_map<std::string, int64_t> ids;
    Status s;
    for (const Kol& k : kols) {
        s = kol->bind(1, k.id)
                .bind(2, k.name)
                .bind(3, k.channel)
                .bind(4, k.followers)
                .bind(5, k.followerQuality)
                .bind(6, k.interactionRate)
                .bind(7, k.category)
                .run();
        const int64_t id = db.lastInsertId();
        ids[k.id] = id;
        for (auto it = k.prices.begin(); s && it != k.prices.end(); ++it) {
            s = price->bind(1, id).bind(2, it->first).bind(3, it->second).run();
        }
        if (!s) {
            return Status::failure("KOL " + quoteValue(k.id, 100) + ": " + s.message());
        }
    }
    for (const Post& p : posts) {
        const auto id = ids.find(p.kolId);
        if (id == ids.end()) {
            return Status::failure("post " + quoteValue(p.id, 100) + " names KOL " + quoteValue(p.kolId, 100)
                                   + ", which is not being added");
        }
        s = post->bind(1, p.id)
                .bind(2, id->second)
                .bind(3, p.date.toString())
                .bind(4, p.phase)
                .bind(5, p.format)
                .bind(6, p.price)
                .bind(7, p.reach)
                .bind(8, p.likes)
                .bind(9, p.comments)
                .bind(10, p.shares)
                .run();
        if (!s) {
            return Status::failure("post " + quoteValue(p.id, 100) + ": " + s.message());
        }
    }
    return tx.commit();
}

Status CatalogStore::forEachPost(const std::function<bool(const Post&)>& visit)
{
    Database& db = m_project.database();
    const Vocabulary& vocab = m_project.vocabulary();
    auto stmt = db.prepare("SELECT p.id, p.post_key, k.kol_key, p.posted_on, p.phase, p.format, p.price, p.reach,"
                           " p.likes, p.comments, p.shares FROM post p JOIN kol k ON k.id = p.kol_id ORDER BY p.id");
    if (!stmt) {
        return stmt.status();
    }
    while (stmt->next()) {
        const int64_t id = stmt->int64(0);
        RowReader r(*stmt, "post", id);
        Post p;
        p.id = r.text(1, "post_key", 200);
        p.kolId = r.text(2, "kol_key", 200);
        const std::string date = r.text(3, "posted_on", 10);
        p.phase = r.text(4, "phase", 100);
        p.format = r.text(5, "format", 100);
        p.price = r.real(6, "price", 0, kMaxPrice);
        p.reach = r.integer(7, "reach", 0, kMaxCount);
        p.likes = r.integer(8, "likes", 0, kMaxCount);
        p.comments = r.integer(9, "comments", 0, kMaxCount);
        p.shares = r.integer(10, "shares", 0, kMaxCount);
        if (!r.ok()) {
            return r.status();
        }
        const auto d = Date::parse(date);
        if (!d) {
            return Status::failure("table 'post' row " + std::to_string(id)
                                   + ": column 'posted_on': " + quoteValue(date, 100) + " is not a date");
        }
        p.date = *d;
        if (!vocab.findPhase(p.phase) || *vocab.findPhase(p.phase) != p.phase) {
            return unknownName("post", id, "phase", p.phase);
        }
        if (!vocab.findFormat(p.format) || *vocab.findFormat(p.format) != p.format) {
            return unknownName("post", id, "format", p.format);
        }
        if (!visit(p)) {
            return Status::success();
        }
    }
    return stmt->status();
}

} // namespace kol
