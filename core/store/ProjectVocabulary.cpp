// The project's vocabulary: reading it (checked), writing it and extending it.
#include "ProjectFile.h"
#include "RowReader.h"
#include "base/Text.h"

namespace kol {

namespace {
constexpr int64_t kMaxFollowers = 10'000'000'000LL;
} // namespace

Status ProjectFile::loadVocabulary()
{
    Vocabulary v;
    struct Axis
    {
        const char* table;
        std::vector<std::string>* names;
    };
    for (const Axis& axis :
         {Axis{"channel", &v.channels}, Axis{"phase", &v.phases}, Axis{"content_format", &v.formats}}) {
        auto stmt = m_db->prepare(std::string("SELECT rowid, name FROM ") + axis.table + " ORDER BY position");
        if (!stmt) {
            return stmt.status();
        }
        while (stmt->next()) {
            RowReader row(*stmt, axis.table, stmt->int64(0));
            axis.names->push_back(row.text(1, "name", 100));
            if (!row.ok()) {
                return row.status();
            }
        }
        if (!stmt->status()) {
            return stmt->status();
        }
    }
    auto tiers = m_db->prepare("SELECT rowid, name, min_followers FROM tier ORDER BY position");
    if (!tiers) {
        return tiers.status();
    }
    while (tiers->next()) {
        RowReader row(*tiers, "tier", tiers->int64(0));
        TierDef t{row.text(1, "name", 100), row.integer(2, "min_followers", 0, kMaxFollowers)};
        if (!row.ok()) {
            return row.status();
        }
        v.tiers.push_back(t);
    }
    if (!tiers->status()) {
        return tiers->status();
    }
    v.sortTiers();
    if (v.channels.empty() || v.phases.empty() || v.tiers.empty() || v.formats.empty()) {
        return Status::failure("the project lists no channels, phases, tiers or content formats");
    }
    m_vocabulary = std::move(v);
    return Status::success();
}

Status ProjectFile::writeVocabulary(const Vocabulary& v)
{
    Status s = m_db->exec("DELETE FROM channel; DELETE FROM phase; DELETE FROM tier; DELETE FROM content_format");
    auto insertNames = [&](const char* table, const std::vector<std::string>& names) {
        auto stmt = m_db->prepare(std::string("INSERT INTO ") + table + "(position, name) VALUES (?1, ?2)");
        if (!stmt) {
            return stmt.status();
        }
        for (size_t i = 0; i < names.size(); ++i) {
            if (Status r = stmt->bind(1, static_cast<int64_t>(i)).bind(2, names[i]).run(); !r) {
                return r;
            }
        }
        return Status::success();
    };
    if (s) {
        s = insertNames("channel", v.channels);
    }
    if (s) {
        s = insertNames("phase", v.phases);
    }
    if (s) {
        s = insertNames("content_format", v.formats);
    }
    if (s) {
        auto stmt = m_db->prepare("INSERT INTO tier(position, name, min_followers) VALUES (?1, ?2, ?3)");
        s = stmt.status();
        for (size_t i = 0; s && i < v.tiers.size(); ++i) {
            s = stmt->bind(1, static_cast<int64_t>(i)).bind(2, v.tiers[i].name).bind(3, v.tiers[i].minFollowers).run();
        }
    }
    return s;
}

Status ProjectFile::extendVocabulary(const Vocabulary& additions)
{
    if (m_readOnly) {
        return Status::failure(m_path + ": is open read-only");
    }
    Vocabulary next = m_vocabulary;
    auto addNames
        = [](std::vector<std::string>& into, const std::vector<std::string>& names, const char* what) -> Status {
        for (const auto& n : names) {
            if (n.empty() || n.size() > 100 || !isValidUtf8(n) || n.find('/') != std::string::npos) {
                return Status::failure(std::string(what) + " name '" + n
                                       + "' must be 1 to 100 bytes of UTF-8 text without '/'");
            }
            bool present = false;
            for (const auto& e : into) {
                present = present || toLowerAscii(e) == toLowerAscii(n);
            }
            if (!present) {
                into.push_back(n);
            }
        }
        return Status::success();
    };
    Status s = addNames(next.channels, additions.channels, "channel");
    if (s) {
        s = addNames(next.phases, additions.phases, "phase");
    }
    if (s) {
        s = addNames(next.formats, additions.formats, "content format");
    }
    for (const auto& t : additions.tiers) {
        std::vector<std::string> names = next.tierNames();
        if (!s || !(s = addNames(names, {t.name}, "tier")) || names.size() == next.tiers.size()) {
            continue; // an error, or a tier the project already has
        }
        if (t.minFollowers < 0 || t.minFollowers > kMaxFollowers) {
            s = Status::failure("tier " + quoteValue(t.name, 100) + ": minimum followers must be 0.."
                                + std::to_string(kMaxFollowers));
        }
        for (const auto& existing : next.tiers) {
            if (s && existing.minFollowers == t.minFollowers) {
                s = Status::failure("tier " + quoteValue(t.name, 100) + ": tier " + quoteValue(existing.name, 100)
                                    + " already starts at " + std::to_string(t.minFollowers) + " followers");
            }
        }
        next.tiers.push_back(t);
    }
    if (!s) {
        return s;
    }
    next.sortTiers();
    Transaction tx(*m_db);
    s = tx.status();
    if (s) {
        s = writeVocabulary(next);
    }
    if (s) {
        s = tx.commit();
    }
    if (s) {
        m_vocabulary = std::move(next);
    }
    return s;
}

} // namespace kol
