#pragma once

#include "SqliteDb.h"
#include "base/Result.h"
#include "model/Vocabulary.h"

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace kol {

struct ProjectSummary
{
    int formatVersion = 0;
    int64_t kols = 0;
    int64_t posts = 0;
    int64_t scenarios = 0;
    int64_t plans = 0;
    std::map<std::string, int64_t> kolsByChannel;
    std::map<std::string, int64_t> kolsByTier; // tiers from the vocabulary; "(below every tier)" otherwise
    std::string firstPostDate;                 // empty when there are no posts
    std::string lastPostDate;
    std::string createdAt;
};

// One open KOL Planner project file (.kolplan): an SQLite database identified by its
// application id and versioned by user_version. Opening checks and upgrades the file; every
// change to it goes through a transaction, so a crash leaves the last committed state.
class ProjectFile
{
public:
    enum class Access { ReadOnly, ReadWrite };

    // Creates a new project with the default vocabulary. Fails if `path` exists.
    static Result<std::unique_ptr<ProjectFile>> create(const std::string& path);
    // Opens an existing project. A file that is not a project, is damaged, or was written by a
    // newer version is refused with a one-line reason and left untouched.
    static Result<std::unique_ptr<ProjectFile>> open(const std::string& path, Access access = Access::ReadWrite);

    const std::string& path() const { return m_path; }
    // The format version the file had on disk when opened (before any upgrade).
    int formatVersionOnDisk() const { return m_versionOnDisk; }
    bool readOnly() const { return m_readOnly; }
    Database& database() { return *m_db; }

    const Vocabulary& vocabulary() const { return m_vocabulary; }
    // Adds names to the vocabulary (existing names are kept; tiers are re-sorted).
    Status extendVocabulary(const Vocabulary& additions);

    Result<ProjectSummary> summary();
    // Writes a consistent copy of the whole project to `path` (replacing it atomically).
    Status copyTo(const std::string& path);
    // Runs `work` in one transaction: the stores it calls write together or, when it fails (or
    // the process dies before the end), not at all. A save of scenario, plan and policy uses it.
    Status inOneTransaction(const std::function<Status()>& work);

private:
    ProjectFile(std::string path, std::unique_ptr<Database> db, bool readOnly);
    Status loadVocabulary();
    Status writeVocabulary(const Vocabulary& v);

    std::string m_path;
    std::unique_ptr<Database> m_db;
    bool m_readOnly = false;
    int m_versionOnDisk = 0;
    Vocabulary m_vocabulary;
};

// Current UTC time as "YYYY-MM-DDTHH:MM:SSZ" (or the active TimestampOverride).
std::string utcTimestamp();

// While alive, utcTimestamp() returns a fixed value: reproducible files (the demo project).
class TimestampOverride
{
public:
    explicit TimestampOverride(std::string fixed);
    ~TimestampOverride();
    TimestampOverride(const TimestampOverride&) = delete;
    TimestampOverride& operator=(const TimestampOverride&) = delete;

private:
    std::string m_previous;
};

} // namespace kol
