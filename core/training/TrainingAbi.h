#pragma once

// The boundary between the engine and the training module (libkolplanner_training.so), which is
// the only code that links LibTorch. The module is loaded on first use, so that commands and
// windows that do not train never pay LibTorch's start-up time and memory.

#include "alloc/Ddpg.h"
#include "market/ModelFit.h"

namespace kol::training {

// Raised whenever the structs below change; the loader refuses a module of another version.
constexpr int kAbiVersion = 3;

struct FitCall
{
    const std::vector<Kol>* kols;
    const std::vector<Post>* posts;
    const Vocabulary* vocabulary;
    const FitOptions* options;
    Result<FitReport>* result; // written by the module
};

struct DdpgCall
{
    Environment* env;
    Environment* evalEnv;
    const DdpgOptions* options;
    Result<DdpgResult>* result; // written by the module
};

// Exported by the module with C linkage.
using AbiVersionFn = int (*)();
using FitFn = void (*)(const FitCall*);
using DdpgFn = void (*)(const DdpgCall*);
inline const char* const kAbiVersionSymbol = "kolplanner_training_abi_version";
inline const char* const kFitSymbol = "kolplanner_training_fit";
inline const char* const kDdpgSymbol = "kolplanner_training_ddpg";

} // namespace kol::training
