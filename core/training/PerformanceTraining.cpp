// The one place the performance model meets LibTorch: training, built into the training module
// (see TrainingAbi.h). Inference is plain C++ (PerformanceModel.cpp), so nothing else includes
// or links torch.
#include "DecisionTraining.h"
#include "PerformanceNet.h"
#include "Trainers.h"
#include "base/Random.h"
#include "model/Vocabulary.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace kol {

namespace {
struct Dataset
{
    Eigen::MatrixXf x; // raw features
    Eigen::MatrixXf y; // log1p(reach), log1p(engagements)
};

Dataset build(const std::vector<Kol>& kols, const std::vector<Post>& posts, const Vocabulary& v,
              const FeatureLayout& layout)
{
    std::unordered_map<std::string, const Kol*> byId;
    for (const auto& k : kols) {
        byId[k.id] = &k;
    }
    Dataset d{Eigen::MatrixXf(static_cast<Eigen::Index>(posts.size()), layout.size()),
              Eigen::MatrixXf(static_cast<Eigen::Index>(posts.size()), 2)};
    Eigen::Matrix<float, 1, Eigen::Dynamic> row(layout.size());
    Eigen::Index n = 0;
    for (const auto& p : posts) {
        const auto it = byId.find(p.kolId);
        if (it == byId.end()) {
            continue;
        }
        layout.encode(*it->second, p.phase, p.format, v.tierFor(it->second->followers).value_or(""), row.data());
        d.x.row(n) = row;
        d.y(n, 0) = static_cast<float>(std::log1p(static_cast<double>(p.reach)));
        d.y(n, 1) = static_cast<float>(std::log1p(static_cast<double>(p.likes + p.comments + p.shares)));
        ++n;
    }
    d.x.conservativeResize(n, Eigen::NoChange);
    d.y.conservativeResize(n, Eigen::NoChange);
    return d;
}

// R² in log space; WAPE and MAPE (posts with a non-zero actual) in natural units, for
// predictions of log1p values.
FitScores score(const Eigen::MatrixXf& predicted, const Eigen::MatrixXf& actual)
{
    FitScores s;
    for (int k = 0; k < 2; ++k) {
        const Eigen::ArrayXd a = actual.col(k).cast<double>().array();
        const Eigen::ArrayXd p = predicted.col(k).cast<double>().array();
        const double sse = (a - p).square().sum();
        const double sst = (a - a.mean()).square().sum();
        const double r2 = sst > 0 ? 1 - sse / sst : 0;
        const Eigen::ArrayXd natural = a.exp() - 1, guess = p.exp() - 1;
        const Eigen::ArrayXd error = (guess - natural).abs();
        const double wape = natural.sum() > 0 ? error.sum() / natural.sum() : 0;
        double mape = 0;
        long nonZero = 0;
        for (Eigen::Index i = 0; i < natural.size(); ++i) {
            if (natural(i) >= 0.5) {
                mape += error(i) / natural(i);
                ++nonZero;
            }
        }
        mape = nonZero > 0 ? mape / static_cast<double>(nonZero) : 0;
        (k == 0 ? s.r2Reach : s.r2Engagements) = r2;
        (k == 0 ? s.wapeReach : s.wapeEngagements) = wape;
        (k == 0 ? s.mapeReach : s.mapeEngagements) = mape;
    }
    return s;
}

double quantile(std::vector<double> v, double q)
{
    if (v.empty()) {
        return 0;
    }
    const size_t at = std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size() - 1) + 0.5));
    std::nth_element(v.begin(), v.begin() + static_cast<long>(at), v.end());
    return v[at];
}

