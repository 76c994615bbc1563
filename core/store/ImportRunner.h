#pragma once

// The machinery shared by the KOL and post importers: header mapping, field parsing with
// precise messages, the transaction, error collection and progress.

#include "CatalogImport.h"
#include "SqliteDb.h"

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace kol {

class ProjectFile;

// A row error: which column and why. Thrown nowhere; returned by the row handlers.
struct RowProblem
{
    std::string column;
    std::string reason;
};

// Typed access to one record's fields by column name, recording the first problem.
class FieldReader
{
public:
    FieldReader(const std::vector<std::string>& fields, const std::map<std::string, size_t>& columns, char delimiter)
        : m_fields(fields)
        , m_columns(columns)
        , m_delimiter(delimiter)
    {
    }

    bool has(const std::string& column) const { return m_columns.count(column) > 0; }
    // Trimmed UTF-8 text; empty allowed only when `required` is false.
    std::string text(const std::string& column, bool required = true, size_t maxBytes = 200);
    std::optional<double> number(const std::string& column, double lo, double hi, bool required = true);
    std::optional<long long> integer(const std::string& column, long long lo, long long hi);

    const std::optional<RowProblem>& problem() const { return m_problem; }
    void fail(const std::string& column, std::string reason);

private:
    const std::string& raw(const std::string& column) const;

    const std::vector<std::string>& m_fields;
    const std::map<std::string, size_t>& m_columns;
    char m_delimiter;
    std::optional<RowProblem> m_problem;
};

// One kind of import: says which columns it takes and writes one validated row.
class RowHandler
{
public:
    virtual ~RowHandler() = default;
    virtual std::vector<std::string> requiredColumns() const = 0;
    virtual bool acceptsColumn(const std::string& column) const = 0;
    // Checks the header as a whole (after required/unknown columns were checked).
    virtual Status checkHeader(const std::map<std::string, size_t>&) { return Status::success(); }
    virtual Status prepare(Database& db) = 0;
    // Validates one record; when `write` is true, also stores it (and counts it in `written`).
    // Returns a row problem, or a database failure as a RowProblem with an empty column.
    virtual std::optional<RowProblem> handle(FieldReader& row, long long line, bool write) = 0;
    // The table the rows go to, to count how many were new.
    virtual const char* table() const = 0;

    long long written = 0;

protected:
    // Remembers an id; fails the row when the file already had it.
    void remember(FieldReader& row, const std::string& column, const std::string& id, long long line);

private:
    std::unordered_map<std::string, long long> m_seen;
};

Result<ImportReport> runImport(ProjectFile& project, const std::string& csvPath, const ImportOptions& options,
                               RowHandler& handler);

// Parses a number the way spreadsheets write it: '.' decimals, or ',' decimals in a
// semicolon-separated file; no thousands separators.
std::optional<double> parseNumber(std::string_view text, char delimiter);

} // namespace kol
