#include "TruthStore.h"

#include "ProjectFile.h"
#include "RowReader.h"
#include "base/Text.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace kol {

namespace {
constexpr double kMaxReachPerFollower = 1000;

bool inRange(const DemoCreator& c)
{
    return std::isfinite(c.reachPerFollower) && c.reachPerFollower >= 0 && c.reachPerFollower <= kMaxReachPerFollower
        && std::isfinite(c.engagementPerView) && c.engagementPerView >= 0 && c.engagementPerView <= 1;
}
} // namespace

Status TruthStore::save(const DemoCreators& creators)
{
    if (m_project.readOnly()) {
        return Status::failure(m_project.path() + ": is open read-only");
    }
    Database& db = m_project.database();
    Transaction tx(db);
    auto find = db.prepare("SELECT id FROM kol WHERE kol_key = ?1");
    auto insert = db.prepare("INSERT OR REPLACE INTO demo_truth VALUES (?1, ?2, ?3)");
    if (!tx.status() || !find || !insert) {
        return Status::failure(db.lastError());
    }
    // In id order, so that the same demo writes the same file.
    std::vector<std::pair<std::string, DemoCreator>> ordered(creators.begin(), creators.end());
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [id, creator] : ordered) {
        if (!inRange(creator)) {
            return Status::failure("demo truth of KOL " + quoteValue(id, 100) + ": figures out of range");
        }
        find->reset();
        find->bind(1, id);
        if (!find->next()) {
            return Status::failure("demo truth: KOL " + quoteValue(id, 100) + " is not in the catalog");
        }
        const int64_t row = find->int64(0);
        find->reset();
        if (Status s = insert->bind(1, row).bind(2, creator.reachPerFollower).bind(3, creator.engagementPerView).run();
            !s) {
            return s;
        }
    }
    return tx.commit();
}

Result<std::optional<DemoCreators>> TruthStore::load()
{
    using R = Result<std::optional<DemoCreators>>;
    Database& db = m_project.database();
    auto stmt = db.prepare("SELECT t.kol_id, k.kol_key, t.reach_per_follower, t.engagement_per_view"
                           " FROM demo_truth t JOIN kol k ON k.id = t.kol_id ORDER BY t.kol_id");
    if (!stmt) {
        return stmt.status();
    }
    DemoCreators creators;
    while (stmt->next()) {
        RowReader r(*stmt, "demo_truth", stmt->int64(0));
        const std::string id = r.text(1, "kol_key", 200);
        DemoCreator c;
        c.reachPerFollower = r.real(2, "reach_per_follower", 0, kMaxReachPerFollower);
        c.engagementPerView = r.real(3, "engagement_per_view", 0, 1);
        if (!r.ok()) {
            return r.status();
        }
        creators[id] = c;
    }
    if (!stmt->status()) {
        return stmt->status();
    }
    return creators.empty() ? R(std::optional<DemoCreators>{}) : R(std::optional<DemoCreators>(std::move(creators)));
}

} // namespace kol
