#include "PlanStore.h"

#include "ProjectFile.h"
#include "RowReader.h"
#include "ScenarioStore.h"
#include "model/Format.h"

#include <cmath>
#include <map>
#include <tuple>

namespace kol {

namespace {
constexpr double kMaxAmount = 1e15;
using CellKey = std::tuple<std::string, std::string, std::string>;

Result<int64_t> scenarioId(Database& db, const std::string& name)
{
    auto stmt = db.prepare("SELECT id FROM scenario WHERE name = ?1");
    if (!stmt) {
        return stmt.status();
    }
    stmt->bind(1, name);
    if (!stmt->next()) {
        return Result<int64_t>::failure("no scenario named " + quoteValue(name, 100));
    }
    return stmt->int64(0);
}
} // namespace

Result<long long> PlanStore::add(const std::string& scenario, const Plan& plan)
{
    using R = Result<long long>;
    if (m_project.readOnly()) {
        return R::failure(m_project.path() + ": is open read-only");
    }
    if (plan.method.empty() || plan.method.size() > 100) {
        return R::failure("plan method must be 1 to 100 bytes");
    }
    for (const auto& c : plan.cells) {
        if (!std::isfinite(c.amount) || c.amount < 0 || c.amount > kMaxAmount) {
            return R::failure("plan cell " + c.channel + "/" + c.phase + "/" + c.tier
                              + ": amount must be a finite, non-negative number");
        }
    }
    for (const auto& [name, value] : plan.figures) {
        if (!std::isfinite(value)) {
            return R::failure("plan figure " + quoteValue(name, 100) + " is not a finite number");
        }
    }
    Database& db = m_project.database();
    Transaction tx(db);
    if (!tx.status()) {
        return tx.status();
    }
    auto sid = scenarioId(db, scenario);
    if (!sid) {
        return sid.status();
    }
    auto head = db.prepare("INSERT INTO plan(scenario_id, method, created_at, budget) VALUES (?1, ?2, ?3, ?4)");
    if (!head) {
        return head.status();
    }
    Status st = head->bind(1, *sid)
                    .bind(2, plan.method)
                    .bind(3, plan.created.empty() ? utcTimestamp() : plan.created)
                    .bind(4, plan.budget)
                    .run();
    const int64_t id = db.lastInsertId();
    auto cell = db.prepare("INSERT INTO plan_cell VALUES (?1, ?2, ?3, ?4, ?5)");
    auto kol = db.prepare("INSERT INTO plan_kol VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    auto fig = db.prepare("INSERT INTO plan_figure VALUES (?1, ?2, ?3)");
    if (!cell || !kol || !fig) {
        return Status::failure(db.lastError());
    }
    for (const auto& c : plan.cells) {
        if (st) {
            st = cell->bind(1, id).bind(2, c.channel).bind(3, c.phase).bind(4, c.tier).bind(5, c.amount).run();
        }
        for (size_t k = 0; st && k < c.kolIds.size(); ++k) {
            st = kol->bind(1, id)
                     .bind(2, c.channel)
                     .bind(3, c.phase)
                     .bind(4, c.tier)
                     .bind(5, static_cast<int64_t>(k))
                     .bind(6, c.kolIds[k])
                     .run();
        }
    }
    for (const auto& [name, value] : plan.figures) {
        if (st) {
            st = fig->bind(1, id).bind(2, name).bind(3, value).run();
        }
    }
    if (st) {
        st = tx.commit();
    }
    if (!st) {
        return R::failure("saving the plan failed: " + st.message());
    }
    return static_cast<long long>(id);
}

Result<std::vector<Plan>> PlanStore::list(const std::string& scenario)
{
    return load(scenario, 0);
}

Result<std::optional<Plan>> PlanStore::find(const std::string& scenario, long long planId)
{
    using R = Result<std::optional<Plan>>;
    if (planId <= 0) {
        return R(std::optional<Plan>());
    }
    auto plans = load(scenario, planId);
    if (!plans) {
        return plans.status();
    }
    return plans->empty() ? R(std::optional<Plan>()) : R(std::optional<Plan>(std::move(plans->front())));
}

Result<std::optional<Plan>> PlanStore::latest(const std::string& scenario)
{
    Database& db = m_project.database();
    auto sid = scenarioId(db, scenario);
    if (!sid) {
        return sid.status();
    }
    auto newest = db.prepare("SELECT max(id) FROM plan WHERE scenario_id = ?1");
    if (!newest) {
        return newest.status();
    }
    newest->bind(1, *sid);
    if (!newest->next()) {
        return newest->status();
    }
    return find(scenario, newest->int64(0)); // max() of no rows is NULL, read as 0: no plan
}

// All plans of the scenario (onlyId 0) or the one with that id, with cells, KOLs and figures.
Result<std::vector<Plan>> PlanStore::load(const std::string& scenario, long long onlyId)
{
    using R = Result<std::vector<Plan>>;
    Database& db = m_project.database();
    auto sid = scenarioId(db, scenario);
    if (!sid) {
        return sid.status();
    }
    // Reading one plan goes through the tables' primary keys; reading all, through the scenario.
    const std::string which = onlyId > 0 ? " p.id = ?2 AND p.scenario_id = ?1" : " p.scenario_id = ?1";
    std::vector<Plan> plans;
    std::map<long long, size_t> byId;
    auto head
        = db.prepare("SELECT p.id, p.method, p.created_at, p.budget FROM plan p WHERE" + which + " ORDER BY p.id");
    if (!head) {
        return head.status();
    }
    head->bind(1, *sid);
    if (onlyId > 0) {
        head->bind(2, static_cast<int64_t>(onlyId));
    }
    while (head->next()) {
        RowReader r(*head, "plan", head->int64(0));
        Plan p;
        p.id = head->int64(0);
        p.method = r.text(1, "method", 100);
        p.created = r.text(2, "created_at", 40);
        p.budget = r.real(3, "budget", 0, kMaxAmount);
        if (!r.ok()) {
            return r.status();
        }
        byId[p.id] = plans.size();
        plans.push_back(std::move(p));
    }
    if (!head->status()) {
        return head->status();
    }
    auto cells = db.prepare("SELECT c.rowid, c.plan_id, c.channel, c.phase, c.tier, c.amount FROM plan_cell c"
                            " JOIN plan p ON p.id = c.plan_id WHERE"
                            + which + " ORDER BY c.rowid");
    auto kols = db.prepare("SELECT k.rowid, k.plan_id, k.channel, k.phase, k.tier, k.kol_key FROM plan_kol k"
                           " JOIN plan p ON p.id = k.plan_id WHERE"
                           + which + " ORDER BY k.plan_id, k.position");
    auto figs = db.prepare("SELECT f.rowid, f.plan_id, f.name, f.value FROM plan_figure f"
                           " JOIN plan p ON p.id = f.plan_id WHERE"
                           + which);
    if (!cells || !kols || !figs) {
        return R::failure(db.lastError());
    }
    std::map<std::pair<long long, CellKey>, size_t> cellAt;
    for (Statement* st : {&*cells, &*kols, &*figs}) {
        st->bind(1, *sid);
        if (onlyId > 0) {
            st->bind(2, static_cast<int64_t>(onlyId));
        }
    }
    while (cells->next()) {
        RowReader r(*cells, "plan_cell", cells->int64(0));
        const long long planId = cells->int64(1);
        PlanCell c{r.text(2, "channel", 100),
                   r.text(3, "phase", 100),
                   r.text(4, "tier", 100),
                   r.real(5, "amount", 0, kMaxAmount),
                   {}};
        if (!r.ok()) {
            return r.status();
        }
        Plan& p = plans[byId.at(planId)];
        cellAt[{planId, CellKey{c.channel, c.phase, c.tier}}] = p.cells.size();
        p.cells.push_back(std::move(c));
    }
    while (kols->next()) {
        RowReader r(*kols, "plan_kol", kols->int64(0));
        const long long planId = kols->int64(1);
        const CellKey key{r.text(2, "channel", 100), r.text(3, "phase", 100), r.text(4, "tier", 100)};
        const std::string kolKey = r.text(5, "kol_key", 200);
        if (!r.ok()) {
            return r.status();
        }
        const auto at = cellAt.find({planId, key});
        if (at == cellAt.end()) {
            return R::failure("table 'plan_kol' row " + std::to_string(kols->int64(0))
                              + ": names a cell the plan has no amount for");
        }
        plans[byId.at(planId)].cells[at->second].kolIds.push_back(kolKey);
    }
    while (figs->next()) {
        RowReader r(*figs, "plan_figure", figs->int64(0));
        const std::string name = r.text(2, "name", 100);
        const double value = r.real(3, "value", -1e300, 1e300);
        if (!r.ok()) {
            return r.status();
        }
        plans[byId.at(figs->int64(1))].figures[name] = value;
    }
    for (const Status* st : {&cells->status(), &kols->status(), &figs->status()}) {
        if (!st->isOk()) {
            return *st;
        }
    }
    return plans;
}

Status PlanStore::remove(long long planId)
{
    if (m_project.readOnly()) {
        return Status::failure(m_project.path() + ": is open read-only");
    }
    auto stmt = m_project.database().prepare("DELETE FROM plan WHERE id = ?1");
    if (!stmt) {
        return stmt.status();
    }
    Status st = stmt->bind(1, static_cast<int64_t>(planId)).run();
    if (st && m_project.database().changes() == 0) {
        return Status::failure("no plan with id " + std::to_string(planId));
    }
    return st;
}

} // namespace kol
