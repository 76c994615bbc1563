#include "PlanCsv.h"

#include "CsvReader.h"
#include "ImportRunner.h"
#include "RowReader.h"
#include "model/Vocabulary.h"

#include <fstream>
#include <unordered_map>

namespace kol {

namespace {
int find(const std::vector<std::string>& names, const std::string& name)
{
    const std::string wanted = toLowerAscii(name);
    for (size_t i = 0; i < names.size(); ++i) {
        if (toLowerAscii(names[i]) == wanted) {
            return static_cast<int>(i);
        }
    }
    return -1;
}
} // namespace

Result<std::vector<PlanAmounts>> readPlanCsv(std::istream& in, const std::string& source, const StrategyMatrix& m,
                                             const Vocabulary* vocabulary)
{
    using R = Result<std::vector<PlanAmounts>>;
    CsvReader csv(in, source);
    if (!csv.headerOk()) {
        return R::failure(source + ":1: " + csv.error());
    }
    const std::vector<std::string> expected = {"plan", "channel", "phase", "tier", "amount"};
    std::vector<std::string> header;
    for (const auto& h : csv.header()) {
        std::string name = toLowerAscii(h);
        while (!name.empty() && name.back() == ' ') {
            name.pop_back();
        }
        header.push_back(name);
    }
    if (header != expected) {
        return R::failure(source + ":1: the header must be plan,channel,phase,tier,amount");
    }
    std::vector<PlanAmounts> plans;
    std::unordered_map<std::string, size_t> byName;
    std::vector<std::vector<long long>> seenLine; // per plan, per cell: the line that set it
    std::vector<std::string> f;
    for (;;) {
        const auto n = csv.next(f);
        if (n == CsvReader::Next::End) {
            break;
        }
        const std::string at = source + ":" + std::to_string(csv.line()) + ": ";
        if (n == CsvReader::Next::Error) {
            return R::failure(at + csv.error());
        }
        if (f.size() != 5) {
            return R::failure(at + "expected 5 fields, found " + std::to_string(f.size()));
        }
        for (const auto& field : f) {
            if (!isValidUtf8(field) || field.size() > 200) {
                return R::failure(at + "a field is not UTF-8 text of at most 200 bytes");
            }
        }
        if (f[0].empty()) {
            return R::failure(at + "column 'plan': is empty");
        }
        // Names as the project's vocabulary resolves them (aliases such as B站 or 抖音 too).
        auto resolved = [&](const std::string& name, std::optional<std::string> canonical) {
            return canonical ? *canonical : name;
        };
        const int c = find(m.channels(), vocabulary ? resolved(f[1], vocabulary->findChannel(f[1])) : f[1]);
        const int p = find(m.phases(), vocabulary ? resolved(f[2], vocabulary->findPhase(f[2])) : f[2]);
        const int t = find(m.tiers(), vocabulary ? resolved(f[3], vocabulary->findTier(f[3])) : f[3]);
        if (c < 0) {
            return R::failure(at + "column 'channel': " + quoteValue(f[1]) + " is not a channel of the scenario ("
                              + joinNames(m.channels()) + ")");
        }
        if (p < 0) {
            return R::failure(at + "column 'phase': " + quoteValue(f[2]) + " is not a phase of the scenario ("
                              + joinNames(m.phases()) + ")");
        }
        if (t < 0) {
            return R::failure(at + "column 'tier': " + quoteValue(f[3]) + " is not a tier of the scenario ("
                              + joinNames(m.tiers()) + ")");
        }
        NumberStyle style;
        style.decimalMark = csv.delimiter() == ';' ? ',' : '.';
        style.allowMultiplier = true;
        const auto amount = parseMarketNumber(f[4], style);
        if (!amount) {
            return R::failure(at + "column 'amount': " + quoteValue(f[4]) + " is not a number");
        }
        if (*amount < 0 || *amount > 1e15) {
            return R::failure(at + "column 'amount': " + quoteValue(f[4]) + " must be between 0 and 1e15");
        }
        auto [it, fresh] = byName.emplace(f[0], plans.size());
        if (fresh) {
            plans.push_back({f[0], std::vector<double>(static_cast<size_t>(m.cellCount()), 0.0)});
            seenLine.emplace_back(static_cast<size_t>(m.cellCount()), 0);
        }
        const size_t cell = static_cast<size_t>((c * m.phaseCount() + p) * m.tierCount() + t);
        long long& first = seenLine[it->second][cell];
        if (first) {
            return R::failure(at + "plan " + quoteValue(f[0]) + " gives cell "
                              + m.cellName(m.indexOf(static_cast<int>(cell))) + " twice (first on line "
                              + std::to_string(first) + ")");
        }
        first = csv.line();
        plans[it->second].amounts[cell] = *amount;
    }
    if (plans.empty()) {
        return R::failure(source + ": holds no plans");
    }
    return plans;
}

Result<std::vector<PlanAmounts>> readPlanCsv(const std::string& path, const StrategyMatrix& matrix,
                                             const Vocabulary* vocabulary)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Result<std::vector<PlanAmounts>>::failure(path
                                                         + ": cannot be read (no such file, or permission denied)");
    }
    const auto slash = path.find_last_of('/');
    return readPlanCsv(in, slash == std::string::npos ? path : path.substr(slash + 1), matrix, vocabulary);
}

} // namespace kol
