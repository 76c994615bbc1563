#include "Schema.h"

#include "SqliteDb.h"
#include "base/Text.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace kol::schema {

namespace {

// Step 1: the vocabulary, the KOL catalog, the post history and the scenarios.
const char* const kStep1 = R"sql(
CREATE TABLE project (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE channel (position INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE phase (position INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE tier (
    position      INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    min_followers INTEGER NOT NULL
);
CREATE TABLE content_format (position INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);

CREATE TABLE kol (
    id               INTEGER PRIMARY KEY,
    kol_key          TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    channel          TEXT NOT NULL,
    followers        INTEGER NOT NULL,
    follower_quality REAL NOT NULL,
    interaction_rate REAL NOT NULL,
    category         TEXT NOT NULL
);
CREATE TABLE kol_price (
    kol_id INTEGER NOT NULL REFERENCES kol(id) ON DELETE CASCADE,
    format TEXT NOT NULL,
    price  REAL NOT NULL,
    PRIMARY KEY (kol_id, format)
);
CREATE TABLE post (
    id        INTEGER PRIMARY KEY,
    post_key  TEXT NOT NULL UNIQUE,
    kol_id    INTEGER NOT NULL REFERENCES kol(id) ON DELETE CASCADE,
    posted_on TEXT NOT NULL,
    phase     TEXT NOT NULL,
    format    TEXT NOT NULL,
    price     REAL NOT NULL,
    reach     INTEGER NOT NULL,
    likes     INTEGER NOT NULL,
    comments  INTEGER NOT NULL,
    shares    INTEGER NOT NULL
);
CREATE INDEX post_by_kol ON post(kol_id);

CREATE TABLE scenario (
    id                      INTEGER PRIMARY KEY,
    name                    TEXT NOT NULL UNIQUE,
    notes                   TEXT NOT NULL DEFAULT '',
    budget                  REAL NOT NULL,
    currency                TEXT NOT NULL,
    weight_reach            REAL NOT NULL,
    weight_engagement       REAL NOT NULL,
    weight_quality          REAL NOT NULL,
    weight_price_efficiency REAL NOT NULL,
    weight_format_fit       REAL NOT NULL,
    tier_hierarchy          INTEGER NOT NULL,
    max_cell_share          REAL NOT NULL,
    created_at              TEXT NOT NULL,
    modified_at             TEXT NOT NULL
);
CREATE TABLE scenario_channel (
    scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    channel     TEXT NOT NULL,
    PRIMARY KEY (scenario_id, position)
);
CREATE TABLE scenario_phase (
    scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    phase       TEXT NOT NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    PRIMARY KEY (scenario_id, position)
);
CREATE TABLE scenario_tier (
    scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    tier        TEXT NOT NULL,
    PRIMARY KEY (scenario_id, position)
);
CREATE TABLE scenario_format (
    scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    format      TEXT NOT NULL,
    PRIMARY KEY (scenario_id, format)
);
CREATE TABLE channel_share (
    scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    channel     TEXT NOT NULL,
    min_share   REAL NOT NULL,
    max_share   REAL NOT NULL,
    PRIMARY KEY (scenario_id, channel)
);
CREATE TABLE expert_template (
    scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    axis        TEXT NOT NULL CHECK (axis IN ('channel', 'phase', 'tier')),
    name        TEXT NOT NULL,
    weight      REAL NOT NULL,
    PRIMARY KEY (scenario_id, axis, name)
);
CREATE TABLE strategy_matrix (
    scenario_id   INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    channel       TEXT NOT NULL,
    phase         TEXT NOT NULL,
    tier          TEXT NOT NULL,
    enabled       INTEGER NOT NULL,
    locked_amount REAL,
    min_amount    REAL NOT NULL,
    max_amount    REAL,
    PRIMARY KEY (scenario_id, channel, phase, tier)
);
)sql";

// Step 2: stored plans and their figures.
const char* const kStep2 = R"sql(
CREATE TABLE plan (
    id          INTEGER PRIMARY KEY,
    scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    method      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    budget      REAL NOT NULL
);
CREATE INDEX plan_by_scenario ON plan(scenario_id);
CREATE TABLE plan_cell (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    phase   TEXT NOT NULL,
    tier    TEXT NOT NULL,
    amount  REAL NOT NULL,
    PRIMARY KEY (plan_id, channel, phase, tier)
);
CREATE TABLE plan_kol (
    plan_id  INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    channel  TEXT NOT NULL,
    phase    TEXT NOT NULL,
    tier     TEXT NOT NULL,
    position INTEGER NOT NULL,
    kol_key  TEXT NOT NULL,
    PRIMARY KEY (plan_id, channel, phase, tier, position)
);
CREATE TABLE plan_figure (
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    name    TEXT NOT NULL,
    value   REAL NOT NULL,
    PRIMARY KEY (plan_id, name)
);
)sql";

// Step 3: trained models as named float arrays with their shapes, plus numbers and texts.
const char* const kStep3 = R"sql(
CREATE TABLE model (
    name       TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE model_tensor (
    model TEXT NOT NULL REFERENCES model(name) ON DELETE CASCADE,
    name  TEXT NOT NULL,
    rows  INTEGER NOT NULL,
    cols  INTEGER NOT NULL,
    data  BLOB NOT NULL,
    PRIMARY KEY (model, name)
);
CREATE TABLE model_value (
    model TEXT NOT NULL REFERENCES model(name) ON DELETE CASCADE,
    name  TEXT NOT NULL,
    number REAL,
    text  TEXT,
    PRIMARY KEY (model, name)
);
)sql";

// Step 4: a plan keeps what it bought as it was valued when made: each cell's spend and predicted
// figures, each KOL's name, format, price and predicted post, the plan's notes, and the
// fingerprint of the catalog and performance model behind it.
const char* const kStep4 = R"sql(
ALTER TABLE plan ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_cell ADD COLUMN spend REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_cell ADD COLUMN effect REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_cell ADD COLUMN reach REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_cell ADD COLUMN engagements REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_kol ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_kol ADD COLUMN followers INTEGER NOT NULL DEFAULT 0;
ALTER TABLE plan_kol ADD COLUMN format TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_kol ADD COLUMN price REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_kol ADD COLUMN reach REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_kol ADD COLUMN engagements REAL NOT NULL DEFAULT 0;
ALTER TABLE plan_kol ADD COLUMN score REAL NOT NULL DEFAULT 0;
)sql";

// Step 5: a planner's note on a matrix cell ("agreed with the brand", "waiting for a quote").
const char* const kStep5 = R"sql(
ALTER TABLE strategy_matrix ADD COLUMN note TEXT NOT NULL DEFAULT '';
)sql";

