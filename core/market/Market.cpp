#include "Market.h"

#include "MarketAssumptions.h"
#include "PerformanceModel.h"
#include "base/Hash.h"
#include "base/Numbers.h"
#include "base/Parallel.h"
#include "base/Text.h"
#include "model/Vocabulary.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace kol {

// The scenario's channels, phases and formats with little post history, in words.
std::vector<std::string> dataWarnings(const Scenario& scenario, const PerformanceModel& model,
                                      const std::vector<std::string>& formats)
{
    std::vector<std::string> out;
    const StrategyMatrix& m = scenario.matrix();
    for (const auto& [kind, names] :
         {std::pair{"channel", &m.channels()}, std::pair{"phase", &m.phases()}, std::pair{"format", &formats}}) {
        for (const auto& name : *names) {
            const double posts = model.postsOf(kind, name);
            if (posts >= 0 && posts < HistorySupport::kThinPosts) {
                out.push_back(
                    std::string(kind == std::string("format") ? "content format " : std::string(kind) + " ") + name
                    + " has " + (posts == 0 ? std::string("no post history") : formatAmount(posts) + " posts")
                    + " (fewer than " + std::to_string(HistorySupport::kThinPosts)
                    + "): its predictions borrow from the other " + kind + "s and carry a wide uncertainty band");
            }
        }
    }
    return out;
}

std::string marketFingerprint(const std::vector<Kol>& kols, const PerformanceModel& model)
{
    Fingerprint f;
    f.add(static_cast<uint64_t>(kols.size()));
    for (const Kol& k : kols) {
        f.add(k.id);
        f.add(k.name);
        f.add(k.channel);
        f.add(static_cast<uint64_t>(k.followers));
        f.add(k.followerQuality);
        f.add(k.interactionRate);
        for (const auto& [format, price] : k.prices) {
            f.add(format);
            f.add(price);
        }
    }
    f.add(model.layout.signature());
    for (const auto& net : model.members) {
        for (const auto& layer : net) {
            for (Eigen::Index i = 0; i < layer.weight.size(); ++i) {
                f.add(layer.weight.data()[i]);
            }
            for (Eigen::Index i = 0; i < layer.bias.size(); ++i) {
                f.add(layer.bias.data()[i]);
            }
        }
    }
    return f.hex();
}

double Market::compositeScore(const Kol& kol, double reach, double engagements, double price, const std::string& phase,
                              const std::string& format) const
{
    return compositeScore(*m_data, m_scenario.weights, kol, reach, engagements, price, phase, format);
}

double Market::compositeScore(const Data& d, const ScoreWeights& w, const Kol& kol, double reach, double engagements,
                              double price, const std::string& phase, const std::string& format)
{
    const double r = reach / d.reachNorm;
    const double e = engagements / d.engagementNorm;
    const double efficiency = std::min(3.0, (reach / std::max(1.0, price)) / d.efficiencyNorm);
    const double fit = formatFit(kol.channel, phase, format);
    // Reach and engagements are what a post buys; quality, price efficiency and format fit are
    // properties of that reach, so they weight it rather than add to it (a tiny account with a
    // perfect audience is still a tiny account).
    return w.reach * r + w.engagement * e
        + r * (w.quality * kol.followerQuality + w.priceEfficiency * efficiency / 3.0 + w.formatFit * fit);
}

