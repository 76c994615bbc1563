#include "AbDraft.h"

#include "base/Numbers.h"
#include "base/Text.h"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <numeric>
#include <set>

namespace kol {

namespace {
using Json = nlohmann::json;

// `text` cut to at most `bytes` bytes without splitting a UTF-8 character.
std::string cut(std::string text, size_t bytes)
{
    if (text.size() <= bytes) {
        return text;
    }
    size_t end = bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
        --end;
    }
    text.resize(end);
    return text;
}

std::string portrait(const AbSegment& s)
{
    std::string out = s.name;
    std::vector<std::string> parts;
    if (!s.channel.empty()) {
        parts.push_back("channel " + s.channel);
    }
    if (!s.tier.empty()) {
        parts.push_back("KOL tier " + s.tier);
    }
    if (!s.ageBand.empty()) {
        parts.push_back("age " + s.ageBand);
    }
    if (!s.interests.empty()) {
        std::string tags;
        for (const auto& i : s.interests) {
            tags += (tags.empty() ? "" : ", ") + i;
        }
        parts.push_back("interests: " + tags);
    }
    for (size_t i = 0; i < parts.size(); ++i) {
        out += (i == 0 ? " (" : "; ") + parts[i];
    }
    return out + (parts.empty() ? "" : ")");
}

std::string variantText(const AbVariant& v)
{
    std::string out;
    const std::pair<const char*, const std::string*> fields[]
        = {{"headline", &v.headline}, {"copy", &v.copy}, {"cover", &v.cover}, {"call to action", &v.callToAction}};
    for (const auto& [label, value] : fields) {
        if (!value->empty()) {
            out += fmt::format("   {}: {}\n", label, *value);
        }
    }
    return out.empty() ? "   (no text)\n" : out;
}

// Where the bracket opened at `open` closes (skipping brackets inside JSON strings), or npos.
size_t matchingBracket(const std::string& text, size_t open)
{
    int depth = 0;
    bool inString = false;
    for (size_t i = open; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[') {
            ++depth;
        } else if (c == ']' && --depth == 0) {
            return i;
        }
    }
    return std::string::npos;
}

// The JSON array of objects in a reply, after any reasoning block: the first '[' whose matching
// ']' closes a parseable array of objects (words around it may hold brackets of their own). At
// most kTries starts are tried, so a long reply costs a few scans, not one per bracket.
Json arrayIn(std::string reply)
{
    constexpr int kTries = 64;
    const size_t think = reply.rfind("</think>");
    if (think != std::string::npos) {
        reply = reply.substr(think + 8);
    }
    size_t open = reply.find('[');
    for (int tries = 0; open != std::string::npos && tries < kTries; ++tries) {
        const size_t close = matchingBracket(reply, open);
        if (close != std::string::npos) {
            Json array = Json::parse(reply.substr(open, close - open + 1), nullptr, false);
            if (array.is_array() && !array.empty() && array[0].is_object()) {
                return array;
            }
        }
        open = reply.find('[', open + 1);
    }
    return Json();
}

// A field's text: control characters other than tab and newline dropped, white space trimmed at
// both ends, cut to kMaxAbText bytes at a character boundary.
std::string field(const Json& o, std::initializer_list<const char*> keys)
{
    for (const char* k : keys) {
        const auto it = o.find(k);
        if (it == o.end() || !it->is_string()) {
            continue;
        }
        std::string text;
        for (const char c : it->get_ref<const std::string&>()) {
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t') {
                text += c;
            }
        }
        const size_t first = text.find_first_not_of(" \t\r\n");
        if (first == std::string::npos) {
            return {};
        }
        text = text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
        return cut(std::move(text), kMaxAbText);
    }
    return {};
}
} // namespace

