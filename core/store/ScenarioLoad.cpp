// ScenarioStore::load: reads a scenario back, checking every value, since files are untrusted.
#include "ProjectFile.h"
#include "RowReader.h"
#include "ScenarioStore.h"
#include "base/Text.h"

#include <sqlite3.h>

namespace kol {

namespace {
constexpr double kMaxAmount = 1e15;
constexpr int64_t kMaxAxis = 100;

Result<std::vector<std::string>> readAxis(Database& db, int64_t id, const char* table, const char* column)
{
    auto stmt = db.prepare(std::string("SELECT rowid, ") + column + " FROM " + table
                           + " WHERE scenario_id = ?1 ORDER BY position");
    if (!stmt) {
        return stmt.status();
    }
    stmt->bind(1, id);
    std::vector<std::string> names;
    while (stmt->next()) {
        RowReader row(*stmt, table, stmt->int64(0));
        names.push_back(row.text(1, column, 100));
        if (!row.ok()) {
            return row.status();
        }
        if (static_cast<int64_t>(names.size()) > kMaxAxis) {
            return Result<std::vector<std::string>>::failure(std::string("table '") + table + "' lists more than "
                                                             + std::to_string(kMaxAxis) + " entries");
        }
    }
    if (!stmt->status()) {
        return stmt->status();
    }
    return names;
}
} // namespace

Result<Scenario> ScenarioStore::load(const std::string& name)
{
    using R = Result<Scenario>;
    Database& db = m_project.database();
    auto head = db.prepare("SELECT id, name, notes, budget, currency, weight_reach, weight_engagement,"
                           " weight_quality, weight_price_efficiency, weight_format_fit, tier_hierarchy,"
                           " max_cell_share FROM scenario WHERE name = ?1");
    if (!head) {
        return head.status();
    }
    head->bind(1, name);
    if (!head->next()) {
        return head->status().isOk() ? R::failure("no scenario named " + quoteValue(name, 100)) : R(head->status());
    }
    const int64_t id = head->int64(0);
    Scenario s;
    RowReader row(*head, "scenario", id);
    s.name = row.text(1, "name", 200);
    s.notes = row.text(2, "notes", 100000, true);
    s.budget = row.real(3, "budget", 0, kMaxAmount);
    s.currency = row.text(4, "currency", 8);
    s.weights.reach = row.real(5, "weight_reach", 0, 1e6);
    s.weights.engagement = row.real(6, "weight_engagement", 0, 1e6);
    s.weights.quality = row.real(7, "weight_quality", 0, 1e6);
    s.weights.priceEfficiency = row.real(8, "weight_price_efficiency", 0, 1e6);
    s.weights.formatFit = row.real(9, "weight_format_fit", 0, 1e6);
    s.rules.tierHierarchy = row.integer(10, "tier_hierarchy", 0, 1) != 0;
    s.rules.maxCellShare = row.real(11, "max_cell_share", 0, 1);
    if (!row.ok()) {
        return row.status();
    }

    auto channels = readAxis(db, id, "scenario_channel", "channel");
    auto tiers = channels ? readAxis(db, id, "scenario_tier", "tier") : channels;
    if (!tiers) {
        return tiers.status();
    }
    std::vector<PhaseWindow> phases;
    std::vector<std::string> phaseNames;
    auto ph = db.prepare("SELECT rowid, phase, start_date, end_date FROM scenario_phase WHERE scenario_id = ?1"
                         " ORDER BY position");
    if (!ph) {
        return ph.status();
    }
    ph->bind(1, id);
    while (ph->next()) {
        if (phases.size() >= static_cast<size_t>(kMaxAxis)) {
            return R::failure("table 'scenario_phase' lists more than " + std::to_string(kMaxAxis) + " phases");
        }
        RowReader r(*ph, "scenario_phase", ph->int64(0));
        PhaseWindow w{r.text(1, "phase", 100), {}, {}};
        const std::string start = r.text(2, "start_date", 10);
        const std::string end = r.text(3, "end_date", 10);
        if (!r.ok()) {
            return r.status();
        }
        const auto ds = Date::parse(start);
        const auto de = Date::parse(end);
        if (!ds || !de) {
            return R::failure("table 'scenario_phase' row " + std::to_string(ph->int64(0))
                              + ": dates must be YYYY-MM-DD (found " + quoteValue(start, 100) + ", "
                              + quoteValue(end, 100) + ")");
        }
        w.start = *ds;
        w.end = *de;
        phaseNames.push_back(w.name);
        phases.push_back(w);
    }
    if (!ph->status()) {
        return ph->status();
    }

    StrategyMatrix matrix(channels.value(), phaseNames, tiers.value());
    auto cells = db.prepare("SELECT rowid, channel, phase, tier, enabled, locked_amount, min_amount, max_amount, note"
                            " FROM strategy_matrix WHERE scenario_id = ?1");
    if (!cells) {
        return cells.status();
    }
    cells->bind(1, id);
    while (cells->next()) {
        RowReader r(*cells, "strategy_matrix", cells->int64(0));
        const std::string c = r.text(1, "channel", 100), p = r.text(2, "phase", 100), t = r.text(3, "tier", 100);
        MatrixCell cell;
        cell.enabled = r.integer(4, "enabled", 0, 1) != 0;
        cell.locked = r.optionalReal(5, "locked_amount", 0, kMaxAmount);
        cell.minAmount = r.real(6, "min_amount", 0, kMaxAmount);
        cell.maxAmount = r.optionalReal(7, "max_amount", 0, kMaxAmount);
        cell.note = r.text(8, "note", kMaxCellNote, true);
        if (!r.ok()) {
            return r.status();
        }
        const auto index = matrix.find(c, p, t);
        if (!index) {
            return R::failure("table 'strategy_matrix': cell " + c + "/" + p + "/" + t
                              + " is not on the scenario's channels, phases and tiers");
        }
        matrix.cell(*index) = cell;
    }
    if (!cells->status()) {
        return cells->status();
    }
    s.setMatrix(std::move(phases), std::move(matrix));

    auto formats = db.prepare("SELECT rowid, format FROM scenario_format WHERE scenario_id = ?1 ORDER BY rowid");
    auto shares = db.prepare("SELECT rowid, channel, min_share, max_share FROM channel_share WHERE scenario_id = ?1");
    auto tmpl = db.prepare("SELECT rowid, axis, name, weight FROM expert_template WHERE scenario_id = ?1");
    if (!formats || !shares || !tmpl) {
        return Status::failure(db.lastError());
    }
    formats->bind(1, id);
    while (formats->next()) {
        RowReader r(*formats, "scenario_format", formats->int64(0));
        s.formats.push_back(r.text(1, "format", 100));
        if (!r.ok()) {
            return r.status();
        }
    }
    shares->bind(1, id);
    while (shares->next()) {
        RowReader r(*shares, "channel_share", shares->int64(0));
        const std::string channel = r.text(1, "channel", 100);
        ShareBounds b{r.real(2, "min_share", 0, 1), r.real(3, "max_share", 0, 1)};
        if (!r.ok()) {
            return r.status();
        }
        s.rules.channelShares[channel] = b;
    }
    tmpl->bind(1, id);
    while (tmpl->next()) {
        RowReader r(*tmpl, "expert_template", tmpl->int64(0));
        const std::string axis = r.text(1, "axis", 10);
        const std::string key = r.text(2, "name", 100);
        const double weight = r.real(3, "weight", 0, 1e9);
        if (!r.ok()) {
            return r.status();
        }
        auto& target = axis == "channel" ? s.expertTemplate.channelWeights
            : axis == "phase"            ? s.expertTemplate.phaseWeights
                                         : s.expertTemplate.tierWeights;
        target[key] = weight;
    }
    for (const Status* st : {&formats->status(), &shares->status(), &tmpl->status()}) {
        if (!st->isOk()) {
            return *st;
        }
    }
    auto rivals = db.prepare("SELECT rowid, position, name, budget, preference FROM scenario_rival"
                             " WHERE scenario_id = ?1 ORDER BY position");
    auto preferred = db.prepare("SELECT rowid, channel FROM scenario_rival_channel"
                                " WHERE scenario_id = ?1 AND rival = ?2 ORDER BY rowid");
    if (!rivals || !preferred) {
        return Status::failure(db.lastError());
    }
    rivals->bind(1, id);
    while (rivals->next()) {
        RowReader r(*rivals, "scenario_rival", rivals->int64(0));
        const int64_t position = r.integer(1, "position", 0, kMaxRivals - 1);
        Rival rival;
        rival.name = r.text(2, "name", 100);
        rival.budget = r.real(3, "budget", 0, 1e15); // positive: validate() says so, naming the rival
        rival.preference = r.real(4, "preference", 0, 100);
        if (!r.ok()) {
            return r.status();
        }
        preferred->reset();
        preferred->bind(1, id).bind(2, position);
        while (preferred->next()) {
            RowReader c(*preferred, "scenario_rival_channel", preferred->int64(0));
            rival.preferredChannels.push_back(c.text(1, "channel", 100));
            if (!c.ok()) {
                return c.status();
            }
        }
        if (!preferred->status()) {
            return preferred->status();
        }
        s.rivals.push_back(std::move(rival));
    }
    if (!rivals->status()) {
        return rivals->status();
    }
    const auto errors = s.validate(m_project.vocabulary());
    if (!errors.empty()) {
        return R::failure("scenario " + quoteValue(name, 100) + " in the file is invalid: " + summariseErrors(errors));
    }
    return s;
}

} // namespace kol
