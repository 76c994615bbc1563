#pragma once

// The budget decision that end-to-end (decision-focused) fitting trains the performance model
// for, and its scoring on posts the model did not train on. The decision is the combination
// search's in every cell (CellCurve), over past posts: which posts to book under a budget, from
// their predicted composite values and their prices. Method: decision-focused learning for a
// budget-constrained selection, after the end-to-end marketing-effectiveness framework published
// by Kuaishou (docs/end-to-end.md).

#include "base/Random.h"
#include "model/Catalog.h"

#include <Eigen/Dense>
#include <string>
#include <vector>

namespace kol {

struct Vocabulary;

// One past post as an option of the decision: its price (currency units) and how its composite
// value (SPEC 3.2, the scenario defaults' weights; Market::compositeScore) follows from a reach
// and engagements, predicted or actual: valueOf(). `value` is the post's actual (realised) value.
struct DecisionPost
{
    int kol = 0;   // index into the KOL list
    int group = 0; // the post's channel, in the layout's order: a decision books within one channel
    double price = 0;
    double reachWeight = 0;      // per unit of reach: reach, follower quality and format fit terms
    double efficiencyWeight = 0; // per unit of reach, times the capped price efficiency below
    double efficiencyScale = 0;  // price efficiency = min(3, reach * efficiencyScale)
    double engagementWeight = 0; // per engagement
    double value = 0;

    double valueOf(double reach, double engagements) const
    {
        const double efficiency = reach * efficiencyScale < 3 ? reach * efficiencyScale : 3;
        return reach * (reachWeight + efficiencyWeight * efficiency) + engagementWeight * engagements;
    }
};

// The decision options of `posts` (those of KOLs in `kols`, in the order the training data keeps
// them: a post whose KOL is missing is skipped), with reach, engagements and reach per money
// normalised by the posts' medians (scale constants, as the market's are). A post without a price takes its KOL's price
// for the format; one with neither gets price 0 and is left out of every decision problem.
std::vector<DecisionPost> decisionPosts(const std::vector<Kol>& kols, const std::vector<Post>& posts,
                                        const std::vector<std::string>& channels);

// One selection problem: options (indices into a DecisionPost list) of one channel and a budget
// (currency units) between `minShare` and `maxShare` of their summed price.
struct DecisionProblem
{
    std::vector<int> options;
    double budget = 0;
};

// `count` problems of `size` options each, drawn from `pool` (indices into `posts`) per channel
// with at least `size` priced options; empty when no channel has that many. An option is a post,
// so a KOL with several posts in a problem can be booked more than once (the cells' search books a
// KOL once): a relaxation of the cells' decision.
std::vector<DecisionProblem> sampleDecisionProblems(const std::vector<DecisionPost>& posts,
                                                    const std::vector<int>& pool, int count, int size, Random& random,
                                                    double minShare = 0.05, double maxShare = 0.5);

// The decision made from `predicted` values (one per DecisionPost): the combination search's
// exact knapsack (CellCurve, `gridPoints` steps over the budget), valued at the posts' actual
// values. Also the best selection in hindsight (chosen on the actual values).
struct DecisionOutcome
{
    double realised = 0;  // summed actual value of what the predictions chose
    double hindsight = 0; // the most any affordable selection realised
    double spend = 0;     // what the predictions' choice costs
};
DecisionOutcome decide(const DecisionProblem& problem, const std::vector<DecisionPost>& posts,
                       const Eigen::VectorXd& predicted, int gridPoints = 256);

// The most priced options one channel has in `pool` (how large a problem can be).
int largestGroup(const std::vector<DecisionPost>& posts, const std::vector<int>& pool);

// Mean relative regret, 1 - realised / hindsight, over `problems` (0 = as good as hindsight;
// 0 also for no problems: callers say so instead of showing it).
double decisionRegret(const std::vector<DecisionProblem>& problems, const std::vector<DecisionPost>& posts,
                      const Eigen::VectorXd& predicted);

} // namespace kol
