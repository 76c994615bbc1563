#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kol {

// A KOL size class: a KOL belongs to the largest tier whose threshold its followers reach.
struct TierDef
{
    std::string name;
    int64_t minFollowers = 0;

    bool operator==(const TierDef& o) const { return name == o.name && minFollowers == o.minFollowers; }
};

// The project's words: the channels, phases, KOL tiers and content formats that KOLs, posts and
// scenarios may name. Names are matched case-insensitively; the six default channels also
// accept their Chinese names, as agencies' spreadsheets often use them.
struct Vocabulary
{
    std::vector<std::string> channels;
    std::vector<std::string> phases;
    std::vector<TierDef> tiers; // ordered from the largest threshold down
    std::vector<std::string> formats;

    static Vocabulary defaults();

    std::optional<std::string> findChannel(std::string_view name) const;
    std::optional<std::string> findPhase(std::string_view name) const;
    std::optional<std::string> findFormat(std::string_view name) const;
    std::optional<std::string> findTier(std::string_view name) const;
    // The tier a follower count falls in, or nullopt when below every threshold.
    std::optional<std::string> tierFor(int64_t followers) const;
    std::vector<std::string> tierNames() const;

    // Keeps tiers sorted by threshold, largest first.
    void sortTiers();
};

// The key a content format takes in a CSV price column: "short video" -> "short_video".
std::string formatColumnKey(std::string_view format);
std::string toLowerAscii(std::string_view s);
std::string joinNames(const std::vector<std::string>& names, std::string_view sep = ", ");

} // namespace kol