Result<Market> Market::build(const Scenario& scenario, const std::vector<Kol>& kols, const PerformanceModel& model,
                             const Vocabulary& vocabulary, const MarketOptions& options)
{
    using R = Result<Market>;
    if (model.empty()) {
        return R::failure("there is no performance model yet; run 'kolplanner-cli fit' first");
    }
    if (options.gridPoints < 2 || options.gridPoints > 1 << 20) {
        return R::failure("the value grid needs 2 to 1,048,576 points");
    }
    Market m;
    m.m_scenario = scenario;
    m.m_options = options;
    auto data = std::make_shared<Data>();
    Data& d = *data;
    d.fingerprint = marketFingerprint(kols, model);
    d.kols = kols;
    d.formats = scenario.formats.empty() ? vocabulary.formats : scenario.formats;
    const StrategyMatrix& matrix = scenario.matrix();
    const auto& phases = matrix.phases();

    // Predictions for every KOL, phase and offered format in one batch.
    struct Row
    {
        size_t kol;
        int phase;
        int format;
        double price;
    };
    std::vector<Row> rows;
    for (size_t k = 0; k < d.kols.size(); ++k) {
        for (int f = 0; f < static_cast<int>(d.formats.size()); ++f) {
            const auto price = d.kols[k].prices.find(d.formats[static_cast<size_t>(f)]);
            if (price == d.kols[k].prices.end()) {
                continue;
            }
            for (int p = 0; p < static_cast<int>(phases.size()); ++p) {
                rows.push_back({k, p, f, price->second});
            }
        }
    }
    Eigen::MatrixXf features(static_cast<Eigen::Index>(rows.size()), model.layout.size());
    Eigen::Matrix<float, 1, Eigen::Dynamic> row(model.layout.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        const Kol& k = d.kols[rows[i].kol];
        model.layout.encode(k, phases[static_cast<size_t>(rows[i].phase)],
                            d.formats[static_cast<size_t>(rows[i].format)],
                            vocabulary.tierFor(k.followers).value_or(""), row.data());
        features.row(static_cast<Eigen::Index>(i)) = row;
    }
    const std::vector<Prediction> predicted = rows.empty() ? std::vector<Prediction>{} : model.predict(features);
    long cappedKols = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const Prediction& p = predicted[i];
        if (!std::isfinite(p.reach) || !std::isfinite(p.engagements) || !std::isfinite(p.logSdReach)
            || !std::isfinite(p.logSdEngagements)) {
            const Kol& k = d.kols[rows[i].kol];
            return R::failure("the performance model predicts no finite reach for KOL " + quoteValue(k.id, 100) + " ("
                              + k.channel + ", " + phases[static_cast<size_t>(rows[i].phase)] + ", "
                              + d.formats[static_cast<size_t>(rows[i].format)] + ", "
                              + formatAmount(static_cast<double>(k.followers)) + " followers); fit the model again");
        }
        cappedKols += p.capped ? 1 : 0;
    }
    d.warnings = dataWarnings(scenario, model, d.formats);
    if (cappedKols > 0) {
        d.warnings.push_back(formatAmount(static_cast<double>(cappedKols))
                             + " predictions were brought within the reach and engagements per follower that the "
                               "channel's post history shows");
    }

    // Normalisers: the catalog's medians, so scores mean the same in every scenario of a project.
    std::vector<double> reach, engagement, efficiency;
    for (size_t i = 0; i < rows.size(); ++i) {
        reach.push_back(predicted[i].reach);
        engagement.push_back(predicted[i].engagements);
        efficiency.push_back(predicted[i].reach / std::max(1.0, rows[i].price));
    }
    d.reachNorm = positiveMedian(reach);
    d.engagementNorm = positiveMedian(engagement);
    d.efficiencyNorm = positiveMedian(efficiency);

    // The truth's typical post for every row (the same normalisers, so that true and modelled
    // values are in the same units); without a truth for every KOL there is none at all.
    std::vector<DemoResponse> truth;
    if (options.truth) {
        truth.reserve(rows.size());
        for (const Row& r : rows) {
            const auto t = options.truth->typicalPost(d.kols[r.kol], d.formats[static_cast<size_t>(r.format)],
                                                      phases[static_cast<size_t>(r.phase)]);
            if (!t) {
                truth.clear();
                break;
            }
            truth.push_back(*t);
        }
        d.hasTruth = !truth.empty() || rows.empty();
    }
    if (options.planOnTruth && !d.hasTruth) {
        return R::failure("this project has no truth to plan on: only demo projects, with the KOLs they were "
                          "generated with, have one");
    }

    // Options per cell, grouped per KOL.
    const int nc = matrix.channelCount(), np = matrix.phaseCount(), nt = matrix.tierCount();
    std::vector<std::vector<std::vector<CurveOption>>> cells(static_cast<size_t>(matrix.cellCount()));
    std::vector<int> kolTier(d.kols.size(), -1), kolChannel(d.kols.size(), -1);
    for (size_t k = 0; k < d.kols.size(); ++k) {
        const auto tier = vocabulary.tierFor(d.kols[k].followers);
        for (int c = 0; c < nc; ++c) {
            kolChannel[k] = matrix.channels()[static_cast<size_t>(c)] == d.kols[k].channel ? c : kolChannel[k];
        }
        for (int t = 0; t < nt && tier; ++t) {
            kolTier[k] = matrix.tiers()[static_cast<size_t>(t)] == *tier ? t : kolTier[k];
        }
    }
    std::vector<int> lastKol(cells.size(), -1);
    for (size_t i = 0; i < rows.size(); ++i) {
        const size_t k = rows[i].kol;
        if (kolChannel[k] < 0 || kolTier[k] < 0) {
            continue;
        }
        const int cell = (kolChannel[k] * np + rows[i].phase) * nt + kolTier[k];
        const Prediction& pr = predicted[i];
        const std::string& phase = phases[static_cast<size_t>(rows[i].phase)];
        const std::string& format = d.formats[static_cast<size_t>(rows[i].format)];
        const Kol& kol = d.kols[k];
        CurveOption o;
        o.kol = static_cast<int>(k);
        o.format = rows[i].format;
        o.price = rows[i].price;
        o.reach = pr.reach;
        o.engagements = pr.engagements;
        o.value = compositeScore(d, scenario.weights, kol, pr.reach, pr.engagements, o.price, phase, format);
        o.valueLow = compositeScore(d, scenario.weights, kol, pr.reach * std::exp(-pr.logSdReach),
                                    pr.engagements * std::exp(-pr.logSdEngagements), o.price, phase, format);
        o.valueHigh = compositeScore(d, scenario.weights, kol, pr.reach * std::exp(pr.logSdReach),
                                     pr.engagements * std::exp(pr.logSdEngagements), o.price, phase, format);
        if (d.hasTruth && !truth.empty()) {
            const DemoResponse& t = truth[i];
            o.valueTrue = compositeScore(d, scenario.weights, kol, t.reach, t.engagements, o.price, phase, format);
            if (options.planOnTruth) {
                o.reach = t.reach;
                o.engagements = t.engagements;
                o.value = o.valueLow = o.valueHigh = o.valueTrue;
            }
        }
        auto& group = cells[static_cast<size_t>(cell)];
        if (lastKol[static_cast<size_t>(cell)] != static_cast<int>(k)) {
            group.emplace_back();
            lastKol[static_cast<size_t>(cell)] = static_cast<int>(k);
        }
        group.back().push_back(o);
    }
    buildCurves(d, scenario, options, std::move(cells));
    m.m_data = std::move(data);
    return m;
}

