#include "RowReader.h"

#include "base/Text.h"

#include <cmath>
#include <sqlite3.h>

namespace kol {

namespace {
const char* typeName(int type)
{
    switch (type) {
    case SQLITE_INTEGER:
        return "an integer";
    case SQLITE_FLOAT:
        return "a real number";
    case SQLITE_TEXT:
        return "text";
    case SQLITE_BLOB:
        return "a blob";
    default:
        return "NULL";
    }
}
} // namespace

void RowReader::fail(const char* column, const std::string& why)
{
    if (m_error.isOk()) {
        m_error = Status::failure("table " + quoteValue(m_table, 100) + " row " + std::to_string(m_row) + ": column "
                                  + quoteValue(column, 100) + " " + why);
    }
}

std::string RowReader::text(int col, const char* column, size_t maxBytes, bool allowEmpty)
{
    if (!ok()) {
        return {};
    }
    if (m_stmt.columnType(col) != SQLITE_TEXT) {
        fail(column, std::string("must be text (found ") + typeName(m_stmt.columnType(col)) + ")");
        return {};
    }
    if (static_cast<uint64_t>(m_stmt.bytes(col)) > maxBytes) { // checked before copying a huge value
        fail(column, "is longer than " + std::to_string(maxBytes) + " bytes");
        return {};
    }
    std::string value = m_stmt.text(col);
    if (!allowEmpty && value.empty()) {
        fail(column, "must not be empty");
    } else if (!isValidUtf8(value)) {
        fail(column, "is not valid UTF-8 text");
    } else {
        return value;
    }
    return {};
}

int64_t RowReader::integer(int col, const char* column, int64_t lo, int64_t hi)
{
    if (!ok()) {
        return lo;
    }
    if (m_stmt.columnType(col) != SQLITE_INTEGER) {
        fail(column, std::string("must be an integer (found ") + typeName(m_stmt.columnType(col)) + ")");
        return lo;
    }
    const int64_t v = m_stmt.int64(col);
    if (v < lo || v > hi) {
        fail(column, std::to_string(v) + " is outside " + std::to_string(lo) + ".." + std::to_string(hi));
        return lo;
    }
    return v;
}

double RowReader::real(int col, const char* column, double lo, double hi)
{
    if (!ok()) {
        return lo;
    }
    const int type = m_stmt.columnType(col);
    if (type != SQLITE_FLOAT && type != SQLITE_INTEGER) {
        fail(column, std::string("must be a number (found ") + typeName(type) + ")");
        return lo;
    }
    const double v = m_stmt.real(col);
    if (!std::isfinite(v)) {
        fail(column, "must be a finite number");
        return lo;
    }
    if (v < lo || v > hi) {
        fail(column, formatExact(v) + " is outside " + formatExact(lo) + ".." + formatExact(hi));
        return lo;
    }
    return v;
}

std::optional<double> RowReader::optionalReal(int col, const char* column, double lo, double hi)
{
    if (m_stmt.columnType(col) == SQLITE_NULL) {
        return std::nullopt;
    }
    return real(col, column, lo, hi);
}

} // namespace kol
