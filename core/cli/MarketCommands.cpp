// `demo` and `fit`: the demo market and the performance model.
#include "CliCommon.h"
#include "base/Text.h"
#include "market/ModelFit.h"
#include "session/DemoProject.h"
#include "session/ProjectMarket.h"

#include <filesystem>
#include <fmt/format.h>

namespace kol {

namespace {
const char* const kDemoHelp
    = R"(Usage: kolplanner-cli demo PROJECT [--seed N] [--kols N] [--posts N] [--with-model [--campaigns N]] [--force]

Writes a new project with a generated, realistic market over the six default channels (3,000
KOLs and 30,000 posts by default) and the scenario "Baseline" (1,000,000 CNY). The same seed
gives the same file, byte for byte.
  --with-model  also fit the performance model, add the scenario "Douyin focus" and a history of
                past campaigns: the demo the desktop program opens on its first run
  --campaigns N  (with --with-model) past campaigns in the history (default 200; 0: none):
                noisy expert-like plans over budgets of 250,000 to 4,000,000, their outcomes
                drawn at the market's truth with the post history's luck
  --force       replace PROJECT if it exists
)";

const char* const kFitHelp
    = R"(Usage: kolplanner-cli fit PROJECT [--objective accuracy|decision] [--epochs N] [--seed N] [--members N]
                           [--learning-rate X] [--accuracy-weight X] [--json]

Trains the KOL performance prediction model on the project's post history (a small ensemble of
neural networks predicting reach and engagements of one post) and a linear least-squares
baseline on the same split, reports both on held-out posts and stores the model in the project.
R² is of log(1 + reach); WAPE (weighted absolute percentage error) and MAPE of reach itself,
MAPE over the posts with reach above 0. Channels, phases, formats and tiers with fewer than 30
posts are named: their predictions borrow from the others of their kind, with a wider band.
  --objective accuracy|decision  what the model is fitted for (default accuracy):
                accuracy  squared error of log reach and engagements (predict, then optimise);
                decision  end-to-end for the budget decision: after the accuracy fit, each network
                          is trained on the realised value of the KOLs a budget buys from its
                          predictions, with the accuracy loss as a regularizer (docs/end-to-end.md)
                Both report the held-out budget decision's regret: 1 - realised / hindsight value of
                the KOLs chosen from held-out posts, 0 = as good as knowing the outcomes.
  --accuracy-weight X  weight of the accuracy loss in the decision objective (default 0.5)
  --epochs N    most epochs per network (default 60; each stops early when held-out loss stalls)
  --seed N      seed of the split and the training (default 1)
  --members N   ensemble size (default 3)
  --learning-rate X  Adam's learning rate (default 0.002)
Ctrl+C (or SIGTERM) stops fitting and keeps the stored model (exit 130); so does a run that
diverges (a NaN or infinite loss), with exit 1.
  --json        print {"objective", "r2", "mape", "baseline_r2", "baseline_mape", "decision_regret",
                "train_rows", "validation_rows", "seconds", ...}
)";
} // namespace

