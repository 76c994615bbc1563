#pragma once

#include "MethodRun.h"
#include "market/CampaignSimulation.h"
#include "market/Market.h"
#include "market/ModelFit.h"
#include "market/PerformanceModel.h"
#include "model/Catalog.h"
#include "store/ProjectFile.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kol {

// The planning service: one open project with its KOL catalog, performance model, the markets
// of the scenarios asked about and their trained policies. The window, `allocate`, `train`,
// `compare` and `export` all plan through it, so that a method is run, a what-if budget answered
// and a plan stored the same way everywhere.
//
// A session owns its project file's connection: use it from one thread. Long runs go to a worker
// with runMethod() (MethodRun.h) on a market and policy taken from here, which touch no file.
class PlanningSession
{
public:
    static Result<std::unique_ptr<PlanningSession>> open(const std::string& path,
                                                         ProjectFile::Access access = ProjectFile::Access::ReadWrite);
    // Takes over an open project and reads its catalog and performance model.
    static Result<std::unique_ptr<PlanningSession>> attach(std::unique_ptr<ProjectFile> project);

    ProjectFile& project() { return *m_project; }
    const std::string& path() const { return m_project->path(); }
    const std::vector<Kol>& kols() const { return m_kols; }
    // The fitted performance model, or null with modelProblem() saying why (not fitted yet, or
    // fitted for another vocabulary).
    const PerformanceModel* model() const { return m_model ? &*m_model : nullptr; }
    const std::string& modelProblem() const { return m_modelProblem; }
    // Reads the catalog and the model again (after an import or a fit); markets are rebuilt.
    Status reload();
    // Plans from now on with the last model fitted for `objective` ("accuracy" or "decision";
    // ProjectMarket.h) instead of the one in use; markets are rebuilt. Nothing is written. Fails,
    // keeping the model in use, where the project has no model of that objective.
    Status useModel(const std::string& objective);

    Result<Scenario> scenario(const std::string& name);
    // The market of `scenario` as it is (its budget, weights, formats, axes, constraints); built
    // once and shared while those stay the same. For a running campaign (actuals recorded for
    // the scenario) it is the campaign's market (Market::withActuals) with the scenario locked at
    // the actuals, so every method plans only the remaining phases.
    Result<std::shared_ptr<const Market>> market(const Scenario& scenario);
    // The actuals recorded for a stored scenario (empty: none; the campaign has not started).
    Result<CampaignActuals> actuals(const std::string& scenario);
    // The same scenario's market built on the project's truth (MarketOptions::planOnTruth): what
    // a planner who knew every KOL's typical post would plan on. Fails where the project has no
    // truth (only demo projects have one).
    Result<std::shared_ptr<const Market>> truthMarket(const Scenario& scenario);
    // The project's truth, or null (only demo projects have one).
    const MarketTruth* truth() const { return m_truth.get(); }
    // The project's campaign history (past campaigns; `offline` learns from it), or null.
    const CampaignHistory* history() const { return m_history.get(); }
    // A demo project's post-to-post surprise, calibrated to its post history against the truth
    // (PostSurprise::calibrate; read once). Fails where the project has no truth.
    Result<std::shared_ptr<const PostSurprise>> luck();
    // The market of a stored scenario at `budget` (0: its own): a what-if budget is answered as
    // the scenario set to that budget, so both ways of asking give the same plan.
    Result<std::shared_ptr<const Market>> market(const std::string& scenario, double budget = 0);

    // The scenario's stored policy for `method`, if any.
    Result<std::optional<StoredModel>> policy(const std::string& scenario, const std::string& method);

    // Runs `options.method` on the stored scenario at `options.budget` (0: its own), with its
    // stored policy for a method that learns (training one when there is none or it does not
    // fit), and, when `store` is set, stores the plan and a newly trained policy in one transaction.
    Result<RunResult> allocate(const std::string& scenario, const RunOptions& options, bool store);
    // Trains `method`'s policy for the stored scenario and stores it; returns it. With
    // options.realisedStates and no options.luck, the project's luck() is used (demo projects).
    Result<StoredModel> train(const std::string& scenario, const std::string& method, const TrainOptions& options);
    // The window's Save: the scenario, a new plan (may be null) and newly trained policies (by
    // method) in one transaction, so that a crash mid-save leaves the previous save whole.
    Status save(const Scenario& scenario, const PlanReport* plan, const std::map<std::string, StoredModel>& policies);
    // Fits the performance model (training module), stores it and reloads.
    Result<FitReport> fit(const FitOptions& options);

private:
    explicit PlanningSession(std::unique_ptr<ProjectFile> project);
    // The market of `scenario` before any actuals.
    Result<std::shared_ptr<const Market>> plainMarket(const Scenario& scenario);

    std::unique_ptr<ProjectFile> m_project;
    std::vector<Kol> m_kols;
    std::optional<PerformanceModel> m_model;
    std::string m_modelProblem;
    std::vector<std::shared_ptr<const Market>> m_markets; // the most recently used first
    std::shared_ptr<const MarketTruth> m_truth;
    std::shared_ptr<const CampaignHistory> m_history; // null: none
    std::vector<std::shared_ptr<const Market>> m_truthMarkets;
    std::shared_ptr<const PostSurprise> m_luck;
    std::map<std::string, CampaignActuals> m_actuals;             // by scenario, as read
    std::vector<std::shared_ptr<const Market>> m_campaignMarkets; // the most recently used first
};

// Stores a scenario's work in one transaction (PlanningSession::save without a session).
Status saveScenarioWork(ProjectFile& project, const Scenario& scenario, const PlanReport* plan,
                        const std::map<std::string, StoredModel>& policies);

} // namespace kol
