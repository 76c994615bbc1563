#pragma once

#include <map>
#include <string>
#include <vector>

namespace kol {

// Named float arrays with their shapes: how models live in the project file (never pickles).
struct TensorData
{
    int rows = 0;
    int cols = 0;
    std::vector<float> values; // row-major, rows * cols

    bool operator==(const TensorData& o) const { return rows == o.rows && cols == o.cols && values == o.values; }
};

struct StoredModel
{
    std::string kind;
    std::map<std::string, TensorData> tensors;
    std::map<std::string, double> numbers;
    std::map<std::string, std::string> texts;
};

} // namespace kol
