// Closed loop against open loop (the running-campaign issue, item 4): on demo projects, a few
// hundred simulated campaigns per seed, each phase's posts realised at the truth with the post
// history's luck (market/CampaignSimulation.h). Policies: `optimal` planned once (open loop),
// `optimal` re-run on the campaign's market after each phase, and the trained RL policy, once and
// after each phase. Every policy meets the same luck in a campaign (common random numbers), so
// the differences are paired.
#include "Bench.h"
#include "alloc/Allocator.h"
#include "alloc/RlAllocator.h"
#include "base/Hash.h"
#include "market/CampaignSimulation.h"
#include "session/PlanningSession.h"
#include "store/CatalogStore.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace kol::bench {

namespace {
constexpr int kRealisedStates = 16; // campaign states the second policy also trains on

struct Policy
{
    const char* name;
    const Allocator* allocator;
    CampaignLoop loop;
    std::vector<double> effects, spends, replanSeconds, marketSeconds;
};

double mean(const std::vector<double>& v)
{
    return v.empty() ? 0 : std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(p * static_cast<double>(v.size() - 1))];
}

// Mean of a - b and its standard error (paired: both met the same luck).
std::pair<double, double> pairedDifference(const std::vector<double>& a, const std::vector<double>& b)
{
    std::vector<double> d;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
        d.push_back(a[i] - b[i]);
    }
    const double m = mean(d);
    double squares = 0;
    for (double x : d) {
        squares += (x - m) * (x - m);
    }
    const double n = static_cast<double>(d.size());
    return {m, d.size() > 1 ? std::sqrt(squares / (n - 1) / n) : 0.0};
}

// A planner that runs `allocator`, reusing its plan on the plain market (the first plan of
// every campaign is the same).
CampaignPlanner planner(const Allocator& allocator, const Market& plain, const std::vector<double>& first)
{
    return [&allocator, &plain, &first](const Market& market) -> Result<std::vector<double>> {
        if (&market == &plain) {
            return first;
        }
        auto plan = allocator.allocate(market, {});
        if (!plan) {
            return plan.status();
        }
        return plan->amounts;
    };
}
} // namespace

