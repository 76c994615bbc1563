#pragma once

// The boundary between the engine and the training module (libkolplanner_training.so), which is
// the only code that links LibTorch. The module is loaded on first use, so that commands and
// windows that do not train never pay LibTorch's start-up time and memory.

#include "market/ModelFit.h"
#include "rl/AbPolicy.h"
#include "rl/Ddpg.h"
#include "rl/MultiAgent.h"

namespace kol::training {

// The module's ABI: a hash of every engine header, made by the build (core/CMakeLists.txt), so
// that any change to the structs that cross this boundary gives a new one and the loader refuses
// a module built from other headers (a stale installed module) instead of calling into it.
inline const char* const kAbiVersion = KOL_TRAINING_ABI;

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

struct MaddpgCall
{
    MultiAgentEnvironment* env;
    MultiAgentEnvironment* evalEnv;
    const MaddpgOptions* options;
    Result<MaddpgResult>* result; // written by the module
};

struct AbPolicyCall
{
    const AbPolicyProblem* problem;
    const AbPolicyOptions* options;
    Result<AbPolicyResult>* result; // written by the module
};

// Exported by the module with C linkage.
using AbiVersionFn = const char* (*)();
using FitFn = void (*)(const FitCall*);
using DdpgFn = void (*)(const DdpgCall*);
using MaddpgFn = void (*)(const MaddpgCall*);
using AbPolicyFn = void (*)(const AbPolicyCall*);
inline const char* const kAbiVersionSymbol = "kolplanner_training_abi_version";
inline const char* const kFitSymbol = "kolplanner_training_fit";
inline const char* const kDdpgSymbol = "kolplanner_training_ddpg";
inline const char* const kMaddpgSymbol = "kolplanner_training_maddpg";
inline const char* const kAbPolicySymbol = "kolplanner_training_ab_policy";

} // namespace kol::training
