#include "EngineText.h"

#include "DisplayNames.h"
#include "core/model/Scenario.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <optional>
#include <vector>

namespace kol {

namespace {
struct Phrase
{
    QRegularExpression pattern; // the engine's English, anchored; captures are the variable parts
    const char* text;           // the same in the user's language: %1, %2… are the captures
};

// Separators of composite messages, in the user's language.
[[maybe_unused]] const char* const kSeparators[]
    = {QT_TRANSLATE_NOOP("EngineText", ": "), QT_TRANSLATE_NOOP("EngineText", "; ")};

QString translated(const char* text)
{
    return QCoreApplication::translate("EngineText", text);
}

// Names inside a capture ("Douyin/Launch/Head", "Douyin, Weibo") as the user's language says them.
QString names(const QString& capture)
{
    static const QRegularExpression separators(QStringLiteral("(/|, | · )"));
    QString out;
    qsizetype at = 0;
    for (auto it = separators.globalMatch(capture); it.hasNext();) {
        const auto m = it.next();
        out += displayName(capture.mid(at, m.capturedStart() - at).toStdString()) + m.captured();
        at = m.capturedEnd();
    }
    return out + displayName(capture.mid(at).toStdString());
}

QRegularExpression re(const char* pattern)
{
    return QRegularExpression(QStringLiteral("^") + QString::fromUtf8(pattern) + QStringLiteral("$"));
}

// Whole messages and the parts of composite ones ("X stays unspent: A because …; B because …").
const std::vector<Phrase>& phrases()
{
    static const std::vector<Phrase> table{
        // A stored RL policy re-planning an edited scenario (RlAllocator.cpp, rlRetrainAdvice).
        {re("the rl policy was trained at a budget of (.+), not (.+), and with other cells open; it re-plans "
            "without retraining, but a policy trained again for this scenario plans closer to optimal's"),
         QT_TRANSLATE_NOOP("EngineText",
                           "the RL policy was trained at a budget of %1, not %2, and with other cells open; it "
                           "re-plans without retraining, but a policy trained again for this scenario plans closer "
                           "to the optimal search")},
        {re("the rl policy was trained at a budget of (.+), not (.+); it re-plans without retraining, but a policy "
            "trained again for this scenario plans closer to optimal's"),
         QT_TRANSLATE_NOOP("EngineText",
                           "the RL policy was trained at a budget of %1, not %2; it re-plans without retraining, but a "
                           "policy trained again for this scenario plans closer to the optimal search")},
        {re("the rl policy was trained with other cells open; it re-plans without retraining, but a policy trained "
            "again for this scenario plans closer to optimal's"),
         QT_TRANSLATE_NOOP("EngineText",
                           "the RL policy was trained with other cells open; it re-plans without retraining, but a "
                           "policy trained again for this scenario plans closer to the optimal search")},
        // Methods a comparison leaves out, and savings it cannot find (MethodComparison.cpp).
        {re("rl: no trained policy for this scenario; run 'kolplanner-cli train'"),
         QT_TRANSLATE_NOOP("EngineText",
                           "RL: no trained policy for this scenario yet; allocate with RL once to train "
                           "it")},
        {re("rl: no trained policy for this scenario that fits it; run 'kolplanner-cli train'"),
         QT_TRANSLATE_NOOP("EngineText",
                           "RL: its trained policy does not fit this scenario; allocate with RL to train "
                           "it again")},
        // The same for the multi-agent team (MarlAllocator.cpp, retrainAdvice).
        {re("the marl policy was trained at a budget of (.+), not (.+), and with other cells open; it re-plans "
            "without retraining, but a policy trained again for this scenario plans closer to optimal's"),
         QT_TRANSLATE_NOOP("EngineText",
                           "the MARL team was trained at a budget of %1, not %2, and with other cells open; it "
                           "re-plans without retraining, but a team trained again for this scenario plans closer "
                           "to the optimal search")},
        {re("the marl policy was trained at a budget of (.+), not (.+); it re-plans without retraining, but a policy "
            "trained again for this scenario plans closer to optimal's"),
         QT_TRANSLATE_NOOP("EngineText",
                           "the MARL team was trained at a budget of %1, not %2; it re-plans without retraining, but a "
                           "team trained again for this scenario plans closer to the optimal search")},
        {re("the marl policy was trained with other cells open; it re-plans without retraining, but a policy trained "
            "again for this scenario plans closer to optimal's"),
         QT_TRANSLATE_NOOP("EngineText",
                           "the MARL team was trained with other cells open; it re-plans without retraining, but a "
                           "team trained again for this scenario plans closer to the optimal search")},
        // ... and a comparison without a fitting team.
        {re("marl: no trained policy for this scenario; run 'kolplanner-cli train'"),
         QT_TRANSLATE_NOOP("EngineText",
                           "MARL: no trained team for this scenario yet; allocate with MARL once to train "
                           "it")},
        {re("marl: no trained policy for this scenario that fits it; run 'kolplanner-cli train'"),
         QT_TRANSLATE_NOOP("EngineText",
                           "MARL: its trained team does not fit this scenario; allocate with MARL to train "
                           "it again")},
        {re("does not reach the template's effect \\((.+)\\) even at twice the budget \\((.+)\\)"),
         QT_TRANSLATE_NOOP("EngineText", "does not reach the template's effect (%1) even at twice the budget (%2)")},
        {re("the template's plan has no effect at this budget, so there is nothing to save against"),
         QT_TRANSLATE_NOOP("EngineText",
                           "the template's plan has no effect at this budget, so there is nothing to save against")},
        {re("learned against the scenario's rivals \\(Plan > Compete with rivals\\)"),
         QT_TRANSLATE_NOOP("EngineText", "learned against the scenario's rivals (Plan › Compete with rivals)")},
        {re("rival (.+): its budget must be a positive amount"),
         QT_TRANSLATE_NOOP("EngineText", "rival %1: its budget must be a positive amount")},
        // Why money stays unspent (Allocator.cpp, explainUnspent).
        {re("(.+) of the budget of (.+) stays unspent"),
         QT_TRANSLATE_NOOP("EngineText", "%1 of the budget of %2 stays unspent")},
        {re("every cell that may get money is locked, and the locks add up to (.+) \\(unlock cells to place the "
            "rest\\)"),
         QT_TRANSLATE_NOOP(
             "EngineText",
             "every cell that may get money is locked, and the locks add up to %1 (unlock cells to place the rest)")},
        {re("(.+) because the channel share caps allow at most (.+?): (.+)"),
         QT_TRANSLATE_NOOP("EngineText", "%1 because the channel share caps allow at most %2: %3")},
        {re("(.+) because the cells' maximums, locks and disabled cells allow at most (.+)"),
         QT_TRANSLATE_NOOP("EngineText", "%1 because the cells' maximums, locks and disabled cells allow at most %2")},
        {re("(.+) because buying every KOL the enabled cells offer costs only (.+) \\(enable more cells or channels, "
            "or import more KOLs\\)"),
         QT_TRANSLATE_NOOP("EngineText",
                           "%1 because buying every KOL the enabled cells offer costs only %2 (enable more cells or "
                           "channels, or import more KOLs)")},
        {re("(.+) because buying every KOL the enabled cells offer costs only (.+) \\((.+) (?:has|have) no KOL in the "
            "enabled cells: import KOLs for it or open other tiers\\)"),
         QT_TRANSLATE_NOOP("EngineText",
                           "%1 because buying every KOL the enabled cells offer costs only %2 (%3: no KOL in the "
                           "enabled cells; import KOLs for it or open other tiers)")},
        {re("(.+) because the cells' maximums are below the price of their KOLs: within the maximums the KOLs on offer "
            "cost only (.+) \\(raise the maximums to buy the others\\)"),
         QT_TRANSLATE_NOOP("EngineText",
                           "%1 because the cells' maximums are below the price of their KOLs: within the maximums the "
                           "KOLs on offer cost only %2 (raise the maximums to buy the others)")},
        {re("(.+) because the rule 'no cell above (.+) of the budget' with (\\d+) open cell\\(s\\) penalises spending "
            "more than (.+) \\(enable more cells or raise the rule\\)"),
         QT_TRANSLATE_NOOP("EngineText",
                           "%1 because the rule 'no cell above %2 of the budget' with %3 open cell(s) penalises "
                           "spending more than %4 (enable more cells or raise the rule)")},
        {re("(.+) because more money in any cell would lower the effect net of penalties \\(saturation and the "
            "rules\\)"),
         QT_TRANSLATE_NOOP(
             "EngineText",
             "%1 because more money in any cell would lower the effect net of penalties (saturation and the rules)")},
        {re("(.+) because the template's shares leave it in cells below the price of their next KOL, where no other "
            "cell of the template can use it \\(the other methods place it\\)"),
         QT_TRANSLATE_NOOP("EngineText",
                           "%1 because the template's shares leave it in cells below the price of their next KOL, "
                           "where no other cell of the template can use it (the other methods place it)")},
        {re("(.+) is allocated to cells but is less than the price of their next KOL"),
         QT_TRANSLATE_NOOP("EngineText", "%1 is allocated to cells but is less than the price of their next KOL")},
        {re("(.+) is not allocated"), QT_TRANSLATE_NOOP("EngineText", "%1 is not allocated")},
        // Data warnings (Market.cpp).
        {re("channel (.+) has no post history \\(fewer than (\\d+)\\): its predictions borrow from the other channels "
            "and carry a wide uncertainty band"),
         QT_TRANSLATE_NOOP("EngineText",
                           "channel %1 has no post history (fewer than %2): its predictions borrow from the other "
                           "channels and carry a wide uncertainty band")},
        {re("channel (.+) has (.+) posts \\(fewer than (\\d+)\\): its predictions borrow from the other channels and "
            "carry a wide uncertainty band"),
         QT_TRANSLATE_NOOP("EngineText",
                           "channel %1 has %2 posts (fewer than %3): its predictions borrow from the other channels "
                           "and carry a wide uncertainty band")},
        {re("phase (.+) has no post history \\(fewer than (\\d+)\\): its predictions borrow from the other phases and "
            "carry a wide uncertainty band"),
         QT_TRANSLATE_NOOP("EngineText",
                           "phase %1 has no post history (fewer than %2): its predictions borrow from the other phases "
                           "and carry a wide uncertainty band")},
        {re("phase (.+) has (.+) posts \\(fewer than (\\d+)\\): its predictions borrow from the other phases and carry "
            "a wide uncertainty band"),
         QT_TRANSLATE_NOOP("EngineText",
                           "phase %1 has %2 posts (fewer than %3): its predictions borrow from the other phases and "
                           "carry a wide uncertainty band")},
        {re("content format (.+) has no post history \\(fewer than (\\d+)\\): its predictions borrow from the other "
            "formats and carry a wide uncertainty band"),
         QT_TRANSLATE_NOOP("EngineText",
                           "content format %1 has no post history (fewer than %2): its predictions borrow from the "
                           "other formats and carry a wide uncertainty band")},
        {re("content format (.+) has (.+) posts \\(fewer than (\\d+)\\): its predictions borrow from the other formats "
            "and carry a wide uncertainty band"),
         QT_TRANSLATE_NOOP("EngineText",
                           "content format %1 has %2 posts (fewer than %3): its predictions borrow from the other "
                           "formats and carry a wide uncertainty band")},
        {re("(.+) predictions were brought within the reach and engagements per follower that the channel's post "
            "history shows"),
         QT_TRANSLATE_NOOP("EngineText",
                           "%1 predictions were brought within the reach and engagements per follower that the "
                           "channel's post history shows")},
        // Rule breaks of a plan and of a cell (PlanEvaluator.cpp).
        {re("(.+) is disabled but gets (.+)"), QT_TRANSLATE_NOOP("EngineText", "%1 is disabled but gets %2")},
        {re("(.+) is locked at (.+) but gets (.+)"), QT_TRANSLATE_NOOP("EngineText", "%1 is locked at %2 but gets %3")},
        {re("(.+) gets (.+), outside its bounds"), QT_TRANSLATE_NOOP("EngineText", "%1 gets %2, outside its bounds")},
        {re("the plan allocates (.+), more than the budget (.+)"),
         QT_TRANSLATE_NOOP("EngineText", "the plan allocates %1, more than the budget %2")},
        {re("(.+) gets (.+) of the budget, outside (.+)\\.\\.(.+)"),
         QT_TRANSLATE_NOOP("EngineText", "%1 gets %2 of the budget, outside %3 to %4")},
        {re("disabled, but the plan gives it (.+)"),
         QT_TRANSLATE_NOOP("EngineText", "disabled, but the plan gives it %1")},
        {re("locked at (.+), but the plan gives it (.+)"),
         QT_TRANSLATE_NOOP("EngineText", "locked at %1, but the plan gives it %2")},
        {re("below its minimum (.+)"), QT_TRANSLATE_NOOP("EngineText", "below its minimum %1")},
        {re("above its maximum (.+)"), QT_TRANSLATE_NOOP("EngineText", "above its maximum %1")},
        {re("tier hierarchy: more than (.+) \\((.+)\\)"),
         QT_TRANSLATE_NOOP("EngineText", "tier hierarchy: more than %1 (%2)")},
        {re("above the max cell share (.+) \\((.+)\\)"),
         QT_TRANSLATE_NOOP("EngineText", "above the max cell share %1 (%2)")},
        // Set-up problems (ScenarioValidation.cpp): the message part.
        {re("must be a finite number"), QT_TRANSLATE_NOOP("EngineText", "must be a number")},
        {re("(.+) is outside (.+)\\.\\.(.+)"), QT_TRANSLATE_NOOP("EngineText", "%1 is outside %2 to %3")},
        {re("at least one is needed"), QT_TRANSLATE_NOOP("EngineText", "tick at least one")},
        {re("'(.+)' is listed twice"), QT_TRANSLATE_NOOP("EngineText", "'%1' is listed twice")},
        {re("'(.+)' is not one of the project's \\((.+)\\)"),
         QT_TRANSLATE_NOOP("EngineText", "'%1' is not one of the project's (%2)")},
        {re("must not be empty"), QT_TRANSLATE_NOOP("EngineText", "must not be empty")},
        {re("is longer than \\d+ bytes"), QT_TRANSLATE_NOOP("EngineText", "is too long")},
        {re("is not valid UTF-8 text"), QT_TRANSLATE_NOOP("EngineText", "is not valid text")},
        {re("must be positive \\(is (.+)\\)"), QT_TRANSLATE_NOOP("EngineText", "must be more than 0 (is %1)")},
        {re("must be 1 to 8 characters \\(e\\.g\\. CNY\\)"),
         QT_TRANSLATE_NOOP("EngineText", "must be 1 to 8 characters (e.g. CNY)")},
        {re("must not all be zero"), QT_TRANSLATE_NOOP("EngineText", "must not all be zero")},
        {re("the phase dates do not match the matrix's phases"),
         QT_TRANSLATE_NOOP("EngineText", "the phase dates do not match the matrix's phases")},
        {re("ends \\((.+)\\) before it starts \\((.+)\\)"),
         QT_TRANSLATE_NOOP("EngineText", "ends (%1) before it starts (%2)")},
        {re("starts \\((.+)\\) before the previous phase '(.+)' \\((.+)\\); list phases in time order"),
         QT_TRANSLATE_NOOP("EngineText", "starts (%1) before the previous phase '%2' (%3); list phases in time order")},
        {re("minimum (.+) exceeds maximum (.+)"),
         QT_TRANSLATE_NOOP("EngineText", "the minimum %1 is above the maximum %2")},
        {re("minimum channel shares sum to (.+), more than the whole budget"),
         QT_TRANSLATE_NOOP("EngineText", "the minimum channel shares add up to %1, more than the whole budget")},
        {re("the weights of the scenario's (channels|phases|tiers) must not all be zero"),
         QT_TRANSLATE_NOOP("EngineText", "must not all be zero")},
        {re("is locked but disabled; unlock it or enable it"),
         QT_TRANSLATE_NOOP("EngineText", "is locked but disabled; unlock it or enable it")},
        {re("locked amount (.+) is outside its bounds (.+)\\.\\.(.+)"),
         QT_TRANSLATE_NOOP("EngineText", "the locked amount %1 is outside its bounds %2 to %3")},
        {re("locked amounts \\((.+)\\) exceed the budget \\((.+)\\)"),
         QT_TRANSLATE_NOOP("EngineText", "the locked amounts (%1) exceed the budget (%2)")},
        {re("cell minimums and locks \\((.+)\\) exceed the budget \\((.+)\\)"),
         QT_TRANSLATE_NOOP("EngineText", "the cell minimums and locks (%1) exceed the budget (%2)")},
        {re("every cell is disabled; enable at least one"),
         QT_TRANSLATE_NOOP("EngineText", "every cell is disabled; enable at least one")},
        // The offline method's plan notes (OfflineAllocator.cpp, OfflineEpisodes.cpp).
        {re("Offline: learned from (\\d+) past campaigns alone, as a mixture of (\\d+) plan\\(s\\); this plan is plan "
            "(\\d+) of the mixture \\(spend (.+)\\), fitted into the scenario's hard constraints \\(the rules' "
            "penalties are not part of what it learned\\)\\."),
         QT_TRANSLATE_NOOP("EngineText",
                           "Offline: learned from %1 past campaigns alone, as a mixture of %2 plan(s); this plan is "
                           "plan %3 of the mixture (spend %4), fitted into the scenario's hard constraints (the "
                           "rules' penalties are not part of what it learned).")},
        {re("Offline: learned from (\\d+) past campaigns alone, as a mixture of (\\d+) plan\\(s\\); this plan is the "
            "best of the game's plans within the budget at its lower bound \\(spend (.+)\\), fitted into the "
            "scenario's hard constraints \\(the rules' penalties are not part of what it learned\\)\\."),
         QT_TRANSLATE_NOOP("EngineText",
                           "Offline: learned from %1 past campaigns alone, as a mixture of %2 plan(s); this plan is "
                           "the best of the game's plans within the budget at its lower bound (spend %3), fitted into "
                           "the scenario's hard constraints (the rules' penalties are not part of what it learned).")},
        {re("Offline: no plan learned from the past campaigns keeps the budget of (.+); the cheapest \\(spend (.+)\\) "
            "was cut to the budget by the scenario's constraints\\."),
         QT_TRANSLATE_NOOP("EngineText",
                           "Offline: no plan learned from the past campaigns keeps the budget of %1; the cheapest "
                           "(spend %2) was cut to the budget by the scenario's constraints.")},
        {re("Offline: plan (\\d+) of the mixture: weight (.+), spend (.+), estimated value (.+)\\."),
         QT_TRANSLATE_NOOP("EngineText", "Offline: plan %1 of the mixture: weight %2, spend %3, estimated value %4.")},
        {re("Offline: off-policy estimate of the value of plans learned from this log (.+) \\(90% interval (.+) to "
            "(.+); cross-fitted: the plan learned on each half of the past campaigns valued on the other half, (\\d+) "
            "bootstrap resamples\\); the (\\d+) past campaigns within 1\\.5x of this budget reached (.+) on average in "
            "the same units\\."),
         QT_TRANSLATE_NOOP("EngineText",
                           "Offline: off-policy estimate of the value of plans learned from this log %1 (90% interval "
                           "%2 to %3; cross-fitted: the plan learned on each half of the past campaigns valued on the "
                           "other half, %4 bootstrap resamples); the %5 past campaigns within 1.5x of this budget "
                           "reached %6 on average in the same units.")},
        {re("Offline: off-policy estimate of this plan's value (.+) \\(90% interval (.+) to (.+), (\\d+) bootstrap "
            "resamples of the past campaigns; valued on the campaigns it was chosen on, so optimistic\\); the (\\d+) "
            "past campaigns within 1\\.5x of this budget reached (.+) on average in the same units\\."),
         QT_TRANSLATE_NOOP(
             "EngineText",
             "Offline: off-policy estimate of this plan's value %1 (90% interval %2 to %3, %4 bootstrap "
             "resamples of the past campaigns; valued on the campaigns it was chosen on, so "
             "optimistic); the %5 past campaigns within 1.5x of this budget reached %6 on average in the same units.")},
        {re("Offline: off-policy estimate of the value of plans learned from this log (.+) \\(90% interval (.+) to "
            "(.+); cross-fitted: the plan learned on each half of the past campaigns valued on the other half, (\\d+) "
            "bootstrap resamples\\); no past campaign spent within 1\\.5x of this budget \\(all of them reached (.+) "
            "on average in the same "
            "units\\)\\."),
         QT_TRANSLATE_NOOP("EngineText",
                           "Offline: off-policy estimate of the value of plans learned from this log %1 (90% interval "
                           "%2 to %3; cross-fitted: the plan learned on each half of the past campaigns valued on the "
                           "other half, %4 bootstrap resamples); no past campaign spent within 1.5x of this budget "
                           "(all of them reached %5 on average in "
                           "the same units).")},
        {re("Offline: off-policy estimate of this plan's value (.+) \\(90% interval (.+) to (.+), (\\d+) bootstrap "
            "resamples of the past campaigns; valued on the campaigns it was chosen on, so optimistic\\); no past "
            "campaign spent within 1\\.5x of this budget \\(all of them reached (.+) on average in the same "
            "units\\)\\."),
         QT_TRANSLATE_NOOP(
             "EngineText",
             "Offline: off-policy estimate of this plan's value %1 (90% interval %2 to %3, %4 bootstrap "
             "resamples of the past campaigns; valued on the campaigns it was chosen on, so "
             "optimistic); no past campaign spent within 1.5x of this budget (all of them reached %5 on average in "
             "the same units).")},
        {re("Offline: duality gap after (\\d+) iterations: (.+)\\."),
         QT_TRANSLATE_NOOP("EngineText", "Offline: duality gap after %1 iterations: %2.")},
        {re("Offline: (.+) gets (.+) but no past campaign put money there: the offline estimate knows nothing of "
            "it\\."),
         QT_TRANSLATE_NOOP("EngineText",
                           "Offline: %1 gets %2 but no past campaign put money there: the offline estimate knows "
                           "nothing of it.")},
        {re("Offline: (.+) gets (.+), more than any past campaign put there \\((.+)\\): the offline estimate is "
            "extrapolated\\."),
         QT_TRANSLATE_NOOP("EngineText",
                           "Offline: %1 gets %2, more than any past campaign put there (%3): the offline estimate is "
                           "extrapolated.")},
        {re("Offline: the plan spends (.+), outside what the past campaigns spent \\((.+) to (.+)\\): the offline "
            "estimate is extrapolated\\."),
         QT_TRANSLATE_NOOP("EngineText",
                           "Offline: the plan spends %1, outside what the past campaigns spent (%2 to %3): the "
                           "offline estimate is extrapolated.")},
        {re("(.+) because the plan the offline method chose spends less: it books what past campaigns put into "
            "each cell, phase by phase, the best within the budget at its lower confidence bound, not a search for "
            "more effect"),
         QT_TRANSLATE_NOOP("EngineText",
                           "%1 because the plan the offline method chose spends less: it books what past campaigns "
                           "put into each cell, phase by phase, the best within the budget at its lower confidence "
                           "bound, not a search for more effect")},
        // The offline method refused (OfflineAllocator.cpp, OfflineRl.cpp, HistoryImport.cpp).
        {re("(.+): has no campaign rows; the history is unchanged"),
         QT_TRANSLATE_NOOP("EngineText", "%1: has no campaign rows; the history is unchanged")},
        {re("the project has no campaign history to learn from: import past campaigns \\(File › Import past "
            "campaigns, or kolplanner-cli import campaigns PROJECT FILE.csv\\)"),
         QT_TRANSLATE_NOOP("EngineText",
                           "the project has no campaign history to learn from: import past campaigns (File › Import "
                           "past campaigns, or kolplanner-cli import campaigns PROJECT FILE.csv)")},
        {re("the campaign history has (\\d+) past campaign\\(s\\) with money in this scenario's cells; the offline "
            "method needs at least 5 \\(import campaigns\\)"),
         QT_TRANSLATE_NOOP("EngineText",
                           "the campaign history has %1 past campaign(s) with money in this scenario's cells; the "
                           "offline method needs at least 5 (import campaigns)")},
        {re("the offline method plans whole campaigns from their start and this scenario's campaign is running "
            "\\(actuals are recorded\\); re-plan the phases still to come with optimal, greedy or rl"),
         QT_TRANSLATE_NOOP("EngineText",
                           "the offline method plans whole campaigns from their start and this scenario's campaign is "
                           "running (actuals are recorded); re-plan the phases still to come with optimal, greedy or "
                           "rl")},
        // Allocation refused (Allocator.cpp).
        {re("a budget of (.+) buys no KOL: the cheapest KOL the cells offer costs (.+) \\((.+)\\)"),
         QT_TRANSLATE_NOOP("EngineText", "a budget of %1 buys no KOL: the cheapest KOL the cells offer costs %2 (%3)")},
        {re("a budget of (.+) buys no KOL: the cheapest KOL the cells offer costs (.+) \\((.+)\\), more than its "
            "cell's bounds allow"),
         QT_TRANSLATE_NOOP("EngineText",
                           "a budget of %1 buys no KOL: the cheapest KOL the cells offer costs %2 (%3), more than its "
                           "cell's bounds allow")},
    };
    return table;
}

std::optional<QString> phrase(const QString& text)
{
    for (const Phrase& p : phrases()) {
        const auto m = p.pattern.match(text);
        if (!m.hasMatch()) {
            continue;
        }
        QString out = translated(p.text);
        for (int i = 1; i <= m.lastCapturedIndex(); ++i) {
            out = out.arg(names(m.captured(i)));
        }
        return out;
    }
    return std::nullopt;
}
} // namespace

QString engineText(const std::string& message)
{
    const QString text = QString::fromStdString(message);
    // "X of the budget of Y stays unspent: part; part; …" with each part said on its own.
    static const QRegularExpression composite(QStringLiteral("^(.+? stays unspent): (.+)$"));
    if (const auto m = composite.match(text); m.hasMatch()) {
        QStringList parts;
        for (const QString& part : m.captured(2).split(QStringLiteral("; "))) {
            parts << phrase(part).value_or(part);
        }
        return phrase(m.captured(1)).value_or(m.captured(1)) + QCoreApplication::translate("EngineText", ": ")
            + parts.join(QCoreApplication::translate("EngineText", "; "));
    }
    static const QRegularExpression refused(QStringLiteral("^scenario '(.+)' cannot be allocated: (.+)$"));
    if (const auto m = refused.match(text); m.hasMatch()) {
        return QCoreApplication::translate("EngineText", "scenario '%1' cannot be allocated: %2")
            .arg(m.captured(1), engineText(m.captured(2).toStdString()));
    }
    return phrase(text).value_or(text);
}

QString validationText(const ValidationError& error)
{
    const QString field = QString::fromStdString(error.field);
    static const QRegularExpression indexed(QStringLiteral("^([a-z_.]+)\\[(.+)\\](?:\\.(min|max|locked|note))?$"));
    QString what;
    const auto m = indexed.match(field);
    if (m.hasMatch()) {
        const QString kind = m.captured(1), name = names(m.captured(2)), part = m.captured(3);
        if (kind == QLatin1String("phases")) {
            what = QCoreApplication::translate("EngineText", "Phase %1").arg(name);
        } else if (kind == QLatin1String("rules.channel_share")) {
            what = part == QLatin1String("min")
                ? QCoreApplication::translate("EngineText", "Minimum share of %1").arg(name)
                : part == QLatin1String("max")
                ? QCoreApplication::translate("EngineText", "Maximum share of %1").arg(name)
                : QCoreApplication::translate("EngineText", "Share bounds of %1").arg(name);
        } else if (kind.startsWith(QLatin1String("template."))) {
            what = QCoreApplication::translate("EngineText", "Template weight of %1").arg(name);
        } else if (kind == QLatin1String("matrix")) {
            what = part == QLatin1String("min")
                ? QCoreApplication::translate("EngineText", "Minimum of cell %1").arg(name)
                : part == QLatin1String("max")
                ? QCoreApplication::translate("EngineText", "Maximum of cell %1").arg(name)
                : part == QLatin1String("locked")
                ? QCoreApplication::translate("EngineText", "Lock of cell %1").arg(name)
                : part == QLatin1String("note") ? QCoreApplication::translate("EngineText", "Note on cell %1").arg(name)
                                                : QCoreApplication::translate("EngineText", "Cell %1").arg(name);
        }
    }
    if (what.isEmpty()) {
        static const std::pair<const char*, const char*> labels[] = {
            {"name", QT_TRANSLATE_NOOP("EngineText", "Name")},
            {"budget", QT_TRANSLATE_NOOP("EngineText", "Budget")},
            {"currency", QT_TRANSLATE_NOOP("EngineText", "Currency")},
            {"formats", QT_TRANSLATE_NOOP("EngineText", "Formats")},
            {"weights", QT_TRANSLATE_NOOP("EngineText", "Composite score weights")},
            {"weights.reach", QT_TRANSLATE_NOOP("EngineText", "Reach weight")},
            {"weights.engagement", QT_TRANSLATE_NOOP("EngineText", "Engagement weight")},
            {"weights.quality", QT_TRANSLATE_NOOP("EngineText", "Follower quality weight")},
            {"weights.price_efficiency", QT_TRANSLATE_NOOP("EngineText", "Price efficiency weight")},
            {"weights.format_fit", QT_TRANSLATE_NOOP("EngineText", "Format fit weight")},
            {"channels", QT_TRANSLATE_NOOP("EngineText", "Channels")},
            {"phases", QT_TRANSLATE_NOOP("EngineText", "Phases")},
            {"tiers", QT_TRANSLATE_NOOP("EngineText", "Tiers")},
            {"rules.max_cell_share", QT_TRANSLATE_NOOP("EngineText", "Max cell share")},
            {"rules.channel_share", QT_TRANSLATE_NOOP("EngineText", "Channel share bounds")},
            {"template.channels", QT_TRANSLATE_NOOP("EngineText", "Template weights of the channels")},
            {"template.phases", QT_TRANSLATE_NOOP("EngineText", "Template weights of the phases")},
            {"template.tiers", QT_TRANSLATE_NOOP("EngineText", "Template weights of the tiers")},
            {"matrix", QT_TRANSLATE_NOOP("EngineText", "Strategy matrix")},
        };
        for (const auto& [key, label] : labels) {
            if (field == QLatin1String(key)) {
                what = translated(label);
            }
        }
    }
    return (what.isEmpty() ? field : what) + QCoreApplication::translate("EngineText", ": ")
        + phrase(QString::fromStdString(error.message)).value_or(QString::fromStdString(error.message));
}

} // namespace kol
