#pragma once

#include "base/Result.h"
#include "model/Catalog.h"
#include "model/StoredModel.h"

#include <Eigen/Dense>
#include <map>
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

    int size() const
    {
        return 3 + static_cast<int>(m_channels.size() + m_phases.size() + m_formats.size() + m_tiers.size());
    }
    // Writes one feature row; unknown names leave their one-hot block empty.
    void encode(const Kol& kol, const std::string& phase, const std::string& format, const std::string& tier,
                float* out) const;
    // The layout as text, to check a stored model was trained on the same vocabulary.
    std::string signature() const;

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

    bool empty() const { return members.empty(); }
    // Predicts for rows of raw features (n x layout.size()).
    std::vector<Prediction> predict(const Eigen::MatrixXf& features) const;
    Prediction predict(const Kol& kol, const std::string& phase, const std::string& format,
                       const std::string& tier) const;

    StoredModel toStored() const;
    // Checks every shape and value; a model trained on another vocabulary is refused.
    static Result<PerformanceModel> fromStored(const StoredModel& stored, const Vocabulary& vocabulary);
};

} // namespace kol
