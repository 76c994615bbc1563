// Decision quality on a spread of scenarios the policy never saw before its own training: demo
// projects on three other seeds and a 20,000-KOL market; budgets from 100k to 20M; 2, 3 and 6
// channels; 3 and 4 phases; the tier hierarchy off; a 50% cell-share rule; locked cells; a channel
// capped at 10%. Each scenario gets an RL policy (CLI train) and a comparison (CLI compare --json),
// through the real command line, and one table row.
#include "Bench.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kol::bench {

namespace {
struct SpreadScenario
{
    std::string project; // demo seed / size it lives in
    std::string name;
    std::vector<std::string> options; // for `scenario new`
};

struct DemoSpec
{
    std::string name;
    std::string seed;
    std::string kols;
    std::string posts;
};

// Reads a program's standard output (the child's output goes to a file).
std::string capture(const std::vector<std::string>& argv, const std::string& file, int& code)
{
    std::string command;
    for (const auto& a : argv) {
        command += "'" + a + "' ";
    }
    command += "> '" + file + "' 2>/dev/null";
    code = std::system(command.c_str());
    std::string text;
    if (FILE* f = std::fopen(file.c_str(), "r")) {
        char buf[4096];
        size_t n = 0;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
            text.append(buf, n);
        }
        std::fclose(f);
    }
    return text;
}
} // namespace

std::vector<Row> spreadBench(const std::string& dir)
{
    std::vector<Row> rows;
    const std::string cli = cliPath();
    const std::vector<DemoSpec> demos = {{"s3", "3", "3000", "30000"},
                                         {"s11", "11", "3000", "30000"},
                                         {"s23", "23", "3000", "30000"},
                                         {"k20", "5", "20000", "150000"}};
    for (const auto& d : demos) {
        const std::string p = dir + "/spread-" + d.name + ".kolplan";
        if (runChild({cli, "demo", p, "--seed", d.seed, "--kols", d.kols, "--posts", d.posts}).exitCode != 0
            || runChild({cli, "fit", p}).exitCode != 0
            || runChild({cli, "vocab", "add", p, "phase", "Recap"}).exitCode != 0) {
            rows.push_back({"spread: demo " + d.name, 0, 0, "FAILED: could not make the demo project"});
            return rows;
        }
    }
    const std::string dates = "Warm-up=2026-12-01..2026-12-10,Launch=2026-12-11..2026-12-20,"
                              "Sustain=2026-12-21..2027-01-10";
    const std::vector<SpreadScenario> spread = {
        {"s3", "100k", {"--budget", "100k"}},
        {"s3", "200k 2ch", {"--budget", "200k", "--channels", "Douyin,Xiaohongshu"}},
        {"s3", "1M hier off", {"--budget", "1m", "--hierarchy", "off"}},
        {"s11", "5M 3ch", {"--budget", "5m", "--channels", "Douyin,Weibo,Bilibili"}},
        {"s11", "20M", {"--budget", "20m"}},
        {"s11", "1M cell 50%", {"--budget", "1m", "--max-cell-share", "50%"}},
        {"s23",
         "1M locks",
         {"--budget", "1m", "--cell", "Douyin/Launch/Head:lock=150k", "--cell", "Xiaohongshu/Warm-up/Mid:lock=40k"}},
        {"s23", "1M Douyin<=10%", {"--budget", "1m", "--channel-share", "Douyin=0%..10%"}},
        {"s23", "1M 4 phases", {"--budget", "1m", "--phases", dates + ",Recap=2027-01-11..2027-01-20"}},
        {"k20", "1M 20k KOLs", {"--budget", "1m"}},
    };
    std::printf("Scenario spread (effects in composite-score units; rl share = rl / best of the methods;\n"
                "uplift and savings of optimal against the template; model cost = 1 - true effect of\n"
                "optimal's plan / optimal planning on the truth)\n");
    std::printf("%-18s %10s %10s %10s %10s %8s %8s %8s %8s %8s %8s\n", "scenario", "template", "greedy", "optimal",
                "rl", "rl share", "uplift", "savings", "model", "train s", "steps");
    std::vector<double> shares;
    for (const auto& s : spread) {
        const std::string p = dir + "/spread-" + s.project + ".kolplan";
        std::vector<std::string> make = {cli, "scenario", "new", p, s.name, "--start", "2026-12-01"};
        make.insert(make.end(), s.options.begin(), s.options.end());
        if (runChild(make).exitCode != 0) {
            rows.push_back({"spread: " + s.name, 0, 0, "FAILED: scenario new"});
            continue;
        }
        int code = 0;
        const std::string trainOut
            = capture({cli, "train", p, "--scenario", s.name, "--json"}, dir + "/train.json", code);
        const auto trained = nlohmann::json::parse(trainOut, nullptr, false);
        const std::string compareOut
            = capture({cli, "compare", p, "--scenario", s.name, "--json"}, dir + "/compare.json", code);
        const auto compared = nlohmann::json::parse(compareOut, nullptr, false);
        if (code != 0 || !compared.is_object()) {
            rows.push_back({"spread: " + s.name, 0, 0, "FAILED: compare"});
            continue;
        }
        double effect[4] = {0, 0, 0, 0}, best = 0, uplift = 0, savings = 0, model = 0;
        const char* names[4] = {"template", "greedy", "optimal", "rl"};
        for (const auto& m : compared["methods"]) {
            for (int i = 0; i < 4; ++i) {
                if (m["method"] == names[i]) {
                    effect[i] = m["effect"].get<double>();
                }
            }
            best = std::max(best, m["effect"].get<double>());
            if (m["method"] == "optimal") {
                uplift = m["uplift_vs_template"].get<double>();
                savings = m["savings_vs_template"].is_number() ? m["savings_vs_template"].get<double>() : 0;
                model = m.contains("model_error_cost") && m["model_error_cost"].is_number()
                    ? m["model_error_cost"].get<double>()
                    : 0;
            }
        }
        if (!trained.is_object() || effect[3] <= 0) {
            std::printf("%-18s %10.1f %10.1f %10.1f %10s  (rl training failed; left out of the shares)\n",
                        s.name.c_str(), effect[0], effect[1], effect[2], "-");
            rows.push_back({"spread: " + s.name, 0, 0, "FAILED: rl training"});
            continue;
        }
        const double share = best > 0 ? effect[3] / best : 0;
        shares.push_back(share);
        std::printf("%-18s %10.1f %10.1f %10.1f %10.1f %7.1f%% %7.1f%% %7.1f%% %7.1f%% %8.0f %8ld\n", s.name.c_str(),
                    effect[0], effect[1], effect[2], effect[3], 100 * share, 100 * uplift, 100 * savings, 100 * model,
                    trained.is_object() ? trained.value("seconds", 0.0) : 0.0,
                    trained.is_object() ? trained.value("steps", 0L) : 0L);
        std::fflush(stdout);
    }
    if (!shares.empty()) {
        std::sort(shares.begin(), shares.end());
        char note[160];
        std::snprintf(note, sizeof note, "rl share of best: median %.1f%%, worst %.1f%% (goals 99%% / 97%%)",
                      100 * shares[shares.size() / 2], 100 * shares.front());
        rows.push_back({"spread: " + std::to_string(shares.size()) + " scenarios, 4 demo markets", 0, 0, note});
        std::printf("%s\n\n", note);
    }
    return rows;
}

} // namespace kol::bench
