#include "HistoryStore.h"

#include "ProjectFile.h"
#include "RowReader.h"
#include "SqliteDb.h"

#include <cmath>
#include <cstdint>

namespace kol {

namespace {
constexpr double kMaxFigure = 1e15;

std::string dateText(const std::optional<Date>& d)
{
    return d ? d->toString() : std::string();
}
} // namespace

Result<CampaignHistory> HistoryStore::load()
{
    Database& db = m_project.database();
    auto rows = db.prepare("SELECT rowid, campaign, phase, channel, tier, spend, reach, engagements, start_date,"
                           " end_date FROM campaign_history ORDER BY position");
    if (!rows) {
        return rows.status();
    }
    CampaignHistory out;
    while (rows->next()) {
        RowReader r(*rows, "campaign_history", rows->int64(0));
        HistoryRow h;
        h.campaign = r.text(1, "campaign", 200);
        h.phase = r.text(2, "phase", 200);
        h.channel = r.text(3, "channel", 200);
        h.tier = r.text(4, "tier", 200);
        h.spend = r.real(5, "spend", 0, kMaxFigure);
        h.reach = r.real(6, "reach", 0, kMaxFigure);
        h.engagements = r.real(7, "engagements", 0, kMaxFigure);
        const std::string start = r.text(8, "start_date", 40, true), end = r.text(9, "end_date", 40, true);
        if (!r.ok()) {
            return r.status();
        }
        h.start = start.empty() ? std::nullopt : Date::parse(start);
        h.end = end.empty() ? std::nullopt : Date::parse(end);
        if ((!start.empty() && !h.start) || (!end.empty() && !h.end)) {
            return Result<CampaignHistory>::failure("campaign_history row " + std::to_string(rows->int64(0))
                                                    + ": a date is not an ISO date");
        }
        out.rows.push_back(std::move(h));
    }
    if (!rows->status()) {
        return rows->status();
    }
    return out;
}

Status HistoryStore::save(const CampaignHistory& history)
{
    if (m_project.readOnly()) {
        return Status::failure(m_project.path() + ": is open read-only");
    }
    for (const HistoryRow& h : history.rows) {
        for (const double v : {h.spend, h.reach, h.engagements}) {
            if (!std::isfinite(v) || v < 0 || v > kMaxFigure) {
                return Status::failure("campaign " + h.campaign + ", " + h.phase
                                       + ": spend, reach and engagements must be finite and not negative");
            }
        }
    }
    Database& db = m_project.database();
    Transaction tx(db);
    if (!tx.status()) {
        return tx.status();
    }
    if (Status s = db.exec("DELETE FROM campaign_history"); !s) {
        return s;
    }
    auto insert = db.prepare("INSERT INTO campaign_history VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!insert) {
        return insert.status();
    }
    for (size_t i = 0; i < history.rows.size(); ++i) {
        const HistoryRow& h = history.rows[i];
        insert->reset();
        Status s = insert->bind(1, static_cast<int64_t>(i))
                       .bind(2, h.campaign)
                       .bind(3, h.phase)
                       .bind(4, h.channel)
                       .bind(5, h.tier)
                       .bind(6, h.spend)
                       .bind(7, h.reach)
                       .bind(8, h.engagements)
                       .bind(9, dateText(h.start))
                       .bind(10, dateText(h.end))
                       .run();
        if (!s) {
            return s;
        }
    }
    return tx.commit();
}

} // namespace kol
