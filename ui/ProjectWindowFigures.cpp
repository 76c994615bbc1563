// ProjectWindow: the campaign's summary line and the plan's figures above the matrix, each
// figure with its explanation on hover.
#include "AllocatePanel.h"
#include "AmountEntry.h"
#include "CompareView.h"
#include "FigureHelp.h"
#include "MatrixCellText.h"
#include "PlanDocument.h"
#include "ProjectWindow.h"
#include "ProjectWindowKeys.h"
#include "core/base/Text.h"
#include "core/session/PlanningSession.h"
#include "report/DisplayNames.h"
#include "report/EngineText.h"

#include <QCursor>
#include <QLabel>
#include <QLocale>
#include <QToolTip>

namespace kol {

using namespace window;
using figure_help::link;

namespace {
QString number(double v)
{
    return QLocale().toString(v, 'f', 1);
}
} // namespace

void ProjectWindow::showFigureTip(const QString& href)
{
    const QString key = figure_help::keyOfLink(href);
    if (key.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QString tip = QStringLiteral("<b>%1</b><br>%2").arg(figure_help::title(key), figure_help::explanation(key));
    if (key == QLatin1String("data") || key == QLatin1String("breaks")) {
        tip += QStringLiteral("<br><br>")
            + m_figuresDetail.value(key).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    }
    m_lastFigureTip = key;
    // Under the figures line, where it does not cover the figure it explains.
    const QPoint at(QCursor::pos().x(), m_figures->mapToGlobal(QPoint(0, m_figures->height())).y() + 4);
    QToolTip::showText(at, QStringLiteral("<div style='max-width:420px'>%1</div>").arg(tip), m_figures,
                       m_figures->rect());
}

void ProjectWindow::showDocument()
{
    updateTitle();
    updateActions();
    m_figuresDetail.clear();
    if (m_doc->isEmpty()) {
        m_summary->clear();
        m_figures->setText(m_session ? tr("No scenario — create one with New") : tr("No project open — File › Open…"));
        m_budget->setEmpty();
        m_currency->clear();
        m_status->setText(m_session ? projectPath() : QString());
        return;
    }
    const Scenario& s = m_doc->scenario();
    if (!m_budget->hasFocus() || m_budget->value() != s.budget) {
        const QSignalBlocker block(m_budget);
        m_budget->setValue(s.budget);
    }
    m_currency->setText(q(s.currency));
    QStringList phases;
    for (const auto& p : s.phases()) {
        phases << QStringLiteral("%1 %2 – %3").arg(displayName(p.name), q(p.start.toString()), q(p.end.toString()));
    }
    m_summary->setText(tr("<b>%1</b> · %2 · tier hierarchy %3 · max cell share %4")
                           .arg(q(s.name).toHtmlEscaped(), phases.join(QStringLiteral("; ")),
                                s.rules.tierHierarchy ? tr("on") : tr("off"), q(formatPercent(s.rules.maxCellShare))));
    const QString method = m_doc->state().method;
    if (m_doc->hasFigures()) {
        const PlanOutcome& o = m_doc->outcome();
        const double uplift = m_doc->templateEffect() > 0 ? o.effect / m_doc->templateEffect() - 1 : 0;
        QStringList parts;
        parts << link(QStringLiteral("method"), tr("Plan (%1):").arg(methodLabel(method.toStdString())))
                + QLatin1Char(' ') + link(QStringLiteral("effect"), tr("effect <b>%1</b>").arg(number(o.effect)))
                + QLatin1Char(' ')
                + link(QStringLiteral("band"),
                       QStringLiteral("(%1 – %2)").arg(number(o.effectLow), number(o.effectHigh)));
        parts << link(QStringLiteral("spend"), tr("spend %1 of %2").arg(amountText(o.spend), amountText(s.budget)));
        parts << link(QStringLiteral("reach"), tr("reach %1").arg(amountText(o.reach)));
        parts << link(QStringLiteral("engagements"), tr("engagements %1").arg(amountText(o.engagements)));
        parts << link(QStringLiteral("penalty"), tr("penalty %1").arg(number(o.penalty)));
        parts << link(
            QStringLiteral("uplift"),
            tr("<b>%1</b> vs template")
                .arg((uplift >= 0 ? QStringLiteral("+") : QString()) + number(100 * uplift) + QLatin1Char('%')));
        double unspent = 0;
        for (int i = 0; i < static_cast<int>(m_doc->amounts().size()); ++i) {
            unspent += m_doc->unspent(i);
        }
        if (unspent > 0.5) {
            parts << link(QStringLiteral("unspent"), tr("unspent %1").arg(amountText(unspent)));
        }
        QString text = parts.join(QStringLiteral(" · "));
        if (!o.violations.empty()) {
            QStringList all;
            for (const std::string& v : o.violations) {
                all << engineText(v);
            }
            m_figuresDetail[QStringLiteral("breaks")] = all.join(QLatin1Char('\n'));
            text += QStringLiteral("<br><span style='color:#B00020'>%1</span>")
                        .arg(link(QStringLiteral("breaks"),
                                  tr("Breaks: %1").arg(all.front().toHtmlEscaped())
                                      + (all.size() > 1 ? tr(" (and %1 more)").arg(all.size() - 1) : QString())));
        }
        // What the data behind these figures cannot support well (thin history, capped predictions).
        const std::vector<std::string>& warnings = m_doc->market()->warnings();
        if (!warnings.empty()) {
            QStringList all;
            for (const std::string& w : warnings) {
                all << engineText(w);
            }
            m_figuresDetail[QStringLiteral("data")] = all.join(QLatin1Char('\n'));
            text += QStringLiteral("<br><span style='color:#8a5a00'>%1</span>")
                        .arg(link(QStringLiteral("data"),
                                  tr("Data: %1").arg(all.front().toHtmlEscaped())
                                      + (all.size() > 1 ? tr(" (and %1 more; hover for all)").arg(all.size() - 1)
                                                        : QString())));
        }
        m_figures->setText(text);
    } else {
        m_figures->setText(tr("Plan (%1): no figures — %2")
                               .arg(methodLabel(method.toStdString()),
                                    m_session->model() ? tr("the market could not be built")
                                                       : q(m_session->modelProblem()).toHtmlEscaped()));
    }
    if (auto summary = m_session->project().summary()) {
        m_status->setText(tr("%1 KOLs · %2 posts · %3")
                              .arg(QLocale().toString(static_cast<qlonglong>(summary->kols)),
                                   QLocale().toString(static_cast<qlonglong>(summary->posts)), projectPath()));
    }
}

} // namespace kol
