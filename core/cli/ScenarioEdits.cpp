// The options of `scenario new` and `scenario set`, applied to a Scenario in memory. The caller
// validates and saves, so a bad option changes nothing.
#include "CliCommon.h"
#include "base/Amount.h"
#include "base/Numbers.h"
#include "base/Text.h"
#include "model/Scenario.h"
#include "model/Vocabulary.h"

namespace kol {

namespace {
Status optionError(const std::string& option, const std::string& message)
{
    return Status::failure("--" + option + ": " + message);
}

// Resolves names against the project's vocabulary (case-insensitive), naming the option on error.
Result<std::string> resolve(const std::string& option, const std::string& name, const Vocabulary& v, const char* kind)
{
    std::optional<std::string> found;
    std::vector<std::string> known;
    if (std::string(kind) == "channel") {
        found = v.findChannel(name), known = v.channels;
    } else if (std::string(kind) == "phase") {
        found = v.findPhase(name), known = v.phases;
    } else if (std::string(kind) == "tier") {
        found = v.findTier(name), known = v.tierNames();
    } else {
        found = v.findFormat(name), known = v.formats;
    }
    if (!found) {
        return optionError(option,
                           "'" + name + "' is not a " + kind + " of this project (" + joinNames(known)
                               + "; add one with 'kolplanner-cli vocab add')");
    }
    return *found;
}

Result<std::vector<std::string>> resolveList(const std::string& option, const std::string& text, const Vocabulary& v,
                                             const char* kind)
{
    std::vector<std::string> names;
    for (const auto& item : splitList(text)) {
        auto r = resolve(option, item, v, kind);
        if (!r) {
            return r.status();
        }
        names.push_back(r.take());
    }
    return names;
}

Result<std::pair<std::string, std::string>> keyValue(const std::string& option, const std::string& item)
{
    const auto eq = item.find('=');
    if (eq == std::string::npos || eq == 0) {
        return optionError(option, "'" + item + "' is not of the form NAME=VALUE");
    }
    return std::make_pair(item.substr(0, eq), item.substr(eq + 1));
}

Status applyPhases(Scenario& s, const std::string& text, const Vocabulary& v)
{
    std::vector<PhaseWindow> phases;
    for (const auto& item : splitList(text)) {
        const auto eq = item.find('=');
        auto name = resolve("phases", item.substr(0, eq), v, "phase");
        if (!name) {
            return name.status();
        }
        PhaseWindow w{name.value(), {}, {}};
        if (eq == std::string::npos) {
            bool known = false;
            for (const auto& p : s.phases()) {
                if (p.name == w.name) {
                    w = p, known = true;
                }
            }
            if (!known) {
                return optionError(
                    "phases", "give dates for the new phase '" + w.name + "' as " + w.name + "=YYYY-MM-DD..YYYY-MM-DD");
            }
        } else {
            const std::string range = item.substr(eq + 1);
            const auto dots = range.find("..");
            const auto start = Date::parse(range.substr(0, dots));
            const auto end = dots == std::string::npos ? std::nullopt : Date::parse(range.substr(dots + 2));
            if (!start || !end) {
                return optionError("phases", "'" + range + "' is not a date range YYYY-MM-DD..YYYY-MM-DD");
            }
            w.start = *start;
            w.end = *end;
        }
        phases.push_back(w);
    }
    s.setPhases(std::move(phases));
    return Status::success();
}

Status applyTemplate(const std::string& option, std::map<std::string, double>& weights, const std::string& text,
                     const Vocabulary& v, const char* kind)
{
    for (const auto& item : splitList(text)) {
        auto kv = keyValue(option, item);
        if (!kv) {
            return kv.status();
        }
        auto name = resolve(option, kv->first, v, kind);
        const auto w = parseShare(kv->second);
        if (!name) {
            return name.status();
        }
        if (!w) {
            return optionError(option, "'" + kv->second + "' is not a number");
        }
        weights[name.value()] = *w;
    }
    return Status::success();
}

// Whether `pattern` ('*' or a name the vocabulary resolves, aliases such as B站 included) names `name`.
bool matches(const std::string& pattern, const std::string& name, const std::optional<std::string>& resolved)
{
    return pattern == "*" || (resolved ? *resolved == name : toLowerAscii(pattern) == toLowerAscii(name));
}

// --cell "CHANNEL/PHASE/TIER:lock=X,min=X,max=X,enabled=yes" ('*' matches any; none clears).
Status applyCell(Scenario& s, const std::string& spec, const Vocabulary& v)
{
    const auto colon = spec.find(':');
    const std::vector<std::string> parts = splitList(spec.substr(0, colon), '/');
    if (colon == std::string::npos || parts.size() != 3) {
        return optionError("cell", "'" + spec + "' is not of the form CHANNEL/PHASE/TIER:key=value,...");
    }
    StrategyMatrix& m = s.matrix();
    const auto channel = v.findChannel(parts[0]);
    const auto phase = v.findPhase(parts[1]);
    const auto tier = v.findTier(parts[2]);
    std::vector<CellIndex> cells;
    for (int i = 0; i < m.cellCount(); ++i) {
        const CellIndex c = m.indexOf(i);
        if (matches(parts[0], m.channels()[static_cast<size_t>(c.channel)], channel)
            && matches(parts[1], m.phases()[static_cast<size_t>(c.phase)], phase)
            && matches(parts[2], m.tiers()[static_cast<size_t>(c.tier)], tier)) {
            cells.push_back(c);
        }
    }
    if (cells.empty()) {
        return optionError("cell", "'" + spec.substr(0, colon) + "' matches no cell of the scenario");
    }
    // A note may hold commas: it is the rest of the spec after "note=", which comes last.
    std::string settings = spec.substr(colon + 1);
    std::optional<std::string> note;
    for (const char* const marker : {"note=", ",note="}) {
        const size_t at = settings.find(marker);
        if (at != std::string::npos && (marker[0] == ',' || at == 0)) {
            note = settings.substr(at + std::strlen(marker));
            settings.erase(at);
            break;
        }
    }
    if (note) {
        for (const auto& c : cells) {
            m.cell(c).note = *note == "none" ? std::string() : *note;
        }
        if (settings.empty()) {
            return Status::success();
        }
    }
    for (const auto& item : splitList(settings)) {
        auto kv = keyValue("cell", item);
        if (!kv) {
            return kv.status();
        }
        const auto& [key, value] = kv.value();
        const bool none = value == "none";
        const AmountReading reading = readAmount(value);
        const std::optional<double> amount = reading ? std::optional<double>(reading.value) : std::nullopt;
        if (key == "enabled") {
            const bool on = value == "yes" || value == "on" || value == "true" || value == "1";
            if (!on && value != "no" && value != "off" && value != "false" && value != "0") {
                return optionError("cell", "enabled must be yes or no, not '" + value + "'");
            }
            for (const auto& c : cells) {
                m.cell(c).enabled = on;
            }
            continue;
        }
        if (key != "lock" && key != "min" && key != "max") {
            return optionError("cell", "unknown key '" + key + "' (lock, min, max, enabled, note)");
        }
        if (!none && !amount) {
            return optionError("cell", key + ": " + amountProblemText(reading, value));
        }
        for (const auto& c : cells) {
            MatrixCell& cell = m.cell(c);
            if (key == "lock") {
                cell.locked = none ? std::nullopt : amount;
            } else if (key == "max") {
                cell.maxAmount = none ? std::nullopt : amount;
            } else {
                cell.minAmount = none ? 0.0 : *amount;
            }
        }
    }
    return Status::success();
}
} // namespace

Result<Rival> parseRivalOption(const std::string& text, const Vocabulary& vocabulary)
{
    std::vector<std::string> parts;
    size_t at = 0;
    while (true) {
        const size_t colon = text.find(':', at);
        parts.push_back(text.substr(at, colon == std::string::npos ? std::string::npos : colon - at));
        if (colon == std::string::npos) {
            break;
        }
        at = colon + 1;
    }
    const auto bad = [&](const std::string& why) {
        return Result<Rival>::failure("--rival " + quoteValue(text, 80) + ": " + why);
    };
    if (parts.size() < 2 || parts.size() > 4 || trimmedView(parts[0]).empty()) {
        return bad("expected NAME:BUDGET[:CHANNELS[:PREFERENCE]]");
    }
    Rival r;
    r.name = std::string(trimmedView(parts[0]));
    const auto budget = parseAmount(parts[1]);
    if (!budget || !(*budget > 0)) {
        return bad("the budget " + quoteValue(parts[1], 40) + " is not a positive amount");
    }
    if (*budget > 1e13) {
        return bad("the budget " + quoteValue(parts[1], 40) + " is above 10,000,000,000,000");
    }
    r.budget = *budget;
    if (parts.size() >= 3) {
        for (const auto& name : splitList(parts[2], '+')) {
            const auto channel = vocabulary.findChannel(name);
            if (!channel) {
                return bad(quoteValue(name, 40) + " is not a channel of the project");
            }
            r.preferredChannels.push_back(*channel);
        }
    }
    if (parts.size() == 4) {
        const auto preference = parseAmount(parts[3]);
        if (!preference || !(*preference > 0) || *preference > 100) {
            return bad("the preference " + quoteValue(parts[3], 40) + " is not a number between 0 and 100");
        }
        r.preference = *preference;
    }
    return r;
}
std::vector<OptionSpec> scenarioEditOptions()
{
    return {{"budget", true},          {"currency", true},
            {"notes", true},           {"channels", true},
            {"phases", true},          {"tiers", true},
            {"formats", true},         {"hierarchy", true},
            {"max-cell-share", true},  {"channel-share", true, true},
            {"weights", true},         {"template-channels", true},
            {"template-phases", true}, {"template-tiers", true},
            {"cell", true, true},      {"rival", true, true}};
}

Status applyScenarioEdits(Scenario& s, const Args& args, const Vocabulary& v)
{
    if (auto budget = args.number("budget"); !budget) {
        return budget.status();
    } else if (budget.value()) {
        s.budget = *budget.value();
    }
    if (auto c = args.value("currency")) {
        s.currency = *c;
    }
    if (auto n = args.value("notes")) {
        s.notes = *n;
    }
    if (auto c = args.value("channels")) {
        auto names = resolveList("channels", *c, v, "channel");
        if (!names) {
            return names.status();
        }
        s.setChannels(names.take());
    }
    if (auto t = args.value("tiers")) {
        auto names = resolveList("tiers", *t, v, "tier");
        if (!names) {
            return names.status();
        }
        s.setTiers(names.take());
    }
    if (auto p = args.value("phases")) {
        if (Status st = applyPhases(s, *p, v); !st) {
            return st;
        }
    }
    if (auto f = args.value("formats")) {
        if (*f == "all") {
            s.formats.clear();
        } else if (auto names = resolveList("formats", *f, v, "format")) {
            s.formats = names.take();
        } else {
            return names.status();
        }
    }
    if (auto h = args.value("hierarchy")) {
        if (*h != "on" && *h != "off") {
            return optionError("hierarchy", "must be on or off, not '" + *h + "'");
        }
        s.rules.tierHierarchy = *h == "on";
    }
    if (auto m = args.value("max-cell-share")) {
        const auto share = parseShare(*m);
        if (!share) {
            return optionError("max-cell-share", "'" + *m + "' is not a share (e.g. 30% or 0.3)");
        }
        s.rules.maxCellShare = *share;
    }
    for (const auto& item : args.values("channel-share")) {
        auto kv = keyValue("channel-share", item);
        if (!kv) {
            return kv.status();
        }
        auto channel = resolve("channel-share", kv->first, v, "channel");
        if (!channel) {
            return channel.status();
        }
        if (kv->second == "none") {
            s.rules.channelShares.erase(channel.value());
            continue;
        }
        const auto dots = kv->second.find("..");
        const auto lo = parseShare(kv->second.substr(0, dots));
        const auto hi = dots == std::string::npos ? std::nullopt : parseShare(kv->second.substr(dots + 2));
        if (!lo || !hi) {
            return optionError("channel-share", "'" + kv->second + "' is not a range like 10%..40%");
        }
        s.rules.channelShares[channel.value()] = ShareBounds{*lo, *hi};
    }
    if (auto w = args.value("weights")) {
        for (const auto& item : splitList(*w)) {
            auto kv = keyValue("weights", item);
            if (!kv) {
                return kv.status();
            }
            const auto value = parseAmount(kv->second);
            double* target = kv->first == "reach" ? &s.weights.reach
                : kv->first == "engagement"       ? &s.weights.engagement
                : kv->first == "quality"          ? &s.weights.quality
                : kv->first == "price_efficiency" ? &s.weights.priceEfficiency
                : kv->first == "format_fit"       ? &s.weights.formatFit
                                                  : nullptr;
            if (!target) {
                return optionError("weights",
                                   "unknown weight '" + kv->first
                                       + "' (reach, engagement, quality, price_efficiency, format_fit)");
            }
            if (!value) {
                return optionError("weights", "'" + kv->second + "' is not a number");
            }
            *target = *value;
        }
    }
    Status st;
    if (auto t = args.value("template-channels"); st && t) {
        st = applyTemplate("template-channels", s.expertTemplate.channelWeights, *t, v, "channel");
    }
    if (auto t = args.value("template-phases"); st && t) {
        st = applyTemplate("template-phases", s.expertTemplate.phaseWeights, *t, v, "phase");
    }
    if (auto t = args.value("template-tiers"); st && t) {
        st = applyTemplate("template-tiers", s.expertTemplate.tierWeights, *t, v, "tier");
    }
    if (const auto rivals = args.values("rival"); !rivals.empty()) {
        s.rivals.clear();
        for (const auto& text : rivals) {
            if (text == "none") {
                continue;
            }
            auto rival = parseRivalOption(text, v);
            if (!rival) {
                return rival.status();
            }
            s.rivals.push_back(rival.take());
        }
    }
    for (const auto& spec : args.values("cell")) {
        if (st) {
            st = applyCell(s, spec, v);
        }
    }
    return st;
}

} // namespace kol
