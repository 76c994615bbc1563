#pragma once
// A demo market's truth with its luck (the running-campaign issue, item 3): posts vary around
// the typical post as the post history does, so whole campaigns can be simulated phase by phase
// and re-planned on what they actually reached.

#include "Market.h"
#include "base/Result.h"
#include "model/CampaignActuals.h"
#include "model/Catalog.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace kol {

/// One post's luck: its reach and engagements as multiples of the KOL's typical post (1 = as
/// expected; 0 = a post that reached nobody; 20 = a viral hit).
struct Surprise
{
    double reach = 1;
    double engagements = 1;
};

/// The post-to-post surprise of a demo market, calibrated to its post history's residuals: every
/// history post's reach and engagements divided by its KOL's typical post in that format and
/// phase at the truth, per channel. A draw resamples one residual of the channel (a bootstrap),
/// so the spread, the skew and the viral tail are the history's own, and reach and engagements
/// keep their joint variation. A channel with fewer than kMinPosts residuals draws from all.
class PostSurprise
{
public:
    static constexpr int kMinPosts = 30;

    /// Fails when fewer than kMinPosts posts are of KOLs that `truth` knows (not a demo project).
    static Result<PostSurprise> calibrate(const std::vector<Kol>& kols, const std::vector<Post>& posts,
                                          const MarketTruth& truth);
    /// No luck: every post reaches its typical post (the expected campaign).
    static PostSurprise none();
    /// A surprise for a post in `channel`; the same `draw` (uniform 0..1) gives the same one.
    Surprise draw(const std::string& channel, double uniform) const;

    /// How a channel's posts spread around the typical post (the calibration, for reports).
    struct Spread
    {
        std::string channel; // "" for all channels together
        int posts = 0;
        double median = 0;     // median reach multiple
        double mean = 0;       // mean reach multiple (above the median: the viral tail)
        double logSpread = 0;  // standard deviation of the log reach multiple (posts with reach)
        double viralShare = 0; // share of posts with 5x the typical reach or more
        double flopShare = 0;  // share with a third of it or less
    };
    std::vector<Spread> spread() const;

private:
    const std::vector<Surprise>& residuals(const std::string& channel) const;

    std::map<std::string, std::vector<Surprise>> m_byChannel;
    std::vector<Surprise> m_all;
};

/// The posts one phase of a plan actually gets in a simulated campaign. In each of the phase's
/// cells the KOLs that `planner` (the market the plan was made on) chooses at the plan's amount
/// post once, at their price, reaching their typical post at the truth times a surprise. A KOL's
/// surprise in a phase and format depends only on `campaignSeed` and those, so that plans
/// simulated with one seed meet the same luck (common random numbers). `amounts` per cell in the
/// matrix's flat order. Fails when `planner` has no truth (only demo projects have one).
Result<std::vector<ActualPost>> realisePhase(const Market& planner, const std::vector<double>& amounts, int phase,
                                             const PostSurprise& surprise, uint64_t campaignSeed);

/// A finished campaign's effect at the truth: each cell's posts valued by the composite score
/// at what they actually reached, with `truth`'s saturation and carry-over
/// (PlanEvaluator::effectOfValues), less the penalties at the truth of `amounts` (per cell in
/// the matrix's flat order, the last plan's: in open loop the first plan, in closed loop the
/// finished cells at what they spent), as
/// PlanEvaluator::trueEffect charges them. Posts whose cell or KOL is not in `truth`'s market
/// are left out.
double realisedEffect(const Market& truth, const CampaignActuals& actuals, const std::vector<double>& amounts);

/// The market of a campaign whose first `finishedPhases` phases ran as `record` says: `planner`'s
/// scenario with those phases' enabled cells locked at what they spent (also the cells in which
/// nothing was booked), and the actuals applied (Market::withActuals). Fails with its reason.
Result<Market> campaignMarket(const Market& planner, const CampaignActuals& record, int finishedPhases,
                              bool correctPredictions = true);

/// Plans a campaign's remaining phases on a market: the market of the campaign so far (the
/// planner's market with the actuals recorded and the scenario locked at them; the plain market
/// before the first phase). Returns amounts per cell in the matrix's flat order.
using CampaignPlanner = std::function<Result<std::vector<double>>(const Market& campaign)>;

/// One simulated campaign.
struct CampaignRun
{
    double effect = 0;                 // realisedEffect at the truth
    double spend = 0;                  // currency units
    std::vector<double> amounts;       // the last plan (closed loop: finished cells at their spend)
    std::vector<double> planSeconds;   // per plan made: choosing the amounts
    std::vector<double> marketSeconds; // per re-plan: building the campaign's market
    CampaignActuals actuals;           // every phase's posts
};

/// How a simulated campaign is steered: the first plan run to the end (open loop), or the
/// remaining phases planned again before each later phase on the campaign's market (closed loop;
/// Uncorrected: the market holds the finished phases' actual outcomes and their carry-over but
/// keeps the model's predictions for the later phases, which tells what the correction adds).
enum class CampaignLoop { Open, Closed, ClosedUncorrected };

/// Runs a campaign phase by phase on `planner` (the model's market of a demo scenario): plans
/// once, realises the first phase, and goes on as `loop` says. The effect is realised at `truth`
/// (the same scenario's market on the truth). Fails with the planner's or the market's reason.
Result<CampaignRun> simulateCampaign(const Market& planner, const Market& truth, const PostSurprise& surprise,
                                     const CampaignPlanner& plan, CampaignLoop loop, uint64_t campaignSeed);

} // namespace kol
