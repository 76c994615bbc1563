#pragma once

#include "core/model/Scenario.h"

#include <QAbstractTableModel>

namespace kol {

// The strategy matrix as a table: one row per channel × tier (grouped by channel), one column
// per phase. Read-only for now; each cell shows its constraints, with details in the tooltip.
class StrategyMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit StrategyMatrixModel(QObject* parent = nullptr);

    void setScenario(const Scenario& scenario);
    void clear();
    const Scenario& scenario() const { return m_scenario; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // The matrix cell behind a table index.
    CellIndex cellAt(const QModelIndex& index) const;

private:
    Scenario m_scenario;
};

} // namespace kol
