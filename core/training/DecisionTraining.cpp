#include "DecisionTraining.h"

#include "base/Random.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kol {

torch::Tensor smoothedSelection(const torch::Tensor& score, const torch::Tensor& price, const torch::Tensor& budget,
                                double temperature)
{
    const double t = std::max(1e-6, temperature);
    const torch::Tensor s = score.to(torch::kFloat64);
    const torch::Tensor p = price.to(torch::kFloat64), b = budget.to(torch::kFloat64);
    torch::Tensor lambda;
    {
        torch::NoGradGuard noGrad;
        const torch::Tensor fixed = s.detach();
        // Spend falls as lambda rises: at lo every option is booked, at hi none.
        torch::Tensor lo = std::get<0>(fixed.min(1)) - 40 * t, hi = std::get<0>(fixed.max(1)) + 40 * t;
        for (int i = 0; i < 80; ++i) {
            const torch::Tensor mid = (lo + hi) / 2;
            const torch::Tensor spend = (p * torch::sigmoid((fixed - mid.unsqueeze(1)) / t)).sum(1);
            const torch::Tensor over = spend > b;
            lo = torch::where(over, mid, lo);
            hi = torch::where(over, hi, mid);
        }
        lambda = (lo + hi) / 2;
    }
    const torch::Tensor x0 = torch::sigmoid((s - lambda.unsqueeze(1)) / t);
    const torch::Tensor gap = (p * x0).sum(1) - b;
    const torch::Tensor slope = (-(p * x0 * (1 - x0)).sum(1) / t).detach();
    const torch::Tensor safeSlope = torch::where(slope.abs() < 1e-12, torch::full_like(slope, -1e-12), slope);
    const torch::Tensor newton = lambda - gap / safeSlope;
    return torch::sigmoid((s - newton.unsqueeze(1)) / t).to(score.scalar_type());
}

torch::Tensor predictedValue(const torch::Tensor& output, const Eigen::Vector2f& targetMean,
                             const Eigen::Vector2f& targetScale, const torch::Tensor& weights)
{
    const torch::Tensor mean = torch::tensor({targetMean(0), targetMean(1)});
    const torch::Tensor scale = torch::tensor({targetScale(0), targetScale(1)});
    // log1p of a post's reach above e^25 is far past any history; the bound keeps exp finite.
    const torch::Tensor natural = torch::expm1((output * scale + mean).clamp(-5, 25)).clamp_min(0);
    const torch::Tensor reach = natural.select(1, 0), engagements = natural.select(1, 1);
    const torch::Tensor efficiency = (reach * weights.select(1, 2)).clamp_max(3);
    return (reach * (weights.select(1, 0) + weights.select(1, 1) * efficiency) + weights.select(1, 3) * engagements)
        .clamp_min(1e-12);
}

torch::Tensor valueWeights(const std::vector<DecisionPost>& posts)
{
    std::vector<float> w;
    w.reserve(posts.size() * 4);
    for (const DecisionPost& p : posts) {
        for (const double x : {p.reachWeight, p.efficiencyWeight, p.efficiencyScale, p.engagementWeight}) {
            w.push_back(static_cast<float>(x));
        }
    }
    return torch::tensor(w).view({static_cast<int64_t>(posts.size()), 4});
}

double stoppingRegret(PerformanceNet& net, const DecisionFitData& data)
{
    if (data.stoppingProblems.empty() || !data.base) {
        return 0;
    }
    PerformanceModel model = *data.base;
    model.members = {networkOf(net)};
    const std::vector<Prediction> p = model.predict(data.stoppingFeatures);
    Eigen::VectorXd predicted = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(data.posts.size()));
    for (size_t i = 0; i < data.stoppingRows.size(); ++i) {
        const int row = data.stoppingRows[i];
        predicted(row) = data.posts[static_cast<size_t>(row)].valueOf(p[i].reach, p[i].engagements);
    }
    return decisionRegret(data.stoppingProblems, data.posts, predicted);
}

