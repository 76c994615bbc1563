#include "ScenarioStore.h"

#include "PlanStore.h"
#include "ProjectFile.h"
#include "RowReader.h"
#include "base/Text.h"

#include <sqlite3.h>

namespace kol {

namespace {
constexpr double kMaxAmount = 1e15;

Status checkName(const std::string& name)
{
    if (name.empty() || name.size() > 200 || !isValidUtf8(name)) {
        return Status::failure("scenario name must be 1 to 200 bytes of UTF-8 text");
    }
    return Status::success();
}

// SQL: whether the model named by `column` is a policy of the scenario ?1 (PolicyStore.h's names:
// "policy/<scenario>" or "policy.<method>/<scenario>"; method names hold no '/').
#define KOL_POLICY_OF(column)                                                                                          \
    "(" column " = 'policy/' || ?1 OR (substr(" column ", 1, 7) = 'policy.' AND substr(" column ", instr(" column      \
    ", '/') + 1) = ?1))"

Status writable(ProjectFile& p)
{
    return p.readOnly() ? Status::failure(p.path() + ": is open read-only") : Status::success();
}
} // namespace

Result<int64_t> ScenarioStore::idOf(const std::string& name)
{
    auto stmt = m_project.database().prepare("SELECT id FROM scenario WHERE name = ?1");
    if (!stmt) {
        return stmt.status();
    }
    stmt->bind(1, name);
    if (!stmt->next()) {
        if (!stmt->status()) {
            return stmt->status();
        }
        return Result<int64_t>::failure("no scenario named " + quoteValue(name, 100));
    }
    return stmt->int64(0);
}

bool ScenarioStore::exists(const std::string& name)
{
    return idOf(name).isOk();
}

Result<std::vector<ScenarioListing>> ScenarioStore::list()
{
    auto stmt = m_project.database().prepare("SELECT s.id, s.name, s.budget, s.currency, s.modified_at,"
                                             " (SELECT count(*) FROM strategy_matrix m WHERE m.scenario_id = s.id),"
                                             " (SELECT count(*) FROM plan p WHERE p.scenario_id = s.id)"
                                             " FROM scenario s ORDER BY s.name");
    if (!stmt) {
        return stmt.status();
    }
    std::vector<ScenarioListing> out;
    while (stmt->next()) {
        RowReader row(*stmt, "scenario", stmt->int64(0));
        ScenarioListing l;
        l.name = row.text(1, "name", 200);
        l.budget = row.real(2, "budget", 0, kMaxAmount);
        l.currency = row.text(3, "currency", 8);
        l.modifiedAt = row.text(4, "modified_at", 40);
        l.cells = static_cast<int>(stmt->int64(5));
        l.plans = stmt->int64(6);
        if (!row.ok()) {
            return row.status();
        }
        out.push_back(std::move(l));
    }
    if (!stmt->status()) {
        return stmt->status();
    }
    return out;
}

Status ScenarioStore::create(const Scenario& scenario)
{
    if (exists(scenario.name)) {
        return Status::failure("a scenario named " + quoteValue(scenario.name, 100) + " already exists");
    }
    return save(scenario);
}

Status ScenarioStore::save(const Scenario& s)
{
    if (Status w = writable(m_project); !w) {
        return w;
    }
    if (Status n = checkName(s.name); !n) {
        return n;
    }
    const auto errors = s.validate(m_project.vocabulary());
    if (!errors.empty()) {
        return Status::failure("scenario " + quoteValue(s.name, 100) + ": " + summariseErrors(errors));
    }
    Database& db = m_project.database();
    Transaction tx(db);
    if (!tx.status()) {
        return tx.status();
    }
    const std::string now = utcTimestamp();
    auto existing = idOf(s.name);
    int64_t id = 0;
    Status st;
    if (existing) {
        id = *existing;
        for (const char* table :
             {"scenario_channel", "scenario_phase", "scenario_tier", "scenario_format", "channel_share",
              "expert_template", "strategy_matrix", "scenario_rival_channel", "scenario_rival"}) {
            auto stmt = db.prepare(std::string("DELETE FROM ") + table + " WHERE scenario_id = ?1");
            if (Status r = stmt ? stmt->bind(1, id).run() : stmt.status(); !r) {
                return r;
            }
        }
    }
    auto row
        = db.prepare(existing ? "UPDATE scenario SET notes=?2, budget=?3, currency=?4, weight_reach=?5,"
                                " weight_engagement=?6, weight_quality=?7, weight_price_efficiency=?8,"
                                " weight_format_fit=?9, tier_hierarchy=?10, max_cell_share=?11, modified_at=?12"
                                " WHERE id=?1"
                              : "INSERT INTO scenario(id, notes, budget, currency, weight_reach, weight_engagement,"
                                " weight_quality, weight_price_efficiency, weight_format_fit, tier_hierarchy,"
                                " max_cell_share, modified_at, created_at, name)"
                                " VALUES (NULL, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, ?13)");
    if (!row) {
        return row.status();
    }
    if (existing) {
        row->bind(1, id);
    } else {
        row->bind(13, s.name);
    }
    row->bind(2, s.notes).bind(3, s.budget).bind(4, s.currency).bind(5, s.weights.reach);
    row->bind(6, s.weights.engagement).bind(7, s.weights.quality).bind(8, s.weights.priceEfficiency);
    row->bind(9, s.weights.formatFit).bind(10, s.rules.tierHierarchy ? 1 : 0).bind(11, s.rules.maxCellShare);
    row->bind(12, now);
    if (st = row->run(); !st) {
        return st;
    }
    if (!existing) {
        id = db.lastInsertId();
    }
    if (st = writeBody(id, s); !st) {
        return st;
    }
    return tx.commit();
}

Status ScenarioStore::writeBody(int64_t id, const Scenario& s)
{
    Database& db = m_project.database();
    const StrategyMatrix& m = s.matrix();
    auto axis = [&](const char* sql, const std::vector<std::string>& names) -> Status {
        auto stmt = db.prepare(sql);
        if (!stmt) {
            return stmt.status();
        }
        for (size_t i = 0; i < names.size(); ++i) {
            if (Status r = stmt->bind(1, id).bind(2, static_cast<int64_t>(i)).bind(3, names[i]).run(); !r) {
                return r;
            }
        }
        return Status::success();
    };
    Status st = axis("INSERT INTO scenario_channel VALUES (?1, ?2, ?3)", m.channels());
    if (st) {
        st = axis("INSERT INTO scenario_tier VALUES (?1, ?2, ?3)", m.tiers());
    }
    if (auto stmt = db.prepare("INSERT INTO scenario_phase VALUES (?1, ?2, ?3, ?4, ?5)"); st && stmt) {
        for (size_t i = 0; st && i < s.phases().size(); ++i) {
            const PhaseWindow& p = s.phases()[i];
            st = stmt->bind(1, id)
                     .bind(2, static_cast<int64_t>(i))
                     .bind(3, p.name)
                     .bind(4, p.start.toString())
                     .bind(5, p.end.toString())
                     .run();
        }
    }
    if (auto stmt = db.prepare("INSERT INTO scenario_format VALUES (?1, ?2)"); st && stmt) {
        for (size_t i = 0; st && i < s.formats.size(); ++i) {
            st = stmt->bind(1, id).bind(2, s.formats[i]).run();
        }
    }
    if (auto stmt = db.prepare("INSERT INTO channel_share VALUES (?1, ?2, ?3, ?4)"); st && stmt) {
        for (const auto& [channel, b] : s.rules.channelShares) {
            if (st) {
                st = stmt->bind(1, id).bind(2, channel).bind(3, b.minShare).bind(4, b.maxShare).run();
            }
        }
    }
    if (auto stmt = db.prepare("INSERT INTO expert_template VALUES (?1, ?2, ?3, ?4)"); st && stmt) {
        for (auto [axisName, weights] :
             {std::pair{"channel", &s.expertTemplate.channelWeights},
              std::pair{"phase", &s.expertTemplate.phaseWeights}, std::pair{"tier", &s.expertTemplate.tierWeights}}) {
            for (const auto& [name, w] : *weights) {
                if (st) {
                    st = stmt->bind(1, id).bind(2, axisName).bind(3, name).bind(4, w).run();
                }
            }
        }
    }
    if (auto stmt = db.prepare("INSERT INTO strategy_matrix VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"); st && stmt) {
        for (int i = 0; st && i < m.cellCount(); ++i) {
            const CellIndex c = m.indexOf(i);
            const MatrixCell& cell = m.cell(c);
            st = stmt->bind(1, id)
                     .bind(2, m.channels()[c.channel])
                     .bind(3, m.phases()[c.phase])
                     .bind(4, m.tiers()[c.tier])
                     .bind(5, cell.enabled ? 1 : 0)
                     .bind(6, cell.locked)
                     .bind(7, cell.minAmount)
                     .bind(8, cell.maxAmount)
                     .bind(9, cell.note)
                     .run();
        }
    }
    auto rival = db.prepare("INSERT INTO scenario_rival VALUES (?1, ?2, ?3, ?4, ?5)");
    auto preferred = db.prepare("INSERT INTO scenario_rival_channel VALUES (?1, ?2, ?3)");
    if (st && (!rival || !preferred)) {
        return Status::failure(db.lastError());
    }
    for (size_t i = 0; st && i < s.rivals.size(); ++i) {
        const Rival& r = s.rivals[i];
        const auto position = static_cast<int64_t>(i);
        st = rival->bind(1, id).bind(2, position).bind(3, r.name).bind(4, r.budget).bind(5, r.preference).run();
        for (size_t c = 0; st && c < r.preferredChannels.size(); ++c) {
            st = preferred->bind(1, id).bind(2, position).bind(3, r.preferredChannels[c]).run();
        }
    }
    return st;
}

Status ScenarioStore::rename(const std::string& from, const std::string& to)
{
    if (Status w = writable(m_project); !w) {
        return w;
    }
    if (Status n = checkName(to); !n) {
        return n;
    }
    auto id = idOf(from);
    if (!id) {
        return id.status();
    }
    if (from != to && exists(to)) {
        return Status::failure("a scenario named " + quoteValue(to, 100) + " already exists");
    }
    Database& db = m_project.database();
    Transaction tx(db);
    // The scenario's trained policies (models "policy/<name>", "policy.<method>/<name>") follow
    // it; the models' rows are renamed together, so foreign keys are checked at commit.
    Status s = tx.status() ? db.exec("PRAGMA defer_foreign_keys = ON") : tx.status();
    auto stmt = db.prepare("UPDATE scenario SET name = ?2, modified_at = ?3 WHERE id = ?1");
    s = s && stmt ? stmt->bind(1, *id).bind(2, to).bind(3, utcTimestamp()).run() : (s ? stmt.status() : s);
    for (const char* sql :
         {"UPDATE model SET name = substr(name, 1, instr(name, '/')) || ?2 WHERE " KOL_POLICY_OF("name"),
          "UPDATE model_tensor SET model = substr(model, 1, instr(model, '/')) || ?2 WHERE " KOL_POLICY_OF("model"),
          "UPDATE model_value SET model = substr(model, 1, instr(model, '/')) || ?2 WHERE " KOL_POLICY_OF("model")}) {
        if (s) {
            auto update = db.prepare(sql);
            s = update ? update->bind(1, from).bind(2, to).run() : update.status();
        }
    }
    return s ? tx.commit() : s;
}

Status ScenarioStore::copy(const std::string& from, const std::string& to)
{
    auto scenario = load(from);
    if (!scenario) {
        return scenario.status();
    }
    auto plan = PlanStore(m_project).latest(from);
    if (!plan) {
        return plan.status();
    }
    scenario->name = to;
    Transaction tx(m_project.database());
    if (!tx.status()) {
        return tx.status();
    }
    Status s = create(*scenario);
    if (s && plan.value()) {
        auto added = PlanStore(m_project).add(to, *plan.value());
        s = added ? Status::success() : added.status();
    }
    return s ? tx.commit() : s;
}

Status ScenarioStore::remove(const std::string& name)
{
    if (Status w = writable(m_project); !w) {
        return w;
    }
    auto id = idOf(name);
    if (!id) {
        return id.status();
    }
    Database& db = m_project.database();
    Transaction tx(db);
    auto scenario = db.prepare("DELETE FROM scenario WHERE id = ?1");
    auto policy = db.prepare("DELETE FROM model WHERE " KOL_POLICY_OF("name"));
    if (!tx.status() || !scenario || !policy) {
        return Status::failure(db.lastError());
    }
    Status s = scenario->bind(1, *id).run();
    if (s) {
        s = policy->bind(1, name).run();
    }
    return s ? tx.commit() : s;
}

} // namespace kol
