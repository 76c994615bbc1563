#pragma once

#include "core/abtest/AbMethods.h"

#include <QDialog>
#include <any>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace kol {

class BackgroundJob;
struct JobTag;

// Drafting new variants of an A/B test with a language model server on the planner's machine
// (session/AbDrafting.h): the server's address, model and timeout (kept in the settings; empty
// by default, and nothing is sent until the planner gives one and presses Draft), what the prompt
// holds and how to start a server, the segment and the number of drafts. The request runs in the
// background and can be cancelled; the drafts land in an editable table with a Use box per row.
// Accepting the dialog hands the chosen drafts back; the dialog itself stores nothing.
class AbDraftDialog : public QDialog
{
    Q_OBJECT

public:
    /// For `test` (copied), first drafting for `segment`, ranking the variants so far by `metric`.
    AbDraftDialog(const AbTest& test, const QString& segment, AbMetric metric, QWidget* parent = nullptr);
    ~AbDraftDialog() override;

    /// Starts a request with the fields as they are; false, with the reason shown, when the
    /// server's address or timeout is not usable.
    bool draft();
    /// The rows whose Use box is ticked, as edited (named as in the table).
    std::vector<AbVariant> chosenDrafts() const;
    /// Waits for the request under way (tests).
    void wait();

    QLineEdit* serverField() const { return m_server; }
    QLineEdit* modelField() const { return m_model; }
    QSpinBox* timeoutField() const { return m_timeout; }
    QComboBox* segmentList() const { return m_segment; }
    QSpinBox* countField() const { return m_count; }
    QTableWidget* draftTable() const { return m_drafts; }
    QPushButton* addButton() const { return m_add; }
    QString message() const;

Q_SIGNALS:
    void drafted();

private:
    void onFinished(const JobTag& tag, const std::any& result);
    void setBusy(bool busy);
    void say(const QString& text, bool error = false);

    AbTest m_test;
    AbMetric m_metric;
    BackgroundJob* m_job;
    QLineEdit* m_server;
    QLineEdit* m_model;
    QSpinBox* m_timeout;
    QComboBox* m_segment;
    QSpinBox* m_count;
    QPushButton* m_draft;
    QPushButton* m_cancel;
    QProgressBar* m_busy;
    QTableWidget* m_drafts;
    QPushButton* m_add;
    QLabel* m_message;
};

} // namespace kol
