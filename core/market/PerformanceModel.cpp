#include "PerformanceModel.h"

#include "base/Text.h"
#include "model/Vocabulary.h"

#include <algorithm>
#include <cmath>

namespace kol {

namespace {
int indexOf(const std::vector<std::string>& names, const std::string& name)
{
    for (size_t i = 0; i < names.size(); ++i) {
        if (names[i] == name) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

TensorData toTensor(const Eigen::MatrixXf& m)
{
    TensorData t{static_cast<int>(m.rows()), static_cast<int>(m.cols()), {}};
    t.values.resize(static_cast<size_t>(m.size()));
    for (int r = 0; r < m.rows(); ++r) {
        for (int c = 0; c < m.cols(); ++c) {
            t.values[static_cast<size_t>(r * m.cols() + c)] = m(r, c);
        }
    }
    return t;
}

Result<Eigen::MatrixXf> fromTensor(const StoredModel& s, const std::string& name, int rows, int cols)
{
    const auto it = s.tensors.find(name);
    if (it == s.tensors.end()) {
        return Result<Eigen::MatrixXf>::failure("model tensor " + quoteValue(name, 100) + " is missing");
    }
    const TensorData& t = it->second;
    if ((rows >= 0 && t.rows != rows) || (cols >= 0 && t.cols != cols) || t.rows <= 0 || t.cols <= 0
        || t.values.size() != static_cast<size_t>(t.rows) * static_cast<size_t>(t.cols)) {
        return Result<Eigen::MatrixXf>::failure("model tensor " + quoteValue(name, 100) + " has shape "
                                                + std::to_string(t.rows) + "x" + std::to_string(t.cols) + ", expected "
                                                + (rows >= 0 ? std::to_string(rows) : "n") + "x"
                                                + (cols >= 0 ? std::to_string(cols) : "n"));
    }
    Eigen::MatrixXf m(t.rows, t.cols);
    for (int r = 0; r < t.rows; ++r) {
        for (int c = 0; c < t.cols; ++c) {
            const float v = t.values[static_cast<size_t>(r * t.cols + c)];
            if (!std::isfinite(v)) {
                return Result<Eigen::MatrixXf>::failure("model tensor " + quoteValue(name, 100)
                                                        + " holds a NaN or infinite value");
            }
            m(r, c) = v;
        }
    }
    return m;
}
} // namespace

FeatureLayout::FeatureLayout(const Vocabulary& v)
    : m_channels(v.channels)
    , m_phases(v.phases)
    , m_formats(v.formats)
    , m_tiers(v.tierNames())
{
}

void FeatureLayout::encode(const Kol& kol, const std::string& phase, const std::string& format, const std::string& tier,
                           float* out) const
{
    std::fill(out, out + size(), 0.0f);
    out[0] = static_cast<float>(std::log10(std::max<double>(1.0, static_cast<double>(kol.followers))));
    out[1] = static_cast<float>(kol.followerQuality);
    out[2] = static_cast<float>(std::log10(std::max(1e-5, kol.interactionRate)));
    int offset = 3;
    for (const auto* block : {&m_channels, &m_phases, &m_formats, &m_tiers}) {
        const std::string& name = block == &m_channels ? kol.channel
            : block == &m_phases                       ? phase
            : block == &m_formats                      ? format
                                                       : tier;
        const int i = indexOf(*block, name);
        if (i >= 0) {
            out[offset + i] = 1.0f;
        }
        offset += static_cast<int>(block->size());
    }
}

FeatureLayout::FeatureLayout(std::vector<std::string> channels, std::vector<std::string> phases,
                             std::vector<std::string> formats, std::vector<std::string> tiers)
    : m_channels(std::move(channels))
    , m_phases(std::move(phases))
    , m_formats(std::move(formats))
    , m_tiers(std::move(tiers))
{
}

std::optional<FeatureLayout> FeatureLayout::parse(const std::string& signature)
{
    std::vector<std::vector<std::string>> blocks;
    size_t from = 0;
    for (size_t bar = signature.find('|'); from <= signature.size(); bar = signature.find('|', from)) {
        const std::string part = signature.substr(from, bar == std::string::npos ? std::string::npos : bar - from);
        std::vector<std::string> names;
        for (size_t at = 0; !part.empty() && at <= part.size();) {
            const size_t comma = std::min(part.find(',', at), part.size());
            names.push_back(part.substr(at, comma - at));
            at = comma + 1;
        }
        blocks.push_back(std::move(names));
        if (bar == std::string::npos) {
            break;
        }
        from = bar + 1;
    }
    if (blocks.size() != 5 || blocks[0] != std::vector<std::string>{"v1"}) {
        return std::nullopt;
    }
    FeatureLayout layout(blocks[1], blocks[2], blocks[3], blocks[4]);
    if (layout.signature() != signature) {
        return std::nullopt; // a name with a comma or a bar cannot be told apart: do not guess
    }
    return layout;
}

bool FeatureLayout::extends(const FeatureLayout& older) const
{
    const auto mine = blocks(), theirs = older.blocks();
    for (size_t b = 0; b < mine.size(); ++b) {
        for (const auto& name : *theirs[b].names) {
            if (std::find(mine[b].names->begin(), mine[b].names->end(), name) == mine[b].names->end()) {
                return false;
            }
        }
    }
    return true;
}

std::string FeatureLayout::signature() const
{
    std::string s = "v1";
    for (const auto* block : {&m_channels, &m_phases, &m_formats, &m_tiers}) {
        s += "|" + joinNames(*block, ",");
    }
    return s;
}

Eigen::MatrixXf PerformanceModel::forward(const Eigen::MatrixXf& features, Eigen::MatrixXf* variance) const
{
    const Eigen::Index n = features.rows();
    Eigen::MatrixXf x
        = (features.rowwise() - featureMean.transpose()).array().rowwise() / featureScale.transpose().array();
    Eigen::MatrixXf sum = Eigen::MatrixXf::Zero(n, 2), sumSq = Eigen::MatrixXf::Zero(n, 2);
    for (const Network& net : members) {
        Eigen::MatrixXf h = x;
        for (size_t l = 0; l < net.size(); ++l) {
            h = (h * net[l].weight.transpose()).rowwise() + net[l].bias.transpose();
            if (l + 1 < net.size()) {
                h = h.cwiseMax(0.0f);
            }
        }
        // Back to log1p units.
        h = (h.array().rowwise() * targetScale.transpose().array()).rowwise() + targetMean.transpose().array();
        sum += h;
        sumSq += h.cwiseProduct(h);
    }
    const float m = static_cast<float>(std::max<size_t>(1, members.size()));
    Eigen::MatrixXf mean = sum / m;
    if (variance) {
        *variance = (sumSq / m - mean.cwiseProduct(mean)).cwiseMax(0.0f);
    }
    return mean;
}

std::vector<Prediction> PerformanceModel::predict(const Eigen::MatrixXf& features) const
{
    const Eigen::Index n = features.rows();
    Eigen::MatrixXf variance;
    Eigen::MatrixXf mean = forward(features, &variance);
    std::vector<bool> capped(static_cast<size_t>(n), false);
    if (!support.empty()) {
        borrowForThinCategories(features, mean, variance);
        limitToHistory(features, mean, capped);
    }
    std::vector<Prediction> out(static_cast<size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i) {
        Prediction& p = out[static_cast<size_t>(i)];
        // NaN stays NaN (a broken model is refused where the market is built, naming the KOL).
        const double reach = std::expm1(static_cast<double>(mean(i, 0)));
        const double engagements = std::expm1(static_cast<double>(mean(i, 1)));
        p.reach = std::isnan(reach) ? reach : std::max(0.0, reach);
        p.engagements = std::isnan(engagements) ? engagements : std::max(0.0, engagements);
        p.logSdReach = std::sqrt(std::max(0.0f, variance(i, 0)));
        p.logSdEngagements = std::sqrt(std::max(0.0f, variance(i, 1)));
        p.capped = capped[static_cast<size_t>(i)];
    }
    return out;
}

Prediction PerformanceModel::predict(const Kol& kol, const std::string& phase, const std::string& format,
                                     const std::string& tier) const
{
    Eigen::MatrixXf row(1, layout.size());
    layout.encode(kol, phase, format, tier, row.data());
    return predict(row).front();
}

StoredModel PerformanceModel::toStored() const
{
    StoredModel s;
    s.kind = "performance";
    s.texts["layout"] = layout.signature();
    s.texts["objective"] = objective;
    s.numbers["members"] = static_cast<double>(members.size());
    s.numbers["layers"] = members.empty() ? 0 : static_cast<double>(members.front().size());
    s.numbers["residual_sd_reach"] = residualSdReach;
    s.numbers["residual_sd_engagements"] = residualSdEngagements;
    for (const auto& [name, value] : metrics) {
        s.numbers["metric." + name] = value;
    }
    s.tensors["feature_mean"] = toTensor(featureMean.transpose());
    s.tensors["feature_scale"] = toTensor(featureScale.transpose());
    s.tensors["target_mean"] = toTensor(targetMean.transpose());
    s.tensors["target_scale"] = toTensor(targetScale.transpose());
    if (!support.empty()) {
        s.tensors["support.counts"] = toTensor(support.counts.transpose());
        s.tensors["support.reach_per_follower"] = toTensor(support.reachPerFollower);
        s.tensors["support.engagements_per_follower"] = toTensor(support.engagementsPerFollower);
    }
    for (size_t m = 0; m < members.size(); ++m) {
        for (size_t l = 0; l < members[m].size(); ++l) {
            const std::string prefix = "member" + std::to_string(m) + ".layer" + std::to_string(l);
            s.tensors[prefix + ".weight"] = toTensor(members[m][l].weight);
            s.tensors[prefix + ".bias"] = toTensor(members[m][l].bias.transpose());
        }
    }
    return s;
}

Result<PerformanceModel> PerformanceModel::fromStored(const StoredModel& s, const Vocabulary& vocabulary)
{
    using R = Result<PerformanceModel>;
    PerformanceModel model;
    const FeatureLayout current(vocabulary);
    const auto layout = s.texts.find("layout");
    if (s.kind != "performance" || layout == s.texts.end()) {
        return R::failure("the stored model is not a performance model");
    }
    // A model fitted before names were added to the vocabulary is read in its own layout and
    // widened to the current one below; one fitted for other names is refused.
    const auto fitted = FeatureLayout::parse(layout->second);
    if (layout->second != current.signature() && (!fitted || !current.extends(*fitted))) {
        return R::failure("the performance model was fitted for other channels, phases, formats or tiers; "
                          "fit it again");
    }
    model.layout = layout->second == current.signature() ? current : *fitted;
    if (const auto objective = s.texts.find("objective"); objective != s.texts.end()) {
        if (objective->second != "accuracy" && objective->second != "decision") {
            return R::failure("the stored model's objective " + quoteValue(objective->second, 40)
                              + " is neither 'accuracy' nor 'decision'");
        }
        model.objective = objective->second;
    }
    auto number = [&](const char* name, double lo, double hi) -> Result<double> {
        const auto it = s.numbers.find(name);
        if (it == s.numbers.end() || !std::isfinite(it->second) || it->second < lo || it->second > hi) {
            return Result<double>::failure(std::string("model value '") + name + "' is missing or out of range");
        }
        return it->second;
    };
    const auto members = number("members", 1, 16);
    const auto layers = number("layers", 1, 8);
    const auto sdR = number("residual_sd_reach", 0, 20);
    const auto sdE = number("residual_sd_engagements", 0, 20);
    for (const auto* r : {&members, &layers, &sdR, &sdE}) {
        if (!*r) {
            return r->status();
        }
    }
    model.residualSdReach = *sdR;
    model.residualSdEngagements = *sdE;
    const int d = model.layout.size();
    auto fm = fromTensor(s, "feature_mean", 1, d);
    auto fs = fromTensor(s, "feature_scale", 1, d);
    auto tm = fromTensor(s, "target_mean", 1, 2);
    auto ts = fromTensor(s, "target_scale", 1, 2);
    for (const auto* t : {&fm, &fs, &tm, &ts}) {
        if (!*t) {
            return t->status();
        }
    }
    model.featureMean = fm->transpose();
    model.featureScale = fs->transpose();
    model.targetMean = tm->transpose();
    model.targetScale = ts->transpose();
    if ((model.featureScale.array() <= 0).any() || (model.targetScale.array() <= 0).any()) {
        return R::failure("model scales must be positive");
    }
    for (int m = 0; m < static_cast<int>(*members); ++m) {
        Network net;
        int in = d;
        for (int l = 0; l < static_cast<int>(*layers); ++l) {
            const std::string prefix = "member" + std::to_string(m) + ".layer" + std::to_string(l);
            const bool last = l + 1 == static_cast<int>(*layers);
            auto w = fromTensor(s, prefix + ".weight", last ? 2 : -1, in);
            if (!w) {
                return w.status();
            }
            if (w->rows() > 4096) {
                return R::failure("model tensor '" + prefix + ".weight' is absurdly large");
            }
            auto b = fromTensor(s, prefix + ".bias", 1, static_cast<int>(w->rows()));
            if (!b) {
                return b.status();
            }
            net.push_back(Layer{w.take(), b->transpose()});
            in = static_cast<int>(net.back().weight.rows());
        }
        model.members.push_back(std::move(net));
    }
    for (const auto& [name, value] : s.numbers) {
        if (name.rfind("metric.", 0) == 0) {
            model.metrics[name.substr(7)] = value;
        }
    }
    if (s.tensors.count("support.counts")) {
        const int channels = static_cast<int>(model.layout.channels().size());
        auto counts = fromTensor(s, "support.counts", 1, d);
        auto reach = fromTensor(s, "support.reach_per_follower", channels, 2);
        auto engagements = fromTensor(s, "support.engagements_per_follower", channels, 2);
        for (const auto* t : {&counts, &reach, &engagements}) {
            if (!*t) {
                return t->status();
            }
        }
        if ((counts->array() < 0).any() || (reach->col(0).array() > reach->col(1).array()).any()
            || (engagements->col(0).array() > engagements->col(1).array()).any()) {
            return R::failure("the performance model's history support is damaged; fit it again");
        }
        model.support.counts = counts->transpose();
        model.support.reachPerFollower = reach.take();
        model.support.engagementsPerFollower = engagements.take();
    } else if (const auto rows = model.metrics.find("train_rows"); rows != model.metrics.end()) {
        // Fitted before the model kept its support: the training posts per category follow from
        // the one-hot columns' means. No per-follower ranges are known.
        model.support.counts = (model.featureMean * static_cast<float>(rows->second)).array().round();
        model.support.counts.head(3).setZero();
    }
    if (!(model.layout.signature() == current.signature())) {
        model.widenTo(current);
    }
    return model;
}

} // namespace kol
