#pragma once

#include "core/base/Result.h"

#include <QTableView>

namespace kol {

class StrategyMatrixModel;

// The strategy matrix editor's view: type an amount into a cell; copy and paste rectangular
// ranges as tab-separated text (to and from spreadsheets); lock, unlock, enable, disable and
// bound the selected cells from the context menu or the keyboard. Every change is one undo step.
class MatrixView : public QTableView
{
    Q_OBJECT

public:
    explicit MatrixView(StrategyMatrixModel* model, QWidget* parent = nullptr);

    // The selected rectangle's amounts as tab-separated lines (totals included as shown).
    QString copyText() const;
    // Pastes tab-separated amounts with the current cell as the top-left corner. A value that is
    // not an amount, or a range that runs off the editable cells, changes nothing.
    Status pasteText(const QString& text);

    void lockSelected(bool lock);
    void enableSelected(bool enable);
    Status boundSelected(double minimum, std::optional<double> maximum);

Q_SIGNALS:
    // A message for the status bar (paste errors, what an action did).
    void message(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    std::vector<int> selectedCells() const;
    void askBounds();

    StrategyMatrixModel* m_model;
};

} // namespace kol
