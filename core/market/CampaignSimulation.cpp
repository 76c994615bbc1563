#include "CampaignSimulation.h"

#include "PlanEvaluator.h"
#include "base/Hash.h"
#include "base/Random.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>
#include <unordered_map>

namespace kol {

namespace {
double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

PostSurprise::Spread describe(const std::string& channel, const std::vector<Surprise>& residuals)
{
    PostSurprise::Spread s;
    s.channel = channel;
    s.posts = static_cast<int>(residuals.size());
    if (residuals.empty()) {
        return s;
    }
    std::vector<double> reach;
    double logSum = 0, logSquares = 0;
    int withReach = 0;
    for (const Surprise& r : residuals) {
        reach.push_back(r.reach);
        s.mean += r.reach;
        s.viralShare += r.reach >= 5 ? 1 : 0;
        s.flopShare += r.reach <= 1.0 / 3 ? 1 : 0;
        if (r.reach > 0) {
            logSum += std::log(r.reach);
            logSquares += std::log(r.reach) * std::log(r.reach);
            ++withReach;
        }
    }
    const double n = static_cast<double>(residuals.size());
    std::nth_element(reach.begin(), reach.begin() + static_cast<long>(reach.size() / 2), reach.end());
    s.median = reach[reach.size() / 2];
    s.mean /= n;
    s.viralShare /= n;
    s.flopShare /= n;
    if (withReach > 1) {
        const double mean = logSum / withReach;
        s.logSpread = std::sqrt(std::max(0.0, (logSquares - withReach * mean * mean) / (withReach - 1)));
    }
    return s;
}
} // namespace

Result<PostSurprise> PostSurprise::calibrate(const std::vector<Kol>& kols, const std::vector<Post>& posts,
                                             const MarketTruth& truth)
{
    std::unordered_map<std::string, const Kol*> byId;
    for (const Kol& k : kols) {
        byId.emplace(k.id, &k);
    }
    PostSurprise out;
    for (const Post& post : posts) {
        const auto kol = byId.find(post.kolId);
        if (kol == byId.end()) {
            continue;
        }
        const auto typical = truth.typicalPost(*kol->second, post.format, post.phase);
        if (!typical || !(typical->reach > 0) || !(typical->engagements > 0)) {
            continue;
        }
        const double engagements = static_cast<double>(post.likes + post.comments + post.shares);
        const Surprise s{static_cast<double>(post.reach) / typical->reach, engagements / typical->engagements};
        if (std::isfinite(s.reach) && std::isfinite(s.engagements)) {
            out.m_byChannel[kol->second->channel].push_back(s);
            out.m_all.push_back(s);
        }
    }
    if (static_cast<int>(out.m_all.size()) < kMinPosts) {
        return Result<PostSurprise>::failure("the post history has " + std::to_string(out.m_all.size())
                                             + " posts of KOLs the market's truth knows; at least "
                                             + std::to_string(kMinPosts) + " are needed to calibrate its spread "
                                             + "(only demo projects have a truth)");
    }
    return out;
}

PostSurprise PostSurprise::none()
{
    PostSurprise out;
    out.m_all = {Surprise{}};
    return out;
}

const std::vector<Surprise>& PostSurprise::residuals(const std::string& channel) const
{
    const auto it = m_byChannel.find(channel);
    return it != m_byChannel.end() && static_cast<int>(it->second.size()) >= kMinPosts ? it->second : m_all;
}

Surprise PostSurprise::draw(const std::string& channel, double uniform) const
{
    const std::vector<Surprise>& r = residuals(channel);
    if (r.empty()) {
        return Surprise{}; // a default-made PostSurprise: no luck
    }
    const auto i = static_cast<size_t>(std::clamp(uniform, 0.0, 1.0) * static_cast<double>(r.size()));
    return r[std::min(i, r.size() - 1)];
}

std::vector<PostSurprise::Spread> PostSurprise::spread() const
{
    std::vector<Spread> out;
    for (const auto& [channel, residuals] : m_byChannel) {
        out.push_back(describe(channel, residuals));
    }
    out.push_back(describe("", m_all));
    return out;
}

Result<std::vector<ActualPost>> realisePhase(const Market& planner, const std::vector<double>& amounts, int phase,
                                             const PostSurprise& surprise, uint64_t campaignSeed)
{
    using R = Result<std::vector<ActualPost>>;
    const MarketTruth* truth = planner.options().truth.get();
    if (!truth || !planner.hasTruth()) {
        return R::failure("a campaign can only be simulated on a demo project's market: this one has no truth");
    }
    const StrategyMatrix& m = planner.scenario().matrix();
    std::vector<ActualPost> posts;
    for (int cell = 0; cell < m.cellCount(); ++cell) {
        const CellIndex idx = m.indexOf(cell);
        if (idx.phase != phase || !(amounts[static_cast<size_t>(cell)] > 0)) {
            continue;
        }
        for (const CurveOption& o : planner.curve(cell).choose(amounts[static_cast<size_t>(cell)])) {
            const Kol& kol = planner.kols()[static_cast<size_t>(o.kol)];
            ActualPost post;
            post.channel = m.channels()[static_cast<size_t>(idx.channel)];
            post.phase = m.phases()[static_cast<size_t>(idx.phase)];
            post.tier = m.tiers()[static_cast<size_t>(idx.tier)];
            post.kolId = kol.id;
            post.format = planner.formats()[static_cast<size_t>(o.format)];
            post.spend = o.price;
            const auto typical = truth->typicalPost(kol, post.format, post.phase);
            if (!typical) {
                return R::failure("the truth does not know the KOL " + kol.id);
            }
            Fingerprint luck;
            luck.add(campaignSeed);
            luck.add(post.kolId);
            luck.add(post.phase);
            luck.add(post.format);
            const Surprise s = surprise.draw(post.channel, Random(luck.value()).uniform());
            post.reach = typical->reach * s.reach;
            post.engagements = typical->engagements * s.engagements;
            posts.push_back(std::move(post));
        }
    }
    return posts;
}

double realisedEffect(const Market& truth, const CampaignActuals& actuals, const std::vector<double>& amounts)
{
    const Scenario& s = truth.scenario();
    const StrategyMatrix& m = s.matrix();
    std::unordered_map<std::string, const Kol*> byId;
    for (const Kol& k : truth.kols()) {
        byId.emplace(k.id, &k);
    }
    std::vector<double> values(static_cast<size_t>(m.cellCount()), 0.0);
    for (const ActualPost& p : actuals.posts) {
        const auto idx = m.find(p.channel, p.phase, p.tier);
        const auto kol = byId.find(p.kolId);
        if (idx && kol != byId.end()) {
            values[static_cast<size_t>(m.flatIndex(*idx))] += truth.compositeScore(
                *kol->second, p.reach, p.engagements, std::max(1.0, p.spend), p.phase, p.format);
        }
    }
    const PlanEvaluator evaluator(truth);
    const double penalty = evaluator.grossEffect(amounts) - evaluator.netEffect(amounts, s.budget);
    return evaluator.effectOfValues(values) - penalty;
}

Result<Market> campaignMarket(const Market& planner, const CampaignActuals& record, int finishedPhases,
                              bool correctPredictions)
{
    const Scenario& scenario = planner.scenario();
    const StrategyMatrix& m = scenario.matrix();
    Scenario locked = scenario;
    const std::vector<double> spent = record.cellSpend(scenario);
    for (int cell = 0; cell < m.cellCount(); ++cell) {
        MatrixCell& c = locked.matrix().cell(m.indexOf(cell));
        if (c.enabled && m.indexOf(cell).phase < finishedPhases) {
            c.locked = spent[static_cast<size_t>(cell)];
        }
    }
    Market lockedMarket = planner;
    lockedMarket.updateScenario(locked);
    return lockedMarket.withActuals(record, correctPredictions);
}

Result<CampaignRun> simulateCampaign(const Market& planner, const Market& truth, const PostSurprise& surprise,
                                     const CampaignPlanner& plan, CampaignLoop loop, uint64_t campaignSeed)
{
    CampaignRun run;
    const StrategyMatrix& matrix = planner.scenario().matrix();
    auto start = std::chrono::steady_clock::now();
    auto amounts = plan(planner);
    if (!amounts) {
        return amounts.status();
    }
    run.planSeconds.push_back(secondsSince(start));
    std::vector<double> current = amounts.take();
    std::optional<Market> campaign; // the market the current plan was made on, when not `planner`
    for (int phase = 0; phase < matrix.phaseCount(); ++phase) {
        if (phase > 0 && loop != CampaignLoop::Open) {
            // The campaign so far, the model corrected by what the posts reached (or not).
            start = std::chrono::steady_clock::now();
            auto corrected = campaignMarket(planner, run.actuals, phase, loop == CampaignLoop::Closed);
            if (!corrected) {
                return corrected.status();
            }
            campaign.emplace(corrected.take());
            run.marketSeconds.push_back(secondsSince(start));
            start = std::chrono::steady_clock::now();
            auto replanned = plan(*campaign);
            if (!replanned) {
                return replanned.status();
            }
            run.planSeconds.push_back(secondsSince(start));
            current = replanned.take();
        }
        // The KOLs booked are those the plan's market chooses (corrected predictions pick others).
        auto posts = realisePhase(campaign ? *campaign : planner, current, phase, surprise, campaignSeed);
        if (!posts) {
            return posts.status();
        }
        for (ActualPost& p : posts.value()) {
            run.spend += p.spend;
            run.actuals.posts.push_back(std::move(p));
        }
    }
    run.amounts = current;
    run.effect = realisedEffect(truth, run.actuals, run.amounts);
    return run;
}

} // namespace kol
