#pragma once

#include "base/Result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace kol {

// A prepared statement. Bind by 1-based index, then step(); column getters are 0-based.
class Statement
{
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    ~Statement();

    Statement& bind(int index, int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::optional<double>& value);
    Statement& bindNull(int index);
    Statement& bindBlob(int index, std::string_view bytes);

    // True while a row is available; false when done. Errors land in status().
    bool next();
    // Runs to completion (for INSERT/UPDATE/DELETE) and resets for reuse.
    Status run();
    void reset();

    int columnType(int col) const; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL
    int64_t int64(int col) const;
    double real(int col) const;
    std::string text(int col) const;
    std::string blob(int col) const;
    int64_t bytes(int col) const; // the size of a text or blob value, without copying it
    const Status& status() const { return m_status; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
    Status m_status;
};

class Database
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    // Opens with the hardening every project file gets: defensive mode, no extension loading,
    // no triggers or views executed, untrusted schema, bounded value sizes.
    static Result<std::unique_ptr<Database>> open(const std::string& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Status exec(const std::string& sql);
    Result<Statement> prepare(std::string_view sql);
    // The single integer a query like "PRAGMA user_version" returns.
    Result<int64_t> scalar(std::string_view sql);
    std::string lastError() const;
    int64_t lastInsertId() const;
    int changes() const;
    sqlite3* handle() const { return m_db; }

private:
    explicit Database(sqlite3* db)
        : m_db(db)
    {
    }
    sqlite3* m_db;
};

// BEGIN IMMEDIATE on construction; rolls back unless commit() succeeded. Inside another
// transaction it is a savepoint of it: commit() releases the savepoint, and only the outermost
// commit makes the changes durable, so that several stores' writes land together or not at all.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& status() const { return m_begin; }
    Status commit();

private:
    Database& m_db;
    bool m_nested;
    Status m_begin;
    bool m_open = false;
};

} // namespace kol