std::vector<Row> campaignBench(const std::string& dir, int campaigns, const std::vector<std::string>& seeds)
{
    std::vector<Row> rows;
    const std::string cli = cliPath();
    std::printf("Closed loop against open loop: %d simulated campaigns per demo seed (Baseline, 1,000,000 CNY);\n"
                "posts realised at the truth with the post history's luck; effect at the truth (composite-score\n"
                "units); P10 = 10th percentile; spend as a share of the budget (max over campaigns); re-plan =\n"
                "seconds per re-plan, building the campaign's market + choosing the amounts\n",
                campaigns);
    std::printf("%-5s %-24s %9s %9s %8s %16s %8s %8s %16s\n", "seed", "policy", "mean", "P10", "vs open",
                "paired +- s.e.", "spend", "max", "re-plan s");
    for (const std::string& seedText : seeds) {
        const char* seed = seedText.c_str();
        const std::string p = dir + "/campaign-s" + seed + ".kolplan";
        const std::string what = std::string("campaigns: demo seed ") + seed;
        if (runChild({cli, "demo", p, "--seed", seed}).exitCode != 0 || runChild({cli, "fit", p}).exitCode != 0) {
            rows.push_back({what, 0, 0, "FAILED: could not make the demo project"});
            continue;
        }
        // Two policies: trained as `train` does, and also on realised campaign states.
        const ChildRun train = runChild({cli, "train", p, "--scenario", "Baseline"});
        auto plainPolicy = Result<AllocationPolicy>::failure("rl training failed");
        if (auto stored = PlanningSession::open(p, ProjectFile::Access::ReadOnly); stored && train.exitCode == 0) {
            auto policy = stored.value()->policy("Baseline", "rl");
            plainPolicy = policy && policy.value() ? rlPolicyFromStored(*policy.value(), "Baseline")
                                                   : Result<AllocationPolicy>::failure("no trained policy");
        }
        const ChildRun trainRealised = runChild(
            {cli, "train", p, "--scenario", "Baseline", "--realised-states", std::to_string(kRealisedStates)});
        auto session = PlanningSession::open(p, ProjectFile::Access::ReadOnly);
        auto scenario = session ? session.value()->scenario("Baseline") : Result<Scenario>::failure(session.error());
        auto plain = scenario ? session.value()->market(scenario.value())
                              : Result<std::shared_ptr<const Market>>::failure(scenario.error());
        auto truth = plain ? session.value()->truthMarket(scenario.value()) : plain;
        auto stored = plain ? session.value()->policy("Baseline", "rl")
                            : Result<std::optional<StoredModel>>::failure(plain.error());
        auto policy = stored && stored.value() ? rlPolicyFromStored(*stored.value(), "Baseline")
                                               : Result<AllocationPolicy>::failure("no trained policy");
        std::vector<Post> posts;
        if (session) {
            (void)CatalogStore(session.value()->project()).forEachPost([&](const Post& post) {
                posts.push_back(post);
                return true;
            });
        }
        auto surprise = truth && session.value()->truth()
            ? PostSurprise::calibrate(session.value()->kols(), posts, *session.value()->truth())
            : Result<PostSurprise>::failure("no truth");
        if (!truth || !policy || !plainPolicy || !surprise || trainRealised.exitCode != 0) {
            rows.push_back({what, 0, 0,
                            "FAILED: "
                                + (!truth             ? truth.error()
                                       : !policy      ? policy.error()
                                       : !plainPolicy ? plainPolicy.error()
                                       : !surprise    ? surprise.error()
                                                      : std::string("train --realised-states failed"))});
            continue;
        }
        const Market& market = *plain.value();
        const auto optimal = makeAllocator("optimal");
        const RlAllocator rl(plainPolicy.take());
        const RlAllocator rlRealised(policy.take());
        const auto optimalFirst = optimal->allocate(market, {});
        const auto rlFirst = rl.allocate(market, {});
        const auto rlRealisedFirst = rlRealised.allocate(market, {});
        if (!optimalFirst || !rlFirst || !rlRealisedFirst) {
            rows.push_back({what, 0, 0, "FAILED: the first plans"});
            continue;
        }
        std::vector<Policy> policies
            = {{"optimal, open loop", optimal.get(), CampaignLoop::Open, {}, {}, {}, {}},
               {"optimal, re-run per phase", optimal.get(), CampaignLoop::Closed, {}, {}, {}, {}},
               {"rl, open loop", &rl, CampaignLoop::Open, {}, {}, {}, {}},
               {"rl, acting per phase", &rl, CampaignLoop::Closed, {}, {}, {}, {}},
               {"rl+states, open loop", &rlRealised, CampaignLoop::Open, {}, {}, {}, {}},
               {"rl+states, per phase", &rlRealised, CampaignLoop::Closed, {}, {}, {}, {}},
               {"optimal, uncorrected", optimal.get(), CampaignLoop::ClosedUncorrected, {}, {}, {}, {}}};
        const double budget = market.scenario().budget;
        std::string failure;
        for (int i = 0; i < campaigns && failure.empty(); ++i) {
            Fingerprint campaignSeed;
            campaignSeed.add(std::string(seed));
            campaignSeed.add(static_cast<uint64_t>(i));
            for (Policy& pol : policies) {
                const auto& first = pol.allocator == &rl ? rlFirst->amounts
                    : pol.allocator == &rlRealised       ? rlRealisedFirst->amounts
                                                         : optimalFirst->amounts;
                const auto run
                    = simulateCampaign(market, *truth.value(), surprise.value(), planner(*pol.allocator, market, first),
                                       pol.loop, campaignSeed.value());
                if (!run) {
                    failure = std::string(pol.name) + ": " + run.error();
                    break;
                }
                pol.effects.push_back(run->effect);
                pol.spends.push_back(run->spend / budget);
                pol.replanSeconds.insert(pol.replanSeconds.end(), run->planSeconds.begin() + 1, run->planSeconds.end());
                pol.marketSeconds.insert(pol.marketSeconds.end(), run->marketSeconds.begin(), run->marketSeconds.end());
            }
        }
        if (!failure.empty()) {
            rows.push_back({what, 0, 0, "FAILED: " + failure});
            continue;
        }
        const PostSurprise::Spread luck = surprise->spread().back();
        std::printf("seed %s: the history's luck over %d posts: median %.2fx, mean %.2fx the typical post, log "
                    "spread %.2f, %.1f%% viral (5x+), %.1f%% flops (1/3 or less); rl trained in %.0f s, with %d "
                    "realised states in %.0f s\n",
                    seed, luck.posts, luck.median, luck.mean, luck.logSpread, 100 * luck.viralShare,
                    100 * luck.flopShare, train.seconds, kRealisedStates, trainRealised.seconds);
        const double openMean = mean(policies[0].effects);
        for (Policy& pol : policies) {
            const auto [diff, se] = pairedDifference(pol.effects, policies[0].effects);
            char replan[48] = "-";
            if (!pol.replanSeconds.empty()) {
                std::snprintf(replan, sizeof replan, "%.3f + %.3f", mean(pol.marketSeconds), mean(pol.replanSeconds));
            }
            char paired[48];
            std::snprintf(paired, sizeof paired, "%+.1f +- %.1f", diff, se);
            std::printf("%-5s %-24s %9.1f %9.1f %7.1f%% %16s %7.1f%% %7.1f%% %16s\n", seed, pol.name, mean(pol.effects),
                        percentile(pol.effects, 0.1), 100 * mean(pol.effects) / openMean, paired,
                        100 * mean(pol.spends), 100 * *std::max_element(pol.spends.begin(), pol.spends.end()), replan);
        }
        char note[240];
        std::snprintf(note, sizeof note,
                      "closed/open mean %.1f%%; of optimal per phase: rl per phase %.1f%%, rl+states %.1f%%; "
                      "re-plan %.3f s (rl) vs %.3f s (optimal) + %.3f s market",
                      100 * mean(policies[1].effects) / openMean,
                      100 * mean(policies[3].effects) / mean(policies[1].effects),
                      100 * mean(policies[5].effects) / mean(policies[1].effects), mean(policies[3].replanSeconds),
                      mean(policies[1].replanSeconds), mean(policies[1].marketSeconds));
        rows.push_back({what + ", " + std::to_string(campaigns) + " campaigns", 0, 0, note});
        std::fflush(stdout);
    }
    std::printf("\n");
    return rows;
}

} // namespace kol::bench
