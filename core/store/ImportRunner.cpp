#include "ImportRunner.h"

#include "CsvReader.h"
#include "ProjectFile.h"
#include "RowReader.h"
#include "base/Text.h"
#include "model/Vocabulary.h"

#include <cmath>
#include <fstream>
#include <set>

namespace kol {

namespace {
std::string trim(std::string_view s)
{
    size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t')) {
        ++b;
    }
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) {
        --e;
    }
    return std::string(s.substr(b, e - b));
}

std::string baseName(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}
} // namespace

NumberStyle styleOf(char delimiter)
{
    NumberStyle style;
    style.decimalMark = delimiter == ';' ? ',' : '.';
    return style;
}

std::optional<double> parseNumber(std::string_view text, char delimiter)
{
    return parseMarketNumber(text, styleOf(delimiter));
}

const std::string& FieldReader::raw(const std::string& column) const
{
    return m_fields[m_columns.at(column)];
}

void FieldReader::fail(const std::string& column, std::string reason, std::string kind)
{
    if (!m_problem) {
        m_problem = RowProblem{column, std::move(reason), std::move(kind)};
    }
}

std::string FieldReader::text(const std::string& column, bool required, size_t maxBytes)
{
    if (!has(column)) {
        return {};
    }
    std::string v = trim(raw(column));
    if (!isValidUtf8(v)) {
        fail(column, "is not valid UTF-8 text (save the file as UTF-8)", "not UTF-8");
    } else if (v.size() > maxBytes) {
        fail(column, "is longer than " + std::to_string(maxBytes) + " bytes", "too long");
    } else if (required && v.empty()) {
        fail(column, "is empty", "empty");
    } else {
        return v;
    }
    return {};
}

std::optional<double> FieldReader::read(const std::string& column, double lo, double hi, bool required,
                                        const NumberStyle& style)
{
    if (!has(column)) {
        return std::nullopt;
    }
    const std::string& text = raw(column);
    if (trim(text).empty()) {
        if (required) {
            fail(column, "is empty", "empty");
        }
        return std::nullopt;
    }
    const auto v = parseMarketNumber(text, style);
    if (!v) {
        fail(column, quoteValue(text) + " is not a number", "not a number");
    } else if (*v < lo || *v > hi) {
        fail(column, formatExact(*v) + " is outside " + formatExact(lo) + ".." + formatExact(hi), "out of range");
    } else {
        return v;
    }
    return std::nullopt;
}

std::optional<double> FieldReader::number(const std::string& column, double lo, double hi, bool required)
{
    return read(column, lo, hi, required, styleOf(m_delimiter));
}

std::optional<double> FieldReader::amount(const std::string& column, double lo, double hi, bool required)
{
    NumberStyle style = styleOf(m_delimiter);
    style.allowMultiplier = true;
    return read(column, lo, hi, required, style);
}

std::optional<long long> FieldReader::integer(const std::string& column, long long lo, long long hi)
{
    const auto v = amount(column, static_cast<double>(lo), static_cast<double>(hi));
    if (v && std::floor(*v) != *v) {
        fail(column, formatExact(*v) + " is not a whole number", "not whole");
        return std::nullopt;
    }
    return v ? std::optional<long long>(static_cast<long long>(*v)) : std::nullopt;
}

std::optional<double> FieldReader::rate(const std::string& column, double lo, double hi)
{
    if (!has(column)) {
        return std::nullopt;
    }
    const std::string& text = raw(column);
    if (m_percentColumns.count(column) && !trim(text).empty() && !hasPercentSign(text)) {
        fail(column,
             quoteValue(text) + " has no % sign while other rows of this column are percentages; write " + trim(text)
                 + "% if that is the rate, or convert the column",
             "ambiguous percentage");
        return std::nullopt;
    }
    NumberStyle style = styleOf(m_delimiter);
    style.allowPercent = true;
    return read(column, lo, hi, true, style);
}

void RowHandler::remember(FieldReader& row, const std::string& column, const std::string& id, long long line)
{
    const auto [it, fresh] = m_seen.emplace(id, line);
    if (!fresh) {
        row.fail(column, quoteValue(id) + " appears twice (first on line " + std::to_string(it->second) + ")",
                 "duplicate id");
    }
}

