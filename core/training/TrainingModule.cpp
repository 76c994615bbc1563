// Finds and loads the training module on first use, and forwards training calls to it.
#include "ProcessMemory.h"
#include "TrainingAbi.h"

#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <mutex>
#include <unistd.h>
#include <vector>

namespace kol {

namespace {
constexpr const char* kModuleName = "libkolplanner_training.so";

std::string executableDir()
{
    char buf[4096];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) {
        return {};
    }
    std::string path(buf, static_cast<size_t>(n));
    return path.substr(0, path.find_last_of('/'));
}

struct Module
{
    void* handle = nullptr;
    training::FitFn fit = nullptr;
    training::DdpgFn ddpg = nullptr;
    training::MaddpgFn maddpg = nullptr;
    training::AbPolicyFn abPolicy = nullptr;
    std::string error;
};

// Where the module may be: $KOLPLANNER_TRAINING_MODULE (that alone, when set), else next to an
// installed program (../lib/kolplanner/), in the build tree (../lib/), then where this build put it.
const Module& module()
{
    static Module m;
    static std::once_flag once;
    std::call_once(once, [] {
        std::vector<std::string> candidates;
        if (const char* env = std::getenv("KOLPLANNER_TRAINING_MODULE"); env && *env) {
            candidates.emplace_back(env);
        } else {
            const std::string dir = executableDir();
            if (!dir.empty()) {
                candidates.push_back(dir + "/../lib/kolplanner/" + kModuleName);
                candidates.push_back(dir + "/../lib/" + kModuleName);
            }
            candidates.emplace_back(KOL_TRAINING_MODULE_BUILD_PATH);
        }
        std::string tried;
        for (const auto& path : candidates) {
            if (access(path.c_str(), R_OK) != 0) {
                continue;
            }
            void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
            if (!handle) {
                tried += std::string(tried.empty() ? "" : "; ") + dlerror();
                continue;
            }
            auto version = reinterpret_cast<training::AbiVersionFn>(dlsym(handle, training::kAbiVersionSymbol));
            auto fit = reinterpret_cast<training::FitFn>(dlsym(handle, training::kFitSymbol));
            auto ddpg = reinterpret_cast<training::DdpgFn>(dlsym(handle, training::kDdpgSymbol));
            auto maddpg = reinterpret_cast<training::MaddpgFn>(dlsym(handle, training::kMaddpgSymbol));
            auto abPolicy = reinterpret_cast<training::AbPolicyFn>(dlsym(handle, training::kAbPolicySymbol));
            if (!version || !fit || !ddpg || !maddpg || !abPolicy
                || std::strcmp(version(), training::kAbiVersion) != 0) {
                tried += std::string(tried.empty() ? "" : "; ") + path + " is from another version";
                dlclose(handle);
                continue;
            }
            // The networks here are small: one BLAS thread is fastest. Set through OpenBLAS's
            // own call (never the environment, which other threads may be reading); a user's
            // OPENBLAS_NUM_THREADS wins.
            using SetThreads = void (*)(int);
            if (auto setThreads = reinterpret_cast<SetThreads>(dlsym(handle, "openblas_set_num_threads"));
                setThreads && !std::getenv("OPENBLAS_NUM_THREADS")) {
                setThreads(1);
            }
            keepFreedMemory(); // LibTorch's per-update tensors: see ProcessMemory.h
            m.handle = handle;
            m.fit = fit;
            m.ddpg = ddpg;
            m.maddpg = maddpg;
            m.abPolicy = abPolicy;
            return;
        }
        m.error = "the training module (" + std::string(kModuleName) + ") could not be loaded"
            + (tried.empty() ? std::string(": it is not installed") : ": " + tried)
            + "; reinstall KOL Planner or set KOLPLANNER_TRAINING_MODULE";
    });
    return m;
}
} // namespace

Result<FitReport> fitPerformanceModel(const std::vector<Kol>& kols, const std::vector<Post>& posts,
                                      const Vocabulary& vocabulary, const FitOptions& options)
{
    const Module& m = module();
    if (!m.fit) {
        return Result<FitReport>::failure(m.error);
    }
    Result<FitReport> result = Result<FitReport>::failure("the training module returned nothing");
    const training::FitCall call{&kols, &posts, &vocabulary, &options, &result};
    m.fit(&call);
    return result;
}

Result<DdpgResult> trainDdpg(Environment& env, Environment& evalEnv, const DdpgOptions& options)
{
    const Module& m = module();
    if (!m.ddpg) {
        return Result<DdpgResult>::failure(m.error);
    }
    Result<DdpgResult> result = Result<DdpgResult>::failure("the training module returned nothing");
    const training::DdpgCall call{&env, &evalEnv, &options, &result};
    m.ddpg(&call);
    return result;
}

Result<MaddpgResult> trainMaddpg(MultiAgentEnvironment& env, MultiAgentEnvironment& evalEnv,
                                 const MaddpgOptions& options)
{
    const Module& m = module();
    if (!m.maddpg) {
        return Result<MaddpgResult>::failure(m.error);
    }
    Result<MaddpgResult> result = Result<MaddpgResult>::failure("the training module returned nothing");
    const training::MaddpgCall call{&env, &evalEnv, &options, &result};
    m.maddpg(&call);
    return result;
}

Result<AbPolicyResult> trainAbPolicy(const AbPolicyProblem& problem, const AbPolicyOptions& options)
{
    const Module& m = module();
    if (!m.abPolicy) {
        return Result<AbPolicyResult>::failure(m.error);
    }
    Result<AbPolicyResult> result = Result<AbPolicyResult>::failure("the training module returned nothing");
    const training::AbPolicyCall call{&problem, &options, &result};
    m.abPolicy(&call);
    return result;
}

} // namespace kol
