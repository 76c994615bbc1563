#include "PlanExport.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace kol {

namespace {
const char* const kBom = "\xEF\xBB\xBF";
const char* const kEol = "\r\n";

std::string number(double v, int decimals)
{
    if (!std::isfinite(v)) {
        return "";
    }
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}
} // namespace

std::string csvField(const std::string& text)
{
    std::string s = text;
    if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r')) {
        s.insert(s.begin(), '\'');
    }
    if (s.find_first_of(",\"\r\n") == std::string::npos) {
        return s;
    }
    std::string quoted = "\"";
    for (char c : s) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

std::string planCellsCsv(const PlanReport& plan, const std::vector<MarginalReturn>* marginal)
{
    std::string out = kBom;
    out += "channel,phase,tier,amount,spend,effect,reach,engagements,kol_ids";
    out += marginal ? ",marginal_gain_1pct,marginal_loss_1pct" : "";
    out += kEol;
    for (const PlanCell& c : plan.cells) {
        std::string ids;
        for (const PlanKol& k : c.kols) {
            ids += (ids.empty() ? "" : " ") + k.id;
        }
        out += csvField(c.channel) + "," + csvField(c.phase) + "," + csvField(c.tier) + "," + number(c.amount, 2) + ","
            + number(c.spend, 2) + "," + number(c.effect, 4) + "," + number(c.reach, 0) + "," + number(c.engagements, 0)
            + "," + csvField(ids);
        if (marginal) {
            const auto r = std::find_if(marginal->begin(), marginal->end(),
                                        [&](const MarginalReturn& m) { return m.channel == c.channel; });
            const bool has = r != marginal->end();
            out += "," + (has && r->gain ? number(*r->gain, 4) : std::string()) + ","
                + (has && r->loss ? number(*r->loss, 4) : std::string());
        }
        out += kEol;
    }
    return out;
}

std::string planKolsCsv(const PlanReport& plan)
{
    std::string out = kBom;
    out += "channel,phase,tier,kol_id,name,followers,format,price,predicted_reach,predicted_engagements,score";
    out += kEol;
    for (const PlanCell& c : plan.cells) {
        for (const PlanKol& k : c.kols) {
            out += csvField(c.channel) + "," + csvField(c.phase) + "," + csvField(c.tier) + "," + csvField(k.id) + ","
                + csvField(k.name) + "," + std::to_string(k.followers) + "," + csvField(k.format) + ","
                + number(k.price, 2) + "," + number(k.reach, 0) + "," + number(k.engagements, 0) + ","
                + number(k.score, 4) + kEol;
        }
    }
    return out;
}

Status writeFileAtomically(const std::string& path, const std::string& bytes)
{
    const std::string temporary = path + ".partial";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        return Status::failure(path + ": cannot write: " + std::strerror(errno));
    }
    size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const std::string why = std::strerror(errno);
            ::close(fd);
            std::remove(temporary.c_str());
            return Status::failure(path + ": cannot write: " + why);
        }
        written += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string why = std::strerror(errno);
        std::remove(temporary.c_str());
        return Status::failure(path + ": cannot write: " + why);
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        std::remove(temporary.c_str());
        return Status::failure(path + ": cannot write: " + why);
    }
    return Status::success();
}

} // namespace kol
