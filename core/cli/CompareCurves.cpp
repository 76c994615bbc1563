// `compare --curve`: the savings picture's numbers (each method's effect against the budget, the
// saving and the uplift marked, and the marginal return per channel).
#include "CliCommon.h"
#include "base/Text.h"
#include "session/SavingsCurves.h"

#include <fmt/format.h>

namespace kol {

namespace {
Json optionalNumber(const std::optional<double>& v)
{
    return v ? jsonNumber(*v) : Json();
}
} // namespace

Json savingsCurvesToJson(const SavingsCurves& c)
{
    Json curves = Json::array();
    for (const SavingsCurve& curve : c.curves) {
        Json points = Json::array();
        for (const CurvePoint& p : curve.points) {
            points.push_back(Json{{"budget", jsonNumber(p.budget)},
                                  {"effect", jsonNumber(p.effect)},
                                  {"effect_low", jsonNumber(p.effectLow)},
                                  {"effect_high", jsonNumber(p.effectHigh)},
                                  {"spend", jsonNumber(p.spend)}});
        }
        Json marginal = Json::array();
        for (const MarginalReturn& m : curve.marginal) {
            marginal.push_back(Json{{"channel", m.channel},
                                    {"gain", optionalNumber(m.gain)},
                                    {"loss", optionalNumber(m.loss)},
                                    {"note", m.note}});
        }
        curves.push_back(Json{{"method", curve.method},
                              {"points", points},
                              {"effect_at_budget", jsonNumber(curve.effectAtBudget)},
                              {"uplift_vs_template", jsonNumber(curve.uplift)},
                              {"savings_vs_template", optionalNumber(curve.savings)},
                              {"saving_budget", optionalNumber(curve.savingBudget)},
                              {"savings_note", curve.note},
                              {"missing", jsonStrings(curve.missing)},
                              {"marginal_return", marginal}});
    }
    return Json{
        {"budget", jsonNumber(c.budget)}, {"template_effect", jsonNumber(c.templateEffect)}, {"methods", curves}};
}

void printSavingsCurves(std::ostream& out, const SavingsCurves& c)
{
    out << "\nEffect against budget (template's effect at " << formatAmount(c.budget, 0) << ": "
        << formatAmount(c.templateEffect, 2) << ")\n";
    std::string header = fmt::format("{:>14}", "budget");
    for (const SavingsCurve& curve : c.curves) {
        header += fmt::format(" {:>12}", curve.method);
    }
    out << header << "\n";
    const size_t rows = c.curves.empty() ? 0 : c.curves.front().points.size();
    for (size_t i = 0; i < rows; ++i) {
        const double budget = c.curves.front().points[i].budget;
        std::string line = fmt::format("{:>14}", formatAmount(budget, 0));
        for (const SavingsCurve& curve : c.curves) {
            const auto p = std::find_if(curve.points.begin(), curve.points.end(),
                                        [&](const CurvePoint& q) { return q.budget == budget; });
            line += fmt::format(" {:>12}", p == curve.points.end() ? "-" : formatAmount(p->effect, 1));
        }
        out << line << "\n";
    }
    out << "\n";
    for (const SavingsCurve& curve : c.curves) {
        if (curve.method == "template") {
            for (const std::string& gap : curve.missing) {
                out << "template: no point at " << gap << "\n";
            }
            continue;
        }
        out << curve.method << ": ";
        if (curve.savingBudget) {
            out << "reaches the template's effect at " << formatAmount(*curve.savingBudget, 0) << " (saves "
                << formatAmount(100 * *curve.savings, 1) << "%); ";
        } else {
            out << curve.note << "; ";
        }
        out << "at the full budget " << formatAmount(curve.effectAtBudget, 1) << " (" << (curve.uplift >= 0 ? "+" : "")
            << formatAmount(100 * curve.uplift, 1) << "%)\n";
        for (const std::string& gap : curve.missing) {
            out << "  no point at " << gap << "\n";
        }
    }
    out << "\nMarginal return per channel (change in effect with 1% more / 1% less of the budget):\n";
    for (const SavingsCurve& curve : c.curves) {
        std::string line = fmt::format("{:<10}", curve.method);
        for (const MarginalReturn& m : curve.marginal) {
            // The change in effect: +gain for 1% more, -loss for 1% less ("-" where none can move).
            const auto signedAmount = [](double v) {
                return (v >= 0 ? "+" : "") + formatAmount(v, 2);
            };
            line += fmt::format("{} {}: {} / {}", curve.marginal.front().channel == m.channel ? "" : ";", m.channel,
                                m.gain ? signedAmount(*m.gain) : "-", m.loss ? signedAmount(-*m.loss) : "-");
        }
        out << line << "\n";
    }
}

} // namespace kol
