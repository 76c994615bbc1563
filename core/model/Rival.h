#pragma once

#include <string>
#include <vector>

namespace kol {

/// A rival advertiser of a scenario (the competition setting, docs/multi-agent.md): its name, budget (currency units)
/// and the channels it prefers, where a post is worth `preference` times as much to it as elsewhere. Channels it
/// prefers that are not among the scenario's are kept but play no part. Rivals do not change any method's plan (they
/// are not part of scenarioFingerprint); `compete`, `compare` and the PDF report value plans
/// against them.
struct Rival
{
    std::string name;
    double budget = 0;
    std::vector<std::string> preferredChannels;
    double preference = 2.0;

    bool operator==(const Rival& o) const
    {
        return name == o.name && budget == o.budget && preferredChannels == o.preferredChannels
            && preference == o.preference;
    }
};

/// The most rivals a scenario may have.
constexpr int kMaxRivals = 10;

} // namespace kol
