#include "ActualsStore.h"

#include "ProjectFile.h"
#include "RowReader.h"
#include "ScenarioStore.h"
#include "SqliteDb.h"
#include "base/Text.h"

#include <cmath>
#include <cstdint>

namespace kol {

namespace {
constexpr double kMaxFigure = 1e15;

} // namespace

Result<CampaignActuals> ActualsStore::load(const std::string& scenario)
{
    Database& db = m_project.database();
    auto rows = db.prepare("SELECT a.rowid, a.phase, a.channel, a.tier, a.kol_key, a.format, a.spend, a.reach,"
                           " a.engagements FROM actual_post a JOIN scenario s ON s.id = a.scenario_id"
                           " WHERE s.name = ?1 ORDER BY a.position");
    if (!rows) {
        return rows.status();
    }
    rows->bind(1, scenario);
    CampaignActuals out;
    while (rows->next()) {
        RowReader r(*rows, "actual_post", rows->int64(0));
        ActualPost p;
        p.phase = r.text(1, "phase", 200);
        p.channel = r.text(2, "channel", 200);
        p.tier = r.text(3, "tier", 200);
        p.kolId = r.text(4, "kol_key", 200);
        p.format = r.text(5, "format", 200);
        p.spend = r.real(6, "spend", 0, kMaxFigure);
        p.reach = r.real(7, "reach", 0, kMaxFigure);
        p.engagements = r.real(8, "engagements", 0, kMaxFigure);
        if (!r.ok()) {
            return r.status();
        }
        out.posts.push_back(std::move(p));
    }
    if (!rows->status()) {
        return rows->status();
    }
    return out;
}

Status ActualsStore::save(const std::string& scenario, const CampaignActuals& actuals)
{
    if (m_project.readOnly()) {
        return Status::failure(m_project.path() + ": is open read-only");
    }
    for (const ActualPost& p : actuals.posts) {
        for (const double v : {p.spend, p.reach, p.engagements}) {
            if (!std::isfinite(v) || v < 0 || v > kMaxFigure) {
                return Status::failure("actuals of " + p.kolId + " in " + p.phase
                                       + ": spend, reach and engagements must be finite and not negative");
            }
        }
    }
    Database& db = m_project.database();
    Transaction tx(db);
    if (!tx.status()) {
        return tx.status();
    }
    auto id = ScenarioStore(m_project).idOf(scenario);
    if (!id) {
        return id.status();
    }
    auto clear = db.prepare("DELETE FROM actual_post WHERE scenario_id = ?1");
    auto insert = db.prepare("INSERT INTO actual_post VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!clear || !insert) {
        return Status::failure(db.lastError());
    }
    if (Status s = clear->bind(1, id.value()).run(); !s) {
        return s;
    }
    for (size_t i = 0; i < actuals.posts.size(); ++i) {
        const ActualPost& p = actuals.posts[i];
        insert->reset();
        Status s = insert->bind(1, id.value())
                       .bind(2, static_cast<int64_t>(i))
                       .bind(3, p.phase)
                       .bind(4, p.channel)
                       .bind(5, p.tier)
                       .bind(6, p.kolId)
                       .bind(7, p.format)
                       .bind(8, p.spend)
                       .bind(9, p.reach)
                       .bind(10, p.engagements)
                       .run();
        if (!s) {
            return s;
        }
    }
    return tx.commit();
}

} // namespace kol
