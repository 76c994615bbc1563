#include "AbTest.h"

#include "Vocabulary.h"
#include "base/Text.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace kol {

int AbTest::variantIndex(const std::string& n) const
{
    for (size_t i = 0; i < variants.size(); ++i) {
        if (variants[i].name == n) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int AbTest::segmentIndex(const std::string& n) const
{
    for (size_t i = 0; i < segments.size(); ++i) {
        if (segments[i].name == n) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int AbTest::lastRound() const
{
    int last = 0;
    for (const AbResult& r : results) {
        last = std::max(last, r.round);
    }
    return last;
}

namespace {
void checkText(std::vector<ValidationError>& out, const std::string& field, const std::string& text, size_t max,
               bool required)
{
    if (required && text.empty()) {
        out.push_back({field, "must not be empty"});
    } else if (text.size() > max) {
        out.push_back({field, "is longer than " + std::to_string(max) + " bytes"});
    } else if (!isValidUtf8(text)) {
        out.push_back({field, "is not valid UTF-8 text"});
    }
}
} // namespace

std::vector<ValidationError> AbTest::validate(const Vocabulary& vocabulary) const
{
    std::vector<ValidationError> out;
    checkText(out, "name", name, 200, true);
    checkText(out, "brief", brief, kMaxAbText, false);
    if (variants.size() < 2 || variants.size() > static_cast<size_t>(kMaxAbVariants)) {
        out.push_back({"variants",
                       "a test needs 2 to " + std::to_string(kMaxAbVariants) + " variants (has "
                           + std::to_string(variants.size()) + ")"});
    }
    std::set<std::string> names;
    for (size_t i = 0; i < variants.size(); ++i) {
        const AbVariant& v = variants[i];
        const std::string field = "variants[" + (v.name.empty() ? std::to_string(i + 1) : v.name) + "]";
        checkText(out, field + ".name", v.name, 100, true);
        if (!v.name.empty() && !names.insert(v.name).second) {
            out.push_back({field + ".name", "another variant has this name"});
        }
        for (const auto& [part, text] :
             {std::pair{".headline", &v.headline}, std::pair{".copy", &v.copy}, std::pair{".cover", &v.cover},
              std::pair{".call_to_action", &v.callToAction}}) {
            checkText(out, field + part, *text, kMaxAbText, false);
        }
    }
    if (segments.empty() || segments.size() > static_cast<size_t>(kMaxAbSegments)) {
        out.push_back({"segments",
                       "a test needs 1 to " + std::to_string(kMaxAbSegments) + " segments (has "
                           + std::to_string(segments.size()) + ")"});
    }
    names.clear();
    const auto tiers = vocabulary.tierNames();
    for (size_t i = 0; i < segments.size(); ++i) {
        const AbSegment& s = segments[i];
        const std::string field = "segments[" + (s.name.empty() ? std::to_string(i + 1) : s.name) + "]";
        checkText(out, field + ".name", s.name, 100, true);
        if (!s.name.empty() && !names.insert(s.name).second) {
            out.push_back({field + ".name", "another segment has this name"});
        }
        if (!s.channel.empty()
            && std::find(vocabulary.channels.begin(), vocabulary.channels.end(), s.channel)
                == vocabulary.channels.end()) {
            out.push_back({field + ".channel", quoteValue(s.channel, 100) + " is not a channel of the project"});
        }
        if (!s.tier.empty() && std::find(tiers.begin(), tiers.end(), s.tier) == tiers.end()) {
            out.push_back({field + ".tier", quoteValue(s.tier, 100) + " is not a tier of the project"});
        }
        checkText(out, field + ".age_band", s.ageBand, 40, false);
        if (s.interests.size() > static_cast<size_t>(kMaxAbInterests)) {
            out.push_back({field + ".interests", "at most " + std::to_string(kMaxAbInterests) + " tags"});
        }
        for (const auto& tag : s.interests) {
            checkText(out, field + ".interests", tag, 100, true);
            if (tag.find(',') != std::string::npos) {
                out.push_back({field + ".interests", quoteValue(tag, 100) + ": a tag must not contain a comma"});
            }
        }
    }
    std::set<std::tuple<int, std::string, std::string>> seen;
    for (const AbResult& r : results) {
        const std::string field
            = "results[round " + std::to_string(r.round) + ", " + r.variant + ", " + r.segment + "]";
        if (r.round < 1 || r.round > kMaxAbRounds) {
            out.push_back({field + ".round", "must be 1 to " + std::to_string(kMaxAbRounds)});
        }
        if (variantIndex(r.variant) < 0) {
            out.push_back({field + ".variant", quoteValue(r.variant, 100) + " is not a variant of the test"});
        }
        if (segmentIndex(r.segment) < 0) {
            out.push_back({field + ".segment", quoteValue(r.segment, 100) + " is not a segment of the test"});
        }
        if (r.impressions < 0 || r.clicks < 0 || r.conversions < 0) {
            out.push_back({field, "counts must not be negative"});
        } else if (r.impressions > kMaxAbCount) {
            out.push_back({field + ".impressions", "more than " + std::to_string(kMaxAbCount)});
        } else if (r.clicks > r.impressions) {
            out.push_back({field + ".clicks", "more clicks than impressions"});
        } else if (r.conversions > r.clicks) {
            out.push_back({field + ".conversions", "more conversions than clicks"});
        }
        if (!seen.insert({r.round, r.variant, r.segment}).second) {
            out.push_back({field, "given twice"});
        }
    }
    return out;
}

} // namespace kol
