#include "Vocabulary.h"

#include <algorithm>
#include <utility>

namespace kol {

namespace {
std::optional<std::string> findIn(const std::vector<std::string>& names, std::string_view name)
{
    const std::string wanted = toLowerAscii(name);
    for (const auto& n : names) {
        if (toLowerAscii(n) == wanted) {
            return n;
        }
    }
    return std::nullopt;
}

const std::pair<const char*, const char*> kChannelAliases[] = {
    {"抖音", "Douyin"},   {"小红书", "Xiaohongshu"}, {"微博", "Weibo"},        {"微信", "WeChat"},
    {"公众号", "WeChat"}, {"快手", "Kuaishou"},      {"哔哩哔哩", "Bilibili"}, {"B站", "Bilibili"},
};
} // namespace

std::string toLowerAscii(std::string_view s)
{
    std::string out(s);
    for (auto& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

std::string joinNames(const std::vector<std::string>& names, std::string_view sep)
{
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) {
            out += sep;
        }
        out += names[i];
    }
    return out;
}

std::string formatColumnKey(std::string_view format)
{
    std::string key;
    for (char c : toLowerAscii(format)) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) >= 0x80);
        key += alnum ? c : '_';
    }
    return key;
}

Vocabulary Vocabulary::defaults()
{
    Vocabulary v;
    v.channels = {"Douyin", "Xiaohongshu", "Weibo", "WeChat", "Kuaishou", "Bilibili"};
    v.phases = {"Warm-up", "Launch", "Sustain"};
    v.tiers = {{"Head", 1000000}, {"Mid", 100000}, {"Tail", 10000}, {"KOC", 0}};
    v.formats = {"image-text", "short video", "live stream"};
    return v;
}

std::optional<std::string> Vocabulary::findChannel(std::string_view name) const
{
    if (auto found = findIn(channels, name)) {
        return found;
    }
    for (const auto& [alias, canonical] : kChannelAliases) {
        if (name == alias) {
            return findIn(channels, canonical);
        }
    }
    return std::nullopt;
}

std::optional<std::string> Vocabulary::findPhase(std::string_view name) const
{
    return findIn(phases, name);
}

std::optional<std::string> Vocabulary::findFormat(std::string_view name) const
{
    if (auto found = findIn(formats, name)) {
        return found;
    }
    // "short_video" and "short video" name the same format.
    for (const auto& f : formats) {
        if (formatColumnKey(f) == formatColumnKey(name)) {
            return f;
        }
    }
    return std::nullopt;
}

std::optional<std::string> Vocabulary::findTier(std::string_view name) const
{
    return findIn(tierNames(), name);
}

std::optional<std::string> Vocabulary::tierFor(int64_t followers) const
{
    for (const auto& t : tiers) {
        if (followers >= t.minFollowers) {
            return t.name;
        }
    }
    return std::nullopt;
}

std::vector<std::string> Vocabulary::tierNames() const
{
    std::vector<std::string> names;
    for (const auto& t : tiers) {
        names.push_back(t.name);
    }
    return names;
}

void Vocabulary::sortTiers()
{
    std::stable_sort(tiers.begin(), tiers.end(),
                     [](const TierDef& a, const TierDef& b) { return a.minFollowers > b.minFollowers; });
}

} // namespace kol
