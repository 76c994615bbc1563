// `scenario list|show|new|set|copy|rename|delete`.
#include "CliCommon.h"
#include "base/Text.h"
#include "model/Scenario.h"
#include "store/ScenarioStore.h"

namespace kol {

namespace {
const char* const kHelp = R"(Usage: kolplanner-cli scenario SUBCOMMAND PROJECT ...

  list PROJECT [--json]            the project's scenarios
  show PROJECT NAME [--json]       a scenario's requirements, rules, template and matrix
  new PROJECT NAME [OPTIONS]       a new scenario with defaults (1,000,000 CNY, every channel,
                                   Warm-up/Launch/Sustain from --start or today, Head/Mid/Tail)
  set PROJECT NAME OPTIONS         change a scenario
  copy PROJECT FROM TO             duplicate a scenario (without its plans)
  rename PROJECT FROM TO
  delete PROJECT NAME              delete a scenario and its plans

Options of new and set (every change is validated; if any is wrong, nothing is saved):
  --budget X                 total budget (250000, 250k, 1.5m)
  --currency CODE            e.g. CNY
  --notes TEXT
  --start YYYY-MM-DD         (new only) first day of the default phases
  --channels A,B,...         the scenario's channels, in order
  --tiers A,B,...            the scenario's KOL tiers, largest first
  --phases P=START..END,...  phases with dates; a phase already in the scenario may omit dates
  --formats A,B,...|all      content formats the plan may buy
  --hierarchy on|off         tier hierarchy rule (Head >= Mid >= Tail in each channel and phase)
  --max-cell-share S         no cell above this share of the budget (30% or 0.3)
  --channel-share C=LO..HI   a channel's share bounds, e.g. Douyin=10%..40% (or C=none); repeatable
  --weights K=V,...          composite score weights: reach, engagement, quality,
                             price_efficiency, format_fit
  --template-channels C=W,...  expert template weights (normalised over the scenario's axis)
  --template-phases P=W,...
  --template-tiers T=W,...
  --cell CH/PH/TI:K=V,...    cell constraints: lock=X|none, min=X, max=X|none, enabled=yes|no, and
                             note=TEXT|none (last: the rest of the value is the note, commas too);
                             '*' matches any channel, phase or tier; repeatable, applied in order
  --rival NAME:BUDGET[:CHANNELS[:PREFERENCE]]  a rival advertiser (compete, compare and the PDF
                             report value plans against the rivals); channels it prefers joined by
                             '+', a post on them worth PREFERENCE times as much to it (default 2);
                             repeatable: the rivals given replace the scenario's; --rival none
                             removes them all

Example:
  kolplanner-cli scenario set p.kolplan Baseline --budget 2m --cell "Douyin/Launch/Head:lock=300k" \
      --cell "Weibo/*/*:enabled=no" --channel-share Xiaohongshu=20%..50%
)";

int list(CliContext& ctx, const Args& args)
{
    auto project = openProject(ctx, args.positional()[1], OpenFor::Reading);
    if (!project) {
        return fail(ctx, project.error());
    }
    auto scenarios = ScenarioStore(*project.value()).list();
    if (!scenarios) {
        return fail(ctx, scenarios.error());
    }
    if (args.has("json")) {
        Json list = Json::array();
        for (const auto& l : scenarios.value()) {
            list.push_back(Json{{"name", l.name},
                                {"budget", jsonNumber(l.budget)},
                                {"currency", l.currency},
                                {"cells", l.cells},
                                {"plans", l.plans},
                                {"modified_at", l.modifiedAt}});
        }
        ctx.out << dumpJson(Json{{"scenarios", list}}) << "\n";
        return kExitOk;
    }
    if (scenarios->empty()) {
        ctx.err << "no scenarios yet; create one with 'kolplanner-cli scenario new PROJECT NAME'\n";
    }
    for (const auto& l : scenarios.value()) {
        ctx.out << l.name << "\t" << formatAmount(l.budget) << " " << l.currency << "\t" << l.cells << " cells\t"
                << l.plans << " plans\t" << l.modifiedAt << "\n";
    }
    return kExitOk;
}

int show(CliContext& ctx, const Args& args)
{
    auto project = openProject(ctx, args.positional()[1], OpenFor::Reading);
    if (!project) {
        return fail(ctx, project.error());
    }
    auto scenario = ScenarioStore(*project.value()).load(args.positional()[2]);
    if (!scenario) {
        return fail(ctx, scenario.error());
    }
    if (args.has("json")) {
        ctx.out << dumpJson(scenarioToJson(scenario.value())) << "\n";
    } else {
        printScenario(ctx.out, scenario.value());
    }
    return kExitOk;
}

int createOrEdit(CliContext& ctx, const Args& args, bool create)
{
    auto project = openProject(ctx, args.positional()[1], create ? OpenFor::WritingOrCreate : OpenFor::Writing);
    if (!project) {
        return fail(ctx, project.error());
    }
    ScenarioStore store(*project.value());
    const std::string& name = args.positional()[2];
    Scenario s;
    if (create) {
        Date start = Date::today();
        if (auto text = args.value("start")) {
            const auto d = Date::parse(*text);
            if (!d) {
                return fail(ctx, "--start: '" + *text + "' is not a date YYYY-MM-DD", kExitUsage);
            }
            start = *d;
        }
        s = Scenario::makeDefault(name, start);
        if (store.exists(name)) {
            return fail(ctx, "a scenario named '" + name + "' already exists");
        }
    } else {
        auto loaded = store.load(name);
        if (!loaded) {
            return fail(ctx, loaded.error());
        }
        s = loaded.take();
    }
    if (Status st = applyScenarioEdits(s, args, project.value()->vocabulary()); !st) {
        return fail(ctx, st.message());
    }
    if (Status st = store.save(s); !st) {
        return fail(ctx, st.message());
    }
    ctx.err << (create ? "created scenario " : "saved scenario ") << name << "\n";
    return kExitOk;
}

int twoNames(CliContext& ctx, const Args& args, const std::string& sub)
{
    auto project = openProject(ctx, args.positional()[1], OpenFor::Writing);
    if (!project) {
        return fail(ctx, project.error());
    }
    ScenarioStore store(*project.value());
    const auto& p = args.positional();
    Status st = sub == "copy" ? store.copy(p[2], p[3])
        : sub == "rename"     ? store.rename(p[2], p[3])
                              : store.remove(p[2]);
    if (!st) {
        return fail(ctx, st.message());
    }
    ctx.err << (sub == "delete" ? "deleted scenario " + p[2] : sub + " " + p[2] + " -> " + p[3]) << "\n";
    return kExitOk;
}
} // namespace

int runScenario(CliContext& ctx, const std::vector<std::string>& argv)
{
    std::vector<OptionSpec> spec = scenarioEditOptions();
    spec.push_back({"json"});
    spec.push_back({"start", true});
    int code = 0;
    const auto args = parseCommand(ctx, argv, spec, kHelp, 2, 4, code);
    if (!args) {
        return code;
    }
    const std::string sub = args->positional()[0];
    const size_t n = args->positional().size();
    const bool edits = args->ordered().size() > (args->has("json") ? 1u : 0u);
    struct Shape
    {
        const char* name;
        size_t positionals;
        bool takesEdits;
    };
    for (const Shape& shape :
         {Shape{"list", 2, false}, Shape{"show", 3, false}, Shape{"new", 3, true}, Shape{"set", 3, true},
          Shape{"copy", 4, false}, Shape{"rename", 4, false}, Shape{"delete", 3, false}}) {
        if (sub != shape.name) {
            continue;
        }
        if (n != shape.positionals) {
            return fail(ctx,
                        "scenario " + sub + " takes " + std::to_string(shape.positionals - 1)
                            + " argument(s); see 'kolplanner-cli scenario --help'",
                        kExitUsage);
        }
        if (edits && !shape.takesEdits) {
            return fail(ctx, "scenario " + sub + " takes no options other than --json", kExitUsage);
        }
        if (args->has("start") && sub != "new") {
            return fail(ctx, "--start applies only to 'scenario new'", kExitUsage);
        }
        if (sub == "list") {
            return list(ctx, *args);
        }
        if (sub == "show") {
            return show(ctx, *args);
        }
        if (sub == "new" || sub == "set") {
            if (sub == "set" && !edits) {
                return fail(ctx, "scenario set: nothing to change; see 'kolplanner-cli scenario --help'", kExitUsage);
            }
            return createOrEdit(ctx, *args, sub == "new");
        }
        return twoNames(ctx, *args, sub);
    }
    return fail(ctx, "unknown scenario subcommand '" + sub + "' (list, show, new, set, copy, rename, delete)",
                kExitUsage);
}

} // namespace kol
