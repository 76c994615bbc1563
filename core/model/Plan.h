#pragma once

#include <map>
#include <string>
#include <vector>

namespace kol {

// Money for one cell of a plan, and the KOLs bought with it.
struct PlanCell
{
    std::string channel;
    std::string phase;
    std::string tier;
    double amount = 0;
    std::vector<std::string> kolIds;

    bool operator==(const PlanCell& o) const
    {
        return channel == o.channel && phase == o.phase && tier == o.tier && amount == o.amount && kolIds == o.kolIds;
    }
};

// An allocation for a scenario. Figures (effect, spend, reach, ...) are named values so that
// later methods can report more without a schema change.
struct Plan
{
    long long id = 0; // 0 until stored
    std::string method;
    std::string created; // ISO 8601 UTC timestamp
    double budget = 0;
    std::vector<PlanCell> cells;
    std::map<std::string, double> figures;

    double total() const
    {
        double sum = 0;
        for (const auto& c : cells) {
            sum += c.amount;
        }
        return sum;
    }

    bool operator==(const Plan& o) const
    {
        return id == o.id && method == o.method && created == o.created && budget == o.budget && cells == o.cells
            && figures == o.figures;
    }
};

} // namespace kol
