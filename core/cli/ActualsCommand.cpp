// `actuals`: what a running campaign's finished phases spent and reached, per phase and cell.
#include "CliCommon.h"
#include "base/Text.h"
#include "store/ActualsStore.h"
#include "store/ScenarioStore.h"

#include <map>

namespace kol {

namespace {
const char* const kHelp = R"(Usage: kolplanner-cli actuals PROJECT --scenario NAME [--clear] [--json]

Shows the actuals recorded for a scenario's running campaign (import actuals): per finished phase
and cell, the posts booked, the money spent, the reach and the engagements, and the budget left.
  --scenario NAME   the campaign's scenario
  --clear           forget the scenario's actuals (the campaign is planned from the start again)
  --json            one JSON object on stdout
)";

struct Totals
{
    int posts = 0;
    double spend = 0, reach = 0, engagements = 0;
    void add(const ActualPost& p)
    {
        ++posts;
        spend += p.spend;
        reach += p.reach;
        engagements += p.engagements;
    }
    Json json() const
    {
        return Json{{"posts", posts}, {"spend", spend}, {"reach", reach}, {"engagements", engagements}};
    }
};
} // namespace

int runActuals(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(ctx, argv, {{"scenario", true}, {"clear"}, {"json"}}, kHelp, 1, 1, code);
    if (!args) {
        return code;
    }
    if (!args->has("scenario")) {
        return fail(ctx, "actuals needs --scenario NAME", kExitUsage);
    }
    const std::string name = *args->value("scenario");
    auto project = openProject(ctx, args->positional()[0], args->has("clear") ? OpenFor::Writing : OpenFor::Reading);
    if (!project) {
        return fail(ctx, project.error());
    }
    auto scenario = ScenarioStore(*project.value()).load(name);
    if (!scenario) {
        return fail(ctx, scenario.error());
    }
    ActualsStore store(*project.value());
    if (args->has("clear")) {
        if (Status s = store.save(name, {}); !s) {
            return fail(ctx, s.message());
        }
        ctx.err << "cleared the actuals of scenario " << name << "\n";
        return kExitOk;
    }
    auto actuals = store.load(name);
    if (!actuals) {
        return fail(ctx, actuals.error());
    }
    const StrategyMatrix& m = scenario->matrix();
    std::map<std::string, Totals> byPhase;
    std::map<int, Totals> byCell;
    for (const ActualPost& p : actuals->posts) {
        byPhase[p.phase].add(p);
        if (const auto idx = m.find(p.channel, p.phase, p.tier)) {
            byCell[m.flatIndex(*idx)].add(p);
        }
    }
    const std::vector<std::string> finished = actuals->finishedPhases(scenario.value());
    const double spent = actuals->spend();
    if (args->has("json")) {
        Json phases = Json::array();
        for (const std::string& phase : finished) {
            Json cells = Json::array();
            for (const auto& [cell, t] : byCell) {
                const CellIndex idx = m.indexOf(cell);
                if (m.phases()[static_cast<size_t>(idx.phase)] == phase) {
                    Json c = t.json();
                    c["channel"] = m.channels()[static_cast<size_t>(idx.channel)];
                    c["tier"] = m.tiers()[static_cast<size_t>(idx.tier)];
                    cells.push_back(c);
                }
            }
            Json p = byPhase[phase].json();
            p["phase"] = phase;
            p["cells"] = cells;
            phases.push_back(p);
        }
        ctx.out << dumpJson(Json{{"scenario", name},
                                 {"budget", scenario->budget},
                                 {"spent", spent},
                                 {"remaining", scenario->budget - spent},
                                 {"finished_phases", finished},
                                 {"phases", phases}})
                << "\n";
        return kExitOk;
    }
    if (finished.empty()) {
        ctx.out << "no actuals recorded for scenario " << name
                << " (import them with: kolplanner-cli import actuals PROJECT --scenario NAME FILE.csv)\n";
        return kExitOk;
    }
    ctx.out << "scenario " << name << ": " << formatAmount(spent, 0) << " of " << formatAmount(scenario->budget, 0)
            << " spent in " << joinNames(finished) << "; " << formatAmount(scenario->budget - spent, 0) << " left\n";
    for (const std::string& phase : finished) {
        const Totals& t = byPhase[phase];
        ctx.out << phase << ": " << t.posts << " post(s), spend " << formatAmount(t.spend, 0) << ", reach "
                << formatAmount(t.reach, 0) << ", engagements " << formatAmount(t.engagements, 0) << "\n";
        for (const auto& [cell, c] : byCell) {
            const CellIndex idx = m.indexOf(cell);
            if (m.phases()[static_cast<size_t>(idx.phase)] == phase) {
                ctx.out << "  " << m.cellName(idx) << ": " << c.posts << " post(s), spend " << formatAmount(c.spend, 0)
                        << ", reach " << formatAmount(c.reach, 0) << ", engagements " << formatAmount(c.engagements, 0)
                        << "\n";
            }
        }
    }
    return kExitOk;
}

} // namespace kol