Status fineTuneForDecision(PerformanceNet& net, const DecisionFitData& data, const FitOptions& o, int member,
                           uint64_t seed)
{
    constexpr int kCheckEvery = 20;
    Random random(seed);
    Eigen::VectorXd actual(static_cast<Eigen::Index>(data.posts.size()));
    for (size_t i = 0; i < data.posts.size(); ++i) {
        actual(static_cast<Eigen::Index>(i)) = data.posts[i].value;
    }
    torch::optim::Adam optimiser(net.parameters(), torch::optim::AdamOptions(o.decisionLearningRate));
    auto snapshot = [&] {
        std::vector<torch::Tensor> weights;
        for (const auto& p : net.parameters()) {
            weights.push_back(p.detach().clone());
        }
        return weights;
    };
    std::vector<torch::Tensor> best = snapshot();
    double bestRegret = stoppingRegret(net, data);
    int stale = 0;
    const int checks = std::max(1, o.decisionSteps / kCheckEvery);
    const int64_t nTrain = static_cast<int64_t>(data.trainRows.size());
    const torch::Tensor trainRows = torch::tensor(std::vector<int64_t>(data.trainRows.begin(), data.trainRows.end()));
    double lossSum = 0;
    for (int step = 1; step <= o.decisionSteps && stale < o.patience; ++step) {
        if (o.cancel && o.cancel->load()) {
            return Status::failure("fitting was cancelled; the previous model is kept");
        }
        const auto problems
            = sampleDecisionProblems(data.posts, data.trainRows, o.decisionProblems, o.decisionOptions, random);
        if (problems.empty()) {
            return Status::failure("no channel has " + std::to_string(o.decisionOptions)
                                   + " priced posts to train the budget decision on");
        }
        const int64_t k = static_cast<int64_t>(problems.size()), m = o.decisionOptions;
        std::vector<int64_t> rows;
        std::vector<double> budgets, hindsight;
        for (const auto& problem : problems) {
            rows.insert(rows.end(), problem.options.begin(), problem.options.end());
            budgets.push_back(problem.budget);
            hindsight.push_back(std::max(1e-12, decide(problem, data.posts, actual, 128).hindsight));
        }
        const torch::Tensor index = torch::tensor(rows, torch::kLong);
        net.train();
        optimiser.zero_grad();
        const torch::Tensor value = predictedValue(net.forward(data.features.index_select(0, index)), data.targetMean,
                                                   data.targetScale, data.weights.index_select(0, index));
        const torch::Tensor price = data.price.index_select(0, index).view({k, m});
        const torch::Tensor score = torch::log(value.view({k, m})) - torch::log(price);
        const torch::Tensor x = smoothedSelection(score, price, torch::tensor(budgets), o.temperature);
        const torch::Tensor realised = (x * data.value.index_select(0, index).view({k, m})).sum(1);
        const torch::Tensor decisionLoss = -(realised / torch::tensor(hindsight).to(torch::kFloat32)).mean();
        // The accuracy regularizer: squared error on a batch of training posts.
        const torch::Tensor batch = trainRows.index_select(
            0,
            torch::randint(nTrain, {std::min<int64_t>(o.batch, nTrain)}, torch::TensorOptions().dtype(torch::kLong)));
        const torch::Tensor accuracyLoss
            = torch::mse_loss(net.forward(data.features.index_select(0, batch)), data.targets.index_select(0, batch));
        const torch::Tensor loss = decisionLoss + o.accuracyWeight * accuracyLoss;
        loss.backward();
        optimiser.step();
        const double lossValue = loss.item<double>();
        if (!std::isfinite(lossValue)) {
            return Status::failure("end-to-end training diverged (the loss became NaN or infinite in member "
                                   + std::to_string(member + 1) + ", step " + std::to_string(step)
                                   + "); the previous model is kept");
        }
        lossSum += lossValue;
        if (step % kCheckEvery != 0) {
            continue;
        }
        const double regret = stoppingRegret(net, data);
        if (regret < bestRegret - 1e-5) {
            bestRegret = regret;
            best = snapshot();
            stale = 0;
        } else {
            ++stale;
        }
        FitProgress progress{member, o.members, step / kCheckEvery, checks, lossSum / kCheckEvery, 0, true, regret};
        lossSum = 0;
        if (o.progress && !o.progress(progress)) {
            return Status::failure("fitting was cancelled; the previous model is kept");
        }
    }
    torch::NoGradGuard noGrad;
    const auto parameters = net.parameters();
    for (size_t i = 0; i < parameters.size(); ++i) {
        parameters[i].copy_(best[i]);
    }
    return Status();
}

} // namespace kol
