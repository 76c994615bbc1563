#pragma once

#include "Date.h"

#include <cstdint>
#include <map>
#include <string>

namespace kol {

// One account on one channel. Prices are per post, keyed by content format; a format the KOL
// does not offer is absent.
struct Kol
{
    std::string id; // the planner's own identifier, unique in the project
    std::string name;
    std::string channel;
    int64_t followers = 0;
    double followerQuality = 0; // share of real, active followers, 0..1
    double interactionRate = 0; // engagements per follower per post, 0..20 (above 1 on short-video channels)
    std::string category;
    std::map<std::string, double> prices;

    bool operator==(const Kol& o) const
    {
        return id == o.id && name == o.name && channel == o.channel && followers == o.followers
            && followerQuality == o.followerQuality && interactionRate == o.interactionRate && category == o.category
            && prices == o.prices;
    }
};

// One historical published piece.
struct Post
{
    std::string id;
    std::string kolId;
    Date date;
    std::string phase;
    std::string format;
    double price = 0;
    int64_t reach = 0;
    int64_t likes = 0;
    int64_t comments = 0;
    int64_t shares = 0;

    bool operator==(const Post& o) const
    {
        return id == o.id && kolId == o.kolId && date == o.date && phase == o.phase && format == o.format
            && price == o.price && reach == o.reach && likes == o.likes && comments == o.comments && shares == o.shares;
    }
};

} // namespace kol
