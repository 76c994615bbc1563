// Rival advertisers on demo projects (the multi-agent issue, item 3): per seed, the equilibrium gap
// as the advertisers learn, and what competition costs the Baseline scenario.
#include "Bench.h"
#include "alloc/Competition.h"
#include "session/PlanningSession.h"

#include <chrono>
#include <cstdio>

namespace kol::bench {

std::vector<Row> competitionBench(const std::string& dir, const std::vector<std::string>& seeds)
{
    std::vector<Row> rows;
    const std::string cli = cliPath();
    std::printf("Competition (Baseline, 1,000,000 CNY) against two rivals: Brand X (1,500,000, prefers Douyin and\n"
                "Xiaohongshu x2) and Brand Y (600,000, prefers Bilibili x3); 150 iterations. gap = the largest\n"
                "best-response gain as a share of that advertiser's effect; alone = optimal's plan with no rivals;\n"
                "ignoring = the same plan against the learned rivals; learned = the plan learned against them\n");
    for (const std::string& seed : seeds) {
        const std::string p = dir + "/compete-s" + seed + ".kolplan";
        const std::string what = "compete: seed " + seed;
        if (runChild({cli, "demo", p, "--seed", seed, "--with-model", "--force"}).exitCode != 0) {
            rows.push_back({what, 0, 0, "FAILED: could not make the demo project"});
            continue;
        }
        auto session = PlanningSession::open(p, ProjectFile::Access::ReadOnly);
        auto market = session ? session.value()->market("Baseline")
                              : Result<std::shared_ptr<const Market>>::failure(session.error());
        if (!market) {
            rows.push_back({what, 0, 0, "FAILED: " + market.error()});
            continue;
        }
        CompetitionOptions o;
        o.rivals = {{"Brand X", 1500000, {"Douyin", "Xiaohongshu"}, 2.0}, {"Brand Y", 600000, {"Bilibili"}, 3.0}};
        const auto start = std::chrono::steady_clock::now();
        auto r = playCompetition(*market.value(), o);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!r) {
            rows.push_back({what, seconds, 0, "FAILED: " + r.error()});
            continue;
        }
        std::printf("seed %s: gap", seed.c_str());
        for (const auto& it : r->history) {
            std::printf(" %d: %.1f%%", it.iteration, 100 * it.equilibriumGap);
        }
        const double cost = 1 - r->effectContested / r->effectAlone;
        std::printf("\n  alone %.1f, ignoring %.1f (%.1f%%), learned %.1f (%.1f%%); rivals' effects", r->effectAlone,
                    r->effectIgnoring, 100 * (r->effectIgnoring / r->effectAlone - 1), r->effectContested,
                    100 * (r->effectContested / r->effectAlone - 1));
        for (size_t a = 1; a < r->effects.size(); ++a) {
            std::printf(" %s %.1f", r->advertisers[a].c_str(), r->effects[a]);
        }
        std::printf("; %zu contested cells; %.1f s\n", r->contested.size(), seconds);
        std::fflush(stdout);
        char note[160];
        std::snprintf(note, sizeof note, "cost of competition %.1f%%, last gap %.1f%%", 100 * cost,
                      100 * r->history.back().equilibriumGap);
        rows.push_back({what, seconds, 0, note});
    }
    std::printf("\n");
    return rows;
}

} // namespace kol::bench
