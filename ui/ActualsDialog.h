#pragma once

#include "core/model/CampaignActuals.h"
#include "core/model/PlanReport.h"
#include "core/model/Scenario.h"

#include <QDialog>
#include <string>
#include <vector>

class QComboBox;
class QTableWidget;

namespace kol {

// A running campaign's actuals typed by hand (File › Record campaign actuals): one row per
// booked post with its phase, channel, tier, KOL id, format, spend (currency units), reach and
// engagements (people; likes + comments + shares). It opens with what is recorded; "Add the
// plan's KOLs" adds the open plan's KOLs of a phase at their price, so that the planner types
// only what each post reached. The rows replace the record, checked like an imported file
// (importActuals): the window refuses them with the row and column of each problem.
class ActualsDialog : public QDialog
{
    Q_OBJECT

public:
    // `plan`: the open plan (may be null: nothing to add from).
    ActualsDialog(const Scenario& scenario, const PlanReport* plan, const CampaignActuals& recorded,
                  QWidget* parent = nullptr);

    // The rows as CSV text in the import's columns (header first; blank rows left out; in the
    // scenario's phase order, as the import requires, else as typed), and the table row
    // (0-based) that a line of it (1-based, the header is line 1) came from.
    QString csv() const;
    int rowOfLine(long long line) const;
    // Adds a row per KOL the plan books in `phase` (its cell, KOL, format and price; reach and
    // engagements to be typed). Returns how many.
    int addPlanPhase(const QString& phase);
    // Adds an empty row (in the last row's phase and channel, if any) and selects its KOL field.
    void addRow();
    void removeSelectedRows();

    // For tests and keyboard users: the table and the phase to add from.
    QTableWidget* table() const { return m_table; }
    QComboBox* phaseChoice() const { return m_phase; }

    // The columns, in the import's names.
    static const QStringList& columns();

private:
    void appendRow(const QStringList& fields);
    // The non-blank rows in the order csv() writes them.
    std::vector<int> recordRows() const;

    std::vector<std::string> m_phases; // the scenario's, in order
    PlanReport m_plan;
    bool m_hasPlan = false;
    QTableWidget* m_table;
    QComboBox* m_phase;
};

} // namespace kol
