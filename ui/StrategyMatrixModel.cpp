#include "StrategyMatrixModel.h"

#include "AmountEntry.h"
#include "MatrixCellText.h"
#include "PlanDocument.h"
#include "report/DisplayNames.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <algorithm>
#include <cmath>

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
    const bool figures = m_doc->hasFigures() && m_doc->outcome().cells.size() == amounts.size();
    if (isTotal(index)) {
        // Row totals (last column), column totals (last row), the grand total (corner).
        double sum = 0, spend = 0, unspent = 0;
        for (int i = 0; i < m.cellCount(); ++i) {
            const CellIndex c = m.indexOf(i);
            const bool inRow = index.row() == m_rows - 1 || c.channel * m.tierCount() + c.tier == index.row();
            const bool inColumn = index.column() == m_columns - 1 || c.phase == index.column();
            if (inRow && inColumn) {
                sum += amounts[static_cast<size_t>(i)];
                spend += figures ? m_doc->outcome().cells[static_cast<size_t>(i)].spend : 0.0;
                unspent += m_doc->unspent(i);
            }
        }
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1\n%2").arg(amountText(sum), shareText(sum / budget))
                + (figures && unspent > 0.5 ? QLatin1Char('\n') + tr("unspent %1").arg(amountText(unspent))
                                            : QString());
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
        case Qt::ToolTipRole: {
            QString tip = index.row() == m_rows - 1 && index.column() == m_columns - 1
                ? tr("Total allocated: %1 of the budget %2").arg(amountText(sum), amountText(s.budget))
                : tr("Total: %1 (%2 of the budget)").arg(amountText(sum), shareText(sum / budget));
            if (figures) {
                tip += QLatin1Char('\n')
                    + tr("Spent on KOLs: %1; unspent: %2").arg(amountText(spend), amountText(unspent));
            }
            return tip;
        }
        default:
            return {};
        }
    }
    const int i = cellAt(index);
    const MatrixCell& cell = m.cell(m.indexOf(i));
    const double amount = amounts[static_cast<size_t>(i)];
    const double spend = figures ? m_doc->outcome().cells[static_cast<size_t>(i)].spend : amount;
    const double unspent = m_doc->unspent(i);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = QStringLiteral("%1\n%2").arg(amountText(amount), shareText(amount / budget));
        if (figures && amount > 0.5) {
            // Nothing more when the money is all spent: the colour says what it buys.
            if (spend <= 0.5) {
                text += QLatin1Char('\n') + tr("buys nothing");
            } else if (unspent > 0.5) {
                text += QLatin1Char('\n') + tr("unspent %1").arg(amountText(unspent));
            }
        }
        QString constraint = cellSummary(cell);
        if (!cell.note.empty()) {
            constraint
                = (constraint == QStringLiteral("·") ? QString() : constraint + QLatin1Char(' ')) + QStringLiteral("✎");
        }
        return constraint == QStringLiteral("·") ? text : text + QStringLiteral("\n") + constraint;
    }
    case Qt::EditRole:
        return amount;
    case Qt::ToolTipRole:
        return cellTip(i);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        if (!m_doc->issues(i).isEmpty()) {
            return QBrush(QColor(0xFA, 0xDB, 0xD8));
        }
        if (!cell.enabled) {
            return QBrush(QColor(0xEE, 0xEE, 0xEE));
        }
        if (figures && amount > 0.5 && spend <= 0.5) {
            return QBrush(QColor(0xFF, 0xF1, 0xC9)); // money that buys nothing: amber, not "funded"
        }
        if (spend > 0.5) {
            // A heat map of what the money buys: the cell's spend as a share of the budget, full
            // colour at 10% or more. Locked cells are tinted blue.
            const double heat = std::min(1.0, spend / budget / 0.1);
            return cell.locked ? QBrush(QColor::fromRgbF(1.0 - 0.3 * heat, 1.0 - 0.15 * heat, 1.0))
                               : QBrush(QColor::fromRgbF(1.0, 1.0 - 0.35 * heat, 1.0 - 0.7 * heat));
        }
        if (cell.locked) {
            return QBrush(QColor(0xDD, 0xEB, 0xF7));
        }
        return {};
    }
    case Qt::ForegroundRole:
        if (!cell.enabled) {
            return QBrush(QColor(0x88, 0x88, 0x88));
        }
        return figures && amount > 0.5 && spend <= 0.5 ? QVariant(QBrush(QColor(0x8A, 0x5A, 0x00))) : QVariant();
    default:
        return {};
    }
}