Result<ImportReport> runImport(ProjectFile& project, const std::string& csvPath, const ImportOptions& options,
                               RowHandler& handler)
{
    using R = Result<ImportReport>;
    const std::string name = baseName(csvPath);
    if (project.readOnly()) {
        return R::failure(project.path() + ": is open read-only");
    }
    std::ifstream in(csvPath, std::ios::binary);
    if (!in) {
        return R::failure(csvPath + ": cannot be read (no such file, or permission denied)");
    }
    CsvReader csv(in, name);
    if (!csv.headerOk()) {
        return R::failure(name + ":1: " + csv.error());
    }

    // Header: normalised names, each known, none twice, every required one present.
    std::map<std::string, size_t> columns;
    for (size_t i = 0; i < csv.header().size(); ++i) {
        const std::string col = toLowerAscii(trim(csv.header()[i]));
        if (col.empty()) {
            return R::failure(name + ":1: column " + std::to_string(i + 1) + " has no name");
        }
        if (!handler.acceptsColumn(col)) {
            return R::failure(name + ":1: unknown column " + quoteValue(col) + " (expected: "
                              + joinNames(handler.requiredColumns()) + ", and the optional ones in the README)");
        }
        if (!columns.emplace(col, i).second) {
            return R::failure(name + ":1: column " + quoteValue(col) + " appears twice");
        }
    }
    for (const auto& required : handler.requiredColumns()) {
        if (!columns.count(required)) {
            return R::failure(name + ":1: missing column " + quoteValue(required, 100));
        }
    }
    if (Status s = handler.checkHeader(columns); !s) {
        return R::failure(name + ":1: " + s.message());
    }

    // Which rate columns hold percentages anywhere in the file: a first reading of it.
    std::set<std::string> percentColumns;
    {
        std::ifstream again(csvPath, std::ios::binary);
        CsvReader scan(again, name);
        std::vector<std::string> fields;
        std::vector<std::pair<std::string, size_t>> rates;
        for (const std::string& column : handler.rateColumns()) {
            if (const auto it = columns.find(column); it != columns.end()) {
                rates.emplace_back(column, it->second);
            }
        }
        for (CsvReader::Next n; !rates.empty() && (n = scan.next(fields)) != CsvReader::Next::End;) {
            for (const auto& [column, at] : rates) {
                if (n == CsvReader::Next::Record && at < fields.size() && hasPercentSign(fields[at])) {
                    percentColumns.insert(column);
                }
            }
        }
    }

    Database& db = project.database();
    Transaction tx(db);
    if (!tx.status()) {
        return R::failure(project.path() + ": " + tx.status().message());
    }
    auto before = db.scalar(std::string("SELECT count(*) FROM ") + handler.table());
    if (Status s = before ? handler.prepare(db) : before.status(); !s) {
        return R::failure(project.path() + ": " + s.message());
    }

    ImportReport report;
    auto problem = [&](long long line, const std::string& text, const std::string& kind) {
        ++report.badRows;
        ++report.problemCounts[kind];
        if (report.problems.size() < options.maxListedProblems) {
            report.problems.push_back(name + ":" + std::to_string(line) + ": " + text);
        }
    };
    std::vector<std::string> fields;
    for (;;) {
        const CsvReader::Next n = csv.next(fields);
        if (n == CsvReader::Next::End) {
            break;
        }
        ++report.rowsRead;
        if (options.progress && report.rowsRead % 5000 == 0 && !options.progress(report.rowsRead)) {
            report.cancelled = true;
            return report; // the transaction rolls back
        }
        if (n == CsvReader::Next::Error) {
            problem(csv.line(), csv.error(), "unreadable CSV");
            continue;
        }
        if (fields.size() != columns.size()) {
            problem(csv.line(),
                    "expected " + std::to_string(columns.size()) + " fields, found " + std::to_string(fields.size()),
                    "wrong number of fields");
            continue;
        }
        FieldReader row(fields, columns, csv.delimiter(), percentColumns);
        // Once a row is bad and bad rows are not skipped, nothing will be written: only check.
        const bool write = report.badRows == 0 || options.skipBadRows;
        std::string warning;
        if (auto p = handler.handle(row, csv.line(), write, warning)) {
            if (p->column.empty()) {
                return R::failure(project.path() + ": " + p->reason);
            }
            problem(csv.line(), "column " + quoteValue(p->column, 100) + ": " + p->reason, p->column + ": " + p->kind);
        } else if (!warning.empty()) {
            ++report.warningRows;
            if (report.warnings.size() < options.maxListedProblems) {
                report.warnings.push_back(name + ":" + std::to_string(csv.line()) + ": " + warning);
            }
        }
    }
    if (report.badRows > 0 && !options.skipBadRows) {
        return report;
    }
    auto after = db.scalar(std::string("SELECT count(*) FROM ") + handler.table());
    if (!after) {
        return R::failure(project.path() + ": " + after.error());
    }
    report.added = *after - *before;
    report.updated = handler.written - report.added;
    if (Status s = tx.commit(); !s) {
        return R::failure(project.path() + ": " + s.message());
    }
    report.committed = true;
    return report;
}

} // namespace kol
