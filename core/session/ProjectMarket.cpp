#include "ProjectMarket.h"

#include "base/Text.h"
#include "store/CatalogStore.h"
#include "store/ModelStore.h"
#include "store/ProjectFile.h"
#include "store/ScenarioStore.h"
#include "training/Training.h"

namespace kol {

namespace {
Result<PerformanceModel> loadNamed(ProjectFile& project, const std::string& name, const std::string& missing)
{
    auto stored = ModelStore(project).load(name);
    if (!stored) {
        return stored.status();
    }
    if (!stored.value()) {
        return Result<PerformanceModel>::failure(project.path() + ": " + missing);
    }
    auto model = PerformanceModel::fromStored(*stored.value(), project.vocabulary());
    if (!model) {
        return Result<PerformanceModel>::failure(project.path() + ": " + model.error());
    }
    return model;
}
} // namespace

Result<PerformanceModel> loadPerformanceModel(ProjectFile& project)
{
    return loadNamed(project, kPerformanceModelName, "has no performance model yet; run 'kolplanner-cli fit' first");
}

Result<PerformanceModel> loadPerformanceModel(ProjectFile& project, const std::string& objective)
{
    if (!parseObjective(objective)) {
        return Result<PerformanceModel>::failure(quoteValue(objective, 40) + " is neither 'accuracy' nor 'decision'");
    }
    if (auto current = loadPerformanceModel(project); current && current->objective == objective) {
        return current;
    }
    return loadNamed(project, std::string(kPerformanceModelName) + "." + objective,
                     "has no model fitted for " + objective + " yet; run 'kolplanner-cli fit --objective " + objective
                         + "' first");
}

Result<Market> loadMarket(ProjectFile& project, const std::string& scenarioName, const MarketOptions& options)
{
    auto scenario = ScenarioStore(project).load(scenarioName);
    if (!scenario) {
        return scenario.status();
    }
    auto model = loadPerformanceModel(project);
    if (!model) {
        return model.status();
    }
    auto kols = CatalogStore(project).loadKols();
    if (!kols) {
        return Result<Market>::failure(project.path() + ": " + kols.error());
    }
    return Market::build(scenario.value(), kols.value(), model.value(), project.vocabulary(), options);
}

Result<FitReport> fitProjectModel(ProjectFile& project, const FitOptions& options)
{
    CatalogStore catalog(project);
    auto kols = catalog.loadKols();
    if (!kols) {
        return Result<FitReport>::failure(project.path() + ": " + kols.error());
    }
    std::vector<Post> posts;
    if (Status s = catalog.forEachPost([&](const Post& p) {
            posts.push_back(p);
            return true;
        });
        !s) {
        return Result<FitReport>::failure(project.path() + ": " + s.message());
    }
    auto report = fitPerformanceModel(kols.value(), posts, project.vocabulary(), options);
    if (!report) {
        return report;
    }
    if (options.cancel && options.cancel->load()) { // cancelled after the last epoch: nothing is saved
        return Result<FitReport>::failure("fitting was cancelled; the previous model is kept");
    }
    const StoredModel stored = report->model.toStored();
    const std::string kept = std::string(kPerformanceModelName) + "." + report->model.objective;
    const Status saved = project.inOneTransaction([&]() -> Status {
        // A model in use that is not kept under its objective's name yet (stored before fits were
        // kept per objective) is kept there before it is replaced, so that it can still be compared.
        ModelStore store(project);
        auto previous = store.load(kPerformanceModelName);
        if (!previous) {
            return previous.status();
        }
        if (previous.value()) {
            const auto objective = previous.value()->texts.find("objective");
            const std::string name = std::string(kPerformanceModelName) + "."
                + (objective == previous.value()->texts.end() ? std::string("accuracy") : objective->second);
            auto copy = store.load(name);
            if (!copy) {
                return copy.status();
            }
            if (name != kept && !copy.value() && parseObjective(name.substr(name.find('.') + 1))) {
                if (Status s = store.save(name, *previous.value()); !s) {
                    return s;
                }
            }
        }
        for (const std::string& name : {std::string(kPerformanceModelName), kept}) {
            if (Status s = ModelStore(project).save(name, stored); !s) {
                return s;
            }
        }
        return Status::success();
    });
    if (!saved) {
        return Result<FitReport>::failure(project.path() + ": saving the model failed: " + saved.message());
    }
    return report;
}

} // namespace kol
