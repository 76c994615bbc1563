// importCampaigns: the campaign history, row by row against the project's vocabulary.
#include "HistoryStore.h"
#include "ImportRunner.h"
#include "ProjectFile.h"
#include "base/Text.h"
#include "model/Vocabulary.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <tuple>

namespace kol {

namespace {
constexpr double kMaxFigure = 1e15;

class HistoryRows : public RowHandler
{
public:
    explicit HistoryRows(const Vocabulary& vocabulary)
        : m_vocabulary(vocabulary)
    {
        for (const TierDef& t : vocabulary.tiers) {
            m_tiers.push_back(t.name);
        }
    }

    std::vector<std::string> requiredColumns() const override
    {
        return {"campaign_id", "phase", "channel", "tier", "spend", "reach", "engagements"};
    }

    bool acceptsColumn(const std::string& c) const override
    {
        const auto r = requiredColumns();
        return c == "start" || c == "end" || std::find(r.begin(), r.end(), c) != r.end();
    }

    Status prepare(Database& db) override
    {
        // The file replaces the history: cleared inside the import's transaction, so a refused
        // file leaves the old history in place.
        if (Status s = db.exec("DELETE FROM campaign_history"); !s) {
            return s;
        }
        auto insert = db.prepare("INSERT INTO campaign_history VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        if (!insert) {
            return Status::failure(db.lastError());
        }
        m_insert.emplace(insert.take());
        return Status::success();
    }

    std::optional<RowProblem> handle(FieldReader& row, long long line, bool write, std::string& warning) override
    {
        const std::string campaign = row.text("campaign_id");
        const std::string phase = row.text("phase");
        const std::string channel = row.text("channel");
        const std::string tier = row.text("tier");
        const double spend = row.amount("spend", 0, kMaxFigure).value_or(0);
        const double reach = row.amount("reach", 0, kMaxFigure).value_or(0);
        const double engagements = row.amount("engagements", 0, kMaxFigure).value_or(0);
        std::optional<Date> start, end;
        for (const char* column : {"start", "end"}) {
            if (row.problem() || !row.has(column)) {
                continue;
            }
            const std::string text = row.text(column, false, 40);
            if (text.empty()) {
                continue;
            }
            const auto date = Date::parse(text);
            if (!date) {
                row.fail(column, quoteValue(text) + " is not a date (YYYY-MM-DD)", "not a date");
            }
            (std::string(column) == "start" ? start : end) = date;
        }
        if (row.problem()) {
            return row.problem();
        }
        const auto& phases = m_vocabulary.phases;
        const auto phaseAt = std::find(phases.begin(), phases.end(), phase);
        if (phaseAt == phases.end()) {
            row.fail("phase", quoteValue(phase) + " is not a phase of the project (" + joinNames(phases) + ")",
                     "unknown phase");
        } else if (std::find(m_vocabulary.channels.begin(), m_vocabulary.channels.end(), channel)
                   == m_vocabulary.channels.end()) {
            row.fail("channel",
                     quoteValue(channel) + " is not a channel of the project (" + joinNames(m_vocabulary.channels)
                         + ")",
                     "unknown channel");
        } else if (std::find(m_tiers.begin(), m_tiers.end(), tier) == m_tiers.end()) {
            row.fail("tier", quoteValue(tier) + " is not a tier of the project (" + joinNames(m_tiers) + ")",
                     "unknown tier");
        } else if (start && end && *end < *start) {
            row.fail("end", "the phase ends (" + end->toString() + ") before it starts (" + start->toString() + ")",
                     "end before start");
        }
        if (row.problem()) {
            return row.problem();
        }
        const int index = static_cast<int>(phaseAt - phases.begin());
        const auto last = m_lastPhase.find(campaign);
        if (last != m_lastPhase.end() && index < last->second) {
            row.fail("phase",
                     "out of order: " + phase + " after " + phases[static_cast<size_t>(last->second)] + " in campaign "
                         + quoteValue(campaign, 100)
                         + " (a campaign's rows go in the order of the phases: " + joinNames(phases) + ")",
                     "phase out of order");
            return row.problem();
        }
        if (!m_cells.insert({campaign, phase, channel, tier}).second) {
            row.fail("tier",
                     "campaign " + quoteValue(campaign, 100) + " already has a row for " + channel + " · " + phase
                         + " · " + tier,
                     "cell given twice");
            return row.problem();
        }
        m_lastPhase[campaign] = index;
        if (engagements > reach && reach > 0) {
            warning = "more engagements (" + formatAmount(engagements) + ") than reach (" + formatAmount(reach)
                + "); check the row";
        }
        if (!write) {
            return std::nullopt;
        }
        Statement& in = *m_insert;
        in.reset();
        in.bind(1, static_cast<int64_t>(line)).bind(2, campaign).bind(3, phase).bind(4, channel).bind(5, tier);
        in.bind(6, spend).bind(7, reach).bind(8, engagements);
        in.bind(9, start ? start->toString() : std::string()).bind(10, end ? end->toString() : std::string());
        if (Status s = in.run(); !s) {
            return RowProblem{"", s.message(), "database"};
        }
        ++written;
        return std::nullopt;
    }

    const char* table() const override { return "campaign_history"; }

private:
    const Vocabulary& m_vocabulary;
    std::vector<std::string> m_tiers;
    std::map<std::string, int> m_lastPhase;
    std::set<std::tuple<std::string, std::string, std::string, std::string>> m_cells;
    std::optional<Statement> m_insert;
};
} // namespace

Result<ImportReport> importCampaigns(ProjectFile& project, const std::string& csvPath, const ImportOptions& options)
{
    // The file replaces the history: one with a header and no rows would silently empty it.
    if (std::ifstream in(csvPath); in) {
        std::string line;
        int lines = 0;
        while (lines < 2 && std::getline(in, line)) {
            lines += line.find_first_not_of(" \t\r,;\xEF\xBB\xBF") != std::string::npos ? 1 : 0;
        }
        if (lines < 2) {
            return Result<ImportReport>::failure(csvPath + ": has no campaign rows; the history is unchanged");
        }
    }
    HistoryRows rows(project.vocabulary());
    return runImport(project, csvPath, options, rows);
}

} // namespace kol