// Step 6: a demo project's truth, what the generator knows of each KOL beyond the catalog, so
// that plans can be scored against it as well as against the fitted model (true_effect).
const char* const kStep6 = R"sql(
CREATE TABLE demo_truth (
    kol_id              INTEGER PRIMARY KEY REFERENCES kol(id) ON DELETE CASCADE,
    reach_per_follower  REAL NOT NULL,
    engagement_per_view REAL NOT NULL
);
)sql";

// Step 7: a scenario's savings curves (each method's effect against the budget, its saving and
// the marginal return of its plan), kept until what they were computed from changes: `basis` is
// the fingerprint of the scenario, the catalog, the performance model and the policies.
const char* const kStep7 = R"sql(
CREATE TABLE savings_curve (
    scenario_id      INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    method           TEXT NOT NULL,
    position         INTEGER NOT NULL,
    basis            TEXT NOT NULL,
    budget           REAL NOT NULL,
    template_effect  REAL NOT NULL,
    effect_at_budget REAL NOT NULL,
    uplift           REAL NOT NULL,
    savings          REAL,
    saving_budget    REAL,
    note             TEXT NOT NULL,
    missing          TEXT NOT NULL,
    left_out         TEXT NOT NULL,
    PRIMARY KEY (scenario_id, method)
);
CREATE TABLE savings_point (
    scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    method      TEXT NOT NULL,
    budget      REAL NOT NULL,
    effect      REAL NOT NULL,
    effect_low  REAL NOT NULL,
    effect_high REAL NOT NULL,
    spend       REAL NOT NULL,
    PRIMARY KEY (scenario_id, method, budget)
);
CREATE TABLE savings_marginal (
    scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    method      TEXT NOT NULL,
    position    INTEGER NOT NULL,
    channel     TEXT NOT NULL,
    gain        REAL,
    loss        REAL,
    note        TEXT NOT NULL,
    PRIMARY KEY (scenario_id, method, position)
);
)sql";

// Step 8: a running campaign's actuals: per scenario, the posts booked in its finished phases,
// what each cost and what it reached (import actuals), in the order recorded.
const char* const kStep8 = R"sql(
CREATE TABLE actual_post (
    scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    phase       TEXT NOT NULL,
    channel     TEXT NOT NULL,
    tier        TEXT NOT NULL,
    kol_key     TEXT NOT NULL,
    format      TEXT NOT NULL,
    spend       REAL NOT NULL,
    reach       REAL NOT NULL,
    engagements REAL NOT NULL,
    PRIMARY KEY (scenario_id, position)
);
)sql";

// Step 9: the campaign history (import campaigns; the offline method learns from it): per past
// campaign, phase, channel and tier, the money spent and what it reached, in the order imported.
const char* const kStep9 = R"sql(
CREATE TABLE campaign_history (
    position    INTEGER PRIMARY KEY,
    campaign    TEXT NOT NULL,
    phase       TEXT NOT NULL,
    channel     TEXT NOT NULL,
    tier        TEXT NOT NULL,
    spend       REAL NOT NULL,
    reach       REAL NOT NULL,
    engagements REAL NOT NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    UNIQUE (campaign, phase, channel, tier)
);
)sql";