QString StrategyMatrixModel::cellTip(int i) const
{
    const Scenario& s = m_doc->scenario();
    const StrategyMatrix& m = s.matrix();
    const MatrixCell& cell = m.cell(m.indexOf(i));
    const double amount = m_doc->amounts()[static_cast<size_t>(i)];
    const double budget = s.budget > 0 ? s.budget : 1.0;
    QStringList lines{QStringLiteral("<b>%1</b>").arg(displayCellName(m, i).toHtmlEscaped())};
    lines << tr("Amount %1 (%2 of the budget)").arg(amountText(amount), shareText(amount / budget));
    if (m_doc->hasFigures() && i < static_cast<int>(m_doc->outcome().cells.size())) {
        const CellOutcome& co = m_doc->outcome().cells[static_cast<size_t>(i)];
        lines << tr("Spent on %n KOL(s): %1; unspent %2", nullptr, co.kols)
                     .arg(amountText(co.spend), amountText(m_doc->unspent(i)));
        if (co.rounding > 0.5) {
            lines << tr("%1 of the amount is the model's rounding of the KOLs' prices (at most %2 per KOL): it buys "
                        "nothing more")
                         .arg(amountText(co.rounding), amountText(m_doc->market()->curve(i).step()));
        }
        const double cheapest = m_doc->cheapestPrice(i);
        if (amount > 0.5 && co.spend <= 0.5) {
            lines << (std::isfinite(cheapest)
                          ? tr("Buys nothing: the cheapest KOL here costs %1").arg(amountText(cheapest))
                          : tr("Buys nothing: the catalog has no KOL for this cell"));
        } else if (m_doc->unspent(i) > 0.5) {
            lines << tr("Unspent: the next KOL that would add value does not fit in what is left");
        }
        lines << tr("Predicted effect %1 · reach %2 · engagements %3")
                     .arg(QLocale().toString(co.effect, 'f', 1), amountText(co.reach), amountText(co.engagements));
    }
    lines << cellTooltip(cell).toHtmlEscaped().split(QLatin1Char('\n'));
    for (const QString& issue : m_doc->issues(i)) {
        lines << QStringLiteral("<span style='color:#B00020'>⚠ %1</span>").arg(issue.toHtmlEscaped());
    }
    if (const QString why = whyNotEditable(indexOfCell(i)); !why.isEmpty()) {
        lines << QStringLiteral("<i>%1</i>").arg(why.toHtmlEscaped());
    }
    return QStringLiteral("<p style='white-space:pre'>%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

QString StrategyMatrixModel::whyNotEditable(const QModelIndex& index) const
{
    const int i = cellAt(index);
    if (i < 0) {
        return isTotal(index) ? tr("Totals are sums of the cells; type into a cell") : QString();
    }
    const StrategyMatrix& m = m_doc->scenario().matrix();
    const MatrixCell& cell = m.cell(m.indexOf(i));
    if (!cell.enabled) {
        return tr("%1 is disabled: enable it (Edit › Enable selected cells) to give it an amount")
            .arg(displayCellName(m, i));
    }
    if (cell.locked) {
        return tr("%1 is locked at %2: unlock it (Ctrl+Shift+L) to change its amount")
            .arg(displayCellName(m, i), amountText(*cell.locked));
    }
    if (m_doc->isReadOnly()) {
        return tr("A run is under way for this scenario: wait for it or cancel it (Esc)");
    }
    return {};
}

QString StrategyMatrixModel::setAmountText(const QModelIndex& index, const QString& text)
{
    if (const QString why = whyNotEditable(index); !why.isEmpty()) {
        return why;
    }
    const int cell = cellAt(index);
    if (cell < 0) {
        return tr("This is not a cell of the matrix");
    }
    double amount = 0;
    if (!text.trimmed().isEmpty()) {
        AmountRules rules;
        rules.percentOf = m_doc->scenario().budget;
        rules.maximum = m_doc->scenario().budget;
        const AmountReading r = readTypedAmount(text, rules);
        if (!r) {
            return amountProblem(r, text, rules);
        }
        amount = r.value;
    }
    if (!m_doc->setAmount(cell, amount)) {
        return m_doc->lastError().isEmpty() ? tr("the amount could not be set") : m_doc->lastError();
    }
    return {};
}

bool StrategyMatrixModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || cellAt(index) < 0) {
        return false;
    }
    if (value.typeId() == QMetaType::QString) {
        return setAmountText(index, value.toString()).isEmpty();
    }
    bool ok = false;
    const double amount = value.toDouble(&ok);
    return ok && whyNotEditable(index).isEmpty() && m_doc->setAmount(cellAt(index), amount);
}

QVariant StrategyMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const Scenario& s = m_doc->scenario();
    const StrategyMatrix& m = s.matrix();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns) {
            return {};
        }
        if (section == m_columns - 1) {
            return role == Qt::DisplayRole ? tr("Total") : tr("Each row's total over the phases");
        }
        const PhaseWindow& p = s.phases()[static_cast<size_t>(section)];
        if (role == Qt::ToolTipRole) {
            return tr("Phase %1: %2 to %3 (%n day(s))", nullptr,
                      static_cast<int>(p.end.toDays() - p.start.toDays() + 1))
                .arg(displayName(p.name), QString::fromStdString(p.start.toString()),
                     QString::fromStdString(p.end.toString()));
        }
        return QStringLiteral("%1\n%2 – %3")
            .arg(displayName(p.name), QString::fromStdString(p.start.toString()),
                 QString::fromStdString(p.end.toString()));
    }
    if (section < 0 || section >= m_rows) {
        return {};
    }
    if (section == m_rows - 1) {
        return role == Qt::DisplayRole ? tr("Total") : tr("Each phase's total over the channels and tiers");
    }
    const int channel = section / m.tierCount();
    const int tier = section % m.tierCount();
    const QString name = QStringLiteral("%1 · %2").arg(displayName(m.channels()[static_cast<size_t>(channel)]),
                                                       displayName(m.tiers()[static_cast<size_t>(tier)]));
    return role == Qt::DisplayRole ? name : tr("%1: one row per channel and KOL tier").arg(name);
}

Qt::ItemFlags StrategyMatrixModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return whyNotEditable(index).isEmpty() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                           : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace kol
