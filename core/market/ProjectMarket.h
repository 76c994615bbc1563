#pragma once

#include "Market.h"
#include "PerformanceModel.h"
#include "model/Result.h"

#include <string>

namespace kol {

class ProjectFile;

// The name of the performance model in a project file.
inline const char* const kPerformanceModelName = "performance";

// The stored performance model, checked against the project's vocabulary.
Result<PerformanceModel> loadPerformanceModel(ProjectFile& project);

// Everything an allocator or an evaluation needs for one scenario of a project.
Result<Market> loadMarket(ProjectFile& project, const std::string& scenario, const MarketOptions& options = {});

} // namespace kol
