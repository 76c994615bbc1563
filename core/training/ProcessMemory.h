#pragma once

// How this process's allocator keeps freed memory. Building a market and training both allocate
// and free blocks of a few hundred KB to a few MB (Eigen matrices of predictions, LibTorch's
// tensors). glibc serves blocks that size with mmap and unmaps them when freed, so each one is
// faulted in and zeroed again the next time: 46% of a Pendulum self-test and a third of
// `evaluate` on a demo project went there.

namespace kol {

/// Keeps freed memory for reuse: blocks up to 64 MiB come from the heap, and up to 256 MiB of
/// free heap is kept rather than given back to the system. Does nothing when the user tuned
/// malloc (MALLOC_MMAP_THRESHOLD_, MALLOC_TRIM_THRESHOLD_, MALLOC_TOP_PAD_ or GLIBC_TUNABLES set).
/// Measured: Pendulum 20,000 steps 127.4 s -> 57.4 s; `evaluate` of 5,000 plans on the demo
/// project 1.39 s -> 0.90 s. Call early in main(); calling it again changes nothing. Never fails.
void keepFreedMemory();

} // namespace kol
