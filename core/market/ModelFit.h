#pragma once

#include "PerformanceModel.h"
#include "base/Result.h"

#include <atomic>
#include <cstdint>
#include <functional>
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
};

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
    // Channels, phases, formats and tiers of the vocabulary with fewer posts than
    // HistorySupport::kThinPosts, as "channel Bilibili: 0 posts".
    std::vector<std::string> thinCategories;
};

} // namespace kol
