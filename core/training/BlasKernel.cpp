#include "BlasKernel.h"

#include <array>
#include <cstdlib>
#include <dlfcn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace kol {

namespace {
constexpr const char* kOpenBlas = "libopenblas.so.0";

// The best kernel set this processor's instructions allow, as a rank and an OpenBLAS name.
std::pair<int, std::string> bestSupported()
{
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512cd") && __builtin_cpu_supports("avx512bw")
        && __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl")) {
        return {3, "SkylakeX"};
    }
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) {
        return {2, "Haswell"};
    }
    if (__builtin_cpu_supports("avx")) {
        return {1, "Sandybridge"};
    }
    return {0, ""};
}

// OpenBLAS's detected core, asked in a child process so that this one loads nothing.
std::string detectedCore()
{
    int fds[2];
    if (pipe(fds) != 0) {
        return {};
    }
    const pid_t child = fork();
    if (child < 0) {
        close(fds[0]);
        close(fds[1]);
        return {};
    }
    if (child == 0) {
        close(fds[0]);
        unsetenv("OPENBLAS_CORETYPE");
        std::string name;
        if (void* h = dlopen(kOpenBlas, RTLD_NOW | RTLD_LOCAL)) {
            using CoreName = char* (*)();
            if (auto f = reinterpret_cast<CoreName>(dlsym(h, "openblas_get_corename")); f && f()) {
                name = f();
            }
        }
        const ssize_t written = write(fds[1], name.data(), name.size());
        _exit(written == static_cast<ssize_t>(name.size()) ? 0 : 1);
    }
    close(fds[1]);
    std::string name;
    std::array<char, 64> buffer{};
    ssize_t n = 0;
    while ((n = read(fds[0], buffer.data(), buffer.size())) > 0 && name.size() < 256) {
        name.append(buffer.data(), static_cast<size_t>(n));
    }
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? name : std::string();
}

BlasKernelChoice choose()
{
    BlasKernelChoice c;
    if (const char* user = std::getenv("OPENBLAS_CORETYPE"); user && *user) {
        c.chosen = user;
        c.reason = "OPENBLAS_CORETYPE=" + c.chosen + " is set; it is used as given";
        return c;
    }
    const auto [rank, best] = bestSupported();
    c.detected = detectedCore();
    if (c.detected.empty()) {
        c.reason = "OpenBLAS is not loadable here or does not say its kernels; left alone";
        return c;
    }
    const int detectedRank = blasKernelRank(c.detected);
    if (detectedRank < 0 || detectedRank >= rank) {
        c.reason = "OpenBLAS chose " + c.detected + ", as good as this processor allows";
        return c;
    }
    c.chosen = best;
    setenv("OPENBLAS_CORETYPE", best.c_str(), 0);
    c.reason = "OpenBLAS fell back to " + c.detected + " kernels; this processor runs " + best + " kernels";
    return c;
}
} // namespace

int blasKernelRank(const std::string& core)
{
    for (const char* name : {"SkylakeX", "Cooperlake", "SapphireRapids"}) {
        if (core == name) {
            return 3;
        }
    }
    for (const char* name : {"Haswell", "Zen", "Excavator", "Steamroller"}) {
        if (core == name) {
            return 2;
        }
    }
    for (const char* name : {"Sandybridge", "Bulldozer", "Piledriver"}) {
        if (core == name) {
            return 1;
        }
    }
    for (const char* name : {"Prescott", "Core2", "Penryn", "Dunnington", "Nehalem", "Atom", "Opteron", "Opteron(SSE3)",
                             "Barcelona", "Bobcat", "Katmai", "Coppermine", "Northwood"}) {
        if (core == name) {
            return 0;
        }
    }
    return -1; // a name not known here: OpenBLAS knows better
}

namespace {
const BlasKernelChoice* g_choice = nullptr;
}

const BlasKernelChoice& chooseBlasKernel()
{
    static const BlasKernelChoice choice = choose();
    g_choice = &choice;
    return choice;
}

const BlasKernelChoice* madeBlasKernelChoice()
{
    return g_choice;
}

} // namespace kol
