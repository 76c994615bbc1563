#pragma once

#include "base/Result.h"
#include "market/PlanEvaluator.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kol {

struct AllocationProgress
{
    double fraction = 0; // 0..1, as well as the method can tell
    double bestEffect = 0;
};

struct AllocationOptions
{
    double budget = 0; // 0: the scenario's
    uint64_t seed = 1;
    // Called now and then; return false to cancel. `cancel` is polled as well.
    std::function<bool(const AllocationProgress&)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

struct Allocation
{
    std::string method;
    double budget = 0;
    std::vector<double> amounts; // per cell, the matrix's flat order
    PlanOutcome outcome;
    double seconds = 0;
    // Why the plan leaves a good part of the budget unspent, in words; empty when it does not.
    std::vector<std::string> notes;
};

// Every allocator, run the same way from the GUI, the CLI and the tests. Allocators keep the
// hard constraints (locks, bounds, disabled cells, channel shares, the budget) and optimise the
// evaluator's effect net of penalties.
class Allocator
{
public:
    virtual ~Allocator() = default;
    virtual std::string name() const = 0;
    Result<Allocation> allocate(const Market& market, const AllocationOptions& options) const;

protected:
    // The amounts; the base class checks constraints, evaluates and times.
    virtual Result<std::vector<double>> run(const Market& market, const class Constraints& constraints,
                                            const AllocationOptions& options) const = 0;
    // What a reader of the plan should know of how this method reached `amounts` (the final plan
    // at `budget`, currency units), as sentences for the plan's notes; none by default.
    virtual std::vector<std::string> planNotes(const Market& /*market*/, double /*budget*/,
                                               const std::vector<double>& /*amounts*/) const
    {
        return {};
    }
};

// The allocator of a registered method that does not learn ("template", "greedy", "optimal"; see
// MethodRegistry.h); nullptr for an unknown name or a method that needs a trained policy.
std::unique_ptr<Allocator> makeAllocator(const std::string& method);
// The expert template's fixed shares, repaired into the constraints.
std::unique_ptr<Allocator> makeTemplateAllocator();
// Marginal-return hill climbing over a budget grid.
std::unique_ptr<Allocator> makeGreedyAllocator();

// Sentences that explain why `allocation` leaves more than 10% of its budget unspent: locks,
// the KOLs on offer, the cells' bounds, the rules, or money that would lower the effect.
std::vector<std::string> explainUnspent(const Market& market, const class Constraints& constraints,
                                        const Allocation& allocation);

// Takes out of a plan the money that buys nothing: each cell that is not locked keeps what its
// KOLs cost (CellCurve::neededAmount; 0 where no KOL fits its amount), never less than its
// minimum, and no channel falls below its minimum share. The effect is unchanged (the same KOLs
// are bought); the freed money stays unallocated, and the notes say so. Every allocator's plan
// goes through it (Allocator::allocate), so no method leaves dust that breaks the tier hierarchy.
void trimUnusedMoney(const Market& market, const class Constraints& constraints, std::vector<double>& amounts);

// True when the caller asked to stop.
bool cancelled(const AllocationOptions& options, double fraction, double bestEffect);

} // namespace kol
