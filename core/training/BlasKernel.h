#pragma once

// Debian's OpenBLAS picks its kernels by processor model at load time, and falls back to its
// slowest ("Prescott") kernels on processors newer than it knows, which halves LibTorch's
// training speed. chooseBlasKernel() corrects that, safely:
//   - a user's OPENBLAS_CORETYPE always wins;
//   - it asks OpenBLAS which kernels it detected (in a child process, so this process loads
//     nothing) and acts only when that detection fell below what the processor supports;
//   - it names only a kernel whose instructions the processor has (SkylakeX: AVX-512 F, CD, BW,
//     DQ and VL; Haswell: AVX2 and FMA; Sandybridge: AVX).
// It sets OPENBLAS_CORETYPE, so it must run first thing in main(), before any thread starts and
// before the training module (the only code that loads OpenBLAS) is loaded.

#include <string>

namespace kol {

/// What chooseBlasKernel() found and did, for `selftest` and the benchmark to print.
struct BlasKernelChoice
{
    std::string detected; ///< OpenBLAS's own choice ("Prescott", "Haswell", ...); empty: unknown
    std::string chosen;   ///< the kernel set in OPENBLAS_CORETYPE; empty: none set here
    std::string reason;   ///< one line: why
};

/// Chooses OpenBLAS's kernels as above. Call once, at the start of main(); later calls return the
/// first call's result. Never fails: when anything is unknown it leaves OpenBLAS alone.
const BlasKernelChoice& chooseBlasKernel();

/// The choice chooseBlasKernel() made in this process, or null when main() did not call it (an
/// in-process test); reading it never forks or sets anything.
const BlasKernelChoice* madeBlasKernelChoice();

/// The rank of an OpenBLAS kernel name: 0 for pre-AVX kernels, 1 AVX, 2 AVX2 + FMA, 3 AVX-512.
int blasKernelRank(const std::string& coreName);

} // namespace kol
