#include "AbTestStore.h"

#include "ProjectFile.h"
#include "RowReader.h"
#include "SqliteDb.h"
#include "base/Amount.h"
#include "base/Text.h"

namespace kol {

namespace {
Result<int64_t> scenarioId(Database& db, const std::string& scenario)
{
    auto stmt = db.prepare("SELECT id FROM scenario WHERE name = ?1");
    if (!stmt) {
        return stmt.status();
    }
    stmt->bind(1, scenario);
    if (!stmt->next()) {
        return Result<int64_t>::failure("no scenario named " + quoteValue(scenario, 100));
    }
    return stmt->int64(0);
}

Result<int64_t> testId(Database& db, const std::string& scenario, const std::string& name)
{
    auto sid = scenarioId(db, scenario);
    if (!sid) {
        return sid;
    }
    auto stmt = db.prepare("SELECT id FROM ab_test WHERE scenario_id = ?1 AND name = ?2");
    if (!stmt) {
        return stmt.status();
    }
    stmt->bind(1, *sid).bind(2, name);
    if (!stmt->next()) {
        return Result<int64_t>::failure("scenario " + quoteValue(scenario, 100) + " has no A/B test named "
                                        + quoteValue(name, 100));
    }
    return stmt->int64(0);
}

std::string joinTags(const std::vector<std::string>& tags)
{
    std::string out;
    for (const auto& t : tags) {
        out += (out.empty() ? "" : ",") + t;
    }
    return out;
}
} // namespace

Result<std::vector<AbTest>> AbTestStore::loadAll(const std::string& scenario)
{
    auto names = list(scenario);
    if (!names) {
        return Result<std::vector<AbTest>>::failure(names.error());
    }
    std::vector<AbTest> tests;
    for (const auto& name : names.value()) {
        auto test = load(scenario, name);
        if (!test) {
            return Result<std::vector<AbTest>>::failure(test.error());
        }
        tests.push_back(test.take());
    }
    return tests;
}

Result<std::vector<std::string>> AbTestStore::list(const std::string& scenario)
{
    Database& db = m_project.database();
    auto sid = scenarioId(db, scenario);
    if (!sid) {
        return sid.status();
    }
    auto stmt = db.prepare("SELECT name FROM ab_test WHERE scenario_id = ?1 ORDER BY id");
    if (!stmt) {
        return stmt.status();
    }
    stmt->bind(1, *sid);
    std::vector<std::string> names;
    while (stmt->next()) {
        names.push_back(stmt->text(0));
    }
    return names;
}

Result<AbTest> AbTestStore::load(const std::string& scenario, const std::string& name)
{
    using R = Result<AbTest>;
    Database& db = m_project.database();
    auto id = testId(db, scenario, name);
    if (!id) {
        return id.status();
    }
    AbTest t;
    t.name = name;
    t.scenario = scenario;
    auto head = db.prepare("SELECT rowid, brief FROM ab_test WHERE id = ?1");
    auto variants = db.prepare("SELECT rowid, name, headline, copy, cover, call_to_action FROM ab_variant"
                               " WHERE test_id = ?1 ORDER BY position");
    auto segments = db.prepare("SELECT rowid, name, channel, tier, age_band, interests FROM ab_segment"
                               " WHERE test_id = ?1 ORDER BY position");
    auto results = db.prepare("SELECT rowid, round, variant, segment, impressions, clicks, conversions FROM ab_result"
                              " WHERE test_id = ?1 ORDER BY round, rowid");
    if (!head || !variants || !segments || !results) {
        return Status::failure(db.lastError());
    }
    head->bind(1, *id);
    if (head->next()) {
        RowReader r(*head, "ab_test", head->int64(0));
        t.brief = r.text(1, "brief", kMaxAbText, true);
        if (!r.ok()) {
            return r.status();
        }
    }
    variants->bind(1, *id);
    while (variants->next()) {
        RowReader r(*variants, "ab_variant", variants->int64(0));
        AbVariant v{r.text(1, "name", 100), r.text(2, "headline", kMaxAbText, true),
                    r.text(3, "copy", kMaxAbText, true), r.text(4, "cover", kMaxAbText, true),
                    r.text(5, "call_to_action", kMaxAbText, true)};
        if (!r.ok()) {
            return r.status();
        }
        t.variants.push_back(std::move(v));
    }
    segments->bind(1, *id);
    while (segments->next()) {
        RowReader r(*segments, "ab_segment", segments->int64(0));
        AbSegment s{r.text(1, "name", 100),
                    r.text(2, "channel", 100, true),
                    r.text(3, "tier", 100, true),
                    r.text(4, "age_band", 40, true),
                    {}};
        if (const std::string tags = r.text(5, "interests", 4000, true); !tags.empty()) {
            s.interests = splitList(tags, ',');
        }
        if (!r.ok()) {
            return r.status();
        }
        t.segments.push_back(std::move(s));
    }
    results->bind(1, *id);
    while (results->next()) {
        RowReader r(*results, "ab_result", results->int64(0));
        AbResult row;
        row.round = static_cast<int>(r.integer(1, "round", 1, kMaxAbRounds));
        row.variant = r.text(2, "variant", 100);
        row.segment = r.text(3, "segment", 100);
        row.impressions = r.integer(4, "impressions", 0, int64_t{1} << 50);
        row.clicks = r.integer(5, "clicks", 0, int64_t{1} << 50);
        row.conversions = r.integer(6, "conversions", 0, int64_t{1} << 50);
        if (!r.ok()) {
            return r.status();
        }
        t.results.push_back(std::move(row));
    }
    for (const Status* st : {&head->status(), &variants->status(), &segments->status(), &results->status()}) {
        if (!st->isOk()) {
            return *st;
        }
    }
    if (const auto errors = t.validate(m_project.vocabulary()); !errors.empty()) {
        return R::failure("A/B test " + quoteValue(name, 100) + " in the file is invalid: " + summariseErrors(errors));
    }
    return t;
}

Status AbTestStore::save(const AbTest& t)
{
    return write(t, false);
}

Status AbTestStore::create(const AbTest& t)
{
    return write(t, true);
}

Status AbTestStore::write(const AbTest& t, bool mustBeNew)
{
    if (m_project.readOnly()) {
        return Status::failure(m_project.path() + ": is open read-only");
    }
    if (const auto errors = t.validate(m_project.vocabulary()); !errors.empty()) {
        return Status::failure("A/B test " + quoteValue(t.name, 100) + ": " + summariseErrors(errors));
    }
    Database& db = m_project.database();
    Transaction tx(db);
    if (!tx.status()) {
        return tx.status();
    }
    auto sid = scenarioId(db, t.scenario);
    if (!sid) {
        return sid.status();
    }
    auto existing = db.prepare("SELECT id FROM ab_test WHERE scenario_id = ?1 AND name = ?2");
    auto variant = db.prepare("INSERT INTO ab_variant VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto segment = db.prepare("INSERT INTO ab_segment VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto result = db.prepare("INSERT INTO ab_result VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!existing || !variant || !segment || !result) {
        return Status::failure(db.lastError());
    }
    existing->bind(1, *sid).bind(2, t.name);
    int64_t id = 0;
    Status st;
    if (existing->next()) {
        if (mustBeNew) {
            return Status::failure("scenario " + quoteValue(t.scenario, 100) + " already has an A/B test named "
                                   + quoteValue(t.name, 100));
        }
        // The test keeps its id and creation time (its place in the list); its parts are replaced.
        id = existing->int64(0);
        auto brief = db.prepare("UPDATE ab_test SET brief = ?2 WHERE id = ?1");
        st = brief ? brief->bind(1, id).bind(2, t.brief).run() : brief.status();
        for (const char* table : {"ab_variant", "ab_segment", "ab_result"}) {
            auto clear = db.prepare(std::string("DELETE FROM ") + table + " WHERE test_id = ?1");
            st = st && clear ? clear->bind(1, id).run() : (st ? clear.status() : st);
        }
    } else {
        auto test = db.prepare("INSERT INTO ab_test(scenario_id, name, brief, created_at) VALUES (?1, ?2, ?3, ?4)");
        st = test ? test->bind(1, *sid).bind(2, t.name).bind(3, t.brief).bind(4, utcTimestamp()).run() : test.status();
        id = db.lastInsertId();
    }
    for (size_t i = 0; st && i < t.variants.size(); ++i) {
        const AbVariant& v = t.variants[i];
        st = variant->bind(1, id)
                 .bind(2, static_cast<int64_t>(i))
                 .bind(3, v.name)
                 .bind(4, v.headline)
                 .bind(5, v.copy)
                 .bind(6, v.cover)
                 .bind(7, v.callToAction)
                 .run();
    }
    for (size_t i = 0; st && i < t.segments.size(); ++i) {
        const AbSegment& s = t.segments[i];
        st = segment->bind(1, id)
                 .bind(2, static_cast<int64_t>(i))
                 .bind(3, s.name)
                 .bind(4, s.channel)
                 .bind(5, s.tier)
                 .bind(6, s.ageBand)
                 .bind(7, joinTags(s.interests))
                 .run();
    }
    for (size_t i = 0; st && i < t.results.size(); ++i) {
        const AbResult& r = t.results[i];
        st = result->bind(1, id)
                 .bind(2, static_cast<int64_t>(r.round))
                 .bind(3, r.variant)
                 .bind(4, r.segment)
                 .bind(5, r.impressions)
                 .bind(6, r.clicks)
                 .bind(7, r.conversions)
                 .run();
    }
    return st ? tx.commit() : st;
}

Status AbTestStore::remove(const std::string& scenario, const std::string& name)
{
    if (m_project.readOnly()) {
        return Status::failure(m_project.path() + ": is open read-only");
    }
    Database& db = m_project.database();
    auto id = testId(db, scenario, name);
    if (!id) {
        return id.status();
    }
    auto stmt = db.prepare("DELETE FROM ab_test WHERE id = ?1");
    return stmt ? stmt->bind(1, *id).run() : stmt.status();
}

} // namespace kol
