#pragma once

// The performance model's network in LibTorch (training module only): the MLP whose weights
// PerformanceModel runs in plain C++, and conversions between Eigen and torch.

#include "market/PerformanceModel.h"

#include <Eigen/Dense>
#include <torch/torch.h>

namespace kol {

// Inputs -> ReLU -> ReLU -> standardised log1p(reach), log1p(engagements).
struct PerformanceNet : torch::nn::Module
{
    PerformanceNet(int in, int hidden)
        : l1(register_module("l1", torch::nn::Linear(in, hidden)))
        , l2(register_module("l2", torch::nn::Linear(hidden, hidden)))
        , l3(register_module("l3", torch::nn::Linear(hidden, 2)))
    {
    }
    torch::Tensor forward(const torch::Tensor& x) { return l3(torch::relu(l2(torch::relu(l1(x))))); }
    torch::nn::Linear l1, l2, l3;
};

inline torch::Tensor toTorch(const Eigen::MatrixXf& m)
{
    using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    RowMajor r = m;
    return torch::from_blob(r.data(), {r.rows(), r.cols()}, torch::kFloat32).clone();
}

inline Eigen::MatrixXf toEigen(const torch::Tensor& t)
{
    const torch::Tensor c = t.detach().contiguous().to(torch::kFloat32);
    using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    return Eigen::Map<const RowMajor>(c.data_ptr<float>(), c.size(0), c.dim() > 1 ? c.size(1) : 1);
}

// The network's weights as the model's plain arrays (one ensemble member).
inline PerformanceModel::Network networkOf(PerformanceNet& net)
{
    PerformanceModel::Network network;
    const auto parameters = net.parameters();
    for (size_t l = 0; l + 1 < parameters.size(); l += 2) {
        network.push_back(PerformanceModel::Layer{toEigen(parameters[l]), toEigen(parameters[l + 1]).col(0)});
    }
    return network;
}

} // namespace kol
