#include "MatrixView.h"

#include "MatrixCellText.h"
#include "PlanDocument.h"
#include "StrategyMatrixModel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStyledItemDelegate>
#include <cmath>
#include <set>

namespace kol {

namespace {
// Amounts in the locale's format or plain ("1,200,000", "1200000", "1.2e6"); spaces ignored.
std::optional<double> parseAmount(QString text)
{
    text = text.trimmed().remove(QLatin1Char(' ')).remove(QChar(0x00A0));
    if (text.isEmpty()) {
        return 0.0;
    }
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok) {
        v = QLocale::c().toDouble(QString(text).remove(QLatin1Char(',')), &ok);
    }
    if (!ok || !std::isfinite(v) || v < 0) {
        return std::nullopt;
    }
    return v;
}

class AmountDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* edit = new QLineEdit(parent);
        auto* validator = new QDoubleValidator(0, 1e13, 2, edit);
        validator->setNotation(QDoubleValidator::StandardNotation);
        edit->setValidator(validator);
        return edit;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        static_cast<QLineEdit*>(editor)->setText(
            QLocale().toString(index.data(Qt::EditRole).toDouble(), 'f', 0).remove(QLocale().groupSeparator()));
        static_cast<QLineEdit*>(editor)->selectAll();
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto v = parseAmount(static_cast<QLineEdit*>(editor)->text())) {
            model->setData(index, *v);
        }
    }
};
} // namespace

MatrixView::MatrixView(StrategyMatrixModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
{
    setModel(model);
    setItemDelegate(new AmountDelegate(this));
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setWordWrap(true);
}

std::vector<int> MatrixView::selectedCells() const
{
    std::set<int> cells;
    for (const QModelIndex& i : selectionModel()->selectedIndexes()) {
        if (const int c = m_model->cellAt(i); c >= 0) {
            cells.insert(c);
        }
    }
    if (cells.empty() && m_model->cellAt(currentIndex()) >= 0) {
        cells.insert(m_model->cellAt(currentIndex()));
    }
    return {cells.begin(), cells.end()};
}

QString MatrixView::copyText() const
{
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty()) {
        return {};
    }
    int top = selected.front().row(), bottom = top, left = selected.front().column(), right = left;
    for (const QModelIndex& i : selected) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList fields;
        for (int c = left; c <= right; ++c) {
            fields << QString::number(m_model->index(r, c).data(Qt::EditRole).toDouble(), 'f', 2);
        }
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Status MatrixView::pasteText(const QString& text)
{
    const QModelIndex start = currentIndex().isValid() ? currentIndex() : m_model->index(0, 0);
    QStringList lines = QString(text).remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.back().isEmpty()) {
        lines.removeLast();
    }
    if (lines.isEmpty()) {
        return Status::failure(tr("the clipboard holds no amounts").toStdString());
    }
    std::vector<std::pair<int, double>> edits;
    for (int r = 0; r < lines.size(); ++r) {
        const QStringList fields = lines[r].split(QLatin1Char('\t'));
        for (int c = 0; c < fields.size(); ++c) {
            const QModelIndex target = m_model->index(start.row() + r, start.column() + c);
            const int cell = m_model->cellAt(target);
            if (cell < 0) {
                return Status::failure(tr("the pasted range (%1 × %2) runs past the matrix's cells")
                                           .arg(lines.size())
                                           .arg(fields.size())
                                           .toStdString());
            }
            const auto v = parseAmount(fields[c]);
            if (!v) {
                return Status::failure(tr("pasted row %1, column %2: '%3' is not an amount")
                                           .arg(r + 1)
                                           .arg(c + 1)
                                           .arg(fields[c])
                                           .toStdString());
            }
            edits.emplace_back(cell, *v);
        }
    }
    if (!m_model->document()->setAmounts(edits, tr("Paste %n cell(s)", nullptr, static_cast<int>(edits.size())))) {
        return Status::failure(tr("the amounts could not be pasted").toStdString());
    }
    return Status::success();
}

void MatrixView::lockSelected(bool lock)
{
    PlanDocument* doc = m_model->document();
    Scenario s = doc->scenario();
    for (int cell : selectedCells()) {
        MatrixCell& c = s.matrix().cell(s.matrix().indexOf(cell));
        c.locked = lock ? std::optional<double>(doc->amounts()[static_cast<size_t>(cell)]) : std::nullopt;
    }
    doc->setScenario(s, lock ? tr("Lock cells") : tr("Unlock cells"));
}

