#include "Parallel.h"

#include <algorithm>
#include <atomic>
#include <system_error>
#include <thread>
#include <vector>

namespace kol {

void forEachOnCores(size_t count, const std::function<void(size_t)>& task)
{
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t i = next++; i < count; i = next++) {
            task(i);
        }
    };
    const size_t threads = std::min<size_t>(count, std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < threads; ++t) {
        try {
            helpers.emplace_back(work);
        } catch (const std::system_error&) {
            break; // no thread to be had: this one does the rest
        }
    }
    work();
    for (std::thread& t : helpers) {
        t.join();
    }
}

} // namespace kol
