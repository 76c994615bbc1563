#include "MatrixView.h"

#include "AmountEntry.h"
#include "MatrixCellText.h"
#include "PlanDocument.h"
#include "StrategyMatrixModel.h"
#include "report/DisplayNames.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QTimer>
#include <cmath>
#include <set>

namespace kol {

namespace {
// Edits a cell's amount as plain text; the view reads it with the product's amount reader.
class AmountDelegate : public QStyledItemDelegate
{
public:
    explicit AmountDelegate(MatrixView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* edit = new QLineEdit(parent);
        edit->setFrame(false);
        edit->setAlignment(Qt::AlignCenter);
        return edit;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* edit = static_cast<QLineEdit*>(editor);
        edit->setText(amountText(index.data(Qt::EditRole).toDouble()));
        edit->selectAll();
    }
    void setModelData(QWidget* editor, QAbstractItemModel*, const QModelIndex& index) const override
    {
        m_view->commitText(index, static_cast<QLineEdit*>(editor)->text());
    }

private:
    MatrixView* m_view;
};
} // namespace

MatrixView::MatrixView(StrategyMatrixModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
    , m_refusal(new QLabel(viewport()))
    , m_refusalTimer(new QTimer(this))
{
    setModel(model);
    setItemDelegate(new AmountDelegate(this));
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setWordWrap(true);
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("QLabel { background: #fff4f4; color: #8b0015; border: 1px solid #d9534f;"
                                            " border-radius: 3px; padding: 4px 6px; }"));
    m_refusal->hide();
    m_refusalTimer->setSingleShot(true);
    m_refusalTimer->setInterval(8000);
    connect(m_refusalTimer, &QTimer::timeout, m_refusal, &QLabel::hide);
    // A note about what was refused goes once the plan changes (an edit, an allocation, undo).
    connect(model, &QAbstractItemModel::modelReset, m_refusal, &QLabel::hide);
    connect(model, &QAbstractItemModel::dataChanged, m_refusal, &QLabel::hide);
}

bool MatrixView::commitText(const QModelIndex& index, const QString& text)
{
    const QString why = m_model->setAmountText(index, text);
    if (why.isEmpty()) {
        m_refusal->hide();
        return true;
    }
    showRefusal(index, tr("Not changed: %1").arg(why));
    return false;
}

void MatrixView::showRefusal(const QModelIndex& index, const QString& text)
{
    const QRect cell = visualRect(index);
    m_refusal->setText(text);
    const int width = std::min(std::max(260, cell.width() * 2), std::max(200, viewport()->width() - 8));
    m_refusal->setFixedWidth(width);
    m_refusal->adjustSize();
    // Under the cell, kept inside the viewport (above the cell where there is no room below).
    int x = std::clamp(cell.left(), 4, std::max(4, viewport()->width() - width - 4));
    int y = cell.bottom() + 2;
    if (y + m_refusal->height() > viewport()->height()) {
        y = std::max(0, cell.top() - m_refusal->height() - 2);
    }
    m_refusal->move(x, y);
    m_refusal->show();
    m_refusal->raise();
    m_refusalTimer->start();
    Q_EMIT message(text);
}

QString MatrixView::refusalText() const
{
    return m_refusal->isVisible() ? m_refusal->text() : QString();
}

void MatrixView::moveDown()
{
    const QModelIndex below = m_model->index(currentIndex().row() + 1, currentIndex().column());
    if (below.isValid() && !m_model->isTotal(below)) {
        setCurrentIndex(below);
    }
}

void MatrixView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        moveDown(); // Enter commits and moves down, as in a spreadsheet
    }
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
    AmountRules rules;
    rules.percentOf = m_model->document()->scenario().budget;
    rules.maximum = m_model->document()->scenario().budget;
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
            if (const QString why = m_model->whyNotEditable(target); !why.isEmpty()) {
                return Status::failure(why.toStdString());
            }
            const AmountReading v = fields[c].trimmed().isEmpty() ? AmountReading{} : readTypedAmount(fields[c], rules);
            if (!v) {
                return Status::failure(tr("pasted row %1, column %2: %3")
                                           .arg(r + 1)
                                           .arg(c + 1)
                                           .arg(amountProblem(v, fields[c], rules))
                                           .toStdString());
            }
            edits.emplace_back(cell, v.value);
        }
    }
    if (!m_model->document()->setAmounts(edits, tr("Paste %n cell(s)", nullptr, static_cast<int>(edits.size())))) {
        return Status::failure(m_model->document()->lastError().toStdString());
    }
    return Status::success();
}

