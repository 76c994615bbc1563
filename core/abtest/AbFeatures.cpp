#include "AbFeatures.h"

#include <cmath>
#include <cstdint>
#include <map>

namespace kol {

namespace {
uint64_t fnv1a(const std::string& s)
{
    uint64_t h = 1469598103934665603ULL;
    for (const unsigned char c : s) {
        h = (h ^ c) * 1099511628211ULL;
    }
    return h;
}

// The text's code points as UTF-8 strings (an invalid byte stands alone).
std::vector<std::string> codePoints(const std::string& text)
{
    std::vector<std::string> out;
    for (size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
        out.push_back(text.substr(i, std::min(n, text.size() - i)));
        i += n;
    }
    return out;
}

void normalise(std::vector<double>& v, size_t from, size_t to)
{
    double norm = 0;
    for (size_t k = from; k < to; ++k) {
        norm += v[k] * v[k];
    }
    norm = std::sqrt(norm);
    for (size_t k = from; k < to && norm > 0; ++k) {
        v[k] /= norm;
    }
}
} // namespace

std::vector<std::vector<double>> abSegmentFeatures(const AbTest& test)
{
    std::map<std::string, size_t> index;
    std::vector<std::vector<std::string>> keys;
    for (const AbSegment& s : test.segments) {
        std::vector<std::string> k;
        for (const std::string& key : {"c:" + s.channel, "t:" + s.tier, "a:" + s.ageBand}) {
            if (key.size() > 2) {
                k.push_back(key);
            }
        }
        for (const auto& tag : s.interests) {
            k.push_back("i:" + tag);
        }
        for (const auto& key : k) {
            index.emplace(key, index.size() + 1);
        }
        keys.push_back(std::move(k));
    }
    std::vector<std::vector<double>> out;
    for (const auto& k : keys) {
        std::vector<double> f(index.size() + 1, 0.0);
        f[0] = 1;
        for (const auto& key : k) {
            f[index.at(key)] = 1;
        }
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<double> abTextFeatures(const std::string& text, int buckets)
{
    const auto b = static_cast<size_t>(std::max(1, buckets));
    std::vector<double> f(2 * b, 0.0);
    std::vector<std::string> words;
    std::string word;
    for (const std::string& cp : codePoints(text + " ")) {
        const bool separator = cp.size() == 1 && !std::isalnum(static_cast<unsigned char>(cp[0]));
        if (separator) {
            if (!word.empty()) {
                words.push_back(word);
                word.clear();
            }
        } else {
            word += cp.size() == 1 ? std::string(1, static_cast<char>(std::tolower(static_cast<unsigned char>(cp[0]))))
                                   : cp;
        }
    }
    for (size_t i = 0; i < words.size(); ++i) {
        f[fnv1a("w:" + words[i]) % b] += 1;
        if (i + 1 < words.size()) {
            f[fnv1a("b:" + words[i] + " " + words[i + 1]) % b] += 1;
        }
    }
    const auto cps = codePoints(text);
    for (size_t i = 0; i + 3 <= cps.size(); ++i) {
        f[b + fnv1a(cps[i] + cps[i + 1] + cps[i + 2]) % b] += 1;
    }
    normalise(f, 0, b);
    normalise(f, b, 2 * b);
    return f;
}

} // namespace kol
