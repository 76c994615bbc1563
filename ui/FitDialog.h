#pragma once

#include "core/market/ModelFit.h"

#include <QDialog>

class QRadioButton;
class QLabel;

namespace kol {

class PerformanceModel;

// Plan › Fit the performance model: what the model is fitted for, each choice explained
// (ModelFit.h's FitObjective: accuracy, or end-to-end for the budget decision), with the model in
// use and its held-out figures. The window fits on a worker after OK (ProjectWindow::startFit).
class FitDialog : public QDialog
{
    Q_OBJECT

public:
    // `current`: the model in use (null: none fitted yet); its objective is preselected.
    explicit FitDialog(const PerformanceModel* current, QWidget* parent = nullptr);

    FitObjective objective() const;
    void setObjective(FitObjective objective);
    // The line about the model in use (tests).
    QString currentText() const;

private:
    QRadioButton* m_accuracy;
    QRadioButton* m_decision;
    QLabel* m_current;
};

// One line about a fitted model: its objective, held-out R² of log reach and budget decision
// regret ("fitted for accuracy: R² 0.683, budget decision regret 25.8% on held-out posts").
QString describeModel(const PerformanceModel& model);

} // namespace kol
