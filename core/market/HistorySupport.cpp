// PerformanceModel: what the post history supports. Categories with few posts borrow strength
// from the others; predictions stay within the per-follower range the history showed.
#include "PerformanceModel.h"

#include <algorithm>
#include <cmath>

namespace kol {

namespace {
// The least spread (log units, e^0.5: about -40% to +65%) a category without history is given.
constexpr float kMinCategorySpread = 0.5f;
} // namespace

std::vector<FeatureLayout::Block> FeatureLayout::blocks() const
{
    std::vector<Block> out;
    int offset = 3;
    for (const auto& [kind, names] : {std::pair{"channel", &m_channels}, std::pair{"phase", &m_phases},
                                      std::pair{"format", &m_formats}, std::pair{"tier", &m_tiers}}) {
        out.push_back(Block{kind, names, offset});
        offset += static_cast<int>(names->size());
    }
    return out;
}

double PerformanceModel::postsOf(const std::string& kind, const std::string& name) const
{
    if (support.empty()) {
        return -1;
    }
    for (const auto& block : layout.blocks()) {
        if (kind != block.kind) {
            continue;
        }
        for (size_t i = 0; i < block.names->size(); ++i) {
            if ((*block.names)[i] == name) {
                return support.counts(block.offset + static_cast<Eigen::Index>(i));
            }
        }
    }
    return 0;
}

void PerformanceModel::borrowForThinCategories(const Eigen::MatrixXf& x, Eigen::MatrixXf& mean,
                                               Eigen::MatrixXf& variance) const
{
    const float k = static_cast<float>(HistorySupport::kThinPosts);
    for (const auto& block : layout.blocks()) {
        const int size = static_cast<int>(block.names->size());
        // The categories of this kind the history knows, and their weights (shares of posts).
        std::vector<int> known;
        float total = 0;
        for (int j = 0; j < size; ++j) {
            const float n = support.counts(block.offset + j);
            if (n >= 1) {
                known.push_back(j);
                total += n;
            }
        }
        if (known.empty()) {
            continue;
        }
        // The rows whose category of this kind is thin, with the weight of its own history.
        std::vector<std::pair<Eigen::Index, float>> thin;
        for (Eigen::Index r = 0; r < x.rows(); ++r) {
            float n = 0;
            for (int j = 0; j < size; ++j) {
                n += x(r, block.offset + j) > 0.5f ? support.counts(block.offset + j) : 0.0f;
            }
            const float own = n / (n + k);
            if (own < 0.995f) {
                thin.emplace_back(r, own);
            }
        }
        if (thin.empty()) {
            continue;
        }
        // Each thin row as every known category of its kind, predicted in one batch (with the
        // ensemble's disagreement about each).
        const Eigen::Index m = static_cast<Eigen::Index>(known.size());
        Eigen::MatrixXf alternatives(static_cast<Eigen::Index>(thin.size()) * m, x.cols());
        for (size_t t = 0; t < thin.size(); ++t) {
            for (Eigen::Index a = 0; a < m; ++a) {
                auto row = alternatives.row(static_cast<Eigen::Index>(t) * m + a);
                row = x.row(thin[t].first);
                row.segment(block.offset, size).setZero();
                row(block.offset + known[static_cast<size_t>(a)]) = 1.0f;
            }
        }
        Eigen::MatrixXf asVariance;
        const Eigen::MatrixXf as = forward(alternatives, &asVariance);
        for (size_t t = 0; t < thin.size(); ++t) {
            const auto [r, own] = thin[t];
            for (int target = 0; target < 2; ++target) {
                float average = 0, averageVariance = 0;
                for (Eigen::Index a = 0; a < m; ++a) {
                    const float weight = support.counts(block.offset + known[static_cast<size_t>(a)]) / total;
                    average += weight * as(static_cast<Eigen::Index>(t) * m + a, target);
                    averageVariance += weight * asVariance(static_cast<Eigen::Index>(t) * m + a, target);
                }
                // How far the furthest known category lies from the average: what a category
                // without history could be. At least kMinCategorySpread, however alike the others.
                float deviation = kMinCategorySpread;
                for (Eigen::Index a = 0; a < m; ++a) {
                    deviation
                        = std::max(deviation, std::fabs(as(static_cast<Eigen::Index>(t) * m + a, target) - average));
                }
                // Without history of its own the row's own prediction is never used: its input
                // column was always 0 in training, so what the network makes of it is noise.
                mean(r, target) = own > 0 ? own * mean(r, target) + (1 - own) * average : average;
                // Two spreads wide: the band of a thin category is meant to hold its effect, not
                // one standard deviation of it.
                variance(r, target)
                    = own * variance(r, target) + (1 - own) * (averageVariance + 4 * deviation * deviation);
            }
        }
    }
}

void PerformanceModel::limitToHistory(const Eigen::MatrixXf& x, Eigen::MatrixXf& mean, std::vector<bool>& capped) const
{
    const Eigen::Index channels = static_cast<Eigen::Index>(layout.channels().size());
    if (support.reachPerFollower.rows() != channels || support.engagementsPerFollower.rows() != channels) {
        return;
    }
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        Eigen::Index channel = -1;
        for (Eigen::Index c = 0; c < channels; ++c) {
            channel = x(r, layout.channelOffset() + c) > 0.5f ? c : channel;
        }
        if (channel < 0) {
            continue;
        }
        const double logFollowers = std::log(std::max(1.0, std::pow(10.0, static_cast<double>(x(r, 0)))));
        for (int target = 0; target < 2; ++target) {
            const Eigen::MatrixXf& bounds = target == 0 ? support.reachPerFollower : support.engagementsPerFollower;
            const double lo = std::exp(logFollowers + bounds(channel, 0)),
                         hi = std::exp(logFollowers + bounds(channel, 1));
            const double v = std::expm1(static_cast<double>(mean(r, target)));
            if (std::isnan(v)) {
                continue; // a broken model: Market::build refuses it, naming the KOL
            }
            if (v > hi || v < lo) {
                mean(r, target) = static_cast<float>(std::log1p(std::clamp(v, lo, hi)));
                capped[static_cast<size_t>(r)] = true;
            }
        }
    }
}

