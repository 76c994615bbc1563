#pragma once

#include "core/model/Scenario.h"

#include <QAbstractTableModel>

namespace kol {

class PlanDocument;

// The strategy matrix as an editable table: one row per channel × tier (grouped by channel) and
// a total row; one column per phase and a total column. A cell shows its amount, its share of
// the budget, what of it buys KOLs (spend; "unspent" where part buys nothing) and its
// constraints; its colour is a heat map of the spend, so an amount that buys nothing does not
// look funded. Typing sets the amount (an undo step in the document) through the product's one
// amount reader; locked and disabled cells cannot be typed into. Cells that break a rule are
// marked, with the reason in the tooltip.
class StrategyMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit StrategyMatrixModel(PlanDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // A number sets the amount; text is read as typed (setAmountText()).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // The matrix cell's flat index behind a table index; -1 for totals and invalid indexes.
    int cellAt(const QModelIndex& index) const;
    QModelIndex indexOfCell(int cell) const;
    bool isTotal(const QModelIndex& index) const;
    // Sets a cell's amount from what the user typed ("40k", "1,500,000", "12%" of the budget; empty
    // is 0). Returns why it was refused (not an amount, negative, over the budget, a locked or
    // disabled cell, a run under way), in the user's language; empty when it was set.
    QString setAmountText(const QModelIndex& index, const QString& text);
    // Why typing into `index` is refused before anything is typed (locked, disabled); empty if not.
    QString whyNotEditable(const QModelIndex& index) const;
    PlanDocument* document() const { return m_doc; }
    // Tells views that what may be edited changed (a run started or ended).
    void refreshFlags() { documentChanged(); }

private:
    void documentChanged();
    QString cellTip(int cell) const;

    PlanDocument* m_doc;
    int m_rows = 0, m_columns = 0; // of the shape last announced to views
};

} // namespace kol
