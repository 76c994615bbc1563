#include "PlanningSession.h"

#include "ProjectMarket.h"
#include "base/Text.h"
#include "store/ActualsStore.h"
#include "store/CatalogStore.h"
#include "store/HistoryStore.h"
#include "store/PlanStore.h"
#include "store/PolicyStore.h"
#include "store/ScenarioStore.h"
#include "store/TruthStore.h"

namespace kol {

namespace {
constexpr size_t kMarketsKept = 4;
}

PlanningSession::PlanningSession(std::unique_ptr<ProjectFile> project)
    : m_project(std::move(project))
{
}

Result<std::unique_ptr<PlanningSession>> PlanningSession::open(const std::string& path, ProjectFile::Access access)
{
    auto project = ProjectFile::open(path, access);
    if (!project) {
        return project.status();
    }
    return attach(project.take());
}

Result<std::unique_ptr<PlanningSession>> PlanningSession::attach(std::unique_ptr<ProjectFile> project)
{
    std::unique_ptr<PlanningSession> session(new PlanningSession(std::move(project)));
    if (Status s = session->reload(); !s) {
        return s;
    }
    return session;
}

Status PlanningSession::reload()
{
    auto kols = CatalogStore(*m_project).loadKols();
    if (!kols) {
        return Status::failure(m_project->path() + ": " + kols.error());
    }
    m_kols = kols.take();
    m_model.reset();
    m_modelProblem.clear();
    if (auto model = loadPerformanceModel(*m_project)) {
        m_model = model.take();
    } else {
        m_modelProblem = model.error();
    }
    auto history = HistoryStore(*m_project).load();
    if (!history) {
        return Status::failure(m_project->path() + ": " + history.error());
    }
    m_history = history->empty() ? nullptr : std::make_shared<const CampaignHistory>(history.take());
    m_truth.reset();
    auto truth = TruthStore(*m_project).load();
    if (!truth) {
        return Status::failure(m_project->path() + ": " + truth.error());
    }
    if (truth.value()) {
        auto t = std::make_shared<MarketTruth>();
        t->creators = std::move(*truth.value());
        m_truth = std::move(t);
    }
    m_markets.clear();
    m_truthMarkets.clear();
    m_luck.reset();
    m_campaignMarkets.clear();
    m_actuals.clear();
    return Status::success();
}

Status PlanningSession::useModel(const std::string& objective)
{
    auto model = loadPerformanceModel(*m_project, objective);
    if (!model) {
        return model.status();
    }
    m_model = model.take();
    m_modelProblem.clear();
    m_markets.clear();
    m_truthMarkets.clear();
    m_campaignMarkets.clear();
    return Status::success();
}

Result<Scenario> PlanningSession::scenario(const std::string& name)
{
    return ScenarioStore(*m_project).load(name);
}

Result<CampaignActuals> PlanningSession::actuals(const std::string& scenario)
{
    if (const auto known = m_actuals.find(scenario); known != m_actuals.end()) {
        return known->second;
    }
    auto loaded = ActualsStore(*m_project).load(scenario);
    if (!loaded) {
        return loaded.status();
    }
    m_actuals.emplace(scenario, loaded.value());
    return loaded;
}

Result<std::shared_ptr<const Market>> PlanningSession::market(const Scenario& s)
{
    auto record = actuals(s.name);
    if (!record) {
        return record.status();
    }
    if (record->empty()) {
        return plainMarket(s);
    }
    const Scenario locked = lockedAtActuals(s, record.value());
    for (size_t i = 0; i < m_campaignMarkets.size(); ++i) {
        // Actuals belong to a scenario: another scenario with the same axes has its own record.
        if (m_campaignMarkets[i]->scenario().name == s.name && !m_campaignMarkets[i]->needsRebuild(locked)) {
            auto updated = std::make_shared<Market>(*m_campaignMarkets[i]);
            updated->updateScenario(locked);
            std::shared_ptr<const Market> found = updated;
            m_campaignMarkets.erase(m_campaignMarkets.begin() + static_cast<long>(i));
            m_campaignMarkets.insert(m_campaignMarkets.begin(), found);
            return found;
        }
    }
    auto plain = plainMarket(locked);
    if (!plain) {
        return plain;
    }
    auto campaign = plain.value()->withActuals(record.value());
    if (!campaign) {
        return campaign.status();
    }
    auto shared = std::make_shared<const Market>(campaign.take());
    m_campaignMarkets.insert(m_campaignMarkets.begin(), shared);
    if (m_campaignMarkets.size() > kMarketsKept) {
        m_campaignMarkets.pop_back();
    }
    return shared;
}

Result<std::shared_ptr<const Market>> PlanningSession::plainMarket(const Scenario& s)
{
    using R = Result<std::shared_ptr<const Market>>;
    if (!m_model) {
        return R::failure(m_modelProblem);
    }
    for (size_t i = 0; i < m_markets.size(); ++i) {
        if (m_markets[i]->needsRebuild(s)) {
            continue;
        }
        std::shared_ptr<const Market> found = m_markets[i];
        if (!(found->scenario() == s)) {
            auto updated = std::make_shared<Market>(*found); // the curves stay; constraints follow `s`
            updated->updateScenario(s);
            found = updated;
        }
        m_markets.erase(m_markets.begin() + static_cast<long>(i));
        m_markets.insert(m_markets.begin(), found);
        return found;
    }
    // A market that differs only in its budget: its KOL options hold, only the curves are new
    // (a what-if budget, each step of the savings search).
    for (const auto& known : m_markets) {
        if (auto rebudgeted = known->withBudget(s)) {
            auto shared = std::make_shared<const Market>(rebudgeted.take());
            m_markets.insert(m_markets.begin(), shared);
            if (m_markets.size() > kMarketsKept) {
                m_markets.pop_back();
            }
            return shared;
        }
    }
    MarketOptions options;
    options.truth = m_truth;
    options.history = m_history;
    auto built = Market::build(s, m_kols, *m_model, m_project->vocabulary(), options);
    if (!built) {
        return built.status();
    }
    auto shared = std::make_shared<const Market>(built.take());
    m_markets.insert(m_markets.begin(), shared);
    if (m_markets.size() > kMarketsKept) {
        m_markets.pop_back();
    }
    return shared;
}

Result<std::shared_ptr<const Market>> PlanningSession::truthMarket(const Scenario& s)
{
    using R = Result<std::shared_ptr<const Market>>;
    if (!m_model) {
        return R::failure(m_modelProblem);
    }
    if (!m_truth) {
        return R::failure(m_project->path() + ": has no truth to plan on; only demo projects have one");
    }
    for (const auto& known : m_truthMarkets) {
        if (!known->needsRebuild(s)) {
            auto updated = std::make_shared<Market>(*known);
            updated->updateScenario(s);
            return std::shared_ptr<const Market>(updated);
        }
    }
    MarketOptions options;
    options.truth = m_truth;
    options.history = m_history;
    options.planOnTruth = true;
    auto built = Market::build(s, m_kols, *m_model, m_project->vocabulary(), options);
    if (!built) {
        return built.status();
    }
    auto shared = std::make_shared<const Market>(built.take());
    m_truthMarkets.insert(m_truthMarkets.begin(), shared);
    if (m_truthMarkets.size() > 2) {
        m_truthMarkets.pop_back();
    }
    return shared;
}

Result<std::shared_ptr<const Market>> PlanningSession::market(const std::string& name, double budget)
{
    auto s = scenario(name);
    if (!s) {
        return s.status();
    }
    if (budget > 0) {
        s->budget = budget;
    }
    return market(s.value());
}

Result<std::optional<StoredModel>> PlanningSession::policy(const std::string& scenario, const std::string& method)
{
    auto stored = PolicyStore(*m_project).load(scenario, method);
    if (!stored) {
        return Result<std::optional<StoredModel>>::failure(m_project->path() + ": " + stored.error());
    }
    return stored;
}

Result<RunResult> PlanningSession::allocate(const std::string& name, const RunOptions& options, bool store)
{
    using R = Result<RunResult>;
    const auto method = MethodRegistry::instance().find(options.method);
    if (!method) {
        return R::failure("unknown method " + quoteValue(options.method, 100) + " ("
                          + MethodRegistry::instance().nameList(", ") + ")");
    }
    auto market = this->market(name, options.budget);
    if (!market) {
        return market.status();
    }
    std::optional<StoredModel> stored;
    if (method->trains) {
        auto p = policy(name, method->name);
        if (!p) {
            return p.status();
        }
        stored = p.take();
    }
    RunOptions withTruth = options;
    if (m_truth && !withTruth.truth) {
        auto truth = truthMarket(market.value()->scenario());
        if (!truth) {
            return truth.status();
        }
        withTruth.truth = truth.take();
    }
    auto run = runMethod(*market.value(), *method, stored, withTruth);
    if (!run) {
        return run;
    }
    if (store) {
        const Status saved = m_project->inOneTransaction([&]() -> Status {
            if (auto id = PlanStore(*m_project).add(name, run->plan); !id) {
                return id.status();
            } else {
                run->plan.id = id.value();
            }
            return run->trainedPolicy ? PolicyStore(*m_project).save(name, method->name, *run->trainedPolicy)
                                      : Status::success();
        });
        if (!saved) {
            return R::failure(m_project->path() + ": " + saved.message());
        }
    }
    return run;
}

Result<StoredModel> PlanningSession::train(const std::string& name, const std::string& methodName,
                                           const TrainOptions& options)
{
    using R = Result<StoredModel>;
    const auto method = MethodRegistry::instance().find(methodName);
    if (!method || !method->trains) {
        return R::failure("method " + quoteValue(methodName, 100) + " does not learn a policy");
    }
    auto market = this->market(name);
    if (!market) {
        return market.status();
    }
    TrainOptions o = options;
    if (o.realisedStates > 0 && !o.luck) {
        auto luck = this->luck();
        if (!luck) {
            return R::failure("training on realised campaign states: " + luck.error());
        }
        o.luck = luck.take();
    }
    auto trained = method->train(*market.value(), o);
    if (!trained) {
        return trained;
    }
    if (Status s = PolicyStore(*m_project).save(name, method->name, trained.value()); !s) {
        return R::failure(m_project->path() + ": saving the policy failed: " + s.message());
    }
    return trained;
}

Result<std::shared_ptr<const PostSurprise>> PlanningSession::luck()
{
    using R = Result<std::shared_ptr<const PostSurprise>>;
    if (m_luck) {
        return m_luck;
    }
    if (!m_truth) {
        return R::failure(m_project->path() + ": has no truth to draw outcomes from; only demo projects have one");
    }
    std::vector<Post> posts;
    if (Status read = CatalogStore(*m_project).forEachPost([&](const Post& p) {
            posts.push_back(p);
            return true;
        });
        !read) {
        return R::failure(m_project->path() + ": " + read.message());
    }
    auto calibrated = PostSurprise::calibrate(m_kols, posts, *m_truth);
    if (!calibrated) {
        return R::failure(m_project->path() + ": " + calibrated.error());
    }
    m_luck = std::make_shared<const PostSurprise>(calibrated.take());
    return m_luck;
}

Status PlanningSession::save(const Scenario& scenario, const PlanReport* plan,
                             const std::map<std::string, StoredModel>& policies)
{
    return saveScenarioWork(*m_project, scenario, plan, policies);
}

Result<FitReport> PlanningSession::fit(const FitOptions& options)
{
    auto report = fitProjectModel(*m_project, options);
    if (report) {
        if (Status s = reload(); !s) {
            return s;
        }
    }
    return report;
}

Status saveScenarioWork(ProjectFile& project, const Scenario& scenario, const PlanReport* plan,
                        const std::map<std::string, StoredModel>& policies)
{
    return project.inOneTransaction([&]() -> Status {
        if (Status s = ScenarioStore(project).save(scenario); !s) {
            return s;
        }
        if (plan) {
            if (auto id = PlanStore(project).add(scenario.name, *plan); !id) {
                return id.status();
            }
        }
        for (const auto& [method, policy] : policies) {
            if (Status s = PolicyStore(project).save(scenario.name, method, policy); !s) {
                return s;
            }
        }
        return Status::success();
    });
}

} // namespace kol
