#pragma once

#include "base/Result.h"
#include "model/Catalog.h"
#include "model/StoredModel.h"

#include <Eigen/Dense>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kol {

struct Vocabulary;

// The inputs the model sees for one post: log followers, follower quality, log interaction
// rate, and one-hot channel, phase, format and tier (in the vocabulary's order).
class FeatureLayout
{
public:
    FeatureLayout() = default;
    explicit FeatureLayout(const Vocabulary& vocabulary);
    FeatureLayout(std::vector<std::string> channels, std::vector<std::string> phases, std::vector<std::string> formats,
                  std::vector<std::string> tiers);
    // The layout a signature() describes; nullopt when it cannot be read back unambiguously.
    static std::optional<FeatureLayout> parse(const std::string& signature);
    // Whether every name of `older` is in this layout (names added since, in any order).
    bool extends(const FeatureLayout& older) const;

    int size() const
    {
        return 3 + static_cast<int>(m_channels.size() + m_phases.size() + m_formats.size() + m_tiers.size());
    }
    // Writes one feature row; unknown names leave their one-hot block empty.
    void encode(const Kol& kol, const std::string& phase, const std::string& format, const std::string& tier,
                float* out) const;
    // The layout as text, to check a stored model was trained on the same vocabulary.
    std::string signature() const;

    // The one-hot blocks: which names a block holds and where its columns start.
    struct Block
    {
        const char* kind; // "channel", "phase", "format", "tier"
        const std::vector<std::string>* names;
        int offset;
    };
    std::vector<Block> blocks() const;
    int channelOffset() const { return 3; }
    const std::vector<std::string>& channels() const { return m_channels; }

private:
    std::vector<std::string> m_channels, m_phases, m_formats, m_tiers;
};

struct Prediction
{
    double reach = 0;       // median predicted reach of one post
    double engagements = 0; // median predicted likes + comments + shares
    // The model's uncertainty about this expectation: the ensemble members' disagreement (sd in
    // log space). One post also varies around it by the residual sd the model reports; that
    // noise is independent between posts and mostly averages out over a plan.
    double logSdReach = 0;
    double logSdEngagements = 0;
    bool capped = false; // a figure was brought within what the history supports (HistorySupport)
};

// What the post history supports, kept with the model: how many posts each category of the
// layout had (per one-hot column), and per channel the range of reach and of engagements per
// follower that its posts showed (log units, the 0.5th to 99.5th percentile widened by a factor
// of three each way; channels with fewer than kThinPosts posts take the range of all posts).
struct HistorySupport
{
    static constexpr int kThinPosts = 30; // fewer posts than this: a category is thin
    Eigen::VectorXf counts;               // per feature column; the numeric columns hold 0
    Eigen::MatrixXf reachPerFollower;     // channels x 2: log lower and upper bound
    Eigen::MatrixXf engagementsPerFollower;

    bool empty() const { return counts.size() == 0; }
};

// A small ensemble of MLPs (ReLU hidden layers) predicting log reach and log engagements of one
// post, run in plain C++ so that evaluation never needs LibTorch.
class PerformanceModel
{
public:
    struct Layer
    {
        Eigen::MatrixXf weight; // out x in
        Eigen::VectorXf bias;
    };
    using Network = std::vector<Layer>;

    FeatureLayout layout;
    Eigen::VectorXf featureMean, featureScale; // standardisation of the inputs
    Eigen::Vector2f targetMean, targetScale;   // of log1p(reach), log1p(engagements)
    std::vector<Network> members;
    double residualSdReach = 0; // validation residual sd of log reach
    double residualSdEngagements = 0;
    std::map<std::string, double> metrics; // r2, mape, baseline_r2, ... as measured when fitted
    // What it was fitted for (ModelFit.h's FitObjective): "accuracy" (also every model stored
    // before the choice existed) or "decision" (end-to-end, for the budget decision).
    std::string objective = "accuracy";
    HistorySupport support;

    bool empty() const { return members.empty(); }
    // Predicts for rows of raw features (n x layout.size()). A category with little history
    // (a channel, phase, format or tier with few posts) borrows strength from the others: its
    // prediction is shrunk toward the post-weighted average over the categories of its kind,
    // with weight n / (n + kThinPosts) on its own, and its band widens by twice how far the
    // others' predictions lie from that average, at least e^0.5 (random-effects shrinkage). Reach and engagements are
    // then brought within the range per follower that the channel's history supports.
    std::vector<Prediction> predict(const Eigen::MatrixXf& features) const;
    // Posts the history had of a category: `kind` is "channel", "phase", "format" or "tier".
    // -1 when the model does not know (fitted before it kept its history's support).
    double postsOf(const std::string& kind, const std::string& name) const;
    Prediction predict(const Kol& kol, const std::string& phase, const std::string& format,
                       const std::string& tier) const;

    StoredModel toStored() const;
    // Checks every shape and value; a model trained on another vocabulary is refused.
    // A model fitted before channels, phases, formats or tiers were added to the vocabulary is
    // widened: the new names are categories without history (see predict()).
    static Result<PerformanceModel> fromStored(const StoredModel& stored, const Vocabulary& vocabulary);
    // Moves the model onto `wider`, a layout that extends its own: the new columns get no weight,
    // no posts, and the widest per-follower ranges of the channels it knows.
    void widenTo(const FeatureLayout& wider);

private:
    // The ensemble's mean and variance of log1p(reach), log1p(engagements) for raw features.
    Eigen::MatrixXf forward(const Eigen::MatrixXf& features, Eigen::MatrixXf* variance) const;
    void borrowForThinCategories(const Eigen::MatrixXf& features, Eigen::MatrixXf& mean,
                                 Eigen::MatrixXf& variance) const;
    void limitToHistory(const Eigen::MatrixXf& features, Eigen::MatrixXf& mean, std::vector<bool>& capped) const;
};

} // namespace kol
