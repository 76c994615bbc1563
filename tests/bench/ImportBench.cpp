// Import and open at catalog scale: CSVs written here, imported by the real CLI in child
// processes (so peak memory is the importer's own), then the project opened.
#include "Bench.h"
#include "store/ProjectFile.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

namespace kol::bench {

namespace {
const char* const kChannels[] = {"Douyin", "Xiaohongshu", "Weibo", "WeChat", "Kuaishou", "Bilibili"};
const char* const kPhases[] = {"Warm-up", "Launch", "Sustain"};
const char* const kFormats[] = {"image-text", "short video", "live stream"};

void writeKols(const std::string& path, long n, std::mt19937_64& rng)
{
    std::ofstream out(path);
    out << "kol_id,name,channel,followers,follower_quality,interaction_rate,category,price_image_text,"
           "price_short_video,price_live_stream\n";
    std::uniform_real_distribution<double> u(0, 1);
    char line[256];
    for (long i = 0; i < n; ++i) {
        const double followers = std::exp(std::log(2000.0) + u(rng) * std::log(20e6 / 2000.0));
        const double price = 0.05 * std::pow(followers, 0.85);
        std::snprintf(line, sizeof line, "k%ld,KOL %ld,%s,%.0f,%.3f,%.4f,cat%ld,%.2f,%.2f,%s\n", i, i, kChannels[i % 6],
                      followers, 0.5 + 0.5 * u(rng), 0.005 + 0.07 * u(rng), i % 17, price, price * 1.6,
                      u(rng) < 0.3 ? std::to_string(price * 3).c_str() : "");
        out << line;
    }
}

void writePosts(const std::string& path, long n, long kols, std::mt19937_64& rng)
{
    std::ofstream out(path);
    out << "post_id,kol_id,date,phase,format,price,reach,likes,comments,shares\n";
    std::uniform_real_distribution<double> u(0, 1);
    char line[256];
    for (long i = 0; i < n; ++i) {
        const long kol = static_cast<long>(u(rng) * static_cast<double>(kols));
        const long reach = static_cast<long>(1000 + u(rng) * 2e6);
        std::snprintf(line, sizeof line, "p%ld,k%ld,2025-%02ld-%02ld,%s,%s,%.2f,%ld,%ld,%ld,%ld\n", i, kol, 1 + i % 12,
                      1 + i % 28, kPhases[i % 3], kFormats[(i / 3) % 2], 500 + u(rng) * 50000, reach, reach / 40,
                      reach / 900, reach / 2000);
        out << line;
    }
}

double fileMiB(const std::string& path)
{
    return static_cast<double>(std::filesystem::file_size(path)) / (1024.0 * 1024.0);
}

std::string mib(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MiB", v);
    return buf;
}
} // namespace

std::vector<Row> importBench(const std::string& dir, long kols, long posts)
{
    std::mt19937_64 rng(20261123);
    const std::string kolCsv = dir + "/kols.csv", postCsv = dir + "/posts.csv", project = dir + "/bench.kolplan";
    writeKols(kolCsv, kols, rng);
    writePosts(postCsv, posts, kols, rng);

    std::vector<Row> rows;
    auto child = [&](const std::string& what, std::vector<std::string> argv, const std::string& note) {
        const ChildRun r = runChild(argv);
        rows.push_back({what, r.seconds, r.peakMiB,
                        r.exitCode == 0 ? note + ", project now " + mib(fileMiB(project))
                                        : "FAILED (exit " + std::to_string(r.exitCode) + ")"});
    };
    const std::string cli = cliPath();
    child("import " + std::to_string(kols) + " KOLs (CLI)", {cli, "import", "kols", project, kolCsv},
          "csv " + mib(fileMiB(kolCsv)));
    child("import " + std::to_string(posts) + " posts (CLI)", {cli, "import", "posts", project, postCsv},
          "csv " + mib(fileMiB(postCsv)));
    child("open + summary (CLI info)", {cli, "info", project, "--json"}, "includes integrity check");

    // In-process: ProjectFile::open alone, best of three.
    double best = 1e9;
    for (int i = 0; i < 3; ++i) {
        const auto start = std::chrono::steady_clock::now();
        auto p = ProjectFile::open(project);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!p) {
            rows.push_back({"ProjectFile::open", s, 0, "FAILED: " + p.error()});
            return rows;
        }
        best = std::min(best, s);
    }
    rows.push_back({"ProjectFile::open (best of 3)", best, 0, "header, schema and quick_check"});
    return rows;
}

} // namespace kol::bench