Status MatrixView::fillDown()
{
    std::map<int, std::vector<int>> rowsByColumn; // column -> selected rows, top first
    for (const QModelIndex& i : selectionModel()->selectedIndexes()) {
        if (m_model->cellAt(i) >= 0) {
            rowsByColumn[i.column()].push_back(i.row());
        }
    }
    std::vector<std::pair<int, double>> edits;
    for (auto& [column, rows] : rowsByColumn) {
        std::sort(rows.begin(), rows.end());
        const double top = m_model->index(rows.front(), column).data(Qt::EditRole).toDouble();
        for (size_t k = 1; k < rows.size(); ++k) {
            const QModelIndex target = m_model->index(rows[k], column);
            if (const QString why = m_model->whyNotEditable(target); !why.isEmpty()) {
                return Status::failure(why.toStdString());
            }
            edits.emplace_back(m_model->cellAt(target), top);
        }
    }
    if (edits.empty()) {
        return Status::failure(tr("select a cell and the cells below it to fill").toStdString());
    }
    if (!m_model->document()->setAmounts(edits, tr("Fill down %n cell(s)", nullptr, static_cast<int>(edits.size())))) {
        return Status::failure(m_model->document()->lastError().toStdString());
    }
    return Status::success();
}

void MatrixView::lockSelected(bool lock)
{
    PlanDocument* doc = m_model->document();
    Scenario s = doc->scenario();
    for (int cell : selectedCells()) {
        MatrixCell& c = s.matrix().cell(s.matrix().indexOf(cell));
        if (c.enabled) {
            c.locked = lock ? std::optional<double>(doc->amounts()[static_cast<size_t>(cell)]) : std::nullopt;
        }
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
    if (!doc->setScenario(s, tr("Set bounds"))) {
        return Status::failure(doc->lastError().toStdString());
    }
    return Status::success();
}

Status MatrixView::noteSelected(const QString& note)
{
    const std::string text = note.trimmed().toStdString();
    if (text.size() > kMaxCellNote) {
        return Status::failure(tr("a note holds at most %1 bytes of text").arg(kMaxCellNote).toStdString());
    }
    PlanDocument* doc = m_model->document();
    Scenario s = doc->scenario();
    for (int cell : selectedCells()) {
        s.matrix().cell(s.matrix().indexOf(cell)).note = text;
    }
    if (!doc->setScenario(s, text.empty() ? tr("Remove notes") : tr("Note on cells"))) {
        return Status::failure(doc->lastError().toStdString());
    }
    return Status::success();
}

void MatrixView::askNote()
{
    const std::vector<int> cells = selectedCells();
    if (cells.empty()) {
        return;
    }
    const StrategyMatrix& m = m_model->document()->scenario().matrix();
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Note on %1")
                              .arg(cells.size() == 1 ? displayCellName(m, cells.front())
                                                     : tr("%n cell(s)", nullptr, static_cast<int>(cells.size()))));
    dialog.setLabelText(tr("What to remember about this cell (empty: no note)"));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(QString::fromStdString(m.cell(m.indexOf(cells.front())).note));
    dialog.setMinimumWidth(460);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (const Status s = noteSelected(dialog.textValue()); !s) {
        showRefusal(currentIndex(), tr("Note not changed: %1").arg(QString::fromStdString(s.message())));
    }
}

