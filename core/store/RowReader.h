#pragma once

#include "SqliteDb.h"
#include "base/Text.h" // isValidUtf8

#include <cstdint>
#include <optional>
#include <string>

namespace kol {

// Reads one row's columns with type and range checks, since a project file is untrusted input.
// The first problem is kept; once failed, further reads return defaults.
class RowReader
{
public:
    RowReader(const Statement& stmt, std::string table, int64_t rowId)
        : m_stmt(stmt)
        , m_table(std::move(table))
        , m_row(rowId)
    {
    }

    std::string text(int col, const char* column, size_t maxBytes = 1000, bool allowEmpty = false);
    int64_t integer(int col, const char* column, int64_t lo, int64_t hi);
    double real(int col, const char* column, double lo, double hi);
    std::optional<double> optionalReal(int col, const char* column, double lo, double hi);

    bool ok() const { return m_error.isOk(); }
    const Status& status() const { return m_error; }

private:
    void fail(const char* column, const std::string& why);

    const Statement& m_stmt;
    std::string m_table;
    int64_t m_row;
    Status m_error;
};

} // namespace kol
