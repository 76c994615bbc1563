#pragma once

#include "Allocator.h"
#include "MethodRegistry.h"
#include "model/StoredModel.h"
#include "rl/Ddpg.h"

#include <string>

namespace kol {

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
    double trainedBudget = 0; // the scenario's budget when it was trained (0: not known)
    std::string trainedOpen;  // per cell in the matrix's flat order, '1' open, '0' disabled
};

// Trains a DDPG policy for the market's scenario over a spread of budgets and cell masks.
// Progress reports an evaluation's effect as a multiple of the template's and the actor loss,
// critic loss and (at an episode's end) the shaped episode return.
Result<AllocationPolicy> trainAllocationPolicy(const Market& market, const TrainOptions& options);

// Why `policy` should be trained again before it re-plans `market`'s scenario, or empty: the
// budget is more than 10% away from the one it was trained at, or cells were opened or closed
// since. It still re-plans such edits (it trained over 0.5x-2x budgets and 10% of cells closed),
// but measured re-plans reach 83-95% of optimal's effect (docs/allocators.md). Policies stored
// before the training budget was kept give no advice.
std::string rlRetrainAdvice(const StoredModel& policy, const Market& market);
// The same advice for a policy of `method` that stores its training budget and open cells alike.
std::string retrainAdvice(const std::string& method, const StoredModel& policy, const Market& market);
// Per cell in the matrix's flat order, '1' enabled, '0' disabled: what a policy was trained with.
std::string openCells(const Scenario& scenario);

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

// The policy as named arrays for the project file (kind "policy": its layers, the signature of
// the scenario it was trained for, and its training history), and back. Reading checks every
// shape and value: a damaged or tampered policy is refused with a reason that names `scenario`.
StoredModel rlPolicyToStored(const AllocationPolicy& policy);
// One network's layers as tensors "<prefix>layer<l>.weight" (out x in) and ".bias" (1 x out), and
// back: reading checks that `layers` layers are there, chained in shape, with finite weights,
// and fails naming `scenario`.
void storeNetwork(StoredModel& model, const std::string& prefix, const PolicyNetwork& network);
Result<PolicyNetwork> loadNetwork(const StoredModel& model, const std::string& prefix, int layers,
                                  const std::string& scenario);
Result<AllocationPolicy> rlPolicyFromStored(const StoredModel& stored, const std::string& scenario);

} // namespace kol
