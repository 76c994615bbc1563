#pragma once

#include "base/Result.h"
#include "model/StrategyMatrix.h"

#include <istream>
#include <string>
#include <vector>

namespace kol {

struct PlanAmounts
{
    std::string name;
    std::vector<double> amounts; // per cell, in the matrix's flat order; cells not listed are 0
};

// Reads plans from CSV with the header `plan,channel,phase,tier,amount`: one row per plan and
// cell. Names are matched to the matrix case-insensitively. Any bad row (unknown name, negative
// or non-numeric amount, a cell given twice for one plan) fails the whole file with
// "file:line: column 'x': reason".
Result<std::vector<PlanAmounts>> readPlanCsv(std::istream& in, const std::string& source, const StrategyMatrix& matrix);
Result<std::vector<PlanAmounts>> readPlanCsv(const std::string& path, const StrategyMatrix& matrix);

} // namespace kol
