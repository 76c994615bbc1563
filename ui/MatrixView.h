#pragma once

#include "core/base/Result.h"

#include <QTableView>

class QLabel;
class QTimer;

namespace kol {

class StrategyMatrixModel;

// The strategy matrix editor's view, close to a spreadsheet: type an amount into a cell ("40k",
// "1,500,000", "12%" of the budget), Enter moves down; copy and paste rectangular ranges as
// tab-separated text (to and from spreadsheets); fill down (Ctrl+D); lock, unlock, enable,
// disable and bound the selected cells from the context menu or the keyboard. Every change is
// one undo step. What is refused (text that is not an amount, a locked cell) is said in a
// message at the cell, never silently changed.
class MatrixView : public QTableView
{
    Q_OBJECT

public:
    explicit MatrixView(StrategyMatrixModel* model, QWidget* parent = nullptr);

    // The selected rectangle's amounts as tab-separated lines (totals included as shown).
    QString copyText() const;
    // Pastes tab-separated amounts with the current cell as the top-left corner. A value that is
    // not an amount, a locked or disabled cell, or a range that runs off the editable cells
    // changes nothing.
    Status pasteText(const QString& text);
    // Copies the top selected cell's amount of each column into the selected cells below it.
    Status fillDown();

    void lockSelected(bool lock);
    void enableSelected(bool enable);
    Status boundSelected(double minimum, std::optional<double> maximum);
    // Sets the note of the selected cells (empty: none), one undo step; fails on a note too long.
    Status noteSelected(const QString& note);
    // The note dialog for the selection.
    void askNote();
    // The bounds dialog for the selection; it stays open with the reason until the bounds are valid.
    void askBounds();

    // Sets the amount typed into `index` or shows why not at the cell; true when it was set.
    bool commitText(const QModelIndex& index, const QString& text);
    // Shows `text` in a note at the cell (and in the status bar) until the next key or click.
    void showRefusal(const QModelIndex& index, const QString& text);
    // The note at the cell while it shows; empty when none does.
    QString refusalText() const;
    // Whether a cell's editor is open.
    bool isEditing() const { return state() == QAbstractItemView::EditingState; }

Q_SIGNALS:
    // A message for the status bar (paste errors, what an action did).
    void message(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    std::vector<int> selectedCells() const;
    void moveDown();

    StrategyMatrixModel* m_model;
    QLabel* m_refusal;
    QTimer* m_refusalTimer;
};

} // namespace kol
