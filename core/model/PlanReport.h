#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kol {

// One KOL a plan books in a cell: who, in which content format, at what price per post, and what
// the performance model predicted for that post when the plan was made.
struct PlanKol
{
    std::string id;
    std::string name;
    int64_t followers = 0;
    std::string format;
    double price = 0;       // currency units per post
    double reach = 0;       // predicted reach of the post
    double engagements = 0; // predicted likes + comments + shares
    double score = 0;       // the post's composite score (SPEC 3.2)

    bool operator==(const PlanKol& o) const
    {
        return id == o.id && name == o.name && followers == o.followers && format == o.format && price == o.price
            && reach == o.reach && engagements == o.engagements && score == o.score;
    }
};

// Money for one cell of a plan, what it buys and what that is predicted to achieve.
struct PlanCell
{
    std::string channel;
    std::string phase;
    std::string tier;
    double amount = 0;      // allocated, currency units
    double spend = 0;       // committed to the KOLs below (at most the amount)
    double effect = 0;      // the cell's share of the plan's effect
    double reach = 0;       // predicted
    double engagements = 0; // predicted
    std::vector<PlanKol> kols;

    std::vector<std::string> kolIds() const
    {
        std::vector<std::string> ids;
        for (const auto& k : kols) {
            ids.push_back(k.id);
        }
        return ids;
    }
    bool operator==(const PlanCell& o) const
    {
        return channel == o.channel && phase == o.phase && tier == o.tier && amount == o.amount && spend == o.spend
            && effect == o.effect && reach == o.reach && engagements == o.engagements && kols == o.kols;
    }
};

// The one value a plan is, from the allocator to every reader: the JSON output, the CSV and PDF
// exports, the results panel, the comparison and the plan store. Figures are named values (the
// table of names, labels and meanings is report/PlanFigures.h), so that methods can report more
// without a schema change.
struct PlanReport
{
    long long id = 0; // 0 until stored
    std::string method;
    std::string created; // ISO 8601 UTC timestamp
    double budget = 0;
    std::vector<PlanCell> cells; // the matrix's flat order when built; as stored when loaded
    std::map<std::string, double> figures;
    std::vector<std::string> notes; // why money stays unspent, warnings about the data behind it
    // The catalog and performance model the plan was computed on (Market::fingerprint); empty for
    // plans stored before file format 4, which kept only the KOL ids.
    std::string fingerprint;

    double total() const
    {
        double sum = 0;
        for (const auto& c : cells) {
            sum += c.amount;
        }
        return sum;
    }
    std::optional<double> figure(const std::string& name) const
    {
        const auto it = figures.find(name);
        return it == figures.end() ? std::nullopt : std::optional<double>(it->second);
    }
    bool operator==(const PlanReport& o) const
    {
        return id == o.id && method == o.method && created == o.created && budget == o.budget && cells == o.cells
            && figures == o.figures && notes == o.notes && fingerprint == o.fingerprint;
    }
};

} // namespace kol
