#include "FitDialog.h"

#include "core/market/PerformanceModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kol {

namespace {
QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setContentsMargins(24, 0, 0, 8); // under its choice's text
    return label;
}
} // namespace

QString describeModel(const PerformanceModel& model)
{
    const QString objective
        = model.objective == "decision" ? QObject::tr("the budget decision") : QObject::tr("accuracy");
    QString text = QObject::tr("fitted for %1: R² %2 of log reach")
                       .arg(objective)
                       .arg(model.metrics.count("r2") ? model.metrics.at("r2") : 0.0, 0, 'f', 3);
    if (const auto regret = model.metrics.find("decision_regret"); regret != model.metrics.end()) {
        text += QObject::tr(", budget decision regret %1%").arg(100 * regret->second, 0, 'f', 1);
    }
    return text + QObject::tr(" on held-out posts");
}

FitDialog::FitDialog(const PerformanceModel* current, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Fit the performance model"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The performance model predicts each KOL's reach and engagements per post from the "
                                "project's post history. Every method plans with it. Fitting takes a few seconds to a "
                                "few minutes and can be cancelled; the model in use is kept until the new one is "
                                "ready."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_accuracy = new QRadioButton(tr("Fit for &accuracy (predict, then optimise)"), this);
    layout->addWidget(m_accuracy);
    layout->addWidget(explanation(tr("Minimises the error of log reach and log engagements on past posts; the "
                                     "allocators then optimise against the predictions. The default."),
                                  this));
    m_decision = new QRadioButton(tr("Fit for the &budget decision (end-to-end)"), this);
    layout->addWidget(m_decision);
    layout->addWidget(explanation(
        tr("Starts from the accuracy fit, then trains each network on what the KOLs a budget buys from its "
           "predictions actually reached in past posts, keeping the accuracy error as a regularizer and stopping "
           "when held-back posts stop improving. On the "
           "demo markets it does not plan better than the accuracy fit: most of a post's outcome is luck that no "
           "model foresees. On your own history, fit both and compare their plans (kolplanner-cli compare "
           "--objective both)."),
        this));
    m_current = new QLabel(current ? tr("In use: %1.").arg(describeModel(*current))
                                   : tr("No model is fitted yet: planning needs one."),
                           this);
    m_current->setWordWrap(true);
    layout->addWidget(m_current);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Fit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setObjective(current && current->objective == "decision" ? FitObjective::Decision : FitObjective::Accuracy);
    setMinimumWidth(560);
}

FitObjective FitDialog::objective() const
{
    return m_decision->isChecked() ? FitObjective::Decision : FitObjective::Accuracy;
}

void FitDialog::setObjective(FitObjective objective)
{
    (objective == FitObjective::Decision ? m_decision : m_accuracy)->setChecked(true);
}

QString FitDialog::currentText() const
{
    return m_current->text();
}

} // namespace kol
