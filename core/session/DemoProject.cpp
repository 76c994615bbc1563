#include "DemoProject.h"

#include "DemoHistory.h"
#include "PlanningSession.h"
#include "ProjectMarket.h"
#include "model/Scenario.h"
#include "store/CatalogStore.h"
#include "store/HistoryStore.h"
#include "store/ProjectFile.h"
#include "store/ScenarioStore.h"
#include "store/TruthStore.h"

#include <algorithm>
#include <cstdio>

namespace kol {

Status writeDemoProject(const std::string& path, const DemoOptions& options)
{
    if (options.kols < 1 || options.kols > 1000000 || options.posts < 0 || options.posts > 10000000) {
        return Status::failure("the demo takes 1 to 1,000,000 KOLs and 0 to 10,000,000 posts");
    }
    const DemoMarket market = generateDemoMarket(options);
    const TimestampOverride fixed("2026-01-01T00:00:00Z");
    auto project = ProjectFile::create(path);
    if (!project) {
        return project.status();
    }
    Status s = CatalogStore(*project.value()).insert(market.kols, market.posts);
    if (s) {
        DemoCreators truth;
        for (size_t i = 0; i < market.kols.size(); ++i) {
            truth[market.kols[i].id] = market.creators[i];
        }
        s = TruthStore(*project.value()).save(truth);
    }
    if (s) {
        s = ScenarioStore(*project.value()).save(Scenario::makeDefault("Baseline", Date{2026, 3, 2}));
    }
    if (!s) {
        project.value().reset();
        std::remove(path.c_str());
    }
    return s;
}

Status buildDemoProject(const std::string& path, const DemoBuildOptions& options)
{
    const std::string partial = path + ".building";
    std::remove(partial.c_str());
    auto say = [&](const std::string& what, double fraction) {
        if (options.progress) {
            options.progress(what, fraction);
        }
    };
    auto failed = [&](Status s) {
        std::remove(partial.c_str());
        std::remove((partial + "-journal").c_str());
        return s;
    };
    say("generating a market", 0.0);
    if (Status s = writeDemoProject(partial, options.market); !s) {
        return failed(s);
    }
    if (options.cancel && options.cancel->load()) {
        return failed(Status::failure("cancelled"));
    }
    {
        auto project = ProjectFile::open(partial);
        if (!project) {
            return failed(project.status());
        }
        FitOptions fit = options.fit;
        fit.cancel = options.cancel;
        fit.progress = [&](const FitProgress& p) {
            const double done
                = (p.member + static_cast<double>(p.epoch) / std::max(1, p.epochs)) / std::max(1, p.members);
            say("training the KOL performance model", 0.1 + 0.85 * done);
            return !(options.cancel && options.cancel->load());
        };
        auto fitted = fitProjectModel(*project.value(), fit);
        if (!fitted) {
            return failed(fitted.status());
        }
        say("adding a second scenario", 0.97);
        auto baseline = ScenarioStore(*project.value()).load("Baseline");
        if (!baseline) {
            return failed(baseline.status());
        }
        Scenario focus = baseline.take();
        focus.name = "Douyin focus";
        focus.budget = 1500000;
        focus.rules.channelShares["Douyin"] = ShareBounds{0.4, 0.6};
        StrategyMatrix& m = focus.matrix();
        m.cell(*m.find("Douyin", "Launch", "Head")).locked = 200000;
        for (int p = 0; p < m.phaseCount(); ++p) {
            for (int t = 0; t < m.tierCount(); ++t) {
                m.cell(*m.find("Weibo", m.phases()[static_cast<size_t>(p)], m.tiers()[static_cast<size_t>(t)])).enabled
                    = false;
            }
        }
        if (Status s = ScenarioStore(*project.value()).create(focus); !s) {
            return failed(s);
        }
    }
    if (options.campaigns > 0) {
        say("simulating past campaigns", 0.98);
        auto session = PlanningSession::open(partial);
        if (!session) {
            return failed(session.status());
        }
        auto history = simulateDemoHistory(*session.value(), options.campaigns, options.market.seed);
        if (!history) {
            return failed(history.status());
        }
        if (Status s = HistoryStore(session.value()->project()).save(history.value()); !s) {
            return failed(s);
        }
    }
    if (options.cancel && options.cancel->load()) {
        return failed(Status::failure("cancelled"));
    }
    if (std::rename(partial.c_str(), path.c_str()) != 0) {
        return failed(Status::failure(path + ": cannot write the demo project"));
    }
    say("done", 1.0);
    return Status::success();
}

} // namespace kol