// What the history supports (PerformanceModel.h's HistorySupport), from every post.
HistorySupport historySupport(const Dataset& all, const FeatureLayout& layout, std::vector<std::string>& thin)
{
    HistorySupport s;
    s.counts = all.x.colwise().sum().transpose();
    s.counts.head(3).setZero();
    for (const auto& block : layout.blocks()) {
        for (size_t i = 0; i < block.names->size(); ++i) {
            const float n = s.counts(block.offset + static_cast<Eigen::Index>(i));
            if (n < HistorySupport::kThinPosts) {
                thin.push_back(std::string(block.kind) + " " + (*block.names)[i] + ": "
                               + std::to_string(static_cast<long>(n)) + " posts");
            }
        }
    }
    // Per channel: log((reach + 1) / followers), log((engagements + 1) / followers).
    const Eigen::Index channels = static_cast<Eigen::Index>(layout.channels().size());
    std::vector<std::vector<double>> reach(static_cast<size_t>(channels) + 1), engagements(reach.size());
    const double ln10 = std::log(10.0);
    for (Eigen::Index r = 0; r < all.x.rows(); ++r) {
        const double followers = ln10 * all.x(r, 0);
        Eigen::Index channel = channels; // the last list: every post
        for (Eigen::Index c = 0; c < channels; ++c) {
            channel = all.x(r, layout.channelOffset() + c) > 0.5f ? c : channel;
        }
        for (const Eigen::Index list : {channel, channels}) {
            reach[static_cast<size_t>(list)].push_back(all.y(r, 0) - followers);
            engagements[static_cast<size_t>(list)].push_back(all.y(r, 1) - followers);
            if (list == channels) {
                break;
            }
        }
    }
    const double widen = std::log(3.0);
    auto bounds = [&](const std::vector<std::vector<double>>& lists) {
        Eigen::MatrixXf b(channels, 2);
        for (Eigen::Index c = 0; c < channels; ++c) {
            const auto& list = lists[static_cast<size_t>(c)].size() >= HistorySupport::kThinPosts
                ? lists[static_cast<size_t>(c)]
                : lists[static_cast<size_t>(channels)];
            b(c, 0) = static_cast<float>(quantile(list, 0.005) - widen);
            b(c, 1) = static_cast<float>(quantile(list, 0.995) + widen);
        }
        return b;
    };
    s.reachPerFollower = bounds(reach);
    s.engagementsPerFollower = bounds(engagements);
    return s;
}

constexpr int kHeldOutProblems = 200; // budget decisions drawn from the held-out posts

// The networks' weights as the model's plain arrays.
void storeMembers(PerformanceModel& model, const std::vector<std::shared_ptr<PerformanceNet>>& nets)
{
    model.members.clear();
    for (const auto& net : nets) {
        PerformanceModel::Network network;
        const auto parameters = net->parameters();
        for (size_t l = 0; l + 1 < parameters.size(); l += 2) {
            network.push_back(PerformanceModel::Layer{toEigen(parameters[l]), toEigen(parameters[l + 1]).col(0)});
        }
        model.members.push_back(std::move(network));
    }
}

// The ensemble's held-out scores, residual spread and decision regret, into the report and model.
void evaluate(FitReport& report, const std::vector<std::shared_ptr<PerformanceNet>>& nets, const Eigen::MatrixXf& xv,
              const Eigen::MatrixXf& yv, const std::vector<int>& heldOutRows, const std::vector<DecisionPost>& decision,
              const std::vector<DecisionProblem>& problems)
{
    PerformanceModel& model = report.model;
    storeMembers(model, nets);
    const Eigen::Index nValid = xv.rows();
    Eigen::MatrixXf predicted(nValid, 2);
    Eigen::VectorXd value = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(decision.size()));
    const std::vector<Prediction> p = model.predict(xv);
    for (Eigen::Index i = 0; i < nValid; ++i) {
        const Prediction& one = p[static_cast<size_t>(i)];
        predicted(i, 0) = static_cast<float>(std::log1p(one.reach));
        predicted(i, 1) = static_cast<float>(std::log1p(one.engagements));
        const DecisionPost& post = decision[static_cast<size_t>(heldOutRows[static_cast<size_t>(i)])];
        value(heldOutRows[static_cast<size_t>(i)]) = post.valueOf(one.reach, one.engagements);
    }
    report.network = score(predicted, yv);
    const Eigen::ArrayXXf resid = (predicted - yv).array();
    model.residualSdReach = std::sqrt(resid.col(0).square().mean());
    model.residualSdEngagements = std::sqrt(resid.col(1).square().mean());
    report.decisionRegret = decisionRegret(problems, decision, value);
    report.decisionProblems = static_cast<int>(problems.size());
    std::vector<int> kols;
    for (const auto& problem : problems) {
        for (int option : problem.options) {
            kols.push_back(decision[static_cast<size_t>(option)].kol);
        }
    }
    std::sort(kols.begin(), kols.end());
    report.decisionKols = static_cast<int>(std::unique(kols.begin(), kols.end()) - kols.begin());
}

