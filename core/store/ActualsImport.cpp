// importActuals: a running campaign's actuals, row by row against the scenario and the catalog.
#include "ActualsStore.h"
#include "CatalogStore.h"
#include "ImportRunner.h"
#include "ProjectFile.h"
#include "ScenarioStore.h"
#include "base/Text.h"

#include <algorithm>
#include <unordered_map>

namespace kol {

namespace {
constexpr double kMaxFigure = 1e15;

class ActualRows : public RowHandler
{
public:
    ActualRows(const Scenario& scenario, int64_t scenarioId, const std::vector<Kol>& kols, const Vocabulary& vocabulary)
        : m_scenario(scenario)
        , m_vocabulary(vocabulary)
        , m_scenarioId(scenarioId)
    {
        for (const Kol& k : kols) {
            m_kols.emplace(k.id, &k);
        }
    }

    std::vector<std::string> requiredColumns() const override
    {
        return {"phase", "channel", "kol_id", "format", "spend", "reach", "engagements"};
    }

    bool acceptsColumn(const std::string& c) const override
    {
        const auto r = requiredColumns();
        return c == "tier" || std::find(r.begin(), r.end(), c) != r.end();
    }

    Status prepare(Database& db) override
    {
        // The file replaces what was recorded: cleared inside the import's transaction, so a
        // refused file leaves the old record in place.
        auto clear = db.prepare("DELETE FROM actual_post WHERE scenario_id = ?1");
        if (!clear) {
            return clear.status();
        }
        if (Status s = clear->bind(1, m_scenarioId).run(); !s) {
            return s;
        }
        auto insert = db.prepare("INSERT INTO actual_post VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        if (!insert) {
            return Status::failure(db.lastError());
        }
        m_insert.emplace(insert.take());
        return Status::success();
    }

    std::optional<RowProblem> handle(FieldReader& row, long long line, bool write, std::string& warning) override
    {
        const StrategyMatrix& m = m_scenario.matrix();
        const std::string phase = row.text("phase");
        const std::string channel = row.text("channel");
        const std::string kolId = row.text("kol_id");
        const std::string format = row.text("format");
        std::string tier = row.has("tier") ? row.text("tier", false) : std::string();
        const double spend = row.amount("spend", 0, kMaxFigure).value_or(0);
        const double reach = row.amount("reach", 0, kMaxFigure).value_or(0);
        const double engagements = row.amount("engagements", 0, kMaxFigure).value_or(0);
        if (row.problem()) {
            return row.problem();
        }
        const auto phaseAt = std::find(m.phases().begin(), m.phases().end(), phase);
        const auto kol = m_kols.find(kolId);
        const auto kolTier = kol == m_kols.end() ? std::nullopt : m_vocabulary.tierFor(kol->second->followers);
        const int index = static_cast<int>(phaseAt - m.phases().begin());
        if (phaseAt == m.phases().end()) {
            row.fail("phase",
                     quoteValue(phase) + " is not a phase of scenario " + quoteValue(m_scenario.name, 100) + " ("
                         + joinNames(m.phases()) + ")",
                     "unknown phase");
        } else if (index < m_lastPhase) {
            row.fail("phase",
                     "out of order: " + phase + " after " + m.phases()[static_cast<size_t>(m_lastPhase)]
                         + " (rows go in the order of the phases: " + joinNames(m.phases()) + ")",
                     "phase out of order");
        } else {
            m_lastPhase = index; // a row out of order is named by this one, whatever else is wrong with it
        }
        if (row.problem()) {
            return row.problem();
        }
        if (std::find(m.channels().begin(), m.channels().end(), channel) == m.channels().end()) {
            row.fail("channel",
                     quoteValue(channel) + " is not a channel of scenario " + quoteValue(m_scenario.name, 100) + " ("
                         + joinNames(m.channels()) + ")",
                     "unknown channel");
        } else if (kol == m_kols.end()) {
            row.fail("kol_id", quoteValue(kolId) + " is not in the project's KOL catalog", "unknown KOL");
        } else if (kol->second->channel != channel) {
            row.fail("kol_id", kolId + " is a " + kol->second->channel + " KOL, not " + channel,
                     "KOL of another channel");
        } else if (!m_vocabulary.findFormat(format) || !kol->second->prices.count(*m_vocabulary.findFormat(format))) {
            row.fail("format",
                     quoteValue(format) + " is not a format " + kolId + " sells (" + joinNames(formatsOf(*kol->second))
                         + ")",
                     "unknown format");
        } else if (!tier.empty() && kolTier && tier != *kolTier) {
            row.fail("tier",
                     kolId + " is a " + *kolTier + " KOL by its followers ("
                         + formatAmount(static_cast<double>(kol->second->followers)) + "), not " + tier,
                     "KOL of another tier");
        } else if (tier = tier.empty() && kolTier ? *kolTier : tier; !m.find(channel, phase, tier)) {
            row.fail(row.has("tier") ? "tier" : "kol_id",
                     quoteValue(tier) + " is not a tier of scenario " + quoteValue(m_scenario.name, 100) + " ("
                         + joinNames(m.tiers()) + ")",
                     "unknown tier");
        } else if (!m.cell(*m.find(channel, phase, tier)).enabled) {
            row.fail("channel",
                     "the cell " + m.cellName(*m.find(channel, phase, tier)) + " is disabled in the scenario",
                     "disabled cell");
        } else if (m_spent + spend > m_scenario.budget * (1 + 1e-9)) {
            row.fail("spend",
                     "the spend so far, " + formatAmount(m_spent + spend, 0) + ", is above the scenario's budget of "
                         + formatAmount(m_scenario.budget, 0),
                     "above the budget");
        }
        if (row.problem()) {
            return row.problem();
        }
        m_spent += spend;
        if (engagements > reach && reach > 0) {
            warning = "more engagements (" + formatAmount(engagements) + ") than reach (" + formatAmount(reach)
                + "); check the row";
        }
        if (!write) {
            return std::nullopt;
        }
        Statement& in = *m_insert;
        in.reset();
        in.bind(1, m_scenarioId).bind(2, static_cast<int64_t>(line)).bind(3, phase).bind(4, channel).bind(5, tier);
        in.bind(6, kolId).bind(7, *m_vocabulary.findFormat(format)).bind(8, spend).bind(9, reach).bind(10, engagements);
        if (Status s = in.run(); !s) {
            return RowProblem{"", s.message(), "database"};
        }
        ++written;
        return std::nullopt;
    }

    const char* table() const override { return "actual_post"; }

private:
    static std::vector<std::string> formatsOf(const Kol& k)
    {
        std::vector<std::string> out;
        for (const auto& [format, price] : k.prices) {
            out.push_back(format);
        }
        return out;
    }

    const Scenario& m_scenario;
    const Vocabulary& m_vocabulary;
    std::unordered_map<std::string, const Kol*> m_kols;
    std::optional<Statement> m_insert;
    int64_t m_scenarioId;
    int m_lastPhase = 0;
    double m_spent = 0;
};
} // namespace

Result<ImportReport> importActuals(ProjectFile& project, const std::string& scenario, const std::string& csvPath,
                                   const ImportOptions& options)
{
    auto s = ScenarioStore(project).load(scenario);
    if (!s) {
        return s.status();
    }
    auto kols = CatalogStore(project).loadKols();
    if (!kols) {
        return kols.status();
    }
    auto id = ScenarioStore(project).idOf(scenario);
    if (!id) {
        return id.status();
    }
    ActualRows rows(s.value(), id.value(), kols.value(), project.vocabulary());
    return runImport(project, csvPath, options, rows);
}

} // namespace kol
