#pragma once

#include "Allocator.h"

namespace kol {

// The strongest search the project runs: local search over the exact effect (carry-over,
// saturation and penalties included) from several starts (greedy, the repaired template, an
// even spread). Moves shift money between two cells, or from the unspent budget into a cell, by
// a step that halves from budget/8 to budget/4096, keeping every hard constraint. The result is
// a local optimum of that move set; tests compare it with exhaustive search on small scenarios.
class OptimalAllocator : public Allocator
{
public:
    std::string name() const override { return "optimal"; }

    // Improves `start` (feasible) in place; returns false if cancelled.
    static bool improve(const Market& market, const Constraints& c, std::vector<double>& start,
                        const AllocationOptions& options, double progressFrom, double progressTo);

protected:
    Result<std::vector<double>> run(const Market& market, const Constraints& c,
                                    const AllocationOptions& options) const override;
};

} // namespace kol
