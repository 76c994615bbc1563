// The training module's exported entry points (see TrainingAbi.h).
#include "AbPolicyTraining.h"
#include "DdpgParts.h"
#include "MaddpgParts.h"
#include "Trainers.h"
#include "TrainingAbi.h"

#include <exception>

extern "C" __attribute__((visibility("default"))) const char* kolplanner_training_abi_version()
{
    return kol::training::kAbiVersion;
}

// LibTorch reports failures (out of memory, bad shapes) as exceptions; they stop at this boundary.
extern "C" __attribute__((visibility("default"))) void kolplanner_training_fit(const kol::training::FitCall* call)
{
    try {
        *call->result = kol::trainPerformanceModel(*call->kols, *call->posts, *call->vocabulary, *call->options);
    } catch (const std::exception& e) {
        *call->result = kol::Result<kol::FitReport>::failure(std::string("fitting failed: ") + e.what());
    }
}

extern "C" __attribute__((visibility("default"))) void kolplanner_training_ddpg(const kol::training::DdpgCall* call)
{
    try {
        *call->result = kol::ddpg::train(*call->env, *call->evalEnv, *call->options);
    } catch (const std::exception& e) {
        *call->result = kol::Result<kol::DdpgResult>::failure(std::string("training failed: ") + e.what());
    }
}

extern "C" __attribute__((visibility("default"))) void kolplanner_training_maddpg(const kol::training::MaddpgCall* call)
{
    try {
        *call->result = kol::maddpg::train(*call->env, *call->evalEnv, *call->options);
    } catch (const std::exception& e) {
        *call->result = kol::Result<kol::MaddpgResult>::failure(std::string("training failed: ") + e.what());
    }
}

extern "C" __attribute__((visibility("default"))) void
kolplanner_training_ab_policy(const kol::training::AbPolicyCall* call)
{
    try {
        *call->result = kol::trainAbActorCritic(*call->problem, *call->options);
    } catch (const std::exception& e) {
        *call->result = kol::Result<kol::AbPolicyResult>::failure(std::string("training failed: ") + e.what());
    }
}
