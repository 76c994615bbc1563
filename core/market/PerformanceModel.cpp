#include "PerformanceModel.h"

#include "base/Text.h"
#include "model/Vocabulary.h"

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

std::string FeatureLayout::signature() const
{
    std::string s = "v1";
    for (const auto* block : {&m_channels, &m_phases, &m_formats, &m_tiers}) {
        s += "|" + joinNames(*block, ",");
    }
    return s;
}

std::vector<Prediction> PerformanceModel::predict(const Eigen::MatrixXf& features) const
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
    std::vector<Prediction> out(static_cast<size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i) {
        const double meanReach = sum(i, 0) / m, meanEng = sum(i, 1) / m;
        const double varReach = std::max(0.0, sumSq(i, 0) / m - meanReach * meanReach);
        const double varEng = std::max(0.0, sumSq(i, 1) / m - meanEng * meanEng);
        Prediction& p = out[static_cast<size_t>(i)];
        p.reach = std::max(0.0, std::expm1(meanReach));
        p.engagements = std::max(0.0, std::expm1(meanEng));
        p.logSdReach = std::sqrt(varReach);
        p.logSdEngagements = std::sqrt(varEng);
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
    model.layout = FeatureLayout(vocabulary);
    const auto layout = s.texts.find("layout");
    if (s.kind != "performance" || layout == s.texts.end()) {
        return R::failure("the stored model is not a performance model");
    }
    if (layout->second != model.layout.signature()) {
        return R::failure("the performance model was fitted for other channels, phases, formats or tiers; "
                          "fit it again");
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
    return model;
}

} // namespace kol
