#include "MethodRegistry.h"

#include "AllocationEnv.h"
#include "MarlAllocator.h"
#include "OfflineAllocator.h"
#include "OptimalAllocator.h"
#include "RlAllocator.h"

#include <algorithm>

namespace kol {

namespace {
std::vector<Method> builtInMethods()
{
    Method expert{"template", "Expert template", "the expert template's fixed shares per channel, phase and tier",
                  false};
    expert.make = makeTemplateAllocator;
    Method greedy{"greedy", "Greedy", "marginal-return hill climbing over a budget grid, as media-mix tools do", false};
    greedy.make = makeGreedyAllocator;
    Method optimal{"optimal", "Optimal search",
                   "multi-start local search on the exact effect (carry-over and saturation included)", false};
    optimal.make = [] {
        return std::make_unique<OptimalAllocator>();
    };
    Method rl{"rl", "Reinforcement learning (DDPG)",
              "a DDPG policy trained over budgets of 0.5x-2x and masked cells; re-plans without retraining", true};
    rl.train = [](const Market& market, const TrainOptions& options) -> Result<StoredModel> {
        auto policy = trainAllocationPolicy(market, options);
        if (!policy) {
            return policy.status();
        }
        return rlPolicyToStored(policy.value());
    };
    rl.fromPolicy = [](const StoredModel& stored, const Market& market) -> Result<std::unique_ptr<Allocator>> {
        auto policy = rlPolicyFromStored(stored, market.scenario().name);
        if (!policy) {
            return policy.status();
        }
        return std::unique_ptr<Allocator>(std::make_unique<RlAllocator>(policy.take()));
    };
    rl.policyFits = [](const StoredModel& stored, const Market& market) {
        const auto signature = stored.texts.find("signature");
        return signature != stored.texts.end() && signature->second == AllocationEnv::signature(market.scenario());
    };
    rl.policyAdvice = rlRetrainAdvice;
    return {expert, greedy, optimal, rl, marlMethod(), offlineMethod()};
}
} // namespace

PolicySummary summarisePolicy(const StoredModel& policy)
{
    auto number = [&](const char* key) {
        const auto it = policy.numbers.find(key);
        return it == policy.numbers.end() ? 0.0 : it->second;
    };
    return {static_cast<long>(number("steps")), static_cast<long>(number("episodes")), number("seconds"),
            number("final_eval_effect"), number("converged") != 0};
}

MethodRegistry::MethodRegistry()
    : m_methods(builtInMethods())
{
}

MethodRegistry& MethodRegistry::instance()
{
    static MethodRegistry registry;
    return registry;
}

void MethodRegistry::add(Method method)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    for (auto& m : m_methods) {
        if (m.name == method.name) {
            m = std::move(method);
            return;
        }
    }
    m_methods.push_back(std::move(method));
}

bool MethodRegistry::remove(const std::string& name)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = std::find_if(m_methods.begin(), m_methods.end(), [&](const Method& m) { return m.name == name; });
    if (it == m_methods.end()) {
        return false;
    }
    m_methods.erase(it);
    return true;
}

std::optional<Method> MethodRegistry::find(const std::string& name) const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    for (const auto& m : m_methods) {
        if (m.name == name) {
            return m;
        }
    }
    return std::nullopt;
}

std::vector<Method> MethodRegistry::methods() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_methods;
}

std::vector<std::string> MethodRegistry::names() const
{
    std::vector<std::string> out;
    for (const auto& m : methods()) {
        out.push_back(m.name);
    }
    return out;
}

std::string MethodRegistry::nameList(const std::string& separator) const
{
    std::string out;
    for (const auto& name : names()) {
        out += (out.empty() ? "" : separator) + name;
    }
    return out;
}

std::unique_ptr<Allocator> makeAllocator(const std::string& name)
{
    const auto method = MethodRegistry::instance().find(name);
    return method && method->make ? method->make() : nullptr;
}

double templateEffect(const Market& market, double budget)
{
    AllocationOptions options;
    options.budget = budget;
    auto plan = makeTemplateAllocator()->allocate(market, options);
    return plan ? plan->outcome.effect : 0.0;
}

} // namespace kol
