// Multi-agent allocation against single-agent DDPG as the matrix grows (the multi-agent issue):
// on one demo market over 12 channels and 5 phases (the six default channels and six with the
// neutral profile; the three default phases and two neutral ones), scenarios of 3, 6 and 12
// channels x 3 and 5 phases (3 tiers). Per scenario and method: the trained policy's plan as a
// share of optimal's effect (the best known plan), the step of its best evaluation, the steps it
// ran and its seconds.
#include "Bench.h"
#include "alloc/MarlAllocator.h"
#include "alloc/RlAllocator.h"
#include "market/Market.h"
#include "market/ModelFit.h"
#include "model/Scenario.h"
#include "model/Vocabulary.h"
#include "training/Training.h"

#include <chrono>
#include <cstdio>

namespace kol::bench {

namespace {
const std::vector<std::string> kChannels = {"Douyin", "Xiaohongshu", "Weibo", "WeChat", "Kuaishou", "Bilibili",
                                            "Zhihu",  "Toutiao",     "Dewu",  "Taobao", "Tencent",  "iQIYI"};
const std::vector<std::string> kPhases = {"Warm-up", "Launch", "Sustain", "Repeat", "Loyalty"};

Scenario scalingScenario(int channels, int phases)
{
    Scenario s = Scenario::makeDefault("Scale", Date{2026, 3, 2});
    std::vector<PhaseWindow> windows;
    Date at{2026, 3, 2};
    for (int p = 0; p < phases; ++p) {
        windows.push_back({kPhases[static_cast<size_t>(p)], at, at.addDays(13)});
        at = at.addDays(14);
    }
    s.setPhases(windows);
    s.setChannels(std::vector<std::string>(kChannels.begin(), kChannels.begin() + channels));
    for (int c = 6; c < channels; ++c) {
        s.expertTemplate.channelWeights[kChannels[static_cast<size_t>(c)]] = 10;
    }
    for (int p = 3; p < phases; ++p) {
        s.expertTemplate.phaseWeights[kPhases[static_cast<size_t>(p)]] = 20;
    }
    s.budget = 1000000.0 * channels / 6 * phases / 3; // about the same money per cell
    return s;
}

long bestStep(const std::vector<std::pair<long, double>>& evaluations)
{
    long step = 0;
    double best = -1e300;
    for (const auto& [at, value] : evaluations) {
        if (value > best) {
            best = value;
            step = at;
        }
    }
    return step;
}
} // namespace

std::vector<Row> marlBench(long steps)
{
    std::vector<Row> rows;
    std::printf("Multi-agent (marl) against single-agent DDPG (rl) as the matrix grows: one demo market over 12\n"
                "channels and 5 phases (seed 7, 12,000 KOLs, 60,000 posts), 3 tiers; budget 1,000,000 CNY per 6\n"
                "channels and 3 phases. share = effect of the trained policy's plan / optimal's; best at = the\n"
                "step of the best evaluation (the policy kept); steps = steps run (at most %ld, fewer once the\n"
                "evaluation stops improving).\n",
                steps);
    DemoOptions demo{7, 12000, 60000};
    demo.channels = kChannels;
    demo.phases = kPhases;
    const DemoMarket market = generateDemoMarket(demo);
    Vocabulary vocabulary = Vocabulary::defaults();
    vocabulary.channels = kChannels;
    vocabulary.phases = kPhases;
    FitOptions fit;
    fit.members = 2;
    fit.epochs = 40;
    auto model = fitPerformanceModel(market.kols, market.posts, vocabulary, fit);
    if (!model) {
        rows.push_back({"marl: the scaling market", 0, 0, "FAILED: " + model.error()});
        return rows;
    }
    std::printf("%-9s %7s %6s %10s | %8s %8s %8s %8s | %8s %8s %8s %8s\n", "channels", "phases", "cells", "optimal",
                "rl", "best at", "steps", "seconds", "marl", "best at", "steps", "seconds");
    for (const int phases : {3, 5}) {
        for (const int channels : {3, 6, 12}) {
            const Scenario s = scalingScenario(channels, phases);
            const std::string what
                = "marl: " + std::to_string(channels) + " channels x " + std::to_string(phases) + " phases";
            auto built = Market::build(s, market.kols, model->model, vocabulary);
            if (!built) {
                rows.push_back({what, 0, 0, "FAILED: " + built.error()});
                continue;
            }
            const Market& m = built.value();
            auto optimal = makeAllocator("optimal")->allocate(m, {});
            TrainOptions o;
            o.steps = steps;
            o.seed = 1;
            auto rl = trainAllocationPolicy(m, o);
            auto marl = trainMarlPolicy(m, o);
            if (!optimal || !rl || !marl) {
                rows.push_back({what, 0, 0,
                                "FAILED: "
                                    + (!optimal  ? optimal.error()
                                           : !rl ? rl.error()
                                                 : marl.error())});
                continue;
            }
            auto rlPlan = RlAllocator(rl.value()).allocate(m, {});
            auto marlPlan = MarlAllocator(marl.value()).allocate(m, {});
            if (!rlPlan || !marlPlan) {
                rows.push_back({what, 0, 0, "FAILED: " + (!rlPlan ? rlPlan.error() : marlPlan.error())});
                continue;
            }
            std::vector<std::pair<long, double>> rlEvals, marlEvals;
            for (const auto& h : rl->history) {
                rlEvals.emplace_back(h.steps, h.evalReturn);
            }
            for (const auto& h : marl->history) {
                marlEvals.emplace_back(h.steps, h.evalReturn);
            }
            const double best = optimal->outcome.effect;
            const double rlShare = rlPlan->outcome.effect / best, marlShare = marlPlan->outcome.effect / best;
            std::printf("%-9d %7d %6d %10.1f | %7.1f%% %8ld %8ld %8.1f | %7.1f%% %8ld %8ld %8.1f\n", channels, phases,
                        s.matrix().cellCount(), best, 100 * rlShare, bestStep(rlEvals), rl->steps, rl->seconds,
                        100 * marlShare, bestStep(marlEvals), marl->steps, marl->seconds);
            std::fflush(stdout);
            char note[160];
            std::snprintf(note, sizeof note, "rl %.1f%% of optimal in %ld steps, marl %.1f%% in %ld steps",
                          100 * rlShare, rl->steps, 100 * marlShare, marl->steps);
            rows.push_back({what, rl->seconds + marl->seconds, 0, note});
        }
    }
    std::printf("\n");
    return rows;
}

} // namespace kol::bench
