// Fuzzes the plan-file parser behind `kolplanner-cli evaluate --plan FILE`.
// Promises checked: no crash; a plan that parses has one finite, non-negative amount per cell of
// the matrix; an error is one line that names the file.
#include "FuzzSupport.h"
#include "model/Scenario.h"
#include "store/PlanCsv.h"

#include <cmath>
#include <cstdint>
#include <sstream>

using namespace kol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const Scenario scenario = Scenario::makeDefault("Baseline", *Date::parse("2026-01-05"));
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    auto plans = readPlanCsv(in, "plan.csv", scenario.matrix());
    if (!plans) {
        KOL_FUZZ_CHECK(plans.error().rfind("plan.csv", 0) == 0, "error without the file name: " + plans.error());
        KOL_FUZZ_CHECK(plans.error().find('\n') == std::string::npos, "error of more than one line: " + plans.error());
        return 0;
    }
    for (const auto& plan : plans.value()) {
        KOL_FUZZ_CHECK(plan.amounts.size() == static_cast<size_t>(scenario.matrix().cellCount()),
                       "plan '" + plan.name + "' has the wrong size");
        for (double a : plan.amounts) {
            KOL_FUZZ_CHECK(std::isfinite(a) && a >= 0, "plan '" + plan.name + "' holds " + std::to_string(a));
        }
    }
    return 0;
}
