// Fuzzes opening a project file from bytes and reading everything in it, as the GUI and the CLI
// do: summary, scenarios, catalog, posts, plans, the performance model, policies, and the market
// built from them, then the expert template's plan on it.
// Promises checked: no crash and bounded memory (libFuzzer's -rss_limit_mb/-malloc_limit_mb); a
// refused file is named in a one-line error and left byte for byte as it was; a market that
// builds gives a plan within the budget with finite figures.
#include "FuzzSupport.h"
#include "alloc/Allocator.h"
#include "alloc/RlAllocator.h"
#include "session/ProjectMarket.h"
#include "store/CatalogStore.h"
#include "store/ModelStore.h"
#include "store/PlanStore.h"
#include "store/PolicyStore.h"
#include "store/ProjectFile.h"
#include "store/ScenarioStore.h"
#include "store/TruthStore.h"

#include <cmath>
#include <cstdint>
#include <filesystem>

using namespace kol;

namespace {
void oneLine(const std::string& error)
{
    KOL_FUZZ_CHECK(!error.empty() && error.find('\n') == std::string::npos, "an error must be one line: " + error);
}

void readScenario(ProjectFile& project, const std::string& name, bool buildMarket)
{
    if (auto s = ScenarioStore(project).load(name); !s) {
        oneLine(s.error());
        return;
    }
    if (auto plans = PlanStore(project).list(name); !plans) {
        oneLine(plans.error());
    }
    if (auto policy = PolicyStore(project).load(name, "rl"); !policy) {
        oneLine(policy.error());
    } else if (policy.value()) {
        if (auto rl = rlPolicyFromStored(*policy.value(), name); !rl) {
            oneLine(rl.error());
        }
    }
    if (!buildMarket) {
        return;
    }
    auto market = loadMarket(project, name);
    if (!market) {
        oneLine(market.error());
        return;
    }
    static const auto expert = makeAllocator("template"); // one evaluation: fast enough to fuzz
    auto plan = expert->allocate(market.value(), {});
    if (!plan) {
        oneLine(plan.error()); // infeasible constraints are explained, not crashed on
        return;
    }
    double total = 0;
    for (double a : plan->amounts) {
        KOL_FUZZ_CHECK(std::isfinite(a) && a >= 0, "an amount is " + std::to_string(a));
        total += a;
    }
    KOL_FUZZ_CHECK(total <= plan->budget * (1 + 1e-9) + 1e-6, "the plan spends more than the budget");
    KOL_FUZZ_CHECK(std::isfinite(plan->outcome.effect), "the plan's effect is not finite");
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string path = fuzz::scratchFile("input.kolplan");
    std::filesystem::remove(path + "-journal");
    fuzz::writeBytes(path, data, size);
    const std::string before(reinterpret_cast<const char*>(data), size);

    auto project = ProjectFile::open(path);
    if (!project) {
        oneLine(project.error());
        KOL_FUZZ_CHECK(project.error().rfind(path, 0) == 0, "the error does not name the file: " + project.error());
        KOL_FUZZ_CHECK(fuzz::readBytes(path) == before, "a refused file was changed");
        return 0;
    }
    ProjectFile& p = *project.value();
    if (auto s = p.summary(); !s) {
        oneLine(s.error());
    }
    if (auto truth = TruthStore(p).load(); !truth) {
        oneLine(truth.error());
    }
    CatalogStore catalog(p);
    if (auto kols = catalog.loadKols(); !kols) {
        oneLine(kols.error());
    }
    if (const Status s = catalog.forEachPost([](const Post&) { return true; }); !s) {
        oneLine(s.message());
    }
    if (auto model = loadPerformanceModel(p); !model) {
        oneLine(model.error());
    }
    auto scenarios = ScenarioStore(p).list();
    if (!scenarios) {
        oneLine(scenarios.error());
        return 0;
    }
    int read = 0;
    for (const auto& s : scenarios.value()) {
        if (++read > 3) {
            break;
        }
        readScenario(p, s.name, read == 1); // a market costs ~30 ms: one per input keeps the rate up
    }
    return 0;
}
