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
// The last model fitted for `objective` ("accuracy" or "decision", ModelFit.h): each fit is also
// kept under "performance.<objective>", so that both can be compared. Fails saying how to fit one
// when the project has none of that objective.
Result<PerformanceModel> loadPerformanceModel(ProjectFile& project, const std::string& objective);

// Everything an allocator or an evaluation needs for one scenario of a project.
Result<Market> loadMarket(ProjectFile& project, const std::string& scenario, const MarketOptions& options = {});

// Fits the performance model on the project's catalog and post history (the training module,
// FitOptions' objective, progress and cancel) and stores it as the model every allocator plans
// with, replacing the previous one, and as the last fit of its objective. A failed or cancelled
// fit leaves the stored models as they were.
Result<FitReport> fitProjectModel(ProjectFile& project, const FitOptions& options);

} // namespace kol
