#pragma once

// End-to-end (decision-focused) fitting of the performance model, in the training module: each
// network, after its accuracy fit, is trained further on the realised value of the budget
// decision made from its predictions, with the accuracy loss kept as a regularizer. After the
// end-to-end marketing-effectiveness framework under a budget constraint published by Kuaishou;
// the decision is DecisionProblems.h's, the method and its measured results docs/end-to-end.md.
//
// Gradient estimator: a temperature-smoothed selection (smoothedSelection). The hard selection
// (a knapsack) is piecewise constant in the predictions, so its gradient is zero almost
// everywhere. Relaxed, option i is booked with weight sigmoid((its log value per money - the
// budget's Lagrange multiplier) / temperature): a smooth fractional knapsack whose gradient is
// exact and deterministic. Variance comes only from which problems a step draws, and is kept down
// by averaging 16 problems per step, each scored relative to its hindsight best (so problems of
// any scale weigh the same), and by stopping on a fixed set of held-out problems (half of the
// held-out posts; the other half is kept for the reported figure). A score-function
// estimator would need many samples per step for 64 options; a perturbed optimiser would solve
// each problem many times per step.

#include "PerformanceNet.h"
#include "base/Result.h"
#include "market/DecisionProblems.h"
#include "market/ModelFit.h"

#include <vector>

namespace kol {

// The smoothed selection. `score` [K, m]: log(predicted value / price) of each option; `price`
// [K, m] (currency units, > 0); `budget` [K]. Returns x [K, m] in 0..1 (in score's dtype; the
// selection itself is computed in double precision) with x = sigmoid((score - lambda_k) /
// temperature), where the Lagrange multiplier lambda_k makes the selection spend the budget
// (sum_i price x = budget, to 1e-6 relative) whenever the budget is below the options' total
// price. lambda is found by bisection outside the graph and then takes one Newton step
// inside it with the step's slope held fixed: its value does not move (the spend already meets
// the budget) and its gradient is the implicit function theorem's, -dg/dscore / dg/dlambda for
// g = spend - budget, so the budget stays spent as the scores move.
torch::Tensor smoothedSelection(const torch::Tensor& score, const torch::Tensor& price, const torch::Tensor& budget,
                                double temperature);

// The composite value the network predicts (DecisionPost::valueOf): `output` [n, 2] in the
// model's standardised log1p units, mean/scale of those, `weights` [n, 4] (each post's
// reachWeight, efficiencyWeight, efficiencyScale, engagementWeight) -> [n], at least 1e-12.
torch::Tensor predictedValue(const torch::Tensor& output, const Eigen::Vector2f& targetMean,
                             const Eigen::Vector2f& targetScale, const torch::Tensor& weights);
// The weights tensor of `posts` for predictedValue ([n, 4], float32).
torch::Tensor valueWeights(const std::vector<DecisionPost>& posts);

// Everything the decision stage trains and checks on; rows are the fit's posts in one order.
struct DecisionFitData
{
    torch::Tensor features;     // [N, d] standardised
    torch::Tensor targets;      // [N, 2] standardised
    torch::Tensor weights;      // [N, 4], valueWeights(posts)
    torch::Tensor price, value; // [N], DecisionPost's
    Eigen::Vector2f targetMean, targetScale;
    std::vector<DecisionPost> posts; // [N]
    std::vector<int> trainRows;
    // Early stopping: fixed problems from half of the held-out posts, scored as the product
    // predicts (`base`: the model's layout, standardisation and history support, no members;
    // `stoppingFeatures`: raw features of `stoppingRows`).
    std::vector<DecisionProblem> stoppingProblems;
    std::vector<int> stoppingRows;
    Eigen::MatrixXf stoppingFeatures;
    const PerformanceModel* base = nullptr;
};

// The regret of the decisions on data.stoppingProblems made from `net` alone as the product
// predicts with it (PerformanceModel::predict: shrinkage for thin categories and the history's
// caps included); 0 = hindsight.
double stoppingRegret(PerformanceNet& net, const DecisionFitData& data);

// Trains `net` (already fitted for accuracy) for the decision, FitOptions' decision settings,
// progress (decisionStage) and cancel; keeps the weights of its best check on the stopping
// problems (the accuracy fit's own when no step improves on it). Fails when
// cancelled or when a loss is not finite; `net` then holds unspecified weights.
Status fineTuneForDecision(PerformanceNet& net, const DecisionFitData& data, const FitOptions& options, int member,
                           uint64_t seed);

} // namespace kol
