#pragma once

#include "core/model/Scenario.h"

#include <QAbstractTableModel>

namespace kol {

class PlanDocument;

// The strategy matrix as an editable table: one row per channel × tier (grouped by channel) and
// a total row; one column per phase and a total column. A cell shows its amount and share of
// the budget and its constraints; editing it sets the amount (an undo step in the document).
// Cells that break a rule are marked, with the reason in the tooltip.
class StrategyMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit StrategyMatrixModel(PlanDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // The matrix cell's flat index behind a table index; -1 for totals and invalid indexes.
    int cellAt(const QModelIndex& index) const;
    QModelIndex indexOfCell(int cell) const;
    bool isTotal(const QModelIndex& index) const;
    PlanDocument* document() const { return m_doc; }

private:
    void documentChanged();

    PlanDocument* m_doc;
    int m_rows = 0, m_columns = 0; // of the shape last announced to views
};

} // namespace kol
