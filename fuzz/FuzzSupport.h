#pragma once

// Shared by the fuzz targets: a private scratch folder and a check that stops the run with the
// broken promise named, so that a violated invariant is a finding like a crash.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>

namespace kol::fuzz {

// A folder of this process's own, in memory where the system has /dev/shm; removed at exit.
class Scratch
{
public:
    Scratch()
    {
        const std::filesystem::path base
            = std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : std::filesystem::temp_directory_path();
        std::string pattern = (base / "kolplanner-fuzz-XXXXXX").string();
        if (!mkdtemp(pattern.data())) {
            std::perror("mkdtemp");
            std::abort();
        }
        m_path = pattern;
    }
    ~Scratch() { std::filesystem::remove_all(m_path); }
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

inline const std::string& scratch()
{
    static const Scratch folder;
    return folder.path();
}

inline std::string scratchFile(const std::string& name)
{
    return scratch() + "/" + name;
}

inline void writeBytes(const std::string& path, const uint8_t* data, size_t size)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

inline std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

[[noreturn]] inline void broken(const char* promise, const std::string& detail)
{
    std::fprintf(stderr, "broken promise: %s\n  %s\n", promise, detail.c_str());
    std::abort();
}

#define KOL_FUZZ_CHECK(condition, detail)                                                                              \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            ::kol::fuzz::broken(#condition, (detail));                                                                 \
        }                                                                                                              \
    } while (false)

} // namespace kol::fuzz
