// `abtest`: content A/B tests of a scenario: create, import or simulate rounds, recommend the next
// round's split with each method, show and export.
#include "CliCommon.h"
#include "abtest/AbMethods.h"
#include "abtest/AbSimulator.h"
#include "base/Amount.h"
#include "base/Numbers.h"
#include "base/Text.h"
#include "model/Vocabulary.h"
#include "report/AbTestCsv.h"
#include "report/PlanExport.h"
#include "store/AbTestStore.h"

#include <fmt/format.h>
#include <fstream>

namespace kol {

namespace {
const char* const kHelp = R"(Usage: kolplanner-cli abtest SUBCOMMAND PROJECT --scenario NAME [--test NAME] [OPTIONS]

Content A/B tests of a scenario's posts: variants, audience segments and rounds of results.
  list PROJECT --scenario S                       the scenario's tests
  new PROJECT --scenario S --test T --variant V... --segment G... [--brief TEXT]
        --variant NAME[|HEADLINE[|COPY[|COVER[|CALL TO ACTION]]]]  (2 to 12; text parts split by '|')
        --segment NAME[:channel=C,tier=T,age=A,interests=a+b]      (1 to 40)
  demo PROJECT --scenario S --test T [--variants N] [--segments N]
        a test over a simulated market's segments and variants, without results
  import PROJECT --scenario S --test T FILE.csv   adds rounds: round, variant, segment, impressions,
        clicks, conversions (all or nothing; each bad row is named with its line)
  simulate PROJECT --scenario S --test T --rounds N [--method M] [--impressions N] [--drift X]
        [--switch-at R] [--seed N]   adds N rounds drawn from a simulated market (segments with
        their own rates per variant that drift by X per round on the logit scale), each round's
        split as method M recommends it (default thompson)
  recommend PROJECT --scenario S --test T [--method M|all] [--metric clicks|conversions] [--json]
        each variant's rate per segment with its 95% interval, its probability of being the
        segment's best, and the next round's split
  show PROJECT --scenario S --test T [--json]     variants, segments and rounds
  export PROJECT --scenario S --test T --csv FILE [--method M]   the rounds and the method's estimates
  draft PROJECT --scenario S --test T --segment G [--endpoint URL] [--count N] [--add]
        new variants drafted by a language model server on your machine (abtest draft --help)
  delete PROJECT --scenario S --test T
Methods: fixed (an even split, a two-proportion z-test with Bonferroni correction and a stopping
rule: at least --min-impressions per variant, default 1,000), thompson (Thompson sampling on Beta
posteriors), linucb (a linear contextual bandit on the segments' channel, tier, age band and
interests), dts (discounted Thompson sampling: the memory reward estimator, --discount per round of
age, default 0.7, to follow drifting preferences), actor-critic (a policy over the segment's
variants trained with LibTorch on rewards drawn from the memory estimator, its input fusing the
segment's portrait, the context and the variant's text as hashed n-grams; about 0.4 s).
)";

std::vector<std::string> parts(const std::string& text, char sep)
{
    std::vector<std::string> out;
    size_t at = 0;
    while (true) {
        const size_t next = text.find(sep, at);
        out.push_back(
            std::string(trimmedView(text.substr(at, next == std::string::npos ? std::string::npos : next - at))));
        if (next == std::string::npos) {
            return out;
        }
        at = next + 1;
    }
}

Result<AbSegment> parseSegment(const std::string& text, const Vocabulary& v)
{
    const auto bad = [&](const std::string& why) {
        return Result<AbSegment>::failure("--segment " + quoteValue(text, 80) + ": " + why);
    };
    AbSegment s;
    const size_t colon = text.find(':');
    s.name = std::string(trimmedView(text.substr(0, colon)));
    if (colon == std::string::npos) {
        return s;
    }
    for (const auto& item : parts(text.substr(colon + 1), ',')) {
        const size_t eq = item.find('=');
        const std::string key = item.substr(0, eq), value = eq == std::string::npos ? "" : item.substr(eq + 1);
        if (eq == std::string::npos) {
            return bad(quoteValue(item, 40) + " is not KEY=VALUE (channel, tier, age, interests)");
        }
        if (key == "channel") {
            const auto c = v.findChannel(value);
            if (!c) {
                return bad(quoteValue(value, 40) + " is not a channel of the project");
            }
            s.channel = *c;
        } else if (key == "tier") {
            const auto t = v.findTier(value);
            if (!t) {
                return bad(quoteValue(value, 40) + " is not a tier of the project");
            }
            s.tier = *t;
        } else if (key == "age") {
            s.ageBand = value;
        } else if (key == "interests") {
            s.interests = parts(value, '+');
        } else {
            return bad("unknown key " + quoteValue(key, 40) + " (channel, tier, age, interests)");
        }
    }
    return s;
}

Json recommendationToJson(const AbTest& t, const AbRecommendation& r)
{
    Json segments = Json::array();
    for (size_t s = 0; s < t.segments.size(); ++s) {
        Json variants = Json::array();
        for (size_t v = 0; v < t.variants.size(); ++v) {
            const AbCell& c = r.cells[s][v];
            variants.push_back({{"variant", t.variants[v].name},
                                {"impressions", c.impressions},
                                {"successes", c.successes},
                                {"rate", jsonNumber(c.rate)},
                                {"low", jsonNumber(c.low)},
                                {"high", jsonNumber(c.high)},
                                {"prob_best", jsonNumber(c.probBest)},
                                {"share", jsonNumber(c.share)}});
        }
        segments.push_back({{"segment", t.segments[s].name}, {"variants", variants}});
    }
    return Json{
        {"method", r.method}, {"next_round", r.nextRound}, {"segments", segments}, {"notes", jsonStrings(r.notes)}};
}

void printRecommendation(std::ostream& out, const AbTest& t, const AbRecommendation& r)
{
    out << r.method << ": the split for round " << r.nextRound << "\n";
    for (size_t s = 0; s < t.segments.size(); ++s) {
        out << "  " << t.segments[s].name << "\n"
            << fmt::format("    {:<12} {:>12} {:>9} {:>18} {:>8} {:>7}\n", "variant", "impressions", "rate",
                           "95% interval", "P(best)", "split");
        for (size_t v = 0; v < t.variants.size(); ++v) {
            const AbCell& c = r.cells[s][v];
            out << fmt::format("    {:<12} {:>12} {:>8.2f}% {:>8.2f}%–{:>6.2f}% {:>7.1f}% {:>6.1f}%\n",
                               t.variants[v].name, formatAmount(static_cast<double>(c.impressions), 0), 100 * c.rate,
                               100 * c.low, 100 * c.high, 100 * c.probBest, 100 * c.share);
        }
    }
    for (const auto& note : r.notes) {
        out << "  note: " << note << "\n";
    }
}

Result<AbOptions> abOptions(const Args& args)
{
    AbOptions o;
    if (const auto m = args.value("metric")) {
        if (*m != "clicks" && *m != "conversions") {
            return Result<AbOptions>::failure("--metric must be clicks or conversions, not " + quoteValue(*m, 40));
        }
        o.metric = *m == "clicks" ? AbMetric::Clicks : AbMetric::Conversions;
    }
    auto discount = args.number("discount", 0.01, 1);
    auto minimum = args.number("min-impressions", 1, 1e12, true);
    auto seed = args.number("seed", 0, 1e15, true);
    for (const auto* r : {&discount, &minimum, &seed}) {
        if (!*r) {
            return r->status();
        }
    }
    o.discount = discount.value().value_or(o.discount);
    o.minImpressions = static_cast<int64_t>(minimum.value().value_or(static_cast<double>(o.minImpressions)));
    o.seed = static_cast<uint64_t>(seed.value().value_or(1));
    return o;
}
} // namespace

