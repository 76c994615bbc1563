#pragma once

#include "PerformanceModel.h"
#include "base/Result.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kol {

struct FitProgress
{
    int member = 0; // 0-based ensemble member
    int members = 0;
    int epoch = 0; // 1-based
    int epochs = 0;
    double trainLoss = 0;
    double validationLoss = 0;
    // End-to-end fitting's second stage (epoch counts its checks): the held-out decision regret,
    // 1 - realised / hindsight value of the selection made from this network's predictions.
    bool decisionStage = false;
    double validationRegret = 0;
};

// What the performance model is fitted for. Accuracy: squared error of log reach and log
// engagements (predict, then optimise). Decision: end-to-end, the realised value of the budget
// decision made from its predictions, with the accuracy loss as a regularizer
// (DecisionProblems.h; docs/end-to-end.md).
enum class FitObjective { Accuracy, Decision };
const char* objectiveName(FitObjective objective); // "accuracy", "decision"
std::optional<FitObjective> parseObjective(const std::string& name);

struct FitOptions
{
    int epochs = 60; // upper bound; each member stops early when validation stalls
    int patience = 8;
    uint64_t seed = 1;
    int members = 3; // ensemble size (the spread gives each prediction its uncertainty)
    int hidden = 64;
    int batch = 256;
    double learningRate = 2e-3;
    double validationShare = 0.2;
    FitObjective objective = FitObjective::Accuracy;
    // The decision objective: each network starts from its accuracy fit, then takes up to
    // `decisionSteps` Adam steps on -(realised value of the smoothed selection / hindsight value)
    // + accuracyWeight * squared error, over `decisionProblems` problems of `decisionOptions`
    // posts per step; it stops when the held-out regret has not improved for `patience` checks
    // (one every 20 steps) and keeps its best check. `temperature` smooths the selection (log
    // value per money units; DecisionTraining.h).
    double accuracyWeight = 0.5;
    int decisionSteps = 400;
    int decisionProblems = 16;
    int decisionOptions = 64;
    double decisionLearningRate = 5e-4;
    double temperature = 0.25;
    // Called after every epoch; return false to cancel.
    std::function<bool(const FitProgress&)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

// Held-out quality of a predictor: R² of log(1 + reach); WAPE of reach itself (weighted absolute
// percentage error, sum |predicted - actual| / sum actual: posts with 0 reach count without
// dividing by zero); MAPE over the posts whose reach is not 0. Likewise for engagements.
struct FitScores
{
    double r2Reach = 0;
    double wapeReach = 0;
    double mapeReach = 0;
    double r2Engagements = 0;
    double wapeEngagements = 0;
    double mapeEngagements = 0;
};

struct FitReport
{
    PerformanceModel model;
    FitScores network;
    FitScores baseline; // ordinary least squares (Eigen) on the same features and split
    long trainRows = 0;
    long validationRows = 0;
    int epochsRun = 0; // summed over members
    double seconds = 0;
    FitObjective objective = FitObjective::Accuracy;
    // The budget decision on held-out posts (DecisionProblems.h): mean regret of the selections
    // made from the model's predictions, over `decisionProblems` problems drawn from the held-out
    // posts of `decisionKols` KOLs (KOLs without a held-out post with a price are not in it).
    double decisionRegret = 0;
    int decisionProblems = 0;
    int decisionKols = 0;
    // Decision objective: the accuracy fit it started from, on the same held-out posts.
    FitScores accuracyStart;
    double accuracyStartRegret = 0;
    // Channels, phases, formats and tiers of the vocabulary with fewer posts than
    // HistorySupport::kThinPosts, as "channel Bilibili: 0 posts".
    std::vector<std::string> thinCategories;
};

} // namespace kol
