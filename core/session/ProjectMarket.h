#pragma once

#include "base/Result.h"
#include "market/Market.h"
#include "market/ModelFit.h"
#include "market/PerformanceModel.h"

#include <string>

namespace kol {

class ProjectFile;

// The name of the performance model in a project file.
inline const char* const kPerformanceModelName = "performance";

// The stored performance model, checked against the project's vocabulary.
Result<PerformanceModel> loadPerformanceModel(ProjectFile& project);

// Everything an allocator or an evaluation needs for one scenario of a project.
Result<Market> loadMarket(ProjectFile& project, const std::string& scenario, const MarketOptions& options = {});

// Fits the performance model on the project's catalog and post history (the training module,
// FitOptions' progress and cancel) and stores it, replacing the previous one. A failed or
// cancelled fit leaves the stored model as it was.
Result<FitReport> fitProjectModel(ProjectFile& project, const FitOptions& options);

} // namespace kol