// (m - mean) / scale per column, as a tensor.
torch::Tensor standardised(const Eigen::MatrixXf& m, const Eigen::VectorXf& mean, const Eigen::VectorXf& scale)
{
    return toTorch((m.rowwise() - mean.transpose()).array().rowwise() / scale.transpose().array());
}

// The decision objective's second stage: the accuracy fit's scores kept in the report, then
// every network trained for the decision (DecisionTraining.h).
Status decisionStage(FitReport& report, std::vector<std::shared_ptr<PerformanceNet>>& nets, DecisionFitData data,
                     const Eigen::MatrixXf& xv, const Eigen::MatrixXf& yv, const std::vector<int>& heldOutRows,
                     const std::vector<DecisionProblem>& reported, const FitOptions& o)
{
    evaluate(report, nets, xv, yv, heldOutRows, data.posts, reported);
    report.accuracyStart = report.network;
    report.accuracyStartRegret = report.decisionRegret;
    PerformanceModel base = report.model;
    base.members.clear();
    data.base = &base;
    data.weights = valueWeights(data.posts);
    std::vector<float> price, value;
    for (const DecisionPost& p : data.posts) {
        price.push_back(static_cast<float>(std::max(1.0, p.price)));
        value.push_back(static_cast<float>(p.value));
    }
    data.price = torch::tensor(price);
    data.value = torch::tensor(value);
    for (size_t m = 0; m < nets.size(); ++m) {
        torch::manual_seed(o.seed * 1000 + 500 + m);
        if (Status s = fineTuneForDecision(*nets[m], data, o, static_cast<int>(m), o.seed * 7919 + m); !s) {
            return s;
        }
    }
    return Status();
}

// Up to kHeldOutProblems problems of 32 posts of `rows` (16 or 8 where no channel has 32).
std::vector<DecisionProblem> heldOutProblems(const std::vector<DecisionPost>& decision, const std::vector<int>& rows,
                                             uint64_t seed)
{
    Random random(seed);
    for (const int size : {32, 16, 8}) {
        auto problems = sampleDecisionProblems(decision, rows, kHeldOutProblems, size, random);
        if (!problems.empty()) {
            return problems;
        }
    }
    return {};
}
} // namespace

