#pragma once

#include <istream>
#include <memory>
#include <string>
#include <vector>

namespace kol {

// A streaming RFC 4180 reader: quoted fields with doubled quotes and embedded line breaks,
// CRLF or LF, an optional UTF-8 BOM, and a delimiter (comma, semicolon or tab) detected from the
// header line. It holds one buffer and one record at a time, so files of any size stream.
class CsvReader
{
public:
    enum class Next { Record, End, Error };

    // Reads the header line. `source` names the input in messages (the file name).
    CsvReader(std::istream& in, std::string source);

    const std::string& source() const { return m_source; }
    const std::vector<std::string>& header() const { return m_header; }
    char delimiter() const { return m_delimiter; }
    // False when the header itself could not be read; error() says why.
    bool headerOk() const { return m_headerOk; }

    // Reads the next record. On Error, error() says why and the reader has skipped to the next
    // line, so reading can go on. Blank lines are skipped.
    Next next(std::vector<std::string>& fields);
    // The physical line on which the last record (or error) started, 1-based.
    long long line() const { return m_recordLine; }
    const std::string& error() const { return m_error; }

private:
    int get();
    int peek();
    Next readRecord(std::vector<std::string>& fields);
    void detectDelimiter();

    std::istream& m_in;
    std::string m_source;
    std::vector<char> m_buffer;
    size_t m_pos = 0;
    size_t m_end = 0;
    long long m_line = 1;
    long long m_recordLine = 0;
    char m_delimiter = ',';
    bool m_headerOk = false;
    std::vector<std::string> m_header;
    std::string m_error;
};

} // namespace kol
