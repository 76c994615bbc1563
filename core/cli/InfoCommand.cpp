// `info` and `vocab`: what a project holds.
#include "CliCommon.h"
#include "base/Text.h"
#include "session/ProjectMarket.h"
#include "store/HistoryStore.h"
#include "store/ScenarioStore.h"

#include <iomanip>

namespace kol {

namespace {
const char* const kInfoHelp = R"(Usage: kolplanner-cli info PROJECT [--json]

Shows the project's file format, its KOLs by channel and tier, posts, scenarios and plans.
  --json   print one JSON object on stdout
)";

const char* const kVocabHelp = R"(Usage: kolplanner-cli vocab PROJECT [--json]
       kolplanner-cli vocab add PROJECT channel|phase|format NAME...
       kolplanner-cli vocab add PROJECT tier NAME --min-followers N

The project's words: the channels, phases, KOL tiers and content formats that KOLs, posts and
scenarios may use. Imports refuse names outside it, so a misspelt channel cannot slip in.
)";

// The vocabulary's channels, phases and formats with few posts in the model's history.
std::vector<std::string> thinCategories(const PerformanceModel& model, const Vocabulary& v)
{
    std::vector<std::string> out;
    for (const auto& [kind, names] :
         {std::pair{"channel", &v.channels}, std::pair{"phase", &v.phases}, std::pair{"format", &v.formats}}) {
        for (const auto& name : *names) {
            const double posts = model.postsOf(kind, name);
            if (posts >= 0 && posts < HistorySupport::kThinPosts) {
                out.push_back(std::string(kind) + " " + name + ": " + formatAmount(posts) + " posts");
            }
        }
    }
    return out;
}

Json vocabularyJson(const Vocabulary& v)
{
    Json tiers = Json::array();
    for (const auto& t : v.tiers) {
        tiers.push_back(Json{{"name", t.name}, {"min_followers", t.minFollowers}});
    }
    return Json{{"channels", jsonStrings(v.channels)},
                {"phases", jsonStrings(v.phases)},
                {"tiers", tiers},
                {"formats", jsonStrings(v.formats)}};
}
} // namespace

int runInfo(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(ctx, argv, {{"json"}}, kInfoHelp, 1, 1, code);
    if (!args) {
        return code;
    }
    auto project = openProject(ctx, args->positional()[0], OpenFor::Reading);
    if (!project) {
        return fail(ctx, project.error());
    }
    auto summary = project.value()->summary();
    auto scenarios = ScenarioStore(*project.value()).list();
    if (!summary || !scenarios) {
        return fail(ctx, project.value()->path() + ": " + (summary ? scenarios.error() : summary.error()));
    }
    const ProjectSummary& s = summary.value();
    if (args->has("json")) {
        Json byChannel = Json::object(), byTier = Json::object(), names = Json::array();
        for (const auto& c : project.value()->vocabulary().channels) {
            byChannel[c] = s.kolsByChannel.at(c);
        }
        for (const auto& [t, n] : s.kolsByTier) {
            byTier[t] = n;
        }
        for (const auto& l : scenarios.value()) {
            names.push_back(l.name);
        }
        Json j{{"path", project.value()->path()},
               {"format_version", s.formatVersion},
               {"created_at", s.createdAt},
               {"kols", s.kols},
               {"posts", s.posts},
               {"scenarios", s.scenarios},
               {"plans", s.plans}};
        j["kols_by_channel"] = byChannel;
        j["kols_by_tier"] = byTier;
        j["scenario_names"] = names;
        j["first_post_date"] = s.firstPostDate.empty() ? Json() : Json(s.firstPostDate);
        j["last_post_date"] = s.lastPostDate.empty() ? Json() : Json(s.lastPostDate);
        j["vocabulary"] = vocabularyJson(project.value()->vocabulary());
        if (auto history = HistoryStore(*project.value()).load()) {
            const auto spend = history->campaignSpend();
            j["campaign_history"] = Json{
                {"campaigns", spend.size()},
                {"rows", history->rows.size()},
                {"min_spend", spend.empty() ? Json() : jsonNumber(*std::min_element(spend.begin(), spend.end()))},
                {"max_spend", spend.empty() ? Json() : jsonNumber(*std::max_element(spend.begin(), spend.end()))}};
        } else {
            return fail(ctx, project.value()->path() + ": " + history.error());
        }
        if (auto model = loadPerformanceModel(*project.value())) {
            Json metrics = Json::object();
            for (const auto& [name, value] : model->metrics) {
                metrics[name] = jsonNumber(value);
            }
            metrics["objective"] = model->objective;
            j["model"] = metrics;
            j["thin_categories"] = jsonStrings(thinCategories(*model, project.value()->vocabulary()));
        } else {
            j["model"] = nullptr;
        }
        ctx.out << dumpJson(j) << "\n";
        return kExitOk;
    }
    std::ostream& o = ctx.out;
    o << "Project     " << project.value()->path() << " (file format " << s.formatVersion << ", created " << s.createdAt
      << ")\n";
    o << "KOLs        " << formatAmount(static_cast<double>(s.kols)) << "\n";
    for (const auto& c : project.value()->vocabulary().channels) {
        o << "  " << std::left << std::setw(18) << c << formatAmount(static_cast<double>(s.kolsByChannel.at(c)))
          << "\n";
    }
    o << "  by tier:";
    for (const auto& t : project.value()->vocabulary().tiers) {
        o << "  " << t.name << " " << formatAmount(static_cast<double>(s.kolsByTier.at(t.name)));
    }
    if (s.kolsByTier.count("(below every tier)")) {
        o << "  below every tier " << formatAmount(static_cast<double>(s.kolsByTier.at("(below every tier)")));
    }
    o << "\nPosts       " << formatAmount(static_cast<double>(s.posts));
    if (s.posts > 0) {
        o << " (" << s.firstPostDate << " to " << s.lastPostDate << ")";
    }
    o << "\nScenarios   " << s.scenarios << "\n";
    for (const auto& l : scenarios.value()) {
        o << "  " << std::left << std::setw(24) << l.name << formatAmount(l.budget) << " " << l.currency << ", "
          << l.plans << " plan(s)\n";
    }
    o << "Plans       " << s.plans << "\n";
    auto history = HistoryStore(*project.value()).load();
    if (!history) {
        return fail(ctx, project.value()->path() + ": " + history.error());
    }
    if (const auto spend = history->campaignSpend(); !spend.empty()) {
        o << "History     " << formatAmount(static_cast<double>(spend.size())) << " past campaigns ("
          << formatAmount(static_cast<double>(history->rows.size())) << " rows), spending "
          << formatAmount(*std::min_element(spend.begin(), spend.end()), 0) << " to "
          << formatAmount(*std::max_element(spend.begin(), spend.end()), 0) << "\n";
    }
    if (auto model = loadPerformanceModel(*project.value())) {
        const auto metric = [&](const char* name) {
            return formatAmount(model->metrics[name], 3);
        };
        o << "Model       fitted for " << model->objective << ": R² " << metric("r2") << " (linear baseline "
          << metric("baseline_r2") << ") on " << formatAmount(model->metrics["validation_rows"]) << " held-out posts";
        if (const auto regret = model->metrics.find("decision_regret"); regret != model->metrics.end()) {
            o << "; budget decision regret " << formatPercent(regret->second);
        }
        o << "\n";
        for (const std::string& thin : thinCategories(*model, project.value()->vocabulary())) {
            o << "  thin history: " << thin << "\n";
        }
    } else {
        o << "Model       " << model.error().substr(model.error().find(": ") + 2) << "\n";
    }
    return kExitOk;
}

