#include "AbStats.h"

#include <algorithm>
#include <cmath>

namespace kol::ab {

std::pair<double, double> wilsonInterval(double s, double n, double z)
{
    if (!(n > 0)) {
        return {0.0, 1.0};
    }
    const double p = std::clamp(s / n, 0.0, 1.0);
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

double twoProportionPValue(double s1, double n1, double s2, double n2)
{
    if (!(n1 > 0) || !(n2 > 0)) {
        return 1.0;
    }
    const double pooled = (s1 + s2) / (n1 + n2);
    if (!(pooled > 0) || !(pooled < 1)) {
        return 1.0;
    }
    const double se = std::sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    const double z = std::fabs(s1 / n1 - s2 / n2) / se;
    return std::erfc(z / std::sqrt(2.0));
}

double gammaDraw(Random& random, double shape)
{
    if (shape < 1) {
        // Boost: Gamma(a) = Gamma(a + 1) · U^(1/a).
        return gammaDraw(random, shape + 1) * std::pow(1.0 - random.uniform(), 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9 * d);
    while (true) {
        double x, v;
        do {
            x = random.normal();
            v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = 1.0 - random.uniform();
        if (u < 1 - 0.0331 * x * x * x * x || std::log(u) < 0.5 * x * x + d * (1 - v + std::log(v))) {
            return d * v;
        }
    }
}

double betaDraw(Random& random, double a, double b)
{
    const double x = gammaDraw(random, a);
    const double y = gammaDraw(random, b);
    return x + y > 0 ? x / (x + y) : 0.5;
}

int64_t binomialDraw(Random& random, int64_t n, double p)
{
    if (n <= 0 || !(p > 0)) {
        return 0;
    }
    if (!(p < 1)) {
        return n;
    }
    const bool flip = p > 0.5;
    const double q = flip ? 1 - p : p;
    int64_t k = 0;
    if (static_cast<double>(n) * q < 40) {
        // Successes are the trials that end geometric gaps: skip ahead gap by gap.
        const double logFail = std::log1p(-q);
        int64_t at = 0;
        while (true) {
            at += 1 + static_cast<int64_t>(std::floor(std::log(1.0 - random.uniform()) / logFail));
            if (at > n) {
                break;
            }
            ++k;
        }
    } else {
        const double mean = static_cast<double>(n) * q;
        const double sd = std::sqrt(mean * (1 - q));
        k = std::clamp<int64_t>(std::llround(random.normal(mean, sd)), 0, n);
    }
    return flip ? n - k : k;
}

std::vector<double> probabilityBest(const std::vector<std::vector<double>>& draws,
                                    std::vector<std::pair<double, double>>* interval95)
{
    const size_t arms = draws.size();
    std::vector<double> best(arms, 0.0);
    if (arms == 0) {
        return best;
    }
    const size_t n = draws.front().size();
    for (size_t k = 0; k < n; ++k) {
        double top = -INFINITY;
        int ties = 0;
        for (size_t a = 0; a < arms; ++a) {
            if (draws[a][k] > top) {
                top = draws[a][k];
                ties = 1;
            } else if (draws[a][k] == top) {
                ++ties;
            }
        }
        for (size_t a = 0; a < arms; ++a) {
            best[a] += draws[a][k] == top ? 1.0 / ties : 0.0;
        }
    }
    for (double& b : best) {
        b = n > 0 ? b / static_cast<double>(n) : 1.0 / static_cast<double>(arms);
    }
    if (interval95) {
        interval95->clear();
        for (const auto& d : draws) {
            std::vector<double> sorted = d;
            std::sort(sorted.begin(), sorted.end());
            const auto at = [&](double q) {
                return sorted.empty() ? 0.0 : sorted[static_cast<size_t>(q * static_cast<double>(sorted.size() - 1))];
            };
            interval95->push_back({at(0.025), at(0.975)});
        }
    }
    return best;
}

} // namespace kol::ab
