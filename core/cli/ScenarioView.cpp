// How `scenario show` presents a scenario: a JSON object, or a text summary with the matrix.
#include "CliCommon.h"
#include "base/Text.h"
#include "model/Scenario.h"

#include <iomanip>
#include <sstream>

namespace kol {

namespace {
Json optionalAmount(const std::optional<double>& v)
{
    return v ? jsonNumber(*v) : Json();
}

Json weightsJson(const std::map<std::string, double>& weights)
{
    Json j = Json::object();
    for (const auto& [name, w] : weights) {
        j[name] = jsonNumber(w);
    }
    return j;
}

std::string cellText(const MatrixCell& c)
{
    if (!c.enabled) {
        return "off";
    }
    if (c.locked) {
        return "lock " + formatAmount(*c.locked, 0);
    }
    if (c.minAmount > 0 && c.maxAmount) {
        return formatAmount(c.minAmount, 0) + ".." + formatAmount(*c.maxAmount, 0);
    }
    if (c.minAmount > 0) {
        return ">= " + formatAmount(c.minAmount, 0);
    }
    if (c.maxAmount) {
        return "<= " + formatAmount(*c.maxAmount, 0);
    }
    return ".";
}

std::string sharesText(const Scenario& s, const std::vector<std::string>& axis,
                       double (Scenario::*share)(const std::string&) const)
{
    std::string out;
    for (const auto& name : axis) {
        out += (out.empty() ? "" : ", ") + name + " " + formatPercent((s.*share)(name));
    }
    return out;
}
} // namespace

Json scenarioToJson(const Scenario& s)
{
    const StrategyMatrix& m = s.matrix();
    Json phases = Json::array();
    for (const auto& p : s.phases()) {
        phases.push_back(Json{{"name", p.name}, {"start", p.start.toString()}, {"end", p.end.toString()}});
    }
    Json shares = Json::object();
    for (const auto& [channel, b] : s.rules.channelShares) {
        shares[channel] = Json{{"min", jsonNumber(b.minShare)}, {"max", jsonNumber(b.maxShare)}};
    }
    Json cells = Json::array();
    for (int i = 0; i < m.cellCount(); ++i) {
        const CellIndex idx = m.indexOf(i);
        const MatrixCell& c = m.cell(idx);
        cells.push_back(Json{{"channel", m.channels()[static_cast<size_t>(idx.channel)]},
                             {"phase", m.phases()[static_cast<size_t>(idx.phase)]},
                             {"tier", m.tiers()[static_cast<size_t>(idx.tier)]},
                             {"enabled", c.enabled},
                             {"locked", optionalAmount(c.locked)},
                             {"min", jsonNumber(c.minAmount)},
                             {"max", optionalAmount(c.maxAmount)},
                             {"note", c.note}});
    }
    Json j{{"name", s.name}, {"budget", jsonNumber(s.budget)}, {"currency", s.currency}, {"notes", s.notes}};
    j["phases"] = phases;
    j["channels"] = jsonStrings(m.channels());
    j["tiers"] = jsonStrings(m.tiers());
    j["formats"] = jsonStrings(s.formats);
    j["weights"] = Json{{"reach", jsonNumber(s.weights.reach)},
                        {"engagement", jsonNumber(s.weights.engagement)},
                        {"quality", jsonNumber(s.weights.quality)},
                        {"price_efficiency", jsonNumber(s.weights.priceEfficiency)},
                        {"format_fit", jsonNumber(s.weights.formatFit)}};
    j["rules"] = Json{{"tier_hierarchy", s.rules.tierHierarchy},
                      {"max_cell_share", jsonNumber(s.rules.maxCellShare)},
                      {"channel_shares", shares}};
    j["template"] = Json{{"channels", weightsJson(s.expertTemplate.channelWeights)},
                         {"phases", weightsJson(s.expertTemplate.phaseWeights)},
                         {"tiers", weightsJson(s.expertTemplate.tierWeights)}};
    j["cells"] = cells;
    Json rivals = Json::array();
    for (const Rival& r : s.rivals) {
        rivals.push_back(Json{{"name", r.name},
                              {"budget", jsonNumber(r.budget)},
                              {"channels", jsonStrings(r.preferredChannels)},
                              {"preference", jsonNumber(r.preference)}});
    }
    j["rivals"] = rivals;
    return j;
}

void printScenario(std::ostream& o, const Scenario& s)
{
    const StrategyMatrix& m = s.matrix();
    o << "Scenario   " << s.name << "\n";
    o << "Budget     " << formatAmount(s.budget) << " " << s.currency << "\n";
    if (!s.notes.empty()) {
        o << "Notes      " << s.notes << "\n";
    }
    o << "Phases    ";
    for (const auto& p : s.phases()) {
        o << " " << p.name << " " << p.start.toString() << ".." << p.end.toString() << ";";
    }
    o << "\nFormats    " << (s.formats.empty() ? std::string("all") : joinNames(s.formats)) << "\n";
    o << "Weights    reach " << formatExact(s.weights.reach) << ", engagement " << formatExact(s.weights.engagement)
      << ", quality " << formatExact(s.weights.quality) << ", price efficiency "
      << formatExact(s.weights.priceEfficiency) << ", format fit " << formatExact(s.weights.formatFit) << "\n";
    o << "Rules      tier hierarchy " << (s.rules.tierHierarchy ? "on" : "off") << "; max cell share "
      << formatPercent(s.rules.maxCellShare);
    for (const auto& [channel, b] : s.rules.channelShares) {
        o << "; " << channel << " " << formatPercent(b.minShare) << ".." << formatPercent(b.maxShare);
    }
    for (const Rival& r : s.rivals) {
        o << "\nRival      " << r.name << ": " << formatAmount(r.budget) << " " << s.currency;
        if (!r.preferredChannels.empty()) {
            o << ", prefers " << joinNames(r.preferredChannels) << " x" << formatExact(r.preference);
        }
    }
    o << "\nTemplate   channels: " << sharesText(s, m.channels(), &Scenario::templateChannelShare) << "\n";
    o << "           phases: " << sharesText(s, m.phases(), &Scenario::templatePhaseShare) << "\n";
    o << "           tiers: " << sharesText(s, m.tiers(), &Scenario::templateTierShare) << "\n";
    o << "\nStrategy matrix (. = open, lock = fixed amount, off = disabled)\n";
    o << std::left << std::setw(14) << "Channel" << std::setw(8) << "Tier";
    for (const auto& p : m.phases()) {
        o << std::setw(22) << p;
    }
    o << "\n";
    for (int c = 0; c < m.channelCount(); ++c) {
        for (int t = 0; t < m.tierCount(); ++t) {
            o << std::setw(14) << (t == 0 ? m.channels()[c] : "") << std::setw(8) << m.tiers()[t];
            for (int p = 0; p < m.phaseCount(); ++p) {
                o << std::setw(22) << cellText(m.cell(c, p, t));
            }
            o << "\n";
        }
    }
    o << "Locked " << formatAmount(m.lockedTotal()) << ", committed minimum " << formatAmount(m.minimumTotal())
      << " of " << formatAmount(s.budget) << "\n";
    for (int i = 0; i < m.cellCount(); ++i) {
        if (const MatrixCell& c = m.cell(m.indexOf(i)); !c.note.empty()) {
            o << "Note on " << m.cellName(m.indexOf(i)) << ": " << c.note << "\n";
        }
    }
}

} // namespace kol