int runVocab(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(ctx, argv, {{"json"}, {"min-followers", true}}, kVocabHelp, 1, 1000, code);
    if (!args) {
        return code;
    }
    const auto& pos = args->positional();
    if (pos[0] != "add") {
        if (pos.size() != 1) {
            return fail(ctx, "too many arguments; usage: kolplanner-cli vocab PROJECT [--json]", kExitUsage);
        }
        auto project = openProject(ctx, pos[0], OpenFor::Reading);
        if (!project) {
            return fail(ctx, project.error());
        }
        const Vocabulary& v = project.value()->vocabulary();
        if (args->has("json")) {
            ctx.out << dumpJson(vocabularyJson(v)) << "\n";
            return kExitOk;
        }
        ctx.out << "Channels  " << joinNames(v.channels) << "\nPhases    " << joinNames(v.phases) << "\nTiers    ";
        for (const auto& t : v.tiers) {
            ctx.out << " " << t.name << " (>= " << formatAmount(static_cast<double>(t.minFollowers)) << ")";
        }
        ctx.out << "\nFormats   " << joinNames(v.formats) << "\n";
        return kExitOk;
    }
    if (pos.size() < 4) {
        return fail(ctx, "usage: kolplanner-cli vocab add PROJECT channel|phase|format|tier NAME...", kExitUsage);
    }
    const std::string& kind = pos[2];
    const std::vector<std::string> names(pos.begin() + 3, pos.end());
    Vocabulary add;
    if (kind == "channel") {
        add.channels = names;
    } else if (kind == "phase") {
        add.phases = names;
    } else if (kind == "format") {
        add.formats = names;
    } else if (kind == "tier") {
        auto minFollowers = args->number("min-followers");
        if (!minFollowers || !minFollowers.value()) {
            return fail(ctx, minFollowers ? "a tier needs --min-followers N" : minFollowers.error(), kExitUsage);
        }
        for (const auto& n : names) {
            add.tiers.push_back({n, static_cast<int64_t>(*minFollowers.value())});
        }
    } else {
        return fail(ctx, "unknown kind '" + kind + "' (channel, phase, format or tier)", kExitUsage);
    }
    auto project = openProject(ctx, pos[1], OpenFor::WritingOrCreate); // like import, creates a new project
    if (!project) {
        return fail(ctx, project.error());
    }
    if (Status s = project.value()->extendVocabulary(add); !s) {
        return fail(ctx, s.message());
    }
    return kExitOk;
}

} // namespace kol
