#pragma once
// Independent tasks spread over the processor's cores.
#include <cstddef>
#include <functional>

namespace kol {

// Runs task(0) .. task(count - 1), each once, on up to min(count, cores, 8) threads (the caller's
// among them), and returns when all are done. Tasks are taken in index order but finish in any
// order: each must write only its own results. Where no extra thread can be had, the caller runs
// the rest. A task that must stop early (cancel, failure) checks a flag of its own and returns.
void forEachOnCores(size_t count, const std::function<void(size_t)>& task);

} // namespace kol
