#include "CompetitionReport.h"

#include "ReportText.h"

#include <QCoreApplication>
#include <numeric>

namespace kol {

namespace {
// The section's words, translated in the context "CompetitionReport".
struct CompetitionReport
{
    Q_DECLARE_TR_FUNCTIONS(CompetitionReport)
};

using namespace report;

// How many contested cells the section lists.
constexpr size_t kShownCells = 8;
} // namespace

QString competitionHtml(const Scenario& s, const CompetitionResult& r, const QString& planLabel)
{
    QString text = CompetitionReport::tr("<h3>Competition</h3><p>Rival advertisers buy from the same KOLs. Each "
                                         "cell's posts go to the advertisers in proportion to their money, and "
                                         "prices rise once the cell's money exceeds what its KOLs cost; every "
                                         "advertiser learns its spread against the others.</p>");
    text += CompetitionReport::tr("<table border='1' cellspacing='0' cellpadding='4'><tr><th>advertiser</th>"
                                  "<th>budget</th><th>spend</th><th>effect</th><th>prefers</th></tr>");
    for (size_t a = 0; a < r.advertisers.size() && a < r.money.size(); ++a) {
        const double spend = std::accumulate(r.money[a].begin(), r.money[a].end(), 0.0);
        QString budget, prefers;
        if (a == 0) {
            budget = amount(s.budget);
        } else if (a - 1 < s.rivals.size()) {
            const Rival& rival = s.rivals[a - 1];
            budget = amount(rival.budget);
            prefers = rival.preferredChannels.empty()
                ? CompetitionReport::tr("no channel")
                : CompetitionReport::tr("%1 (×%2)")
                      .arg(names(rival.preferredChannels).join(QStringLiteral(", ")).toHtmlEscaped(),
                           QLocale().toString(rival.preference, 'g', 3));
        }
        const QString name
            = a == 0 ? CompetitionReport::tr("this scenario (%1)").arg(html(s.name)) : html(r.advertisers[a]);
        text += QStringLiteral("<tr><td>%1</td>%2%3%4<td>%5</td></tr>")
                    .arg(name, number(budget), number(amount(spend)), number(score(r.effects[a])), prefers);
    }
    text += QStringLiteral("</table>");
    const double cost = r.effectAlone > 0 ? 1 - r.effectContested / r.effectAlone : 0.0;
    text += CompetitionReport::tr("<p>What competition costs at the budget of %1:</p><ul>").arg(amount(s.budget));
    if (!r.plans.empty()) {
        const PlanAgainstRivals& p = r.plans.front();
        text += CompetitionReport::tr("<li>%1: %2 alone, %3 against the rivals (%4)</li>")
                    .arg(planLabel.toHtmlEscaped(), score(p.alone), score(p.againstRivals),
                         p.alone > 0 ? percent(p.againstRivals / p.alone - 1, true) : QStringLiteral("–"));
    }
    text += CompetitionReport::tr("<li>optimal's plan made alone: %1 alone, %2 against the rivals</li>")
                .arg(score(r.effectAlone), score(r.effectIgnoring));
    text += CompetitionReport::tr("<li>the plan learned against the rivals: %1, so competition costs %2 of the "
                                  "effect alone%3</li></ul>")
                .arg(score(r.effectContested), percent(cost),
                     r.keptAlonePlan ? CompetitionReport::tr(" (the spread learned did worse than optimal's plan "
                                                             "made alone, so that plan is kept)")
                                     : QString());
    if (!r.history.empty()) {
        const CompetitionIteration& first = r.history.front();
        const CompetitionIteration& last = r.history.back();
        text += CompetitionReport::tr("<p>Equilibrium gap (the largest gain any advertiser finds by changing its "
                                      "spread alone, a lower bound): %1 at iteration %2, %3 at iteration %4.</p>")
                    .arg(percent(first.equilibriumGap))
                    .arg(first.iteration)
                    .arg(percent(last.equilibriumGap))
                    .arg(last.iteration);
    }
    if (r.contested.empty()) {
        return text
            + CompetitionReport::tr("<p>No cell of the learned plan is contested: in none where it puts 0.5% of its "
                                    "budget or more do the rivals pay more than 20% of the money.</p>");
    }
    text += CompetitionReport::tr("<p>The most contested cells of the learned plan:</p><table border='1' "
                                  "cellspacing='0' cellpadding='4'><tr><th>cell</th><th>price factor</th>"
                                  "<th>rivals' share of the money</th><th>our money</th><th>KOLs it buys</th></tr>");
    const StrategyMatrix& m = s.matrix();
    for (size_t k = 0; k < r.contested.size() && k < kShownCells; ++k) {
        const ContestedCell& c = r.contested[k];
        QStringList kols;
        for (const auto& name : c.kols) {
            kols << html(name);
        }
        text += QStringLiteral("<tr><td>%1</td>%2%3%4<td>%5</td></tr>")
                    .arg(displayCellName(m, c.cell).toHtmlEscaped(),
                         number(QStringLiteral("×") + QLocale().toString(c.priceFactor, 'f', 2)),
                         number(percent(c.rivalShare)), number(amount(c.ourMoney)), kols.join(QStringLiteral(", ")));
    }
    return text + QStringLiteral("</table>");
}

} // namespace kol
