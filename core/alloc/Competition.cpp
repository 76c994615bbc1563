#include "Competition.h"

#include "Allocator.h"
#include "Constraints.h"
#include "base/Text.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kol {

MarketCompetition::MarketCompetition(const Market& market, const Constraints& constraints, std::vector<Rival> rivals)
    : m_market(market)
    , m_constraints(std::make_unique<Constraints>(constraints))
    , m_rivals(std::move(rivals))
    , m_evaluator(market)
{
    const StrategyMatrix& m = market.scenario().matrix();
    for (int cell = 0; cell < market.cellCount(); ++cell) {
        double cost = 0;
        for (const auto& kol : market.curve(cell).options()) {
            double cheapest = INFINITY;
            for (const auto& option : kol) {
                cheapest = std::min(cheapest, option.price);
            }
            cost += std::isfinite(cheapest) ? cheapest : 0.0;
        }
        m_listCost.push_back(cost);
    }
    for (const Rival& r : m_rivals) {
        std::vector<double> weight;
        for (int cell = 0; cell < market.cellCount(); ++cell) {
            const std::string& channel = m.channels()[static_cast<size_t>(m.indexOf(cell).channel)];
            const bool preferred = std::find(r.preferredChannels.begin(), r.preferredChannels.end(), channel)
                != r.preferredChannels.end();
            weight.push_back(preferred ? r.preference : 1.0);
        }
        m_weight.push_back(std::move(weight));
    }
}

MarketCompetition::~MarketCompetition() = default;

double MarketCompetition::budget(int advertiser) const
{
    return advertiser == 0 ? m_constraints->budget() : m_rivals[static_cast<size_t>(advertiser - 1)].budget;
}

bool MarketCompetition::mayBuy(int advertiser, int cell) const
{
    if (!(m_listCost[static_cast<size_t>(cell)] > 0)) {
        return false;
    }
    return advertiser != 0 || m_constraints->hi(cell) > 0;
}

std::vector<double> MarketCompetition::feasible(int advertiser, std::vector<double> proposed) const
{
    return advertiser == 0 ? m_constraints->repair(std::move(proposed)) : proposed;
}

double MarketCompetition::utility(int advertiser, const std::vector<std::vector<double>>& money) const
{
    std::vector<double> values(m_listCost.size(), 0.0), cellMoney(money.size());
    for (size_t cell = 0; cell < m_listCost.size(); ++cell) {
        for (size_t a = 0; a < money.size(); ++a) {
            cellMoney[a] = money[a].empty() ? 0.0 : money[a][cell];
        }
        if (!(cellMoney[static_cast<size_t>(advertiser)] > 0)) {
            continue;
        }
        const CellClearing c = clearCell(m_listCost[cell], cellMoney);
        const double weight = advertiser == 0 ? 1.0 : m_weight[static_cast<size_t>(advertiser - 1)][cell];
        values[cell] = weight * m_market.curve(static_cast<int>(cell)).at(c.bought).value
            * c.shares[static_cast<size_t>(advertiser)];
    }
    return m_evaluator.effectOfValues(values);
}

Result<CompetitionResult> playCompetition(const Market& market, const CompetitionOptions& options)
{
    using R = Result<CompetitionResult>;
    const Scenario& s = market.scenario();
    const auto& channels = s.matrix().channels();
    for (const Rival& r : options.rivals) {
        if (!(r.budget > 0) || !std::isfinite(r.budget)) {
            return R::failure("rival " + quoteValue(r.name, 60) + ": its budget must be a positive amount");
        }
        if (!(r.preference > 0) || !std::isfinite(r.preference)) {
            return R::failure("rival " + quoteValue(r.name, 60) + ": its preference must be a positive number");
        }
        for (const auto& c : r.preferredChannels) {
            if (std::find(channels.begin(), channels.end(), c) == channels.end()) {
                return R::failure("rival " + quoteValue(r.name, 60) + ": " + quoteValue(c, 60)
                                  + " is not a channel of scenario " + quoteValue(s.name, 60));
            }
        }
    }
    if (options.rivals.empty()) {
        return R::failure("a competition needs at least one rival advertiser");
    }
    auto constraints = Constraints::make(s, s.budget);
    if (!constraints) {
        return constraints.status();
    }
    auto alone = makeAllocator("optimal")->allocate(market, {});
    if (!alone) {
        return alone.status();
    }
    MarketCompetition game(market, constraints.value(), options.rivals);
    auto solution = learnEquilibrium(game, options.learning);
    if (!solution) {
        return solution.status();
    }
    CompetitionResult r;
    r.advertisers.push_back("us");
    for (const Rival& rival : options.rivals) {
        r.advertisers.push_back(rival.name);
    }
    r.money = solution->money;
    r.history = solution->history;
    r.ourPlan = r.money[0];
    for (int a = 0; a < game.advertisers(); ++a) {
        r.effects.push_back(game.utility(a, r.money));
    }
    r.effectContested = r.effects[0];
    auto withOurs = [&](const std::vector<double>& plan) {
        auto money = r.money;
        money[0] = plan;
        return money;
    };
    r.effectIgnoring = game.utility(0, withOurs(alone->amounts));
    std::vector<std::vector<double>> onlyUs(r.money.size(), std::vector<double>(r.money[0].size(), 0.0));
    onlyUs[0] = alone->amounts;
    r.effectAlone = game.utility(0, onlyUs);
    for (int cell = 0; cell < game.cells(); ++cell) {
        std::vector<double> money;
        double rivals = 0;
        for (size_t a = 0; a < r.money.size(); ++a) {
            money.push_back(r.money[a][static_cast<size_t>(cell)]);
            rivals += a > 0 ? money.back() : 0.0;
        }
        const double total = std::accumulate(money.begin(), money.end(), 0.0);
        if (!(total > 0) || rivals / total <= 0.2 || !(money[0] > 0)) {
            continue;
        }
        ContestedCell c;
        c.cell = cell;
        const CellClearing clearing = clearCell(game.listCost(cell), money);
        c.priceFactor = clearing.priceFactor;
        c.rivalShare = rivals / total;
        c.ourMoney = money[0];
        auto chosen = market.curve(cell).choose(clearing.bought);
        std::sort(chosen.begin(), chosen.end(),
                  [](const CurveOption& a, const CurveOption& b) { return a.value > b.value; });
        for (size_t k = 0; k < chosen.size() && k < 5; ++k) {
            c.kols.push_back(market.kols()[static_cast<size_t>(chosen[k].kol)].name);
        }
        if (!c.kols.empty()) { // money too little for the cheapest KOL contests nothing
            r.contested.push_back(std::move(c));
        }
    }
    std::sort(r.contested.begin(), r.contested.end(), [](const ContestedCell& a, const ContestedCell& b) {
        return a.rivalShare * a.priceFactor > b.rivalShare * b.priceFactor;
    });
    return r;
}

} // namespace kol
