#pragma once

#include "Allocator.h"
#include "Ddpg.h"
#include "model/Plan.h"

#include <string>

namespace kol {

class ProjectFile;

// A trained allocation policy with what it was trained on.
struct AllocationPolicy
{
    PolicyNetwork network;
    std::string signature; // AllocationEnv::signature of the scenario it was trained for
    long steps = 0;
    long episodes = 0;
    double seconds = 0;
    double finalEvalEffect = 0;
    bool converged = false;
    std::vector<DdpgProgress> history;
};

struct RlTrainOptions
{
    long steps = 60000;
    uint64_t seed = 1;
    bool td3 = false;
    double learningRate = 1e-3; // the critic's; the actor learns at half this rate
    std::function<bool(const DdpgProgress&)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

// Trains a DDPG policy for the market's scenario over a spread of budgets and cell masks.
Result<AllocationPolicy> trainAllocationPolicy(const Market& market, const RlTrainOptions& options);

// The "rl" method: re-plans by running the trained policy once through the allocation episode.
class RlAllocator : public Allocator
{
public:
    explicit RlAllocator(AllocationPolicy policy)
        : m_policy(std::move(policy))
    {
    }
    std::string name() const override { return "rl"; }

protected:
    Result<std::vector<double>> run(const Market& market, const Constraints& constraints,
                                    const AllocationOptions& options) const override;

private:
    AllocationPolicy m_policy;
};

// Policies live in the project file as models named "policy/<scenario>".
Status savePolicy(ProjectFile& project, const std::string& scenario, const AllocationPolicy& policy);
// The window's Save: the scenario, a new plan and a newly trained policy (either may be null),
// in one transaction, so that a crash mid-save leaves the previous save whole.
Status saveScenarioWork(ProjectFile& project, const Scenario& scenario, const Plan* plan,
                        const AllocationPolicy* policy);
// nullopt when the scenario has no trained policy.
Result<std::optional<AllocationPolicy>> loadPolicy(ProjectFile& project, const std::string& scenario);

} // namespace kol
