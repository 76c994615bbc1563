#pragma once

// What the training module does, in C++ (TrainingEntry.cpp exports it with C linkage). Only
// code built into the module or its tests includes this.

#include "market/ModelFit.h"
#include "rl/Ddpg.h"

namespace kol {

Result<FitReport> trainPerformanceModel(const std::vector<Kol>& kols, const std::vector<Post>& posts,
                                        const Vocabulary& vocabulary, const FitOptions& options);

} // namespace kol
