#include "PolicyStore.h"

#include "ModelStore.h"

namespace kol {

std::string policyModelName(const std::string& scenario, const std::string& method)
{
    return (method == "rl" ? std::string("policy") : "policy." + method) + "/" + scenario;
}

Status PolicyStore::save(const std::string& scenario, const std::string& method, const StoredModel& policy)
{
    return ModelStore(m_project).save(policyModelName(scenario, method), policy);
}

Result<std::optional<StoredModel>> PolicyStore::load(const std::string& scenario, const std::string& method)
{
    return ModelStore(m_project).load(policyModelName(scenario, method));
}

} // namespace kol