void PerformanceModel::widenTo(const FeatureLayout& wider)
{
    // Where each column of the current layout goes in the wider one.
    std::vector<int> to{0, 1, 2};
    const auto from = layout.blocks(), into = wider.blocks();
    for (size_t b = 0; b < from.size(); ++b) {
        for (const auto& name : *from[b].names) {
            const auto& names = *into[b].names;
            to.push_back(into[b].offset
                         + static_cast<int>(std::find(names.begin(), names.end(), name) - names.begin()));
        }
    }
    const Eigen::Index d = wider.size();
    auto spread = [&](const Eigen::VectorXf& v, float fill) {
        Eigen::VectorXf w = Eigen::VectorXf::Constant(d, fill);
        for (size_t j = 0; j < to.size(); ++j) {
            w(to[j]) = v(static_cast<Eigen::Index>(j));
        }
        return w;
    };
    featureMean = spread(featureMean, 0.0f);
    featureScale = spread(featureScale, 1.0f);
    for (Network& net : members) {
        Eigen::MatrixXf w = Eigen::MatrixXf::Zero(net.front().weight.rows(), d);
        for (size_t j = 0; j < to.size(); ++j) {
            w.col(to[j]) = net.front().weight.col(static_cast<Eigen::Index>(j));
        }
        net.front().weight = std::move(w);
    }
    if (!support.empty()) {
        support.counts = spread(support.counts, 0.0f);
        const Eigen::Index channels = static_cast<Eigen::Index>(wider.channels().size());
        for (Eigen::MatrixXf* bounds : {&support.reachPerFollower, &support.engagementsPerFollower}) {
            if (bounds->rows() == 0) {
                continue;
            }
            Eigen::MatrixXf b(channels, 2);
            b.col(0).setConstant(bounds->col(0).minCoeff());
            b.col(1).setConstant(bounds->col(1).maxCoeff());
            for (Eigen::Index c = 0; c < bounds->rows(); ++c) {
                b.row(to[static_cast<size_t>(3 + c)] - wider.channelOffset()) = bounds->row(c);
            }
            *bounds = std::move(b);
        }
    }
    layout = wider;
}

} // namespace kol
