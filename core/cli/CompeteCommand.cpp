// `compete`: what rival advertisers cost the scenario, with a plan learned against them.
#include "CliCommon.h"
#include "alloc/Competition.h"
#include "base/Amount.h"
#include "base/Numbers.h"
#include "base/Text.h"
#include "model/Vocabulary.h"

#include <cmath>
#include <fmt/format.h>

namespace kol {

namespace {
const char* const kHelp
    = R"(Usage: kolplanner-cli compete PROJECT --scenario NAME [--rival NAME:BUDGET[:CHANNELS[:PREFERENCE]]...]
                              [--iterations N] [--json]

Rival advertisers buy from the same KOLs as the scenario. Each cell's inventory is its KOLs'
posts in that phase, worth its list cost (every KOL at its cheapest price); while the money of all
advertisers in a cell is below that, it buys the best KOLs at list prices, and above it prices
rise in proportion, so the money buys the whole inventory and no more (a trading post). Each
advertiser gets the share of what the cell's money bought that its money paid for, valued with
the market's overlap, carry-over and saturation. Every advertiser learns its spread at once
(exponentiated gradient on its own effect); the scenario's plan keeps its locks, bounds, channel
shares and budget and pays the scenario's soft-rule penalties. Prints each advertiser's budget and
effect, what competition costs (optimal's plan alone, the same plan against the rivals, the plan
learned against them), the equilibrium gap as it closes (the largest best-response gain that a
local search finds, as a share of that advertiser's effect: a lower bound) and the most contested
cells of the plan with their price factor and KOLs. Stores nothing.
  --rival NAME:BUDGET[:CHANNELS[:PREFERENCE]]  a rival (repeat for more): its budget, the channels
               it prefers joined by '+' (e.g. Douyin+Kuaishou) and how many times as much a post on
               them is worth to it (default 2). Without --rival, the scenario's stored rivals
               (scenario set --rival) play
  --iterations N  learning iterations, 10 to 5,000 (default 150; about 5 ms each on the demo)
  --json       print {"advertisers": [{"name", "budget", "spend", "effect"}], "effect_alone",
               "effect_ignoring_rivals", "effect_learned", "cost_of_competition", "kept_alone_plan", "gap":
               [{"iteration", "gap"}], "contested": [{"channel", "phase", "tier", "price_factor",
               "rival_share", "our_money", "kols"}], "plan": [{"channel", "phase", "tier", "amount"}]}
)";

} // namespace

int runCompete(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(
        ctx, argv, {{"scenario", true}, {"rival", true, true}, {"iterations", true}, {"json"}}, kHelp, 1, 1, code);
    if (!args) {
        return code;
    }
    if (!args->value("scenario")) {
        return fail(ctx, "compete needs --scenario NAME", kExitUsage);
    }
    auto iterations = args->number("iterations", 10, 5000, true);
    if (!iterations) {
        return fail(ctx, iterations.error(), kExitUsage);
    }
    auto session = openSession(ctx, args->positional()[0], OpenFor::Reading);
    if (!session) {
        return fail(ctx, session.error());
    }
    CompetitionOptions o;
    for (const auto& text : args->values("rival")) {
        auto rival = parseRivalOption(text, session.value()->project().vocabulary());
        if (!rival) {
            return fail(ctx, rival.error(), kExitUsage);
        }
        for (const Rival& other : o.rivals) {
            if (toLowerAscii(other.name) == toLowerAscii(rival->name)) {
                return fail(
                    ctx, "--rival " + quoteValue(text, 80) + ": another rival is named " + quoteValue(other.name, 60),
                    kExitUsage);
            }
        }
        if (toLowerAscii(rival->name) == "us") {
            return fail(ctx,
                        "--rival " + quoteValue(text, 80) + ": 'us' is the scenario itself; name the rival otherwise",
                        kExitUsage);
        }
        o.rivals.push_back(rival.take());
    }
    auto market = session.value()->market(*args->value("scenario"));
    if (!market) {
        return fail(ctx, market.error());
    }
    if (o.rivals.empty()) {
        o.rivals = market.value()->scenario().rivals;
    }
    if (o.rivals.empty()) {
        return fail(ctx,
                    "scenario " + quoteValue(*args->value("scenario"), 100)
                        + " has no rivals: give --rival NAME:BUDGET, or store them with 'kolplanner-cli scenario set "
                          "PROJECT NAME --rival NAME:BUDGET'",
                    kExitUsage);
    }
    o.learning.iterations = static_cast<int>(iterations.value().value_or(150));
    InterruptGuard interrupt;
    o.learning.cancel = InterruptGuard::flag();
    auto result = playCompetition(*market.value(), o);
    if (!result) {
        return fail(ctx, result.error(), InterruptGuard::interrupted() ? kExitInterrupted : kExitFailure);
    }
    const CompetitionResult& r = result.value();
    const Scenario& s = market.value()->scenario();
    const StrategyMatrix& m = s.matrix();
    const double cost = r.effectAlone > 0 ? 1 - r.effectContested / r.effectAlone : 0.0;
    auto spendOf = [](const std::vector<double>& money) {
        double total = 0;
        for (double x : money) {
            total += x;
        }
        return total;
    };
    if (args->has("json")) {
        Json j;
        Json advertisers = Json::array();
        for (size_t a = 0; a < r.advertisers.size(); ++a) {
            advertisers.push_back({{"name", r.advertisers[a]},
                                   {"budget", jsonNumber(a == 0 ? s.budget : o.rivals[a - 1].budget)},
                                   {"spend", jsonNumber(spendOf(r.money[a]))},
                                   {"effect", jsonNumber(r.effects[a])}});
        }
        j["advertisers"] = advertisers;
        j["effect_alone"] = jsonNumber(r.effectAlone);
        j["effect_ignoring_rivals"] = jsonNumber(r.effectIgnoring);
        j["effect_learned"] = jsonNumber(r.effectContested);
        j["cost_of_competition"] = jsonNumber(cost);
        j["kept_alone_plan"] = r.keptAlonePlan;
        Json gap = Json::array();
        for (const auto& it : r.history) {
            gap.push_back({{"iteration", it.iteration}, {"gap", jsonNumber(it.equilibriumGap)}});
        }
        j["gap"] = gap;
        Json contested = Json::array();
        for (const auto& c : r.contested) {
            const CellIndex i = m.indexOf(c.cell);
            contested.push_back({{"channel", m.channels()[static_cast<size_t>(i.channel)]},
                                 {"phase", m.phases()[static_cast<size_t>(i.phase)]},
                                 {"tier", m.tiers()[static_cast<size_t>(i.tier)]},
                                 {"price_factor", jsonNumber(c.priceFactor)},
                                 {"rival_share", jsonNumber(c.rivalShare)},
                                 {"our_money", jsonNumber(c.ourMoney)},
                                 {"kols", jsonStrings(c.kols)}});
        }
        j["contested"] = contested;
        Json plan = Json::array();
        for (int cell = 0; cell < m.cellCount(); ++cell) {
            const CellIndex i = m.indexOf(cell);
            plan.push_back({{"channel", m.channels()[static_cast<size_t>(i.channel)]},
                            {"phase", m.phases()[static_cast<size_t>(i.phase)]},
                            {"tier", m.tiers()[static_cast<size_t>(i.tier)]},
                            {"amount", jsonNumber(r.ourPlan[static_cast<size_t>(cell)])}});
        }
        j["plan"] = plan;
        ctx.out << dumpJson(j) << "\n";
        return kExitOk;
    }
    ctx.out << fmt::format("{:<24} {:>14} {:>14} {:>12}\n", "advertiser", "budget", "spend", "effect");
    for (size_t a = 0; a < r.advertisers.size(); ++a) {
        const std::string name = a == 0 ? "us (" + s.name + ")" : r.advertisers[a];
        ctx.out << fmt::format("{:<24} {:>14} {:>14} {:>12}\n", name,
                               formatAmount(a == 0 ? s.budget : o.rivals[a - 1].budget, 0),
                               formatAmount(spendOf(r.money[a]), 0), formatAmount(r.effects[a], 2));
    }
    ctx.out << "\nWhat competition costs at the budget of " << formatAmount(s.budget, 0) << ":\n"
            << "  optimal's plan, no rivals:              " << formatAmount(r.effectAlone, 2) << "\n"
            << "  the same plan against the rivals:       " << formatAmount(r.effectIgnoring, 2) << "\n"
            << "  the plan learned against the rivals:    " << formatAmount(r.effectContested, 2) << " ("
            << formatPercent(std::abs(cost))
            << (cost >= 0 ? " less than alone)\n"
                          : " more than alone: the rivals' money buys KOLs that its own could not)\n");
    if (r.keptAlonePlan) {
        ctx.out << "  (the spread learned against the rivals did worse than optimal's plan made alone, so that "
                   "plan is kept)\n";
    }
    ctx.out << "\nEquilibrium gap (the largest best-response gain, as a share of that advertiser's effect):\n ";
    for (const auto& it : r.history) {
        ctx.out << " " << it.iteration << ": " << formatPercent(it.equilibriumGap);
    }
    ctx.out << "\n\nMost contested cells of the plan (price factor, rivals' share of the money, the KOLs it "
               "buys; cells where the plan puts 0.5% of its budget or more, by what the rivals make it pay above "
               "list prices):\n";
    for (size_t k = 0; k < r.contested.size() && k < 8; ++k) {
        const auto& c = r.contested[k];
        const CellIndex i = m.indexOf(c.cell);
        ctx.out << fmt::format("  {}/{}/{}: x{:.2f}, {} of the money; {}\n",
                               m.channels()[static_cast<size_t>(i.channel)], m.phases()[static_cast<size_t>(i.phase)],
                               m.tiers()[static_cast<size_t>(i.tier)], c.priceFactor, formatPercent(c.rivalShare),
                               joinNames(c.kols, ", "));
    }
    if (r.contested.empty()) {
        ctx.out << "  none: in no cell where the plan puts 0.5% of its budget or more do the rivals pay more than 20% "
                   "of the money\n";
    }
    return kExitOk;
}

} // namespace kol
