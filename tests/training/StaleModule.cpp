// A training module from another build: its ABI is not this build's. The loader must refuse it
// rather than call into structs laid out differently.
#include "training/TrainingAbi.h"

extern "C" __attribute__((visibility("default"))) const char* kolplanner_training_abi_version()
{
    return "0000000000000000";
}

extern "C" __attribute__((visibility("default"))) void kolplanner_training_fit(const kol::training::FitCall*) { }

extern "C" __attribute__((visibility("default"))) void kolplanner_training_ddpg(const kol::training::DdpgCall*) { }

extern "C" __attribute__((visibility("default"))) void kolplanner_training_maddpg(const kol::training::MaddpgCall*) { }

extern "C" __attribute__((visibility("default"))) void kolplanner_training_ab_policy(const kol::training::AbPolicyCall*)
{
}
