#include "ProjectFile.h"

#include "RowReader.h"
#include "Schema.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <set>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kol {

namespace {

std::string hex32(int64_t v)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08X", static_cast<unsigned>(v & 0xFFFFFFFF));
    return buf;
}

// What the first bytes say, before SQLite sees the file.
Status checkHeader(const std::string& path)
{
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0) {
        return Status::failure(path + ": no such file");
    }
    if (!S_ISREG(st.st_mode)) {
        return Status::failure(path + ": is not a regular file");
    }
    if (st.st_size == 0) {
        return Status::failure(path + ": is empty, not a KOL Planner project");
    }
    char header[16] = {};
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Status::failure(path + ": cannot be read (permission denied?)");
    }
    in.read(header, sizeof header);
    if (in.gcount() < 16 || std::memcmp(header, "SQLite format 3", 16) != 0) {
        return Status::failure(path + ": is not a KOL Planner project (not an SQLite database)");
    }
    return Status::success();
}
// SQLite's integrity reports run over several lines; messages here are one line.
std::string oneLine(std::string text)
{
    const std::string banner = "*** in database main ***";
    if (text.rfind(banner, 0) == 0) {
        text.erase(0, banner.size());
    }
    std::string out;
    for (const char c : text) {
        if (c == '\n' || c == '\r') {
            out += out.empty() || out.back() == ' ' ? "" : "; ";
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

namespace {
std::string& timestampOverride()
{
    static std::string fixed;
    return fixed;
}
} // namespace

TimestampOverride::TimestampOverride(std::string fixed)
    : m_previous(timestampOverride())
{
    timestampOverride() = std::move(fixed);
}

TimestampOverride::~TimestampOverride()
{
    timestampOverride() = m_previous;
}

std::string utcTimestamp()
{
    if (!timestampOverride().empty()) {
        return timestampOverride();
    }
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

ProjectFile::ProjectFile(std::string path, std::unique_ptr<Database> db, bool readOnly)
    : m_path(std::move(path))
    , m_db(std::move(db))
    , m_readOnly(readOnly)
{
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::create(const std::string& path)
{
    using R = Result<std::unique_ptr<ProjectFile>>;
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) == 0) {
        return R::failure(path + ": already exists; choose another name or remove it first");
    }
    auto db = Database::open(path, Database::Mode::Create);
    if (!db) {
        return R::failure(path + ": cannot create (" + db.error() + ")");
    }
    std::unique_ptr<ProjectFile> project(new ProjectFile(path, db.take(), false));
    Database& d = *project->m_db;
    d.exec("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON");
    Transaction tx(d);
    Status s = tx.status();
    if (s) {
        s = schema::migrate(d, 0, schema::kCurrentVersion);
    }
    if (s) {
        s = project->writeVocabulary(Vocabulary::defaults());
    }
    if (s) {
        auto stmt = d.prepare("INSERT INTO project(key, value) VALUES ('created_at', ?1)");
        s = stmt ? stmt->bind(1, utcTimestamp()).run() : stmt.status();
    }
    if (s) {
        s = tx.commit();
    }
    if (!s) {
        project.reset();
        std::remove(path.c_str());
        return R::failure(path + ": cannot create (" + s.message() + ")");
    }
    project->m_versionOnDisk = schema::kCurrentVersion;
    project->m_vocabulary = Vocabulary::defaults();
    return project;
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::open(const std::string& path, Access access)
{
    using R = Result<std::unique_ptr<ProjectFile>>;
    if (Status s = checkHeader(path); !s) {
        return R(s);
    }
    const bool readOnly = access == Access::ReadOnly;
    if (readOnly && ::access((path + "-journal").c_str(), F_OK) == 0 && ::access(path.c_str(), W_OK) == 0) {
        // A write was interrupted (crash, kill, power loss). Rolling its journal back restores
        // the last committed state and needs write access; any SQLite reader with access does it.
        if (auto recover = Database::open(path, Database::Mode::ReadWrite)) {
            recover.value()->scalar("PRAGMA schema_version");
        }
    }
    auto opened = Database::open(path, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (!opened) {
        return R::failure(path + ": cannot open (" + opened.error() + ")");
    }
    std::unique_ptr<ProjectFile> project(new ProjectFile(path, opened.take(), readOnly));
    Database& db = *project->m_db;

    auto appId = db.scalar("PRAGMA application_id");
    if (!appId) {
        // The first 16 bytes said SQLite; anything SQLite cannot read past them is damage.
        return R::failure(path + ": is damaged and cannot be read (" + oneLine(appId.error()) + ")");
    }
    if (*appId != schema::kApplicationId) {
        return R::failure(path + ": is an SQLite database but not a KOL Planner project (application id "
                          + hex32(*appId) + ")");
    }
    auto version = db.scalar("PRAGMA user_version");
    if (!version) {
        return R::failure(path + ": cannot read the file format version (" + version.error() + ")");
    }
    if (*version > schema::kCurrentVersion) {
        return R::failure(path + ": was written by a newer version of KOL Planner (file format "
                          + std::to_string(*version) + "; this version reads up to "
                          + std::to_string(schema::kCurrentVersion) + ")");
    }
    if (*version < 1) {
        return R::failure(path + ": is a damaged KOL Planner project (file format version " + std::to_string(*version)
                          + ")");
    }
    // quick_check reads every page: it catches truncated and overwritten files up front instead
    // of failing halfway through some later query.
    if (auto check = db.prepare("PRAGMA quick_check(1)"); !check || !check->next()) {
        return R::failure(path + ": is damaged and cannot be read ("
                          + oneLine(check ? check->status().message() : check.error()) + ")");
    } else if (check->text(0) != "ok") {
        return R::failure(path + ": is damaged and cannot be read (" + oneLine(check->text(0)) + ")");
    }
    project->m_versionOnDisk = static_cast<int>(*version);
    if (*version < schema::kCurrentVersion) {
        if (readOnly) {
            return R::failure(path + ": uses file format " + std::to_string(*version)
                              + " and must be upgraded; open it with write access");
        }
        Transaction tx(db);
        Status s = tx.status();
        if (s) {
            s = schema::migrate(db, static_cast<int>(*version), schema::kCurrentVersion);
        }
        if (s) {
            s = tx.commit();
        }
        if (!s) {
            return R::failure(path + ": " + s.message());
        }
    }
    if (Status s = schema::verify(db); !s) {
        return R::failure(path + ": is not a valid KOL Planner project (" + s.message() + ")");
    }
    if (!readOnly) {
        db.exec("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL");
    }
    db.exec("PRAGMA foreign_keys = ON");
    if (Status s = project->loadVocabulary(); !s) {
        return R::failure(path + ": " + s.message());
    }
    return project;
}

Result<ProjectSummary> ProjectFile::summary()
{
    ProjectSummary sum;
    sum.formatVersion = schema::kCurrentVersion;
    auto count = [&](const char* sql, int64_t& into) -> Status {
        auto v = m_db->scalar(sql);
        if (v) {
            into = *v;
        }
        return v.status();
    };
    for (auto [sql, into] :
         {std::pair{"SELECT count(*) FROM kol", &sum.kols}, std::pair{"SELECT count(*) FROM post", &sum.posts},
          std::pair{"SELECT count(*) FROM scenario", &sum.scenarios},
          std::pair{"SELECT count(*) FROM plan", &sum.plans}}) {
        if (Status s = count(sql, *into); !s) {
            return s;
        }
    }
    for (const auto& c : m_vocabulary.channels) {
        sum.kolsByChannel[c] = 0;
    }
    // Tiers are counted by follower thresholds: a case over the vocabulary's tiers, largest first.
    std::string tierCase = "CASE";
    for (size_t i = 0; i < m_vocabulary.tiers.size(); ++i) {
        tierCase += " WHEN followers >= " + std::to_string(m_vocabulary.tiers[i].minFollowers) + " THEN "
            + std::to_string(i);
        sum.kolsByTier[m_vocabulary.tiers[i].name] = 0;
    }
    tierCase += " ELSE -1 END";
    auto byChannel = m_db->prepare("SELECT channel, " + tierCase + ", count(*) FROM kol GROUP BY 1, 2");
    if (!byChannel) {
        return byChannel.status();
    }
    while (byChannel->next()) {
        const int64_t tier = byChannel->int64(1);
        sum.kolsByChannel[byChannel->text(0)] += byChannel->int64(2);
        const std::string tierName
            = tier >= 0 ? m_vocabulary.tiers[static_cast<size_t>(tier)].name : "(below every tier)";
        sum.kolsByTier[tierName] += byChannel->int64(2);
    }
    if (auto dates = m_db->prepare("SELECT min(posted_on), max(posted_on) FROM post"); dates && dates->next()) {
        sum.firstPostDate = dates->text(0);
        sum.lastPostDate = dates->text(1);
    }
    if (auto created = m_db->prepare("SELECT value FROM project WHERE key = 'created_at'");
        created && created->next()) {
        sum.createdAt = created->text(0);
    }
    return sum;
}

Status ProjectFile::inOneTransaction(const std::function<Status()>& work)
{
    Transaction tx(*m_db);
    if (!tx.status()) {
        return Status::failure(m_path + ": " + tx.status().message());
    }
    if (Status s = work(); !s) {
        return s; // rolled back
    }
    if (Status s = tx.commit(); !s) {
        return Status::failure(m_path + ": " + s.message());
    }
    return Status::success();
}

Status ProjectFile::copyTo(const std::string& path)
{
    // SQLite's online backup copies a consistent snapshot page by page (the hardened connection
    // allows no ATTACH, so no VACUUM INTO). The copy goes to a temporary name first so that a
    // failure never leaves a half file at `path`.
    const std::string temporary = path + ".saving";
    std::remove(temporary.c_str());
    sqlite3* target = nullptr;
    auto fail = [&](const std::string& why) {
        if (target) {
            sqlite3_close(target);
        }
        std::remove(temporary.c_str());
        return Status::failure(path + ": cannot write the copy: " + why);
    };
    if (sqlite3_open_v2(temporary.c_str(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        return fail(target ? sqlite3_errmsg(target) : "out of memory");
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_db->handle(), "main");
    if (!backup) {
        return fail(sqlite3_errmsg(target));
    }
    const int stepped = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE) {
        return fail(sqlite3_errstr(stepped));
    }
    if (sqlite3_close(target) != SQLITE_OK) {
        target = nullptr;
        return fail("closing failed");
    }
    target = nullptr;
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        return Status::failure(path + ": cannot replace the file: " + std::strerror(errno));
    }
    return Status::success();
}

} // namespace kol
