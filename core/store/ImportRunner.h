#pragma once

// The machinery shared by the KOL and post importers: header mapping, field parsing with
// precise messages, the transaction, error collection and progress.

#include "CatalogImport.h"
#include "SqliteDb.h"
#include "base/Numbers.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace kol {

class ProjectFile;

// A row error: which column, why, and of what kind (for counting: "not a number", "out of
// range", ...). Thrown nowhere; returned by the row handlers.
struct RowProblem
{
    std::string column;
    std::string reason;
    std::string kind;
};

// Typed access to one record's fields by column name, recording the first problem. Numbers are
// read as marketers write them (base/Numbers.h) in the file's style: the decimal mark of its
// delimiter; counts and prices with k, M, 万 multipliers; rates and shares with '%'.
class FieldReader
{
public:
    FieldReader(const std::vector<std::string>& fields, const std::map<std::string, size_t>& columns, char delimiter,
                const std::set<std::string>& percentColumns)
        : m_fields(fields)
        , m_columns(columns)
        , m_delimiter(delimiter)
        , m_percentColumns(percentColumns)
    {
    }

    bool has(const std::string& column) const { return m_columns.count(column) > 0; }
    // Trimmed UTF-8 text; empty allowed only when `required` is false.
    std::string text(const std::string& column, bool required = true, size_t maxBytes = 200);
    // A plain number.
    std::optional<double> number(const std::string& column, double lo, double hi, bool required = true);
    // A whole count ("1,250,000", "3.3k", "409.8M", "1.2万").
    std::optional<long long> integer(const std::string& column, long long lo, long long hi);
    // An amount of money (multipliers accepted, fractions too).
    std::optional<double> amount(const std::string& column, double lo, double hi, bool required = true);
    // A rate or share: "1.39%" is 0.0139. In a column where other rows are written with '%', a
    // value without one is ambiguous (is "0.76" 76% or 0.76%?) and refused, never guessed.
    std::optional<double> rate(const std::string& column, double lo, double hi);

    const std::optional<RowProblem>& problem() const { return m_problem; }
    void fail(const std::string& column, std::string reason, std::string kind = "invalid");

private:
    const std::string& raw(const std::string& column) const;
    std::optional<double> read(const std::string& column, double lo, double hi, bool required,
                               const NumberStyle& style);

    const std::vector<std::string>& m_fields;
    const std::map<std::string, size_t>& m_columns;
    char m_delimiter;
    const std::set<std::string>& m_percentColumns;
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
    // Returns a row problem, or a database failure as a RowProblem with an empty column. A row
    // that imports but deserves a second look adds a sentence to `warning`.
    virtual std::optional<RowProblem> handle(FieldReader& row, long long line, bool write, std::string& warning) = 0;
    // Columns of rates and shares, which may be written with '%' (the file is read once first to
    // know which of them are).
    virtual std::vector<std::string> rateColumns() const { return {}; }
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

// Parses a plain number the way a file with `delimiter` writes it: '.' decimals, or ',' decimals
// in a semicolon-separated file, with that style's thousands separators.
std::optional<double> parseNumber(std::string_view text, char delimiter);

} // namespace kol