int runAbTest(CliContext& ctx, const std::vector<std::string>& argv)
{
    if (!argv.empty() && argv[0] == "draft") {
        return runAbDraft(ctx, argv);
    }
    int code = 0;
    const auto args = parseCommand(ctx, argv,
                                   {{"scenario", true},
                                    {"test", true},
                                    {"variant", true, true},
                                    {"segment", true, true},
                                    {"brief", true},
                                    {"variants", true},
                                    {"segments", true},
                                    {"rounds", true},
                                    {"method", true},
                                    {"impressions", true},
                                    {"drift", true},
                                    {"switch-at", true},
                                    {"seed", true},
                                    {"metric", true},
                                    {"discount", true},
                                    {"min-impressions", true},
                                    {"csv", true},
                                    {"json"}},
                                   kHelp, 2, 3, code);
    if (!args) {
        return code;
    }
    const std::string sub = args->positional()[0];
    const std::string path = args->positional()[1];
    const bool writes = sub == "new" || sub == "demo" || sub == "import" || sub == "simulate" || sub == "delete";
    const std::vector<std::string> known
        = {"list", "new", "demo", "import", "simulate", "recommend", "show", "export", "delete", "draft"};
    if (std::find(known.begin(), known.end(), sub) == known.end()) {
        return fail(ctx, "unknown abtest subcommand " + quoteValue(sub, 40) + " (" + joinNames(known) + ")",
                    kExitUsage);
    }
    if (sub == "draft") {
        return runAbDraft(ctx, argv);
    }
    if (!args->value("scenario") || (sub != "list" && !args->value("test"))) {
        return fail(ctx, "abtest " + sub + " needs --scenario NAME" + (sub == "list" ? "" : " and --test NAME"),
                    kExitUsage);
    }
    if ((sub == "import") != (args->positional().size() == 3)) {
        return fail(ctx,
                    sub == "import" ? "abtest import needs the CSV file after the project"
                                    : "abtest " + sub + " takes only the project as argument",
                    kExitUsage);
    }
    auto project = openProject(ctx, path, writes ? OpenFor::Writing : OpenFor::Reading);
    if (!project) {
        return fail(ctx, project.error());
    }
    ProjectFile& p = *project.value();
    AbTestStore store(p);
    const std::string scenario = *args->value("scenario");
    const std::string name = args->value("test").value_or("");
    if (sub == "list") {
        auto names = store.list(scenario);
        if (!names) {
            return fail(ctx, names.error());
        }
        if (args->has("json")) {
            ctx.out << dumpJson(jsonStrings(names.value())) << "\n";
        } else {
            for (const auto& n : names.value()) {
                ctx.out << n << "\n";
            }
        }
        return kExitOk;
    }
    if (sub == "new" || sub == "demo") {
        AbTest t;
        if (sub == "demo") {
            auto variants = args->number("variants", 2, kMaxAbVariants, true);
            auto segments = args->number("segments", 1, kMaxAbSegments, true);
            if (!variants || !segments) {
                return fail(ctx, !variants ? variants.error() : segments.error(), kExitUsage);
            }
            AbSimulation sim;
            sim.variants = static_cast<int>(variants.value().value_or(4));
            sim.segments = static_cast<int>(segments.value().value_or(4));
            t = AbMarket(sim).makeTest(name, scenario);
        } else {
            t.name = name;
            t.scenario = scenario;
            t.brief = args->value("brief").value_or("");
            for (const auto& text : args->values("variant")) {
                const auto f = parts(text, '|');
                if (f.size() > 5) {
                    return fail(ctx, "--variant " + quoteValue(text, 80) + ": at most 5 parts split by '|'",
                                kExitUsage);
                }
                AbVariant v;
                std::string* fields[] = {&v.name, &v.headline, &v.copy, &v.cover, &v.callToAction};
                for (size_t i = 0; i < f.size(); ++i) {
                    *fields[i] = f[i];
                }
                t.variants.push_back(v);
            }
            for (const auto& text : args->values("segment")) {
                auto s = parseSegment(text, p.vocabulary());
                if (!s) {
                    return fail(ctx, s.error(), kExitUsage);
                }
                t.segments.push_back(s.take());
            }
        }
        if (Status s = store.create(t); !s) {
            return fail(ctx, s.message());
        }
        ctx.err << "created A/B test " << quoteValue(name, 100) << " of scenario " << quoteValue(scenario, 100) << " ("
                << t.variants.size() << " variants, " << t.segments.size() << " segments)\n";
        return kExitOk;
    }
    if (sub == "delete") {
        if (Status s = store.remove(scenario, name); !s) {
            return fail(ctx, s.message());
        }
        ctx.err << "deleted A/B test " << quoteValue(name, 100) << "\n";
        return kExitOk;
    }
    if (sub == "import") {
        auto report = importAbResults(p, scenario, name, args->positional()[2]);
        if (!report) {
            return fail(ctx, report.error());
        }
        for (const auto& problem : report->problems) {
            ctx.err << problem << "\n";
        }
        if (!report->committed) {
            return fail(ctx,
                        args->positional()[2] + ": " + std::to_string(report->badRows)
                            + " bad row(s); nothing was imported");
        }
        ctx.err << "imported " << report->added << " result row(s) into A/B test " << quoteValue(name, 100) << "\n";
        return kExitOk;
    }
    auto test = store.load(scenario, name);
    if (!test) {
        return fail(ctx, test.error());
    }
    auto options = abOptions(*args);
    if (!options) {
        return fail(ctx, options.error(), kExitUsage);
    }
    if (sub == "simulate") {
        auto rounds = args->number("rounds", 1, 200, true);
        auto impressions = args->number("impressions", 10, 1e9, true);
        auto drift = args->number("drift", 0, 2);
        auto switchAt = args->number("switch-at", 0, kMaxAbRounds, true);
        for (const auto* r : {&rounds, &impressions, &drift, &switchAt}) {
            if (!*r) {
                return fail(ctx, r->error(), kExitUsage);
            }
        }
        if (!rounds.value()) {
            return fail(ctx, "abtest simulate needs --rounds N", kExitUsage);
        }
        if (test->lastRound() + *rounds.value() > kMaxAbRounds) {
            return fail(ctx, "a test has at most " + std::to_string(kMaxAbRounds) + " rounds", kExitUsage);
        }
        const std::string method = args->value("method").value_or("thompson");
        AbSimulation sim;
        sim.variants = static_cast<int>(test->variants.size());
        sim.segments = static_cast<int>(test->segments.size());
        sim.impressionsPerSegment = static_cast<int64_t>(impressions.value().value_or(2000));
        sim.drift = drift.value().value_or(0);
        sim.switchAt = static_cast<int>(switchAt.value().value_or(0));
        sim.seed = options->seed;
        const AbMarket market(sim);
        Random random(options->seed ^ 0x5DEECE66DULL ^ static_cast<uint64_t>(test->lastRound()));
        const int first = test->lastRound() + 1;
        for (int round = first; round < first + static_cast<int>(*rounds.value()); ++round) {
            auto r = recommendAb(test.value(), method, options.value());
            if (!r) {
                return fail(ctx, r.error(), kExitUsage);
            }
            std::vector<std::vector<double>> split;
            for (const auto& cells : r->cells) {
                split.emplace_back();
                for (const AbCell& c : cells) {
                    split.back().push_back(c.share);
                }
            }
            const auto rows = simulateRound(market, test.value(), round, split, random);
            test->results.insert(test->results.end(), rows.begin(), rows.end());
        }
        if (Status s = store.save(test.value()); !s) {
            return fail(ctx, s.message());
        }
        ctx.err << "simulated rounds " << first << " to " << test->lastRound() << " with " << method << "\n";
        return kExitOk;
    }
    if (sub == "show") {
        if (args->has("json")) {
            Json variants = Json::array(), segments = Json::array(), results = Json::array();
            for (const auto& v : test->variants) {
                variants.push_back({{"name", v.name},
                                    {"headline", v.headline},
                                    {"copy", v.copy},
                                    {"cover", v.cover},
                                    {"call_to_action", v.callToAction}});
            }
            for (const auto& s : test->segments) {
                segments.push_back({{"name", s.name},
                                    {"channel", s.channel},
                                    {"tier", s.tier},
                                    {"age_band", s.ageBand},
                                    {"interests", jsonStrings(s.interests)}});
            }
            for (const auto& r : test->results) {
                results.push_back({{"round", r.round},
                                   {"variant", r.variant},
                                   {"segment", r.segment},
                                   {"impressions", r.impressions},
                                   {"clicks", r.clicks},
                                   {"conversions", r.conversions}});
            }
            ctx.out << dumpJson(Json{{"name", test->name},
                                     {"scenario", scenario},
                                     {"brief", test->brief},
                                     {"variants", variants},
                                     {"segments", segments},
                                     {"results", results}})
                    << "\n";
            return kExitOk;
        }
        ctx.out << "A/B test " << test->name << " of scenario " << scenario << "\n";
        if (!test->brief.empty()) {
            ctx.out << "Brief: " << test->brief << "\n";
        }
        for (const auto& v : test->variants) {
            ctx.out << "Variant  " << v.name << ": " << v.headline
                    << (v.callToAction.empty() ? "" : " / " + v.callToAction) << "\n";
        }
        for (const auto& s : test->segments) {
            ctx.out << "Segment  " << s.name << ": " << (s.channel.empty() ? "any channel" : s.channel) << ", "
                    << (s.tier.empty() ? "any tier" : s.tier) << ", age " << (s.ageBand.empty() ? "any" : s.ageBand)
                    << (s.interests.empty() ? "" : ", interests " + joinNames(s.interests)) << "\n";
        }
        ctx.out << "Rounds   " << test->lastRound() << " (" << test->results.size() << " result rows)\n";
        return kExitOk;
    }
    std::vector<std::string> methods;
    const std::string chosen = args->value("method").value_or(sub == "export" ? "thompson" : "all");
    if (sub == "export" && chosen == "all") {
        return fail(ctx, "abtest export takes one --method (fixed, thompson, linucb, dts, actor-critic)", kExitUsage);
    }
    methods = chosen == "all" ? abMethodNames() : std::vector<std::string>{chosen};
    Json all = Json::array();
    std::string csv;
    for (const auto& method : methods) {
        auto r = recommendAb(test.value(), method, options.value());
        if (!r) {
            return fail(ctx, r.error(), kExitUsage);
        }
        if (sub == "export") {
            csv = abTestCsv(test.value(), r.value());
        } else if (args->has("json")) {
            all.push_back(recommendationToJson(test.value(), r.value()));
        } else {
            printRecommendation(ctx.out, test.value(), r.value());
        }
    }
    if (sub == "export") {
        const auto file = args->value("csv");
        if (!file) {
            return fail(ctx, "abtest export needs --csv FILE", kExitUsage);
        }
        if (Status s = writeFileAtomically(*file, csv); !s) {
            return fail(ctx, s.message());
        }
        ctx.err << "exported A/B test " << quoteValue(name, 100) << " to " << *file << "\n";
    } else if (args->has("json")) {
        ctx.out << dumpJson(Json{{"test", name}, {"scenario", scenario}, {"methods", all}}) << "\n";
    }
    return kExitOk;
}

} // namespace kol