void Market::buildCurves(Data& d, const Scenario& scenario, const MarketOptions& options,
                         std::vector<std::vector<std::vector<CurveOption>>> cells)
{
    const StrategyMatrix& matrix = scenario.matrix();
    const int nc = matrix.channelCount();
    const double span = options.budgetSpan * scenario.budget;
    d.curves.clear();
    d.cellCapacity.clear();
    d.channelCapacity.assign(static_cast<size_t>(nc), 0.0);
    const int n = matrix.cellCount();
    std::vector<double> top(static_cast<size_t>(n), 0.0);
    for (int cell = 0; cell < n; ++cell) {
        double affordable = 0; // beyond buying every KOL in its dearest format, more money buys nothing
        for (const auto& kolOptions : cells[static_cast<size_t>(cell)]) {
            double dearest = 0;
            for (const auto& o : kolOptions) {
                dearest = std::max(dearest, o.price);
            }
            affordable += dearest;
        }
        top[static_cast<size_t>(cell)] = std::min(span, affordable);
    }
    // Each cell's knapsack is independent of the others and most of a market's build: spread
    // over the processor's cores (the same curves, in the same order, however many there are).
    std::vector<std::optional<CellCurve>> built(static_cast<size_t>(n));
    forEachOnCores(static_cast<size_t>(n),
                   [&](size_t cell) { built[cell].emplace(std::move(cells[cell]), top[cell], options.gridPoints); });
    for (int cell = 0; cell < n; ++cell) {
        d.curves.push_back(std::move(*built[static_cast<size_t>(cell)]));
        d.cellCapacity.push_back(options.cellOverlap * d.curves.back().totalValue());
    }
    const double reference = options.saturationSpend * scenario.budget / std::max(1, matrix.cellCount());
    for (int cell = 0; cell < matrix.cellCount(); ++cell) {
        const double cap = d.cellCapacity[static_cast<size_t>(cell)];
        const double value = d.curves[static_cast<size_t>(cell)].at(reference).value;
        d.channelCapacity[static_cast<size_t>(matrix.indexOf(cell).channel)]
            += options.channelCapacity * (cap > 0 ? cap * (1 - std::exp(-value / cap)) : 0.0);
    }
}

std::shared_ptr<Market::Data> Market::sameCatalog(const Data& from)
{
    auto data = std::make_shared<Data>();
    data->kols = from.kols;
    data->formats = from.formats;
    data->reachNorm = from.reachNorm;
    data->engagementNorm = from.engagementNorm;
    data->efficiencyNorm = from.efficiencyNorm;
    data->fingerprint = from.fingerprint;
    data->warnings = from.warnings;
    data->hasTruth = from.hasTruth;
    return data;
}

Result<Market> Market::withBudget(const Scenario& s) const
{
    Scenario sameBudget = s;
    sameBudget.budget = m_scenario.budget;
    if (needsRebuild(sameBudget)) {
        return Result<Market>::failure("the scenario differs from the market's in more than its budget");
    }
    Market m;
    m.m_scenario = s;
    m.m_options = m_options;
    auto data = sameCatalog(*m_data);
    std::vector<std::vector<std::vector<CurveOption>>> cells;
    if (m_data->actuals) {
        data->actuals = m_data->actuals;
        data->corrected = m_data->corrected;
        data->baseCells = m_data->baseCells;
        if (Status applied = applyActuals(*data, s, m_options, m_data->baseCells); !applied) {
            return applied;
        }
        m.m_data = std::move(data);
        return m;
    }
    cells.reserve(m_data->curves.size());
    for (const CellCurve& c : m_data->curves) {
        cells.push_back(c.options());
    }
    buildCurves(*data, s, m_options, std::move(cells));
    m.m_data = std::move(data);
    return m;
}

bool Market::needsRebuild(const Scenario& s) const
{
    const StrategyMatrix& a = m_scenario.matrix();
    const StrategyMatrix& b = s.matrix();
    return s.budget != m_scenario.budget || !(s.weights == m_scenario.weights) || s.formats != m_scenario.formats
        || a.channels() != b.channels() || a.phases() != b.phases() || a.tiers() != b.tiers();
}

void Market::updateScenario(const Scenario& s)
{
    if (!needsRebuild(s)) {
        m_scenario = s;
    }
}

} // namespace kol
