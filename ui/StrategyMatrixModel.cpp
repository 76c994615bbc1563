#include "StrategyMatrixModel.h"

#include "MatrixCellText.h"
#include "PlanDocument.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <algorithm>

namespace kol {

StrategyMatrixModel::StrategyMatrixModel(PlanDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(document)
{
    connect(m_doc, &PlanDocument::changed, this, &StrategyMatrixModel::documentChanged);
    documentChanged();
}

void StrategyMatrixModel::documentChanged()
{
    const StrategyMatrix& m = m_doc->scenario().matrix();
    const int rows = m_doc->isEmpty() ? 0 : m.channelCount() * m.tierCount() + 1;
    const int columns = m_doc->isEmpty() ? 0 : m.phaseCount() + 1;
    if (rows != m_rows || columns != m_columns) {
        beginResetModel();
        m_rows = rows;
        m_columns = columns;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columns - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    }
}

int StrategyMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int StrategyMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

bool StrategyMatrixModel::isTotal(const QModelIndex& index) const
{
    return index.isValid() && (index.row() == m_rows - 1 || index.column() == m_columns - 1);
}

int StrategyMatrixModel::cellAt(const QModelIndex& index) const
{
    if (!index.isValid() || isTotal(index) || index.row() >= m_rows || index.column() >= m_columns) {
        return -1;
    }
    const StrategyMatrix& m = m_doc->scenario().matrix();
    const int tiers = m.tierCount();
    return m.flatIndex(CellIndex{index.row() / tiers, index.column(), index.row() % tiers});
}

QModelIndex StrategyMatrixModel::indexOfCell(int cell) const
{
    const StrategyMatrix& m = m_doc->scenario().matrix();
    if (cell < 0 || cell >= m.cellCount()) {
        return {};
    }
    const CellIndex c = m.indexOf(cell);
    return index(c.channel * m.tierCount() + c.tier, c.phase);
}

QVariant StrategyMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Scenario& s = m_doc->scenario();
    const StrategyMatrix& m = s.matrix();
    const std::vector<double>& amounts = m_doc->amounts();
    const double budget = s.budget > 0 ? s.budget : 1.0;
    if (isTotal(index)) {
        // Row totals (last column), column totals (last row), the grand total (corner).
        double sum = 0;
        for (int i = 0; i < m.cellCount(); ++i) {
            const CellIndex c = m.indexOf(i);
            const bool inRow = index.row() == m_rows - 1 || c.channel * m.tierCount() + c.tier == index.row();
            const bool inColumn = index.column() == m_columns - 1 || c.phase == index.column();
            sum += inRow && inColumn ? amounts[static_cast<size_t>(i)] : 0.0;
        }
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1\n%2").arg(amountText(sum), QLocale().toString(100 * sum / budget, 'f', 1) + '%');
        case Qt::EditRole:
            return sum;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignCenter);
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::BackgroundRole:
            return QBrush(QColor(0xF4, 0xF4, 0xF4));
        case Qt::ToolTipRole:
            return index.row() == m_rows - 1 && index.column() == m_columns - 1
                ? tr("Total allocated: %1 of the budget %2").arg(amountText(sum), amountText(s.budget))
                : tr("Total: %1").arg(amountText(sum));
        default:
            return {};
        }
    }
    const int i = cellAt(index);
    const MatrixCell& cell = m.cell(m.indexOf(i));
    const double amount = amounts[static_cast<size_t>(i)];
    const QStringList issues = m_doc->issues(i);
    switch (role) {
    case Qt::DisplayRole: {
        QString text
            = QStringLiteral("%1\n%2").arg(amountText(amount), QLocale().toString(100 * amount / budget, 'f', 1) + '%');
        const QString constraint = cellSummary(cell);
        return constraint == QStringLiteral("·") ? text : text + QStringLiteral("\n") + constraint;
    }
    case Qt::EditRole:
        return amount;
    case Qt::ToolTipRole: {
        QString tip = cellTooltip(cell, QString::fromStdString(m.cellName(m.indexOf(i))));
        if (m_doc->hasFigures() && i < static_cast<int>(m_doc->outcome().cells.size())) {
            const CellOutcome& co = m_doc->outcome().cells[static_cast<size_t>(i)];
            tip += tr("\nSpend %1 · effect %2 · reach %3")
                       .arg(amountText(co.spend), QLocale().toString(co.effect, 'f', 1), amountText(co.reach));
        }
        if (!issues.isEmpty()) {
            tip += QStringLiteral("\n⚠ ") + issues.join(QStringLiteral("\n⚠ "));
        }
        return tip;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (!issues.isEmpty()) {
            return QBrush(QColor(0xFA, 0xDB, 0xD8));
        }
        if (!cell.enabled) {
            return QBrush(QColor(0xEE, 0xEE, 0xEE));
        }
        if (cell.locked) {
            return QBrush(QColor(0xDD, 0xEB, 0xF7));
        }
        if (amount > 0) {
            // A heat map: the cell's share of the budget, full colour at 10% or more.
            const double heat = std::min(1.0, amount / budget / 0.1);
            return QBrush(QColor::fromRgbF(1.0, 1.0 - 0.35 * heat, 1.0 - 0.7 * heat));
        }
        return {};
    case Qt::ForegroundRole:
        return cell.enabled ? QVariant() : QVariant(QBrush(QColor(0x88, 0x88, 0x88)));
    default:
        return {};
    }
}

bool StrategyMatrixModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const int cell = cellAt(index);
    if (role != Qt::EditRole || cell < 0) {
        return false;
    }
    bool ok = false;
    double amount = value.toDouble(&ok);
    if (!ok && value.typeId() == QMetaType::QString) {
        amount = QLocale().toDouble(value.toString().trimmed(), &ok);
    }
    return ok && m_doc->setAmount(cell, amount);
}

QVariant StrategyMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const Scenario& s = m_doc->scenario();
    const StrategyMatrix& m = s.matrix();
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns) {
            return {};
        }
        if (section == m_columns - 1) {
            return tr("Total");
        }
        const PhaseWindow& p = s.phases()[static_cast<size_t>(section)];
        return QStringLiteral("%1\n%2 – %3")
            .arg(QString::fromStdString(p.name), QString::fromStdString(p.start.toString()),
                 QString::fromStdString(p.end.toString()));
    }
    if (section < 0 || section >= m_rows) {
        return {};
    }
    if (section == m_rows - 1) {
        return tr("Total");
    }
    const int channel = section / m.tierCount();
    const int tier = section % m.tierCount();
    return QStringLiteral("%1 · %2").arg(QString::fromStdString(m.channels()[static_cast<size_t>(channel)]),
                                         QString::fromStdString(m.tiers()[static_cast<size_t>(tier)]));
}

Qt::ItemFlags StrategyMatrixModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return isTotal(index) || m_doc->isReadOnly() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                 : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace kol
