#include "DisplayNames.h"

#include "core/alloc/MethodRegistry.h"
#include "core/model/StrategyMatrix.h"

#include <QCoreApplication>

namespace kol {

namespace {
// The names of Vocabulary::defaults() and the demo market, marked for translation.
[[maybe_unused]] const char* const kNames[] = {
    QT_TRANSLATE_NOOP("Vocabulary", "Douyin"),     QT_TRANSLATE_NOOP("Vocabulary", "Xiaohongshu"),
    QT_TRANSLATE_NOOP("Vocabulary", "Weibo"),      QT_TRANSLATE_NOOP("Vocabulary", "WeChat"),
    QT_TRANSLATE_NOOP("Vocabulary", "Kuaishou"),   QT_TRANSLATE_NOOP("Vocabulary", "Bilibili"),
    QT_TRANSLATE_NOOP("Vocabulary", "Warm-up"),    QT_TRANSLATE_NOOP("Vocabulary", "Launch"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sustain"),    QT_TRANSLATE_NOOP("Vocabulary", "Head"),
    QT_TRANSLATE_NOOP("Vocabulary", "Mid"),        QT_TRANSLATE_NOOP("Vocabulary", "Tail"),
    QT_TRANSLATE_NOOP("Vocabulary", "KOC"),        QT_TRANSLATE_NOOP("Vocabulary", "short video"),
    QT_TRANSLATE_NOOP("Vocabulary", "image-text"), QT_TRANSLATE_NOOP("Vocabulary", "live stream"),
};
// The built-in methods' labels and descriptions as MethodRegistry.cpp words them.
[[maybe_unused]] const char* const kMethodTexts[] = {
    QT_TRANSLATE_NOOP("Method", "Expert template"),
    QT_TRANSLATE_NOOP("Method", "the expert template's fixed shares per channel, phase and tier"),
    QT_TRANSLATE_NOOP("Method", "Greedy"),
    QT_TRANSLATE_NOOP("Method", "marginal-return hill climbing over a budget grid, as media-mix tools do"),
    QT_TRANSLATE_NOOP("Method", "Optimal search"),
    QT_TRANSLATE_NOOP("Method", "multi-start local search on the exact effect (carry-over and saturation included)"),
    QT_TRANSLATE_NOOP("Method", "Reinforcement learning (DDPG)"),
    QT_TRANSLATE_NOOP("Method",
                      "a DDPG policy trained over budgets of 0.5x-2x and masked cells; re-plans without retraining"),
    QT_TRANSLATE_NOOP("Method", "Multi-agent RL (budget and channel agents)"),
    QT_TRANSLATE_NOOP("Method",
                      "a budget agent splits each phase's money across channels and one agent per channel splits it "
                      "across tiers; trained together with a centralised critic (MADDPG), each acts on its own view"),
    QT_TRANSLATE_NOOP("Method", "Offline RL from past campaigns"),
    QT_TRANSLATE_NOOP("Method",
                      "a policy learned from the project's campaign history alone (fitted Q iteration with a support "
                      "constraint and pessimism; the budget as a Lagrangian game, a mixture of at most two plans)"),
    QT_TRANSLATE_NOOP("Method", "manual"),
    QT_TRANSLATE_NOOP("Method", "Learned against rivals"),
};
} // namespace

QString methodLabel(const std::string& name)
{
    if (name == "compete") { // a plan learned against the scenario's rivals (CompetitionDialog)
        return QCoreApplication::translate("Method", "Learned against rivals");
    }
    if (const auto m = MethodRegistry::instance().find(name)) {
        return QCoreApplication::translate("Method", m->label.c_str());
    }
    return QCoreApplication::translate("Method", name.c_str());
}

QString methodDescription(const std::string& name)
{
    const auto m = MethodRegistry::instance().find(name);
    return m ? QCoreApplication::translate("Method", m->description.c_str()) : QString();
}

QString displayName(const std::string& name)
{
    return QCoreApplication::translate("Vocabulary", name.c_str());
}

QString displayCellName(const StrategyMatrix& matrix, int cell)
{
    const CellIndex c = matrix.indexOf(cell);
    return QStringLiteral("%1 · %2 · %3")
        .arg(displayName(matrix.channels()[static_cast<size_t>(c.channel)]),
             displayName(matrix.phases()[static_cast<size_t>(c.phase)]),
             displayName(matrix.tiers()[static_cast<size_t>(c.tier)]));
}

} // namespace kol
