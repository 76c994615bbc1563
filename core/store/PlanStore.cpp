#include "PlanStore.h"

#include "ProjectFile.h"
#include "RowReader.h"
#include "ScenarioStore.h"
#include "base/Text.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace kol {

namespace {
constexpr double kMaxAmount = 1e15;
using CellKey = std::tuple<std::string, std::string, std::string>;

} // namespace

Result<long long> PlanStore::add(const std::string& scenario, const PlanReport& plan)
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
    for (const auto& c : plan.cells) {
        for (double v : {c.spend, c.effect, c.reach, c.engagements}) {
            if (!std::isfinite(v)) {
                return R::failure("plan cell " + c.channel + "/" + c.phase + "/" + c.tier
                                  + ": a figure is not a finite number");
            }
        }
        for (const auto& k : c.kols) {
            for (double v : {k.price, k.reach, k.engagements, k.score}) {
                if (!std::isfinite(v)) {
                    return R::failure("plan KOL " + quoteValue(k.id, 100) + ": a figure is not a finite number");
                }
            }
        }
    }
    std::string notes;
    for (const auto& n : plan.notes) {
        notes += (notes.empty() ? "" : "\n") + n;
    }
    Database& db = m_project.database();
    Transaction tx(db);
    if (!tx.status()) {
        return tx.status();
    }
    auto sid = ScenarioStore(m_project).idOf(scenario);
    if (!sid) {
        return sid.status();
    }
    auto head = db.prepare("INSERT INTO plan(scenario_id, method, created_at, budget, fingerprint, notes)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!head) {
        return head.status();
    }
    Status st = head->bind(1, *sid)
                    .bind(2, plan.method)
                    .bind(3, plan.created.empty() ? utcTimestamp() : plan.created)
                    .bind(4, plan.budget)
                    .bind(5, plan.fingerprint)
                    .bind(6, notes)
                    .run();
    const int64_t id = db.lastInsertId();
    auto cell = db.prepare("INSERT INTO plan_cell(plan_id, channel, phase, tier, amount, spend, effect, reach,"
                           " engagements) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    auto kol = db.prepare("INSERT INTO plan_kol(plan_id, channel, phase, tier, position, kol_key, name, followers,"
                          " format, price, reach, engagements, score)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    auto fig = db.prepare("INSERT INTO plan_figure VALUES (?1, ?2, ?3)");
    if (!cell || !kol || !fig) {
        return Status::failure(db.lastError());
    }
    for (const auto& c : plan.cells) {
        if (st) {
            st = cell->bind(1, id)
                     .bind(2, c.channel)
                     .bind(3, c.phase)
                     .bind(4, c.tier)
                     .bind(5, c.amount)
                     .bind(6, c.spend)
                     .bind(7, c.effect)
                     .bind(8, c.reach)
                     .bind(9, c.engagements)
                     .run();
        }
        for (size_t k = 0; st && k < c.kols.size(); ++k) {
            const PlanKol& b = c.kols[k];
            st = kol->bind(1, id)
                     .bind(2, c.channel)
                     .bind(3, c.phase)
                     .bind(4, c.tier)
                     .bind(5, static_cast<int64_t>(k))
                     .bind(6, b.id)
                     .bind(7, b.name)
                     .bind(8, static_cast<int64_t>(b.followers))
                     .bind(9, b.format)
                     .bind(10, b.price)
                     .bind(11, b.reach)
                     .bind(12, b.engagements)
                     .bind(13, b.score)
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

Result<std::vector<PlanReport>> PlanStore::list(const std::string& scenario)
{
    return load(scenario, 0);
}

Result<std::optional<PlanReport>> PlanStore::find(const std::string& scenario, long long planId)
{
    using R = Result<std::optional<PlanReport>>;
    if (planId <= 0) {
        return R(std::optional<PlanReport>());
    }
    auto plans = load(scenario, planId);
    if (!plans) {
        return plans.status();
    }
    return plans->empty() ? R(std::optional<PlanReport>()) : R(std::optional<PlanReport>(std::move(plans->front())));
}

Result<std::optional<PlanReport>> PlanStore::latest(const std::string& scenario)
{
    Database& db = m_project.database();
    auto sid = ScenarioStore(m_project).idOf(scenario);
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
Result<std::vector<PlanReport>> PlanStore::load(const std::string& scenario, long long onlyId)
{
    using R = Result<std::vector<PlanReport>>;
    Database& db = m_project.database();
    auto sid = ScenarioStore(m_project).idOf(scenario);
    if (!sid) {
        return sid.status();
    }
    // Reading one plan goes through the tables' primary keys; reading all, through the scenario.
    const std::string which = onlyId > 0 ? " p.id = ?2 AND p.scenario_id = ?1" : " p.scenario_id = ?1";
    std::vector<PlanReport> plans;
    std::map<long long, size_t> byId;
    auto head = db.prepare("SELECT p.id, p.method, p.created_at, p.budget, p.fingerprint, p.notes FROM plan p WHERE"
                           + which + " ORDER BY p.id");
    if (!head) {
        return head.status();
    }
    head->bind(1, *sid);
    if (onlyId > 0) {
        head->bind(2, static_cast<int64_t>(onlyId));
    }
    while (head->next()) {
        RowReader r(*head, "plan", head->int64(0));
        PlanReport p;
        p.id = head->int64(0);
        p.method = r.text(1, "method", 100);
        p.created = r.text(2, "created_at", 40);
        p.budget = r.real(3, "budget", 0, kMaxAmount);
        p.fingerprint = r.text(4, "fingerprint", 100, true);
        const std::string notes = r.text(5, "notes", 100000, true);
        for (size_t from = 0; !notes.empty() && from <= notes.size();) {
            const size_t end = std::min(notes.find('\n', from), notes.size());
            p.notes.push_back(notes.substr(from, end - from));
            from = end + 1;
        }
        if (!r.ok()) {
            return r.status();
        }
        byId[p.id] = plans.size();
        plans.push_back(std::move(p));
    }
    if (!head->status()) {
        return head->status();
    }
    auto cells = db.prepare("SELECT c.rowid, c.plan_id, c.channel, c.phase, c.tier, c.amount, c.spend, c.effect,"
                            " c.reach, c.engagements FROM plan_cell c"
                            " JOIN plan p ON p.id = c.plan_id WHERE"
                            + which + " ORDER BY c.rowid");
    auto kols = db.prepare("SELECT k.rowid, k.plan_id, k.channel, k.phase, k.tier, k.kol_key, k.name, k.followers,"
                           " k.format, k.price, k.reach, k.engagements, k.score FROM plan_kol k"
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
        PlanCell c;
        c.channel = r.text(2, "channel", 100);
        c.phase = r.text(3, "phase", 100);
        c.tier = r.text(4, "tier", 100);
        c.amount = r.real(5, "amount", 0, kMaxAmount);
        c.spend = r.real(6, "spend", 0, kMaxAmount);
        c.effect = r.real(7, "effect", -1e300, 1e300);
        c.reach = r.real(8, "reach", 0, 1e300);
        c.engagements = r.real(9, "engagements", 0, 1e300);
        if (!r.ok()) {
            return r.status();
        }
        PlanReport& p = plans[byId.at(planId)];
        cellAt[{planId, CellKey{c.channel, c.phase, c.tier}}] = p.cells.size();
        p.cells.push_back(std::move(c));
    }
    while (kols->next()) {
        RowReader r(*kols, "plan_kol", kols->int64(0));
        const long long planId = kols->int64(1);
        const CellKey key{r.text(2, "channel", 100), r.text(3, "phase", 100), r.text(4, "tier", 100)};
        PlanKol k;
        k.id = r.text(5, "kol_key", 200);
        k.name = r.text(6, "name", 1000, true);
        k.followers = r.integer(7, "followers", 0, int64_t{1} << 53);
        k.format = r.text(8, "format", 100, true);
        k.price = r.real(9, "price", 0, kMaxAmount);
        k.reach = r.real(10, "reach", 0, 1e300);
        k.engagements = r.real(11, "engagements", 0, 1e300);
        k.score = r.real(12, "score", -1e300, 1e300);
        if (!r.ok()) {
            return r.status();
        }
        const auto at = cellAt.find({planId, key});
        if (at == cellAt.end()) {
            return R::failure("table 'plan_kol' row " + std::to_string(kols->int64(0))
                              + ": names a cell the plan has no amount for");
        }
        plans[byId.at(planId)].cells[at->second].kols.push_back(std::move(k));
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
