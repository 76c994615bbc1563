#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace kol {

// A 64-bit FNV-1a hash, the same on every platform: fingerprints of what a plan was computed on
// (the catalog and the performance model), so that a stored plan can say when they changed.
class Fingerprint
{
public:
    void add(std::string_view bytes)
    {
        for (const char c : bytes) {
            m_hash = (m_hash ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
        }
        add(static_cast<uint64_t>(bytes.size())); // "ab"+"c" differs from "a"+"bc"
    }
    void add(uint64_t value)
    {
        for (int i = 0; i < 8; ++i) {
            m_hash = (m_hash ^ ((value >> (8 * i)) & 0xFF)) * 0x100000001B3ULL;
        }
    }
    void add(double value)
    {
        uint64_t bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        add(bits);
    }
    void add(float value) { add(static_cast<double>(value)); }
    uint64_t value() const { return m_hash; }
    // 16 hexadecimal digits.
    std::string hex() const
    {
        static const char digits[] = "0123456789abcdef";
        std::string out(16, '0');
        for (int i = 0; i < 16; ++i) {
            out[static_cast<size_t>(15 - i)] = digits[(m_hash >> (4 * i)) & 0xF];
        }
        return out;
    }

private:
    uint64_t m_hash = 0xCBF29CE484222325ULL;
};

} // namespace kol