void MatrixView::askBounds()
{
    const std::vector<int> cells = selectedCells();
    if (cells.empty()) {
        return;
    }
    const StrategyMatrix& m = m_model->document()->scenario().matrix();
    const MatrixCell& first = m.cell(m.indexOf(cells.front()));
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Bounds of %n cell(s)", nullptr, static_cast<int>(cells.size())));
    dialog.setMinimumWidth(380);
    auto* form = new QFormLayout(&dialog);
    auto* what = new QLabel(cells.size() == 1 ? displayCellName(m, cells.front())
                                              : tr("%n selected cells", nullptr, static_cast<int>(cells.size())),
                            &dialog);
    auto* minimum = new QLineEdit(amountText(first.minAmount), &dialog);
    auto* maximum = new QLineEdit(first.maxAmount ? amountText(*first.maxAmount) : QString(), &dialog);
    minimum->setObjectName(QStringLiteral("minimum"));
    maximum->setObjectName(QStringLiteral("maximum"));
    maximum->setPlaceholderText(tr("no maximum"));
    auto* error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("error"));
    error->setStyleSheet(QStringLiteral("color: #b00020"));
    error->setWordWrap(true);
    form->addRow(what);
    form->addRow(tr("Minimum"), minimum);
    form->addRow(tr("Maximum"), maximum);
    form->addRow(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    AmountRules rules;
    rules.percentOf = m_model->document()->scenario().budget;
    // The dialog stays open until the bounds are valid; the reason shows in it.
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const AmountReading lo
            = minimum->text().trimmed().isEmpty() ? AmountReading{} : readTypedAmount(minimum->text(), rules);
        const bool noMaximum = maximum->text().trimmed().isEmpty();
        const AmountReading hi = noMaximum ? AmountReading{} : readTypedAmount(maximum->text(), rules);
        QString problem;
        if (!lo) {
            problem = tr("Minimum: %1").arg(amountProblem(lo, minimum->text(), rules));
        } else if (!hi) {
            problem = tr("Maximum: %1").arg(amountProblem(hi, maximum->text(), rules));
        } else if (!noMaximum && hi.value < lo.value) {
            problem = tr("The minimum (%1) is above the maximum (%2)").arg(amountText(lo.value), amountText(hi.value));
        } else if (const Status st
                   = boundSelected(lo.value, noMaximum ? std::nullopt : std::optional<double>(hi.value));
                   !st) {
            problem = QString::fromStdString(st.message());
        }
        if (problem.isEmpty()) {
            dialog.accept();
        } else {
            error->setText(problem);
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.exec();
}

void MatrixView::mousePressEvent(QMouseEvent* event)
{
    m_refusal->hide();
    QTableView::mousePressEvent(event);
}

void MatrixView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Shift && event->key() != Qt::Key_Control) {
        m_refusal->hide();
    }
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(copyText());
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        if (const Status s = pasteText(QApplication::clipboard()->text()); !s) {
            showRefusal(currentIndex(), tr("Nothing pasted: %1").arg(QString::fromStdString(s.message())));
        }
        return;
    }
    if (event->key() == Qt::Key_D && event->modifiers() == Qt::ControlModifier) {
        if (const Status s = fillDown(); !s) {
            showRefusal(currentIndex(), tr("Nothing filled: %1").arg(QString::fromStdString(s.message())));
        }
        return;
    }
    if (state() != QAbstractItemView::EditingState) {
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            std::vector<std::pair<int, double>> edits;
            for (int cell : selectedCells()) {
                if (m_model->whyNotEditable(m_model->indexOfCell(cell)).isEmpty()) {
                    edits.emplace_back(cell, 0.0);
                }
            }
            if (!edits.empty()) {
                m_model->document()->setAmounts(edits, tr("Clear cells"));
            } else if (const QString why = m_model->whyNotEditable(currentIndex()); !why.isEmpty()) {
                showRefusal(currentIndex(), why);
            }
            return;
        }
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            moveDown();
            return;
        }
        // Typing into a cell that cannot take an amount says why instead of doing nothing.
        const QString typed = event->text();
        if (!typed.isEmpty() && typed.at(0).isPrint() && !(event->modifiers() & Qt::ControlModifier)) {
            if (const QString why = m_model->whyNotEditable(currentIndex()); !why.isEmpty()) {
                showRefusal(currentIndex(), why);
                return;
            }
        }
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
    menu.addAction(tr("Note…"), this, &MatrixView::askNote);
    menu.addSeparator();
    menu.addAction(tr("Copy"), this, [this] { QApplication::clipboard()->setText(copyText()); });
    menu.addAction(tr("Paste"), this, [this] {
        if (const Status st = pasteText(QApplication::clipboard()->text()); !st) {
            showRefusal(currentIndex(), tr("Nothing pasted: %1").arg(QString::fromStdString(st.message())));
        }
    });
    menu.addAction(tr("Fill down"), this, [this] {
        if (const Status st = fillDown(); !st) {
            showRefusal(currentIndex(), tr("Nothing filled: %1").arg(QString::fromStdString(st.message())));
        }
    });
    menu.exec(event->globalPos());
}

} // namespace kol