// Step 10: a scenario's rival advertisers (the competition setting), in the order entered, and
// the channels each prefers.
const char* const kStep10 = R"sql(
CREATE TABLE scenario_rival (
    scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    budget      REAL NOT NULL,
    preference  REAL NOT NULL,
    PRIMARY KEY (scenario_id, position)
);
CREATE TABLE scenario_rival_channel (
    scenario_id INTEGER NOT NULL,
    rival       INTEGER NOT NULL,
    channel     TEXT NOT NULL,
    PRIMARY KEY (scenario_id, rival, channel),
    FOREIGN KEY (scenario_id, rival) REFERENCES scenario_rival(scenario_id, position) ON DELETE CASCADE
);
)sql";

// Step 11: content A/B tests of a scenario: their variants, audience segments and rounds of
// results.
const char* const kStep11 = R"sql(
CREATE TABLE ab_test (
    id          INTEGER PRIMARY KEY,
    scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    brief       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (scenario_id, name)
);
CREATE TABLE ab_variant (
    test_id        INTEGER NOT NULL REFERENCES ab_test(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    name           TEXT NOT NULL,
    headline       TEXT NOT NULL,
    copy           TEXT NOT NULL,
    cover          TEXT NOT NULL,
    call_to_action TEXT NOT NULL,
    PRIMARY KEY (test_id, position)
);
CREATE TABLE ab_segment (
    test_id   INTEGER NOT NULL REFERENCES ab_test(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    channel   TEXT NOT NULL,
    tier      TEXT NOT NULL,
    age_band  TEXT NOT NULL,
    interests TEXT NOT NULL,
    PRIMARY KEY (test_id, position)
);
CREATE TABLE ab_result (
    test_id     INTEGER NOT NULL REFERENCES ab_test(id) ON DELETE CASCADE,
    round       INTEGER NOT NULL,
    variant     TEXT NOT NULL,
    segment     TEXT NOT NULL,
    impressions INTEGER NOT NULL,
    clicks      INTEGER NOT NULL,
    conversions INTEGER NOT NULL,
    PRIMARY KEY (test_id, round, variant, segment)
);
)sql";

const std::vector<const char*>& steps()
{
    static const std::vector<const char*> s
        = {kStep1, kStep2, kStep3, kStep4, kStep5, kStep6, kStep7, kStep8, kStep9, kStep10, kStep11};
    return s;
}

struct ColumnInfo
{
    std::string type;
    bool notNull = false;
    bool operator!=(const ColumnInfo& o) const { return type != o.type || notNull != o.notNull; }
};
using TableInfo = std::map<std::string, ColumnInfo>;

Result<std::map<std::string, TableInfo>> describe(Database& db)
{
    std::map<std::string, TableInfo> tables;
    auto objects = db.prepare("SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'");
    if (!objects) {
        return objects.status();
    }
    std::vector<std::string> names;
    while (objects->next()) {
        const std::string type = objects->text(0);
        if (type == "trigger") {
            return Result<std::map<std::string, TableInfo>>::failure(
                "contains a trigger (" + quoteValue(objects->text(1), 100) + "); project files never do");
        }
        if (type == "table") {
            names.push_back(objects->text(1));
        }
    }
    if (!objects->status()) {
        return objects->status();
    }
    for (const auto& name : names) {
        auto columns = db.prepare("SELECT name, upper(type), \"notnull\" FROM pragma_table_info(?1)");
        if (!columns) {
            return columns.status();
        }
        columns->bind(1, name);
        while (columns->next()) {
            tables[name][columns->text(0)] = ColumnInfo{columns->text(1), columns->int64(2) != 0};
        }
        if (!columns->status()) {
            return columns->status();
        }
    }
    return tables;
}

} // namespace

Status migrate(Database& db, int from, int to)
{
    for (int version = from; version < to; ++version) {
        if (Status s = db.exec(steps()[static_cast<size_t>(version)]); !s) {
            return Status::failure("upgrading the file format to version " + std::to_string(version + 1)
                                   + " failed: " + s.message());
        }
    }
    return db.exec("PRAGMA application_id = " + std::to_string(kApplicationId)
                   + "; PRAGMA user_version = " + std::to_string(to) + ";");
}

Status verify(Database& db)
{
    static const std::map<std::string, TableInfo> reference = [] {
        auto memory = Database::open(":memory:", Database::Mode::Create);
        migrate(*memory.value(), 0, kCurrentVersion);
        return describe(*memory.value()).take();
    }();
    auto actual = describe(db);
    if (!actual) {
        return actual.status();
    }
    for (const auto& [table, columns] : reference) {
        const auto it = actual->find(table);
        if (it == actual->end()) {
            return Status::failure("table " + quoteValue(table, 100) + " is missing");
        }
        for (const auto& [column, info] : columns) {
            const auto col = it->second.find(column);
            if (col == it->second.end()) {
                return Status::failure("column '" + table + "." + column + "' is missing");
            }
            if (col->second != info) {
                return Status::failure("column '" + table + "." + column + "' is not declared " + info.type
                                       + (info.notNull ? " NOT NULL" : ""));
            }
        }
    }
    return Status::success();
}

} // namespace kol::schema
