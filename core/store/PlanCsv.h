#pragma once

#include "base/Result.h"
#include "model/StrategyMatrix.h"

#include <istream>
#include <string>
#include <vector>

namespace kol {

struct Vocabulary;

struct PlanAmounts
{
    std::string name;
    std::vector<double> amounts; // per cell, in the matrix's flat order; cells not listed are 0
};

// Reads plans from CSV with the header `plan,channel,phase,tier,amount`: one row per plan and
// cell. Names are matched to the matrix case-insensitively. Any bad row (unknown name, negative
// or non-numeric amount, a cell given twice for one plan) fails the whole file with
// "file:line: column 'x': reason". With `vocabulary`, names are resolved through it first, so
// that its aliases (B站, 抖音) name cells as they do everywhere else. Amounts may be written with
// k/M/万 multipliers and the file's thousands separators.
Result<std::vector<PlanAmounts>> readPlanCsv(std::istream& in, const std::string& source, const StrategyMatrix& matrix,
                                             const Vocabulary* vocabulary = nullptr);
Result<std::vector<PlanAmounts>> readPlanCsv(const std::string& path, const StrategyMatrix& matrix,
                                             const Vocabulary* vocabulary = nullptr);

} // namespace kol
