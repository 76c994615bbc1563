// A running campaign's market (the running-campaign issue): the finished phases at what they
// actually reached, the later phases' predictions corrected by how the booked KOLs did.
#include "Market.h"
#include "base/Text.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace kol {

namespace {
// The model predicts a KOL's typical (median) post, and posts are heavy-tailed: one viral hit
// can be twenty times the typical post, and it says little about the next post. So the ratio of
// actual to predicted value is averaged in log space (a geometric mean over the posts, each
// post's ratio first kept within [1/kMaxRatio, kMaxRatio]) and shrunk toward the prior, in
// posts: a KOL's own log ratio counts as much as its channel's after kKolPrior posts, a
// channel's as much as "as predicted" (0) after kChannelPrior posts.
constexpr double kKolPrior = 3;
constexpr double kChannelPrior = 10;
constexpr double kMaxRatio = 4;

struct Tally
{
    double logRatio = 0; // summed over the posts
    int posts = 0;
};

// The shrunk mean log ratio.
double shrunk(const Tally& t, double prior, double towardLog)
{
    return (t.logRatio + prior * towardLog) / (t.posts + prior);
}
} // namespace

Result<Market> Market::withActuals(const CampaignActuals& actuals, bool correctPredictions) const
{
    Market m;
    m.m_scenario = m_scenario;
    m.m_options = m_options;
    auto data = sameCatalog(*m_data);
    data->actuals = std::make_shared<const CampaignActuals>(actuals);
    data->corrected = correctPredictions;
    if (m_data->actuals) {
        data->baseCells = m_data->baseCells;
    } else {
        for (const CellCurve& c : m_data->curves) {
            data->baseCells.push_back(c.options());
        }
    }
    if (Status applied = applyActuals(*data, m_scenario, m_options, data->baseCells); !applied) {
        return applied;
    }
    m.m_data = std::move(data);
    return m;
}

Status Market::applyActuals(Data& d, const Scenario& scenario, const MarketOptions& options,
                            std::vector<std::vector<std::vector<CurveOption>>> cells)
{
    const StrategyMatrix& m = scenario.matrix();
    const CampaignActuals& record = *d.actuals;
    std::unordered_map<std::string, int> kolIndex;
    for (size_t k = 0; k < d.kols.size(); ++k) {
        kolIndex.emplace(d.kols[k].id, static_cast<int>(k));
    }
    // Each post: its cell, its KOL's option there (the model's prediction) and its actual value.
    std::map<int, Tally> byKol;
    std::map<int, Tally> byChannel;
    std::vector<std::vector<std::vector<CurveOption>>> booked(cells.size());
    for (const ActualPost& post : record.posts) {
        const auto idx = m.find(post.channel, post.phase, post.tier);
        const auto kol = kolIndex.find(post.kolId);
        const auto format = std::find(d.formats.begin(), d.formats.end(), post.format);
        const std::string what = "actuals: " + post.kolId + " in " + post.phase;
        if (!idx) {
            return Status::failure(what + ": the cell " + post.channel + "/" + post.phase + "/" + post.tier
                                   + " is not in the scenario (was it changed after the actuals were recorded?)");
        }
        if (kol == kolIndex.end() || format == d.formats.end()) {
            return Status::failure(what + ": the KOL or its format " + quoteValue(post.format)
                                   + " is no longer in the project");
        }
        const int cell = m.flatIndex(*idx);
        const Kol& k = d.kols[static_cast<size_t>(kol->second)];
        CurveOption o;
        o.kol = kol->second;
        o.format = static_cast<int>(format - d.formats.begin());
        o.price = post.spend;
        o.reach = post.reach;
        o.engagements = post.engagements;
        o.value = compositeScore(d, scenario.weights, k, post.reach, post.engagements, std::max(1.0, post.spend),
                                 post.phase, post.format);
        o.valueLow = o.valueHigh = o.valueTrue = o.value;
        booked[static_cast<size_t>(cell)].push_back({o});
        for (const auto& group : cells[static_cast<size_t>(cell)]) {
            for (const CurveOption& predicted : group) {
                if (predicted.kol == o.kol && predicted.format == o.format && predicted.value > 0) {
                    const double ratio = o.value / predicted.value; // a post predicted at 0 says nothing
                    for (Tally* t : {&byKol[o.kol], &byChannel[idx->channel]}) {
                        t->logRatio += std::log(std::clamp(ratio, 1 / kMaxRatio, kMaxRatio));
                        ++t->posts;
                    }
                }
            }
        }
    }
    // The later phases: each KOL's options scaled by its shrunk ratio (its channel's where it
    // has not posted yet; 1 where the channel has no record).
    const std::vector<std::string> finished = record.finishedPhases(scenario);
    std::vector<bool> done(cells.size(), false);
    for (int cell = 0; cell < m.cellCount(); ++cell) {
        const CellIndex idx = m.indexOf(cell);
        const std::string& phase = m.phases()[static_cast<size_t>(idx.phase)];
        if (std::find(finished.begin(), finished.end(), phase) != finished.end()) {
            done[static_cast<size_t>(cell)] = true;
            continue;
        }
        if (!d.corrected) {
            continue;
        }
        const double channelLog = shrunk(byChannel[idx.channel], kChannelPrior, 0.0);
        for (auto& group : cells[static_cast<size_t>(cell)]) {
            for (CurveOption& o : group) {
                const auto own = byKol.find(o.kol);
                const double r = std::exp(own == byKol.end() ? channelLog : shrunk(own->second, kKolPrior, channelLog));
                o.value *= r;
                o.valueLow *= r;
                o.valueHigh *= r;
                o.reach *= r;
                o.engagements *= r;
            }
        }
    }
    // Curves and capacities from every cell's (corrected) options, so that a finished cell's
    // audience saturates as it would have; then each finished cell holds its booked posts.
    buildCurves(d, scenario, options, std::move(cells));
    d.fixed.assign(d.curves.size(), std::nullopt);
    const double span = options.budgetSpan * scenario.budget;
    for (size_t cell = 0; cell < d.curves.size(); ++cell) {
        if (!done[cell]) {
            continue;
        }
        CellCurve::Point outcome;
        for (const auto& group : booked[cell]) {
            const CurveOption& o = group.front();
            outcome.value += static_cast<float>(o.value);
            outcome.spend += static_cast<float>(o.price);
            outcome.reach += static_cast<float>(o.reach);
            outcome.engagements += static_cast<float>(o.engagements);
            outcome.kols += 1;
        }
        outcome.valueLow = outcome.valueHigh = outcome.valueTrue = outcome.value;
        d.fixed[cell] = outcome;
        d.curves[cell] = CellCurve(std::move(booked[cell]), span, options.gridPoints);
    }
    return Status::success();
}

} // namespace kol
