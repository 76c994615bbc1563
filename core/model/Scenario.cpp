#include "Scenario.h"

#include "Vocabulary.h"
#include "base/Hash.h"

#include <algorithm>
#include <utility>

namespace kol {

namespace {
// A name's share of the axis. A name the template does not list (a channel added to the
// vocabulary later, say) gets the average weight of the ones it lists, not nothing; with none
// listed, every name gets an even share.
double normalisedShare(const std::map<std::string, double>& weights, const std::vector<std::string>& axis,
                       const std::string& name)
{
    double listed = 0;
    int count = 0;
    for (const auto& a : axis) {
        if (const auto it = weights.find(a); it != weights.end()) {
            listed += it->second;
            ++count;
        }
    }
    const double fallback = count > 0 ? listed / count : 1.0;
    auto weight = [&](const std::string& n) {
        const auto it = weights.find(n);
        return it == weights.end() ? fallback : it->second;
    };
    double total = 0;
    for (const auto& a : axis) {
        total += weight(a);
    }
    return total > 0 && std::find(axis.begin(), axis.end(), name) != axis.end() ? weight(name) / total : 0;
}

std::vector<std::string> phaseNames(const std::vector<PhaseWindow>& phases)
{
    std::vector<std::string> names;
    for (const auto& p : phases) {
        names.push_back(p.name);
    }
    return names;
}
} // namespace

ShareBounds Rules::channelBounds(const std::string& channel) const
{
    const auto it = channelShares.find(channel);
    return it == channelShares.end() ? ShareBounds{} : it->second;
}

Scenario Scenario::makeDefault(const std::string& name, const Date& start)
{
    Scenario s;
    s.name = name;
    const Vocabulary v = Vocabulary::defaults();
    const Date launch = start.addDays(14);
    const Date sustain = launch.addDays(7);
    s.m_phases = {{"Warm-up", start, launch.addDays(-1)},
                  {"Launch", launch, sustain.addDays(-1)},
                  {"Sustain", sustain, sustain.addDays(20)}};
    s.m_matrix = StrategyMatrix(v.channels, phaseNames(s.m_phases), {"Head", "Mid", "Tail"});
    // Shipped expert template: the weight most agencies give each platform, the launch peak,
    // and head KOLs carrying half the money.
    s.expertTemplate.channelWeights
        = {{"Douyin", 30}, {"Xiaohongshu", 25}, {"Weibo", 15}, {"WeChat", 10}, {"Kuaishou", 10}, {"Bilibili", 10}};
    s.expertTemplate.phaseWeights = {{"Warm-up", 25}, {"Launch", 45}, {"Sustain", 30}};
    s.expertTemplate.tierWeights = {{"Head", 50}, {"Mid", 30}, {"Tail", 20}, {"KOC", 10}};
    return s;
}

void Scenario::setChannels(std::vector<std::string> channels)
{
    m_matrix.reshape(std::move(channels), m_matrix.phases(), m_matrix.tiers());
}

void Scenario::setPhases(std::vector<PhaseWindow> phases)
{
    m_matrix.reshape(m_matrix.channels(), phaseNames(phases), m_matrix.tiers());
    m_phases = std::move(phases);
}

void Scenario::setTiers(std::vector<std::string> tiers)
{
    m_matrix.reshape(m_matrix.channels(), m_matrix.phases(), std::move(tiers));
}

void Scenario::setMatrix(std::vector<PhaseWindow> phases, StrategyMatrix matrix)
{
    m_phases = std::move(phases);
    m_matrix = std::move(matrix);
}

double Scenario::templateChannelShare(const std::string& channel) const
{
    return normalisedShare(expertTemplate.channelWeights, m_matrix.channels(), channel);
}

double Scenario::templatePhaseShare(const std::string& phase) const
{
    return normalisedShare(expertTemplate.phaseWeights, m_matrix.phases(), phase);
}

double Scenario::templateTierShare(const std::string& tier) const
{
    return normalisedShare(expertTemplate.tierWeights, m_matrix.tiers(), tier);
}

std::string summariseErrors(const std::vector<ValidationError>& errors)
{
    if (errors.empty()) {
        return {};
    }
    std::string line = errors.front().toString();
    if (errors.size() > 1) {
        line += " (and " + std::to_string(errors.size() - 1) + " more)";
    }
    return line;
}

std::string scenarioFingerprint(const Scenario& s)
{
    Fingerprint f;
    f.add(s.budget);
    f.add(s.currency);
    for (const auto& format : s.formats) {
        f.add(format);
    }
    f.add(std::string_view("|"));
    for (const double w :
         {s.weights.reach, s.weights.engagement, s.weights.quality, s.weights.priceEfficiency, s.weights.formatFit}) {
        f.add(w);
    }
    f.add(static_cast<uint64_t>(s.rules.tierHierarchy));
    f.add(s.rules.maxCellShare);
    for (const auto& [channel, bounds] : s.rules.channelShares) {
        f.add(channel);
        f.add(bounds.minShare);
        f.add(bounds.maxShare);
    }
    for (const auto* weights :
         {&s.expertTemplate.channelWeights, &s.expertTemplate.phaseWeights, &s.expertTemplate.tierWeights}) {
        f.add(std::string_view("|"));
        for (const auto& [name, w] : *weights) {
            f.add(name);
            f.add(w);
        }
    }
    for (const PhaseWindow& p : s.phases()) {
        f.add(p.name);
        f.add(p.start.toString());
        f.add(p.end.toString());
    }
    const StrategyMatrix& m = s.matrix();
    for (const auto* axis : {&m.channels(), &m.phases(), &m.tiers()}) {
        f.add(std::string_view("|"));
        for (const auto& name : *axis) {
            f.add(name);
        }
    }
    for (int i = 0; i < m.cellCount(); ++i) {
        const MatrixCell& c = m.cell(m.indexOf(i));
        f.add(static_cast<uint64_t>(c.enabled));
        f.add(c.locked.value_or(-1.0));
        f.add(c.minAmount);
        f.add(c.maxAmount.value_or(-1.0));
    }
    return f.hex();
}

} // namespace kol
