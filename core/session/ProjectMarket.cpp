#include "ProjectMarket.h"

#include "store/CatalogStore.h"
#include "store/ModelStore.h"
#include "store/ProjectFile.h"
#include "store/ScenarioStore.h"
#include "training/Training.h"

namespace kol {

Result<PerformanceModel> loadPerformanceModel(ProjectFile& project)
{
    auto stored = ModelStore(project).load(kPerformanceModelName);
    if (!stored) {
        return stored.status();
    }
    if (!stored.value()) {
        return Result<PerformanceModel>::failure(project.path()
                                                 + ": has no performance model yet; run 'kolplanner-cli fit' first");
    }
    auto model = PerformanceModel::fromStored(*stored.value(), project.vocabulary());
    if (!model) {
        return Result<PerformanceModel>::failure(project.path() + ": " + model.error());
    }
    return model;
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
    if (Status s = ModelStore(project).save(kPerformanceModelName, report->model.toStored()); !s) {
        return Result<FitReport>::failure(project.path() + ": saving the model failed: " + s.message());
    }
    return report;
}

} // namespace kol
