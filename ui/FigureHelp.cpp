#include "FigureHelp.h"

#include <QCoreApplication>

namespace kol::figure_help {

namespace {
QString translated(const char* text)
{
    return QCoreApplication::translate("FigureHelp", text);
}
} // namespace

QString title(const QString& key)
{
    static const std::pair<const char*, const char*> titles[] = {
        {"effect", QT_TRANSLATE_NOOP("FigureHelp", "Effect")},
        {"band", QT_TRANSLATE_NOOP("FigureHelp", "Effect band (low – high)")},
        {"spend", QT_TRANSLATE_NOOP("FigureHelp", "Spend")},
        {"reach", QT_TRANSLATE_NOOP("FigureHelp", "Reach")},
        {"engagements", QT_TRANSLATE_NOOP("FigureHelp", "Engagements")},
        {"penalty", QT_TRANSLATE_NOOP("FigureHelp", "Penalty")},
        {"uplift", QT_TRANSLATE_NOOP("FigureHelp", "Uplift vs template")},
        {"savings", QT_TRANSLATE_NOOP("FigureHelp", "Budget savings vs template")},
        {"effect_vs_rivals", QT_TRANSLATE_NOOP("FigureHelp", "Effect vs rivals")},
        {"unspent", QT_TRANSLATE_NOOP("FigureHelp", "Unspent")},
        {"breaks", QT_TRANSLATE_NOOP("FigureHelp", "Breaks")},
        {"data", QT_TRANSLATE_NOOP("FigureHelp", "Data")},
        {"method", QT_TRANSLATE_NOOP("FigureHelp", "Method")},
    };
    for (const auto& [k, t] : titles) {
        if (key == QLatin1String(k)) {
            return translated(t);
        }
    }
    return key;
}

QString explanation(const QString& key)
{
    static const std::pair<const char*, const char*> texts[] = {
        {"effect",
         QT_TRANSLATE_NOOP("FigureHelp",
                           "What the plan is predicted to achieve: the value of the KOL posts it buys (reach, "
                           "engagements, follower quality, price efficiency and format fit, weighted as in the "
                           "campaign set-up), with carry-over from earlier phases and audience saturation applied, "
                           "minus penalties. It is a score without a unit: compare plans of the same scenario; the "
                           "expert template at the same budget is the yardstick.")},
        {"effect_vs_rivals",
         QT_TRANSLATE_NOOP("FigureHelp",
                           "The plan's effect when the scenario's rival advertisers (Campaign set-up › Competition) "
                           "buy from the same KOLs: each cell's posts go to the advertisers in proportion to their "
                           "money, prices rise with demand, and the rivals' spreads are learned against this plan. "
                           "Compare it with the effect alone to see what competition costs; only scenarios with "
                           "rivals have it.")},
        {"band",
         QT_TRANSLATE_NOOP("FigureHelp",
                           "The effect again with every KOL's prediction at the low, then the high end of its band. "
                           "Bands are wide where the post history is thin (few posts for a channel, a tier or a "
                           "KOL): a wide band says the figure is uncertain, not wrong.")},
        {"spend",
         QT_TRANSLATE_NOOP("FigureHelp",
                           "Money committed to the KOLs the plan buys, in the campaign's currency, against the "
                           "budget. A cell spends at most its amount; what it cannot spend stays unspent.")},
        {"reach",
         QT_TRANSLATE_NOOP("FigureHelp",
                           "Predicted views of the posts bought, summed over KOLs (a person who sees two posts "
                           "counts twice), from the performance model trained on the project's post history.")},
        {"engagements",
         QT_TRANSLATE_NOOP("FigureHelp",
                           "Predicted likes, comments and shares of the posts bought, summed over KOLs.")},
        {"penalty",
         QT_TRANSLATE_NOOP("FigureHelp",
                           "Effect taken off for money that breaks a soft rule: a tier above the tier above it (the "
                           "tier hierarchy) or a cell above the maximum cell share. Money is charged at the rate the "
                           "template earns per unit at this budget. 0 when the plan keeps the rules.")},
        {"uplift",
         QT_TRANSLATE_NOOP("FigureHelp",
                           "The plan's effect against the expert template's at the same budget: +10% means 10% more "
                           "effect. The template is executed like any plan: its shares, then KOLs bought per cell, "
                           "money a cell cannot use moved on.")},
        {"savings",
         QT_TRANSLATE_NOOP("FigureHelp",
                           "How much less budget the method needs to match the template's effect at this budget "
                           "(1 − B′/B, B′ found by bisection). \"n/a\" or \"none\" when the method does not reach "
                           "the template's effect at any smaller budget, so there is nothing to save.")},
        {"unspent",
         QT_TRANSLATE_NOOP("FigureHelp",
                           "Amount in a cell that buys no KOL: the cheapest KOL of the cell costs more, or the next "
                           "KOL that would add value does not fit in what is left. It is not spent; the notes under "
                           "Allocate say where and why.")},
        {"breaks",
         QT_TRANSLATE_NOOP("FigureHelp",
                           "Hard constraints the plan does not keep (budget, locks, bounds, disabled cells, channel "
                           "shares): allocators never break them; an edited plan may. The cells are marked red.")},
        {"data",
         QT_TRANSLATE_NOOP("FigureHelp",
                           "What the project's data cannot support well: channels, tiers or formats with little or "
                           "no post history (their predictions borrow from similar ones and have wide bands), and "
                           "predictions capped at what the history has seen.")},
        {"method",
         QT_TRANSLATE_NOOP("FigureHelp",
                           "What made the plan: an allocation method (template, greedy, optimal, reinforcement "
                           "learning) or \"manual\" once you edit amounts by hand.")},
    };
    for (const auto& [k, t] : texts) {
        if (key == QLatin1String(k)) {
            return translated(t);
        }
    }
    return {};
}

QString link(const QString& key, const QString& text)
{
    return QStringLiteral("<a href=\"figure:%1\" style=\"color:inherit; text-decoration:none\">%2</a>").arg(key, text);
}

QString keyOfLink(const QString& href)
{
    return href.startsWith(QLatin1String("figure:")) ? href.mid(7) : QString();
}

QString helpPage()
{
    QString html
        = QStringLiteral("<h2>%1</h2>").arg(QCoreApplication::translate("FigureHelp", "How to read KOL Planner"));
    html += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate(
                    "FigureHelp",
                    "The strategy matrix has one row per channel and KOL tier and one column per phase. Each "
                    "cell shows its amount and its share of the budget, and where part of the money buys no KOL, "
                    "\"unspent X\" or \"buys nothing\" (amber). The colour is a heat map of the spend: what the "
                    "money buys. Blue cells are locked, grey ones disabled, red ones break a rule (hover for the "
                    "reason)."));
    html += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate(
                    "FigureHelp",
                    "Type amounts as you write them: 40000, 40,000, 40k, 1.5m, 4万 or 12% of the budget. Enter "
                    "moves down, Ctrl+D fills down, Ctrl+Z and Ctrl+Y undo and redo, Esc cancels a run."));
    html += QStringLiteral("<h3>%1</h3><dl>").arg(QCoreApplication::translate("FigureHelp", "The figures"));
    for (const QString& key : keys()) {
        html += QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>").arg(title(key), explanation(key).toHtmlEscaped());
    }
    return html + QStringLiteral("</dl>");
}

} // namespace kol::figure_help