int runDemo(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(
        ctx, argv, {{"seed", true}, {"kols", true}, {"posts", true}, {"campaigns", true}, {"with-model"}, {"force"}},
        kDemoHelp, 1, 1, code);
    if (!args) {
        return code;
    }
    const std::string path = args->positional()[0];
    DemoOptions options;
    auto seed = args->number("seed", 0, 1e15, true);
    auto kols = args->number("kols", 1, 1e6, true);
    auto posts = args->number("posts", 0, 1e7, true);
    auto campaigns = args->number("campaigns", 0, 100000, true);
    for (const auto* r : {&seed, &kols, &posts, &campaigns}) {
        if (!*r) {
            return fail(ctx, r->error(), kExitUsage);
        }
    }
    options.seed = static_cast<uint64_t>(seed.value().value_or(42));
    options.kols = static_cast<int>(kols.value().value_or(options.kols));
    options.posts = static_cast<int>(posts.value().value_or(options.posts));
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        if (!args->has("force")) {
            return fail(ctx, path + ": already exists; use --force to replace it");
        }
        // Only replace what is recognisably a project (or an empty file), never anything else.
        if (std::filesystem::file_size(path, ec) > 0 && !ProjectFile::open(path, ProjectFile::Access::ReadOnly)) {
            return fail(ctx, path + ": is not a KOL Planner project; refusing to replace it");
        }
        std::filesystem::remove(path, ec);
        std::filesystem::remove(path + "-journal", ec);
    }
    if (campaigns.value() && !args->has("with-model")) {
        return fail(ctx, "--campaigns needs --with-model (past campaigns are planned with the fitted model)",
                    kExitUsage);
    }
    if (args->has("with-model")) {
        DemoBuildOptions build;
        build.market = options;
        build.campaigns = static_cast<int>(campaigns.value().value_or(build.campaigns));
        InterruptGuard interrupt;
        build.cancel = InterruptGuard::flag();
        std::string stage;
        build.progress = [&](const std::string& what, double) {
            if (what != stage) {
                ctx.err << what << "...\n";
                stage = what;
            }
        };
        if (Status s = buildDemoProject(path, build); !s) {
            return fail(ctx, s.message(), InterruptGuard::interrupted() ? kExitInterrupted : kExitFailure);
        }
    } else if (Status s = writeDemoProject(path, options); !s) {
        return fail(ctx, s.message());
    }
    ctx.err << "wrote demo project " << path << " (" << formatAmount(options.kols) << " KOLs, "
            << formatAmount(options.posts) << " posts, scenario Baseline)\n";
    return kExitOk;
}

