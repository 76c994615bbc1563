#pragma once

#include "Allocator.h"
#include "model/StoredModel.h"

#include <atomic>
#include <cmath>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kol {

class PostSurprise;

// What a method that learns reports while it trains: a value snapshot, so that it can cross
// threads. Metrics are named ("actor loss", "critic loss", "episode return", one return per agent
// for several agents) so that the window charts whatever a method reports.
struct TrainingProgress
{
    long steps = 0;
    long totalSteps = 0;
    long episodes = 0;
    bool evaluated = false;    // this report carries a new evaluation of the policy's plan
    double evalMultiple = NAN; // that plan's effect as a multiple of the template's
    std::vector<std::pair<std::string, double>> metrics;
};

// How a method that learns trains: the budget of environment steps, the seed and the learning
// rate of its networks. Progress is called from the training thread; returning false cancels.
struct TrainOptions
{
    long steps = 60000;
    uint64_t seed = 1;
    double learningRate = 1e-3;
    bool td3 = false; // rl: the TD3 variant
    // rl: also train on this many realised campaign states (CampaignStatesEnv.h: half the
    // episodes start after a simulated phase or two, drawn with `luck`); 0 or no luck: none.
    int realisedStates = 0;
    std::shared_ptr<const PostSurprise> luck;
    std::function<bool(const TrainingProgress&)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

// What a trained policy says of itself (the numbers its StoredModel carries).
struct PolicySummary
{
    long steps = 0;
    long episodes = 0;
    double seconds = 0;
    double finalEvalEffect = 0; // the policy's plan's effect on the scenario it trained on
    bool converged = false;
};
PolicySummary summarisePolicy(const StoredModel& policy);

// One allocation method as every front end sees it: its name (CLI and project file), label
// (window), one-line description (help texts, tooltips) and how to make its allocator. A method
// that learns has `train` (a policy for a scenario's market, as named arrays that the project file
// stores) and `fromPolicy`; the others have `make`.
struct Method
{
    Method() = default;
    Method(std::string name, std::string label, std::string description, bool trains = false)
        : name(std::move(name))
        , label(std::move(label))
        , description(std::move(description))
        , trains(trains)
    {
    }

    std::string name;
    std::string label;
    std::string description;
    bool trains = false;
    std::function<std::unique_ptr<Allocator>()> make;
    std::function<Result<StoredModel>(const Market&, const TrainOptions&)> train;
    // Fails when the policy does not fit the market's scenario (other axes): train again.
    std::function<Result<std::unique_ptr<Allocator>>(const StoredModel&, const Market&)> fromPolicy;
    // Whether `policy` was trained for this market's scenario shape.
    std::function<bool(const StoredModel&, const Market&)> policyFits;
    // Why a fitting `policy` should still be trained again for this market's scenario (it re-plans
    // it, less well), or empty; may be null.
    std::function<std::string(const StoredModel&, const Market&)> policyAdvice;
    // Why a stored `policy` does not fit this market's scenario (policyFits false), in words that
    // say what to do; may be null: then "for other channels, phases or tiers".
    std::function<std::string(const StoredModel&, const Market&)> misfit;
    // Whether training reports evaluations of the policy's plan (charted against optimal's, which
    // the window then runs once before training); false for a method that learns without them.
    bool chartsEvaluation = true;
    // What a trained policy says of itself in a paragraph (train's summary, the window's status);
    // may be null: then the steps, episodes and final evaluation (PolicySummary) are shown.
    std::function<std::string(const StoredModel&)> describe;
};

// The methods, in the order front ends list them. The built-in ones (template, greedy, optimal,
// rl, marl, offline) are registered on first use; adding a method is one add() with its class. Thread-safe:
// readers get copies.
class MethodRegistry
{
public:
    static MethodRegistry& instance();

    // Adds `method`, or replaces the one of the same name.
    void add(Method method);
    // Removes a method (tests); false when there is none of that name.
    bool remove(const std::string& name);
    std::optional<Method> find(const std::string& name) const;
    std::vector<Method> methods() const;
    std::vector<std::string> names() const;
    // "template|greedy|optimal|rl|marl|offline" with `separator` between names.
    std::string nameList(const std::string& separator = "|") const;

private:
    MethodRegistry();
    mutable std::mutex m_mutex;
    std::vector<Method> m_methods;
};

// The template's effect at `budget` on `market`: what every uplift and savings figure compares
// with, in the window, the command line and the report alike (0 when the template cannot plan).
double templateEffect(const Market& market, double budget = 0);

} // namespace kol
