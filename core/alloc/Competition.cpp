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

std::vector<std::vector<double>> MarketCompetition::candidates(int advertiser) const
{
    return advertiser == 0 ? m_ourCandidates : std::vector<std::vector<double>>{};
}

double MarketCompetition::budget(int advertiser) const
{
    return advertiser == 0 ? m_constraints->budget() : m_rivals[static_cast<size_t>(advertiser - 1)].budget;
}

bool MarketCompetition::mayBuy(int advertiser, int cell) const
{
    if (!(m_listCost[static_cast<size_t>(cell)] > 0)) {
        return false;
    }
    // Our locked cells are not ours to move (the plan keeps them at the lock).
    return advertiser != 0 || m_constraints->hi(cell) > m_constraints->lo(cell);
}

std::vector<double> MarketCompetition::feasible(int advertiser, std::vector<double> proposed) const
{
    // The whole budget placed in proportion to the proposal, within every cell's and channel's
    // bounds (locks and minimums kept): what a capped cell cannot take goes to the others.
    return advertiser == 0 ? m_constraints->fillByWeights(proposed) : proposed;
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
    double effect = m_evaluator.effectOfValues(values);
    if (advertiser == 0) {
        // Our plan pays the scenario's soft-rule penalties (tier hierarchy, max cell share) as
        // every method's does, so that plans are compared like for like.
        const auto& ours = money[0];
        effect -= m_evaluator.grossEffect(ours) - m_evaluator.netEffect(ours, m_constraints->budget());
    }
    return effect;
}

Result<CompetitionResult> playCompetition(const Market& market, const CompetitionOptions& options)
{
    using R = Result<CompetitionResult>;
    const Scenario& s = market.scenario();
    for (const Rival& r : options.rivals) {
        if (!(r.budget > 0) || !std::isfinite(r.budget)) {
            return R::failure("rival " + quoteValue(r.name, 60) + ": its budget must be a positive amount");
        }
        if (!(r.preference > 0) || !std::isfinite(r.preference)) {
            return R::failure("rival " + quoteValue(r.name, 60) + ": its preference must be a positive number");
        }
    }
    for (size_t i = 0; i < options.rivals.size(); ++i) {
        for (size_t j = 0; j < i; ++j) {
            if (options.rivals[i].name == options.rivals[j].name) {
                return R::failure("rival " + quoteValue(options.rivals[i].name, 60) + " is named twice");
            }
        }
    }
    if (options.rivals.empty()) {
        return R::failure("a competition needs at least one rival advertiser");
    }
    for (const auto& plan : options.plans) {
        if (plan.size() != static_cast<size_t>(market.cellCount())) {
            return R::failure("a plan to value against the rivals has " + std::to_string(plan.size())
                              + " cells; the scenario has " + std::to_string(market.cellCount()));
        }
    }
    auto constraints = Constraints::make(s, s.budget);
    if (!constraints) {
        return constraints.status();
    }
    AllocationOptions optimalOptions;
    optimalOptions.cancel = options.learning.cancel;
    auto alone = makeAllocator("optimal")->allocate(market, optimalOptions);
    if (!alone) {
        return alone.status();
    }
    MarketCompetition game(market, constraints.value(), options.rivals);
    // The scenario starts from the plan it would make alone and adapts it to the rivals; that plan
    // stays a candidate (its spread cannot always express optimal's exact amounts).
    game.setOurCandidates({alone->amounts});
    auto solution = learnEquilibrium(game, options.learning, {alone->amounts});
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
    r.keptAlonePlan = !solution->candidate.empty() && solution->candidate[0] >= 0;
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
    for (const auto& plan : options.plans) {
        onlyUs[0] = plan;
        r.plans.push_back({game.utility(0, onlyUs), game.utility(0, withOurs(plan))});
    }
    for (int cell = 0; cell < game.cells(); ++cell) {
        std::vector<double> money;
        double rivals = 0;
        for (size_t a = 0; a < r.money.size(); ++a) {
            money.push_back(r.money[a][static_cast<size_t>(cell)]);
            rivals += a > 0 ? money.back() : 0.0;
        }
        const double total = std::accumulate(money.begin(), money.end(), 0.0);
        // A cell is contested where the rivals pay over 20% of its money and the plan puts real
        // money there (0.5% of its budget or more), not the crumbs its spread keeps everywhere.
        if (!(total > 0) || rivals / total <= 0.2 || money[0] < 0.005 * game.budget(0)) {
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
    // Most contested first: what the rivals make the plan pay above list prices, then their share.
    std::sort(r.contested.begin(), r.contested.end(), [](const ContestedCell& a, const ContestedCell& b) {
        const double extraA = (a.priceFactor - 1) * a.ourMoney, extraB = (b.priceFactor - 1) * b.ourMoney;
        return extraA != extraB ? extraA > extraB : a.rivalShare > b.rivalShare;
    });
    return r;
}

} // namespace kol
