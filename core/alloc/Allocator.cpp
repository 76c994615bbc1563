#include "Allocator.h"

#include "Constraints.h"

#include <chrono>

namespace kol {

bool cancelled(const AllocationOptions& options, double fraction, double bestEffect)
{
    if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
        return true;
    }
    return options.progress && !options.progress(AllocationProgress{fraction, bestEffect});
}

Result<Allocation> Allocator::allocate(const Market& market, const AllocationOptions& options) const
{
    const auto start = std::chrono::steady_clock::now();
    const double budget = options.budget > 0 ? options.budget : market.scenario().budget;
    auto constraints = Constraints::make(market.scenario(), budget);
    if (!constraints) {
        return Result<Allocation>::failure("scenario '" + market.scenario().name
                                           + "' cannot be allocated: " + constraints.error());
    }
    auto amounts = run(market, constraints.value(), options);
    if (!amounts) {
        return amounts.status();
    }
    Allocation a;
    a.method = name();
    a.budget = budget;
    a.amounts = amounts.take();
    if (!constraints->feasible(a.amounts, amountTolerance(budget))) {
        return Result<Allocation>::failure("the " + name() + " allocator produced a plan outside the constraints");
    }
    a.outcome = PlanEvaluator(market).evaluate(a.amounts, budget);
    a.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return a;
}

} // namespace kol