int runFit(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(ctx, argv,
                                   {{"objective", true},
                                    {"epochs", true},
                                    {"seed", true},
                                    {"members", true},
                                    {"learning-rate", true},
                                    {"accuracy-weight", true},
                                    {"json"}},
                                   kFitHelp, 1, 1, code);
    if (!args) {
        return code;
    }
    FitOptions options;
    auto epochs = args->number("epochs", 1, 10000, true);
    auto seed = args->number("seed", 0, 1e15, true);
    auto members = args->number("members", 1, 16, true);
    auto rate = args->number("learning-rate", 1e-9, 1e9, true);
    auto accuracyWeight = args->number("accuracy-weight", 0, 1e6, true);
    for (const auto* r : {&epochs, &seed, &members, &rate, &accuracyWeight}) {
        if (!*r) {
            return fail(ctx, r->error(), kExitUsage);
        }
    }
    options.epochs = static_cast<int>(epochs.value().value_or(options.epochs));
    options.seed = static_cast<uint64_t>(seed.value().value_or(1));
    options.members = static_cast<int>(members.value().value_or(options.members));
    options.learningRate = rate.value().value_or(options.learningRate);
    options.accuracyWeight = accuracyWeight.value().value_or(options.accuracyWeight);
    if (const auto objective = args->value("objective")) {
        const auto parsed = parseObjective(*objective);
        if (!parsed) {
            return fail(ctx, "--objective: " + quoteValue(*objective, 40) + " is neither 'accuracy' nor 'decision'",
                        kExitUsage);
        }
        options.objective = *parsed;
    }
    auto project = openProject(ctx, args->positional()[0], OpenFor::Writing);
    if (!project) {
        return fail(ctx, project.error());
    }
    options.progress = [&](const FitProgress& p) {
        if (p.decisionStage) {
            if (p.epoch % 5 == 0) {
                ctx.err << "network " << p.member + 1 << "/" << p.members << " decision check " << p.epoch
                        << ": held-out regret " << formatPercent(p.validationRegret) << "\n";
            }
        } else if (p.epoch % 10 == 0) {
            ctx.err << "network " << p.member + 1 << "/" << p.members << " epoch " << p.epoch << ": held-out loss "
                    << formatAmount(p.validationLoss, 4) << "\n";
        }
        return true;
    };
    InterruptGuard interrupt;
    options.cancel = InterruptGuard::flag();
    auto report = fitProjectModel(*project.value(), options);
    if (!report) {
        return fail(ctx, report.error(), InterruptGuard::interrupted() ? kExitInterrupted : kExitFailure);
    }
    const FitReport& r = report.value();
    if (args->has("json")) {
        Json json{{"objective", objectiveName(r.objective)},
                  {"decision_regret", r.decisionProblems > 0 ? jsonNumber(r.decisionRegret) : Json()},
                  {"decision_problems", r.decisionProblems},
                  {"decision_kols", r.decisionKols},
                  {"r2", jsonNumber(r.network.r2Reach)},
                  {"mape", jsonNumber(r.network.mapeReach)},
                  {"baseline_r2", jsonNumber(r.baseline.r2Reach)},
                  {"baseline_mape", jsonNumber(r.baseline.mapeReach)},
                  {"wape", jsonNumber(r.network.wapeReach)},
                  {"baseline_wape", jsonNumber(r.baseline.wapeReach)},
                  {"wape_engagements", jsonNumber(r.network.wapeEngagements)},
                  {"baseline_wape_engagements", jsonNumber(r.baseline.wapeEngagements)},
                  {"r2_engagements", jsonNumber(r.network.r2Engagements)},
                  {"mape_engagements", jsonNumber(r.network.mapeEngagements)},
                  {"baseline_r2_engagements", jsonNumber(r.baseline.r2Engagements)},
                  {"baseline_mape_engagements", jsonNumber(r.baseline.mapeEngagements)},
                  {"train_rows", r.trainRows},
                  {"validation_rows", r.validationRows},
                  {"members", options.members},
                  {"epochs_run", r.epochsRun},
                  {"seconds", jsonNumber(r.seconds)},
                  {"thin_categories", jsonStrings(r.thinCategories)}};
        if (r.objective == FitObjective::Decision) {
            json["accuracy_start"]
                = Json{{"r2", jsonNumber(r.accuracyStart.r2Reach)},
                       {"decision_regret", r.decisionProblems > 0 ? jsonNumber(r.accuracyStartRegret) : Json()}};
        }
        ctx.out << dumpJson(json) << "\n";
        return kExitOk;
    }
    ctx.out << "Held-out posts: " << r.validationRows << " (trained on " << r.trainRows << ")\n";
    ctx.out << fmt::format("{:<22} {:>10} {:>10} {:>10} {:>14} {:>14}\n", "", "R² reach", "WAPE reach", "MAPE reach",
                           "R² engagements", "WAPE engagem.");
    for (const auto& [name, s] : {std::pair{"neural network", r.network}, std::pair{"linear baseline", r.baseline}}) {
        ctx.out << fmt::format("{:<22} {:>10.3f} {:>9.1f}% {:>9.1f}% {:>14.3f} {:>13.1f}%\n", name, s.r2Reach,
                               100 * s.wapeReach, 100 * s.mapeReach, s.r2Engagements, 100 * s.wapeEngagements);
    }
    ctx.out << "(R² of log(1 + reach); WAPE: sum of absolute errors over the sum of actual values, which posts with\n"
               "0 reach do not break; MAPE: over the posts with reach above 0.)\n";
    ctx.out << "Objective: " << objectiveName(r.objective) << ". ";
    if (r.decisionProblems > 0) {
        ctx.out << "Budget decision on held-out posts (" << r.decisionProblems << " selections among the posts of "
                << formatAmount(r.decisionKols) << " KOLs): regret " << formatPercent(r.decisionRegret);
        if (r.objective == FitObjective::Decision) {
            ctx.out << ", from " << formatPercent(r.accuracyStartRegret)
                    << " after the accuracy fit it started from (R² " << fmt::format("{:.3f}", r.accuracyStart.r2Reach)
                    << ")";
        }
        ctx.out << ".\n(Regret: 1 - realised / hindsight value of the KOLs chosen from the predictions under a "
                   "budget.)\n";
    } else {
        ctx.out << "No budget decision on held-out posts: no channel has 8 held-out posts with prices.\n";
    }
    for (const std::string& thin : r.thinCategories) {
        ctx.err << "warning: " << thin << " (fewer than " << HistorySupport::kThinPosts
                << "): its predictions borrow from the others of its kind and carry a wide band\n";
    }
    ctx.out << "Fitted in " << formatAmount(r.seconds, 1) << " s; the model is stored in the project.\n";
    return kExitOk;
}

} // namespace kol