void MatrixView::enableSelected(bool enable)
{
    PlanDocument* doc = m_model->document();
    Scenario s = doc->scenario();
    for (int cell : selectedCells()) {
        MatrixCell& c = s.matrix().cell(s.matrix().indexOf(cell));
        c.enabled = enable;
        if (!enable) {
            c.locked.reset();
            c.minAmount = 0;
        }
    }
    doc->setScenario(s, enable ? tr("Enable cells") : tr("Disable cells"));
}

Status MatrixView::boundSelected(double minimum, std::optional<double> maximum)
{
    if (!std::isfinite(minimum) || minimum < 0 || (maximum && (!std::isfinite(*maximum) || *maximum < minimum))) {
        return Status::failure(tr("the minimum must be 0 or more and not above the maximum").toStdString());
    }
    PlanDocument* doc = m_model->document();
    Scenario s = doc->scenario();
    for (int cell : selectedCells()) {
        MatrixCell& c = s.matrix().cell(s.matrix().indexOf(cell));
        c.minAmount = minimum;
        c.maxAmount = maximum;
    }
    doc->setScenario(s, tr("Set bounds"));
    return Status::success();
}

void MatrixView::askBounds()
{
    const std::vector<int> cells = selectedCells();
    if (cells.empty()) {
        return;
    }
    const MatrixCell& first = m_model->document()->scenario().matrix().cell(
        m_model->document()->scenario().matrix().indexOf(cells.front()));
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Bounds of %n cell(s)", nullptr, static_cast<int>(cells.size())));
    auto* form = new QFormLayout(&dialog);
    auto* minimum = new QLineEdit(amountText(first.minAmount), &dialog);
    auto* maximum = new QLineEdit(first.maxAmount ? amountText(*first.maxAmount) : QString(), &dialog);
    maximum->setPlaceholderText(tr("no maximum"));
    form->addRow(tr("Minimum"), minimum);
    form->addRow(tr("Maximum"), maximum);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const auto lo = parseAmount(minimum->text());
    const auto hi = maximum->text().trimmed().isEmpty() ? std::optional<double>() : parseAmount(maximum->text());
    if (!lo || (!maximum->text().trimmed().isEmpty() && !hi)) {
        Q_EMIT message(tr("Bounds not changed: enter amounts (0 or more)"));
        return;
    }
    if (const Status s = boundSelected(*lo, hi); !s) {
        Q_EMIT message(tr("Bounds not changed: %1").arg(QString::fromStdString(s.message())));
    }
}

void MatrixView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(copyText());
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        if (const Status s = pasteText(QApplication::clipboard()->text()); !s) {
            Q_EMIT message(tr("Nothing pasted: %1").arg(QString::fromStdString(s.message())));
        }
        return;
    }
    if (event->key() == Qt::Key_Delete && state() != QAbstractItemView::EditingState) {
        std::vector<std::pair<int, double>> edits;
        for (int cell : selectedCells()) {
            edits.emplace_back(cell, 0.0);
        }
        if (!edits.empty()) {
            m_model->document()->setAmounts(edits, tr("Clear cells"));
        }
        return;
    }
    QTableView::keyPressEvent(event);
}

void MatrixView::contextMenuEvent(QContextMenuEvent* event)
{
    const std::vector<int> cells = selectedCells();
    if (cells.empty()) {
        return;
    }
    const Scenario& s = m_model->document()->scenario();
    const MatrixCell& first = s.matrix().cell(s.matrix().indexOf(cells.front()));
    QMenu menu(this);
    menu.addAction(first.locked ? tr("Unlock") : tr("Lock at the current amount"), this,
                   [this, lock = !first.locked] { lockSelected(lock); });
    menu.addAction(first.enabled ? tr("Disable") : tr("Enable"), this,
                   [this, enable = !first.enabled] { enableSelected(enable); });
    menu.addAction(tr("Bounds…"), this, &MatrixView::askBounds);
    menu.addSeparator();
    menu.addAction(tr("Copy"), this, [this] { QApplication::clipboard()->setText(copyText()); });
    menu.addAction(tr("Paste"), this, [this] {
        if (const Status st = pasteText(QApplication::clipboard()->text()); !st) {
            Q_EMIT message(tr("Nothing pasted: %1").arg(QString::fromStdString(st.message())));
        }
    });
    menu.exec(event->globalPos());
}

} // namespace kol