Result<std::pair<std::string, std::string>> abDraftPrompt(const AbTest& test, const AbDraftAsk& ask)
{
    using R = Result<std::pair<std::string, std::string>>;
    const int s = test.segmentIndex(ask.segment);
    if (s < 0) {
        std::string names;
        for (const auto& seg : test.segments) {
            names += (names.empty() ? "" : ", ") + quoteValue(seg.name, 60);
        }
        return R::failure("segment: " + quoteValue(ask.segment, 80) + " is not a segment of A/B test "
                          + quoteValue(test.name, 80) + " (" + names + ")");
    }
    if (ask.count < 1 || ask.count > kMaxAbDrafts) {
        return R::failure("count: drafts per request must be 1 to " + std::to_string(kMaxAbDrafts) + ", not "
                          + std::to_string(ask.count));
    }
    const std::string metric = ask.metric == AbMetric::Clicks ? "click-through rate" : "conversion rate";
    const std::string system = fmt::format(
        "You write variants of a social media post for a brand's campaign with KOLs (influencers). Each variant "
        "has a headline, a copy (the post's text, at most three sentences), a cover text (a few words on the "
        "cover image) and a call to action. Write in the language of the brief. Reply with a JSON array only, "
        "no other text: [{{\"headline\": \"...\", \"copy\": \"...\", \"cover\": \"...\", "
        "\"call_to_action\": \"...\"}}]. The variants are tested against each other by {}.",
        metric);

    std::string user = "Brief: " + (test.brief.empty() ? std::string("(none given)") : test.brief) + "\n";
    user += "Audience segment: " + portrait(test.segments[static_cast<size_t>(s)]) + "\n";
    std::vector<size_t> order(test.variants.size());
    std::iota(order.begin(), order.end(), 0);
    std::vector<AbCell> cells;
    if (!test.results.empty()) {
        AbOptions o;
        o.metric = ask.metric;
        auto r = recommendAb(test, "thompson", o);
        if (!r) {
            return R::failure(r.error());
        }
        cells = r->cells[static_cast<size_t>(s)];
        // Tested variants first (an untested one's estimate is the prior's), best first.
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            const bool ta = cells[a].impressions > 0, tb = cells[b].impressions > 0;
            return ta != tb ? ta : cells[a].rate > cells[b].rate;
        });
        user += fmt::format("The best variants so far for this segment, best first ({} per impression, 95% "
                            "interval):\n",
                            metric);
        order.resize(std::min<size_t>(order.size(), kAbDraftExamples));
    } else {
        user += "The variants so far (not yet tested):\n";
    }
    for (size_t k = 0; k < order.size(); ++k) {
        const AbVariant& v = test.variants[order[k]];
        user += fmt::format("{}. {}", k + 1, v.name);
        if (!cells.empty()) {
            const AbCell& c = cells[order[k]];
            user += fmt::format(" - {} impressions, rate {:.2f}% ({:.2f}% to {:.2f}%)", c.impressions, 100 * c.rate,
                                100 * c.low, 100 * c.high);
        }
        user += "\n" + variantText(v);
    }
    user += fmt::format("Write {} new variant{} for this segment that could beat {}. Each must differ from the "
                        "variants above.",
                        ask.count, ask.count == 1 ? "" : "s", cells.empty() ? "these" : "the best one");
    return std::make_pair(system, user);
}

Result<std::vector<AbVariant>> abReadDrafts(const std::string& reply, const AbTest& test, int count)
{
    using R = Result<std::vector<AbVariant>>;
    const Json array = arrayIn(reply);
    if (!array.is_array()) {
        return R::failure("the model's reply holds no JSON array of variants: " + quoteValue(reply, 160));
    }
    std::set<std::string> taken;
    std::set<std::pair<std::string, std::string>> texts; // (headline, copy) already in the test
    for (const auto& v : test.variants) {
        taken.insert(v.name);
        texts.insert({v.headline, v.copy});
    }
    std::vector<AbVariant> drafts;
    int number = 1;
    for (const Json& item : array) {
        if (static_cast<int>(drafts.size()) >= count || !item.is_object()) {
            continue;
        }
        AbVariant v;
        v.headline = field(item, {"headline", "title"});
        v.copy = field(item, {"copy", "text", "body"});
        v.cover = field(item, {"cover", "cover_text"});
        v.callToAction = field(item, {"call_to_action", "cta", "callToAction"});
        // Without text, or the same headline and copy as a variant or an earlier draft: left out.
        if ((v.headline.empty() && v.copy.empty()) || !texts.insert({v.headline, v.copy}).second) {
            continue;
        }
        while (taken.count("Draft " + std::to_string(number))) {
            ++number;
        }
        v.name = "Draft " + std::to_string(number);
        taken.insert(v.name);
        drafts.push_back(std::move(v));
    }
    if (drafts.empty()) {
        return R::failure("the model's reply has no new variant with a headline or a copy: " + quoteValue(reply, 160));
    }
    return drafts;
}

} // namespace kol
