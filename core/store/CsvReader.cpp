#include "CsvReader.h"

namespace kol {

namespace {
constexpr size_t kBufferSize = 1 << 16;
constexpr size_t kMaxFieldBytes = 1 << 20; // a field larger than this is an error, not a memory spike
} // namespace

CsvReader::CsvReader(std::istream& in, std::string source)
    : m_in(in)
    , m_source(std::move(source))
    , m_buffer(kBufferSize)
{
    // A UTF-8 byte order mark, as spreadsheet programs write it, is not part of the first name.
    if (peek() == 0xEF) {
        const char bom[3] = {'\xEF', '\xBB', '\xBF'};
        bool isBom = true;
        for (int i = 0; i < 3 && isBom; ++i) {
            isBom = m_pos + static_cast<size_t>(i) < m_end && m_buffer[m_pos + static_cast<size_t>(i)] == bom[i];
        }
        if (isBom) {
            m_pos += 3;
        }
    }
    detectDelimiter();
    const Next n = next(m_header);
    m_headerOk = n == Next::Record;
    if (n == Next::End) {
        m_error = "the file is empty (no header line)";
    }
}

int CsvReader::peek()
{
    if (m_pos == m_end) {
        m_in.read(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
        m_end = static_cast<size_t>(m_in.gcount());
        m_pos = 0;
        if (m_end == 0) {
            return -1;
        }
    }
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

int CsvReader::get()
{
    const int c = peek();
    if (c >= 0) {
        ++m_pos;
        if (c == '\n') {
            ++m_line;
        }
    }
    return c;
}

// The header decides the delimiter: whichever of ',', ';' and tab occurs most outside quotes on
// the first line. The buffer already holds the first 64 KiB, enough for any real header.
void CsvReader::detectDelimiter()
{
    peek();
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (size_t i = m_pos; i < m_end; ++i) {
        const char c = m_buffer[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            break;
        } else if (!quoted) {
            commas += c == ',';
            semicolons += c == ';';
            tabs += c == '\t';
        }
    }
    m_delimiter = semicolons > commas && semicolons >= tabs ? ';' : (tabs > commas ? '\t' : ',');
}

CsvReader::Next CsvReader::next(std::vector<std::string>& fields)
{
    for (;;) {
        const Next n = readRecord(fields);
        if (n != Next::Record || !(fields.size() == 1 && fields[0].empty())) {
            return n;
        }
        // A blank line: skip it.
    }
}

CsvReader::Next CsvReader::readRecord(std::vector<std::string>& fields)
{
    fields.clear();
    m_error.clear();
    if (peek() < 0) {
        return Next::End;
    }
    m_recordLine = m_line;
    std::string field;
    enum class State { Start, Unquoted, Quoted, QuoteInQuoted } state = State::Start;
    long long quoteLine = m_line;

    auto endOfLine = [&](int c) {
        if (c == '\r' && peek() == '\n') {
            get();
        }
    };
    auto fail = [&](std::string why) {
        m_error = std::move(why);
        // Skip the rest of the physical line so that reading can resume at the next record.
        for (int c = get(); c >= 0 && c != '\n'; c = get()) { }
        return Next::Error;
    };

    for (;;) {
        const int c = get();
        if (field.size() > kMaxFieldBytes) {
            return fail("column " + std::to_string(fields.size() + 1) + " is longer than 1 MiB");
        }
        if (c < 0) {
            if (state == State::Quoted) {
                m_error = "a quoted field that starts on line " + std::to_string(quoteLine) + " is never closed";
                return Next::Error;
            }
            fields.push_back(std::move(field));
            return Next::Record;
        }
        switch (state) {
        case State::Start:
        case State::Unquoted:
            if (c == '"' && state == State::Start) {
                state = State::Quoted;
                quoteLine = m_line;
            } else if (c == m_delimiter) {
                fields.push_back(std::move(field));
                field.clear();
                state = State::Start;
            } else if (c == '\n' || c == '\r') {
                endOfLine(c);
                fields.push_back(std::move(field));
                return Next::Record;
            } else {
                field += static_cast<char>(c);
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == '"') {
                state = State::QuoteInQuoted;
            } else {
                field += static_cast<char>(c);
            }
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                field += '"';
                state = State::Quoted;
            } else if (c == m_delimiter) {
                fields.push_back(std::move(field));
                field.clear();
                state = State::Start;
            } else if (c == '\n' || c == '\r') {
                endOfLine(c);
                fields.push_back(std::move(field));
                return Next::Record;
            } else {
                return fail("column " + std::to_string(fields.size() + 1)
                            + ": text after a closing quote (a quote inside a quoted field must be doubled)");
            }
            break;
        }
    }
}

} // namespace kol
