#include "StrategyMatrixModel.h"

#include "MatrixCellText.h"

#include <QBrush>
#include <QColor>

namespace kol {

StrategyMatrixModel::StrategyMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StrategyMatrixModel::setScenario(const Scenario& scenario)
{
    beginResetModel();
    m_scenario = scenario;
    endResetModel();
}

void StrategyMatrixModel::clear()
{
    setScenario(Scenario{});
}

int StrategyMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_scenario.matrix().channelCount() * m_scenario.matrix().tierCount();
}

int StrategyMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_scenario.matrix().phaseCount();
}

CellIndex StrategyMatrixModel::cellAt(const QModelIndex& index) const
{
    const int tiers = m_scenario.matrix().tierCount();
    return CellIndex{index.row() / tiers, index.column(), index.row() % tiers};
}

QVariant StrategyMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const StrategyMatrix& m = m_scenario.matrix();
    const CellIndex c = cellAt(index);
    const MatrixCell& cell = m.cell(c);
    switch (role) {
    case Qt::DisplayRole:
        return cellSummary(cell);
    case Qt::ToolTipRole:
        return cellTooltip(cell, QString::fromStdString(m.cellName(c)));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (!cell.enabled) {
            return QBrush(QColor(0xEE, 0xEE, 0xEE));
        }
        if (cell.locked) {
            return QBrush(QColor(0xDD, 0xEB, 0xF7));
        }
        return {};
    case Qt::ForegroundRole:
        return cell.enabled ? QVariant() : QVariant(QBrush(QColor(0x88, 0x88, 0x88)));
    default:
        return {};
    }
}

QVariant StrategyMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const StrategyMatrix& m = m_scenario.matrix();
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m.phaseCount()) {
            return {};
        }
        const PhaseWindow& p = m_scenario.phases()[static_cast<size_t>(section)];
        return QStringLiteral("%1\n%2 – %3")
            .arg(QString::fromStdString(p.name), QString::fromStdString(p.start.toString()),
                 QString::fromStdString(p.end.toString()));
    }
    if (section < 0 || section >= rowCount()) {
        return {};
    }
    const int channel = section / m.tierCount();
    const int tier = section % m.tierCount();
    return QStringLiteral("%1 · %2").arg(QString::fromStdString(m.channels()[channel]),
                                         QString::fromStdString(m.tiers()[tier]));
}

Qt::ItemFlags StrategyMatrixModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace kol
