// Scenario::validate: every rule a scenario must satisfy before it is saved or allocated.
#include "Scenario.h"
#include "Vocabulary.h"
#include "base/Numbers.h"
#include "base/Text.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace kol {

namespace {
class Checker
{
public:
    explicit Checker(std::vector<ValidationError>& out)
        : m_out(out)
    {
    }
    void fail(std::string field, std::string message) { m_out.push_back({std::move(field), std::move(message)}); }

    // A finite number in [lo, hi]; reports and returns false otherwise.
    bool range(const std::string& field, double v, double lo, double hi)
    {
        if (!std::isfinite(v)) {
            fail(field, "must be a finite number");
            return false;
        }
        if (v < lo || v > hi) {
            fail(field, formatExact(v) + " is outside " + formatExact(lo) + ".." + formatExact(hi));
            return false;
        }
        return true;
    }

    void uniqueNames(const std::string& field, const std::vector<std::string>& names,
                     const std::vector<std::string>& known)
    {
        std::set<std::string> seen;
        if (names.empty()) {
            fail(field, "at least one is needed");
        }
        for (const auto& n : names) {
            if (!seen.insert(n).second) {
                fail(field, "" + quoteValue(n, 100) + " is listed twice");
            }
            bool isKnown = false;
            for (const auto& k : known) {
                isKnown = isKnown || k == n;
            }
            if (!isKnown) {
                fail(field, "" + quoteValue(n, 100) + " is not one of the project's (" + joinNames(known) + ")");
            }
        }
    }

private:
    std::vector<ValidationError>& m_out;
};

constexpr double kMaxBudget = 1e15;

void checkTemplate(Checker& check, const std::string& field, const std::map<std::string, double>& weights,
                   const std::vector<std::string>& axis)
{
    double listed = 0;
    int count = 0;
    for (const auto& [name, w] : weights) {
        if (check.range(field + "[" + name + "]", w, 0, 1e9)) {
            bool onAxis = false;
            for (const auto& a : axis) {
                onAxis = onAxis || a == name;
            }
            listed += onAxis ? w : 0;
            count += onAxis ? 1 : 0;
        }
    }
    // Names the template does not list get the average listed weight (Scenario::templateChannelShare).
    const double unlisted = static_cast<double>(axis.size()) - count;
    const double total = listed + unlisted * (count > 0 ? listed / count : 1.0);
    if (total <= 0) {
        check.fail(field,
                   "the weights of the scenario's " + std::string(field.substr(field.find('.') + 1))
                       + " must not all be zero");
    }
}
// Rivals: a name (not "us", unique ignoring case), a positive budget, known channels, a
// preference in (0, 100].
void checkRivals(Checker& check, const std::vector<Rival>& rivals, const Vocabulary& vocabulary)
{
    if (rivals.size() > static_cast<size_t>(kMaxRivals)) {
        check.fail("rivals",
                   "at most " + std::to_string(kMaxRivals) + " rivals (there are " + std::to_string(rivals.size())
                       + ")");
    }
    std::set<std::string> seen;
    for (size_t i = 0; i < rivals.size(); ++i) {
        const Rival& r = rivals[i];
        const std::string field = "rivals[" + (r.name.empty() ? std::to_string(i + 1) : r.name) + "]";
        const std::string key = toLowerAscii(trimmedView(r.name));
        if (key.empty()) {
            check.fail(field + ".name", "must not be empty");
        } else if (r.name.size() > 100) {
            check.fail(field + ".name", "is longer than 100 bytes");
        } else if (!isValidUtf8(r.name)) {
            check.fail(field + ".name", "is not valid UTF-8 text");
        } else if (key == "us") {
            check.fail(field + ".name", "'us' is the scenario itself; name the rival otherwise");
        } else if (!seen.insert(key).second) {
            check.fail(field + ".name", "another rival has this name");
        }
        if (check.range(field + ".budget", r.budget, 0, kMaxBudget) && !(r.budget > 0)) {
            check.fail(field + ".budget", "must be positive");
        }
        if (check.range(field + ".preference", r.preference, 0, 100) && !(r.preference > 0)) {
            check.fail(field + ".preference", "must be positive");
        }
        std::set<std::string> channels;
        for (const auto& c : r.preferredChannels) {
            const auto known = vocabulary.findChannel(c);
            if (!known || *known != c) {
                check.fail(field + ".channels", quoteValue(c, 100) + " is not a channel of the project");
            } else if (!channels.insert(c).second) {
                check.fail(field + ".channels", quoteValue(c, 100) + " is listed twice");
            }
        }
    }
}
} // namespace