Result<FitReport> trainPerformanceModel(const std::vector<Kol>& kols, const std::vector<Post>& posts,
                                        const Vocabulary& vocabulary, const FitOptions& o)
{
    using R = Result<FitReport>;
    const auto start = std::chrono::steady_clock::now();
    torch::set_num_threads(1);
    FitReport report;
    PerformanceModel& model = report.model;
    model.layout = FeatureLayout(vocabulary);
    const Dataset all = build(kols, posts, vocabulary, model.layout);
    if (all.x.rows() < 50) {
        return R::failure("fitting needs at least 50 posts of KOLs in the catalog (found "
                          + std::to_string(all.x.rows()) + ")");
    }
    // A seeded shuffle splits training and held-out posts.
    std::vector<Eigen::Index> order(static_cast<size_t>(all.x.rows()));
    std::iota(order.begin(), order.end(), 0);
    Random rng(o.seed);
    for (size_t i = order.size() - 1; i > 0; --i) {
        std::swap(order[i], order[rng.below(i + 1)]);
    }
    const auto nValid
        = static_cast<Eigen::Index>(std::max(10.0, o.validationShare * static_cast<double>(order.size())));
    const Eigen::Index nTrain = all.x.rows() - nValid;
    Eigen::MatrixXf xt(nTrain, all.x.cols()), yt(nTrain, 2), xv(nValid, all.x.cols()), yv(nValid, 2);
    for (Eigen::Index i = 0; i < all.x.rows(); ++i) {
        const Eigen::Index src = order[static_cast<size_t>(i)];
        (i < nTrain ? xt : xv).row(i < nTrain ? i : i - nTrain) = all.x.row(src);
        (i < nTrain ? yt : yv).row(i < nTrain ? i : i - nTrain) = all.y.row(src);
    }
    report.trainRows = static_cast<long>(nTrain);
    report.validationRows = static_cast<long>(nValid);

    // The budget decision (DecisionProblems.h) on held-out posts: half of them stop end-to-end
    // training, the other half give the figure reported for either objective.
    const std::vector<DecisionPost> decision = decisionPosts(kols, posts, model.layout.channels());
    if (static_cast<Eigen::Index>(decision.size()) != all.x.rows()) {
        return R::failure("internal error: the decision's posts do not match the fit's");
    }
    std::vector<int> trainRows, heldOutRows, stoppingRows, reportedRows;
    for (Eigen::Index i = 0; i < all.x.rows(); ++i) {
        const int row = static_cast<int>(order[static_cast<size_t>(i)]);
        (i < nTrain ? trainRows : heldOutRows).push_back(row);
        if (i >= nTrain) {
            ((i - nTrain) % 2 == 0 ? stoppingRows : reportedRows).push_back(row);
        }
    }
    const std::vector<DecisionProblem> reported = heldOutProblems(decision, reportedRows, o.seed ^ 0xD1CE5EEDULL);
    FitOptions decisionOptions = o;
    DecisionFitData decisionData;
    if (o.objective == FitObjective::Decision) {
        const int largest = largestGroup(decision, trainRows);
        decisionOptions.decisionOptions = std::min(o.decisionOptions, largest);
        decisionData.stoppingProblems = heldOutProblems(decision, stoppingRows, o.seed ^ 0x5709ULL);
        if (decisionOptions.decisionOptions < 8 || decisionData.stoppingProblems.empty()) {
            return R::failure("fitting for the budget decision needs at least 8 posts with prices in one channel "
                              "among the posts it trains on (this project has "
                              + std::to_string(largest)
                              + ") and among the held-out posts it stops on (this project has "
                              + std::to_string(largestGroup(decision, stoppingRows))
                              + "); import more posts, or fit with --objective accuracy");
        }
        decisionData.stoppingRows = stoppingRows;
        decisionData.stoppingFeatures.resize(static_cast<Eigen::Index>(stoppingRows.size()), all.x.cols());
        for (size_t i = 0; i < stoppingRows.size(); ++i) {
            decisionData.stoppingFeatures.row(static_cast<Eigen::Index>(i)) = all.x.row(stoppingRows[i]);
        }
    }
    model.support = historySupport(all, model.layout, report.thinCategories);

    // Baseline: ordinary least squares with an intercept, on the same features.
    {
        Eigen::MatrixXd a(nTrain, xt.cols() + 1);
        a << xt.cast<double>(), Eigen::VectorXd::Ones(nTrain);
        const Eigen::MatrixXd ata = a.transpose() * a + 1e-8 * Eigen::MatrixXd::Identity(a.cols(), a.cols());
        const Eigen::MatrixXd coef = ata.ldlt().solve(a.transpose() * yt.cast<double>());
        Eigen::MatrixXd av(nValid, xv.cols() + 1);
        av << xv.cast<double>(), Eigen::VectorXd::Ones(nValid);
        report.baseline = score((av * coef).cast<float>(), yv);
    }

    model.featureMean = xt.colwise().mean().transpose();
    model.featureScale
        = ((xt.rowwise() - model.featureMean.transpose()).array().square().colwise().mean().sqrt()).transpose();
    // A column that never varies in training (a category without posts) is left unscaled: its
    // input stays 0 or 1, never 1/epsilon (predictions for such categories borrow from the
    // others; see PerformanceModel::predict).
    for (Eigen::Index j = 0; j < model.featureScale.size(); ++j) {
        model.featureScale(j) = model.featureScale(j) < 1e-4f ? 1.0f : model.featureScale(j);
    }
    model.targetMean = yt.colwise().mean().transpose();
    model.targetScale = ((yt.rowwise() - model.targetMean.transpose()).array().square().colwise().mean().sqrt())
                            .transpose()
                            .cwiseMax(1e-3f);
    auto standardise = [&](const Eigen::MatrixXf& x) -> Eigen::MatrixXf {
        return (x.rowwise() - model.featureMean.transpose()).array().rowwise() / model.featureScale.transpose().array();
    };
    auto standardiseY = [&](const Eigen::MatrixXf& y) -> Eigen::MatrixXf {
        return (y.rowwise() - model.targetMean.transpose()).array().rowwise() / model.targetScale.transpose().array();
    };
    const torch::Tensor xT = toTorch(standardise(xt)), yT = toTorch(standardiseY(yt));
    const torch::Tensor xV = toTorch(standardise(xv)), yV = toTorch(standardiseY(yv));

    std::vector<std::shared_ptr<PerformanceNet>> nets;
    for (int m = 0; m < o.members; ++m) {
        torch::manual_seed(o.seed * 1000 + static_cast<uint64_t>(m));
        auto net = std::make_shared<PerformanceNet>(static_cast<int>(xt.cols()), o.hidden);
        torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(o.learningRate));
        std::vector<torch::Tensor> best;
        double bestLoss = std::numeric_limits<double>::infinity();
        int stale = 0;
        for (int epoch = 1; epoch <= o.epochs && stale < o.patience; ++epoch) {
            if (o.cancel && o.cancel->load()) {
                return R::failure("fitting was cancelled; the previous model is kept");
            }
            const torch::Tensor perm = torch::randperm(nTrain, torch::TensorOptions().dtype(torch::kLong));
            double trainLoss = 0;
            long batches = 0;
            net->train();
            for (int64_t b = 0; b < nTrain; b += o.batch) {
                const torch::Tensor idx = perm.slice(0, b, std::min<int64_t>(b + o.batch, nTrain));
                opt.zero_grad();
                const torch::Tensor loss
                    = torch::mse_loss(net->forward(xT.index_select(0, idx)), yT.index_select(0, idx));
                loss.backward();
                opt.step();
                trainLoss += loss.item<double>();
                ++batches;
            }
            trainLoss /= static_cast<double>(std::max(1L, batches));
            torch::NoGradGuard noGrad;
            net->eval();
            const double validLoss = torch::mse_loss(net->forward(xV), yV).item<double>();
            if (!std::isfinite(trainLoss) || !std::isfinite(validLoss)) {
                return R::failure("training diverged (the loss became NaN or infinite in member "
                                  + std::to_string(m + 1) + ", epoch " + std::to_string(epoch)
                                  + "); the previous model is kept");
            }
            ++report.epochsRun;
            if (validLoss < bestLoss - 1e-5) {
                bestLoss = validLoss;
                stale = 0;
                best.clear();
                for (const auto& p : net->parameters()) {
                    best.push_back(p.detach().clone());
                }
            } else {
                ++stale;
            }
            if (o.progress && !o.progress(FitProgress{m, o.members, epoch, o.epochs, trainLoss, validLoss})) {
                return R::failure("fitting was cancelled; the previous model is kept");
            }
        }
        // The best epoch's weights, kept in the network for the decision stage.
        torch::NoGradGuard noGrad;
        const auto parameters = net->parameters();
        for (size_t i = 0; i < parameters.size() && i < best.size(); ++i) {
            parameters[i].copy_(best[i]);
        }
        nets.push_back(net);
    }

    if (o.objective == FitObjective::Decision) {
        decisionData.features = standardised(all.x, model.featureMean, model.featureScale);
        decisionData.targets = standardised(all.y, model.targetMean, model.targetScale);
        decisionData.targetMean = model.targetMean;
        decisionData.targetScale = model.targetScale;
        decisionData.posts = decision;
        decisionData.trainRows = trainRows;
        if (Status s
            = decisionStage(report, nets, std::move(decisionData), xv, yv, heldOutRows, reported, decisionOptions);
            !s) {
            return R::failure(s.message());
        }
    }
    evaluate(report, nets, xv, yv, heldOutRows, decision, reported);
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    model.metrics = {{"r2", report.network.r2Reach},
                     {"wape", report.network.wapeReach},
                     {"baseline_wape", report.baseline.wapeReach},
                     {"mape", report.network.mapeReach},
                     {"r2_engagements", report.network.r2Engagements},
                     {"mape_engagements", report.network.mapeEngagements},
                     {"baseline_r2", report.baseline.r2Reach},
                     {"baseline_mape", report.baseline.mapeReach},
                     {"baseline_r2_engagements", report.baseline.r2Engagements},
                     {"baseline_mape_engagements", report.baseline.mapeEngagements},
                     {"train_rows", static_cast<double>(report.trainRows)},
                     {"validation_rows", static_cast<double>(report.validationRows)},
                     {"seconds", report.seconds},
                     {"decision_problems", static_cast<double>(report.decisionProblems)},
                     {"decision_kols", static_cast<double>(report.decisionKols)}};
    if (report.decisionProblems > 0) { // else there is no figure, not a perfect one
        model.metrics["decision_regret"] = report.decisionRegret;
    }
    report.objective = o.objective;
    model.objective = objectiveName(o.objective);
    if (o.objective == FitObjective::Decision) {
        model.metrics["accuracy_start_r2"] = report.accuracyStart.r2Reach;
        model.metrics["accuracy_start_decision_regret"] = report.accuracyStartRegret;
    }
    return report;
}

} // namespace kol