std::vector<ValidationError> Scenario::validate(const Vocabulary& vocabulary) const
{
    std::vector<ValidationError> errors;
    Checker check(errors);

    if (name.empty()) {
        check.fail("name", "must not be empty");
    } else if (name.size() > 200) {
        check.fail("name", "is longer than 200 bytes");
    }
    if (std::isfinite(budget) && budget <= 0) {
        check.fail("budget", "must be positive (is " + formatAmount(budget) + ")");
    } else {
        check.range("budget", budget, 0, kMaxBudget);
    }
    if (currency.empty() || currency.size() > 8) {
        check.fail("currency", "must be 1 to 8 characters (e.g. CNY)");
    }
    for (const auto& f : formats) {
        if (!vocabulary.findFormat(f) || *vocabulary.findFormat(f) != f) {
            check.fail("formats",
                       "" + quoteValue(f, 100) + " is not one of the project's (" + joinNames(vocabulary.formats)
                           + ")");
        }
    }

    const ScoreWeights& w = weights;
    bool weightsOk = check.range("weights.reach", w.reach, 0, 1e6);
    weightsOk &= check.range("weights.engagement", w.engagement, 0, 1e6);
    weightsOk &= check.range("weights.quality", w.quality, 0, 1e6);
    weightsOk &= check.range("weights.price_efficiency", w.priceEfficiency, 0, 1e6);
    weightsOk &= check.range("weights.format_fit", w.formatFit, 0, 1e6);
    if (weightsOk && w.reach + w.engagement + w.quality + w.priceEfficiency + w.formatFit <= 0) {
        check.fail("weights", "must not all be zero");
    }

    // Axes.
    check.uniqueNames("channels", m_matrix.channels(), vocabulary.channels);
    check.uniqueNames("phases", m_matrix.phases(), vocabulary.phases);
    check.uniqueNames("tiers", m_matrix.tiers(), vocabulary.tierNames());
    if (m_phases.size() != m_matrix.phases().size()) {
        check.fail("phases", "the phase dates do not match the matrix's phases");
    }
    for (size_t i = 0; i < m_phases.size(); ++i) {
        const PhaseWindow& p = m_phases[i];
        const std::string field = "phases[" + p.name + "]";
        if (p.end < p.start) {
            check.fail(field, "ends (" + p.end.toString() + ") before it starts (" + p.start.toString() + ")");
        }
        if (i > 0 && p.start < m_phases[i - 1].start) {
            check.fail(field,
                       "starts (" + p.start.toString() + ") before the previous phase "
                           + quoteValue(m_phases[i - 1].name, 100) + " (" + m_phases[i - 1].start.toString()
                           + "); list phases in time order");
        }
    }

    // Rules.
    check.range("rules.max_cell_share", rules.maxCellShare, 1e-9, 1);
    double minShareTotal = 0;
    for (const auto& [channel, b] : rules.channelShares) {
        const std::string field = "rules.channel_share[" + channel + "]";
        const bool minOk = check.range(field + ".min", b.minShare, 0, 1); // both checked: both reported
        const bool ok = check.range(field + ".max", b.maxShare, 0, 1) && minOk;
        if (ok && b.minShare > b.maxShare) {
            check.fail(field, "minimum " + formatPercent(b.minShare) + " exceeds maximum " + formatPercent(b.maxShare));
        }
        const auto& channels = m_matrix.channels();
        if (ok && std::find(channels.begin(), channels.end(), channel) != channels.end()) {
            minShareTotal += b.minShare;
        }
    }
    if (minShareTotal > 1 + 1e-9) {
        check.fail("rules.channel_share",
                   "minimum channel shares sum to " + formatPercent(minShareTotal) + ", more than the whole budget");
    }

    checkTemplate(check, "template.channels", expertTemplate.channelWeights, m_matrix.channels());
    checkTemplate(check, "template.phases", expertTemplate.phaseWeights, m_matrix.phases());
    checkTemplate(check, "template.tiers", expertTemplate.tierWeights, m_matrix.tiers());

    // Cells.
    bool cellsOk = true;
    for (int i = 0; i < m_matrix.cellCount(); ++i) {
        const CellIndex idx = m_matrix.indexOf(i);
        const MatrixCell& c = m_matrix.cell(idx);
        const std::string field = "matrix[" + m_matrix.cellName(idx) + "]";
        bool ok = check.range(field + ".min", c.minAmount, 0, kMaxBudget);
        if (c.maxAmount) {
            ok &= check.range(field + ".max", *c.maxAmount, 0, kMaxBudget);
            if (ok && c.minAmount > *c.maxAmount) {
                check.fail(field,
                           "minimum " + formatAmount(c.minAmount) + " exceeds maximum " + formatAmount(*c.maxAmount));
                ok = false;
            }
        }
        if (c.locked) {
            ok &= check.range(field + ".locked", *c.locked, 0, kMaxBudget);
            if (ok && !c.enabled) {
                check.fail(field, "is locked but disabled; unlock it or enable it");
                ok = false;
            } else if (ok && (*c.locked < c.minAmount || (c.maxAmount && *c.locked > *c.maxAmount))) {
                check.fail(field,
                           "locked amount " + formatAmount(*c.locked) + " is outside its bounds "
                               + formatAmount(c.minAmount) + ".."
                               + (c.maxAmount ? formatAmount(*c.maxAmount) : std::string("no limit")));
                ok = false;
            }
        }
        if (c.note.size() > kMaxCellNote) {
            check.fail(field + ".note", "is longer than " + std::to_string(kMaxCellNote) + " bytes");
        } else if (!isValidUtf8(c.note)) {
            check.fail(field + ".note", "is not valid UTF-8 text");
        }
        cellsOk &= ok;
    }
    checkRivals(check, rivals, vocabulary);
    if (cellsOk && std::isfinite(budget) && budget > 0) {
        const double locked = m_matrix.lockedTotal();
        const double minimum = m_matrix.minimumTotal();
        if (locked > budget * (1 + 1e-12)) {
            check.fail("matrix",
                       "locked amounts (" + formatAmount(locked) + ") exceed the budget (" + formatAmount(budget)
                           + ")");
        } else if (minimum > budget * (1 + 1e-12)) {
            check.fail("matrix",
                       "cell minimums and locks (" + formatAmount(minimum) + ") exceed the budget ("
                           + formatAmount(budget) + ")");
        }
        bool anyEnabled = false;
        for (int i = 0; i < m_matrix.cellCount(); ++i) {
            anyEnabled = anyEnabled || m_matrix.cell(m_matrix.indexOf(i)).enabled;
        }
        if (!anyEnabled && m_matrix.cellCount() > 0) {
            check.fail("matrix", "every cell is disabled; enable at least one");
        }
    }
    return errors;
}

} // namespace kol
