// Typing, pasting and filling amounts in the strategy matrix: read like the command line reads
// them, refused with a message at the cell, never silently changed (the window issue's defects
// 1, 2 and 13: typed amounts, locked cells, Enter, Ctrl+Y, bounds).
#include "UiFixture.h"
#include "ui/AmountEntry.h"
#include "ui/MatrixCellText.h"
#include "ui/MatrixView.h"
#include "ui/PlanDocument.h"
#include "ui/StrategyMatrixModel.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace kol;

namespace {
struct Editor
{
    PlanDocument doc;
    StrategyMatrixModel model{&doc};
    MatrixView view{&model};

    Editor()
    {
        Scenario s = Scenario::makeDefault("Baseline", *Date::parse("2026-12-01"));
        s.budget = 1000000;
        s.matrix().cell(*s.matrix().find("Douyin", "Launch", "Head")).locked = 200000;
        s.matrix().cell(*s.matrix().find("Weibo", "Sustain", "Tail")).enabled = false;
        PlanDocument::State state;
        state.scenario = s;
        state.amounts.assign(static_cast<size_t>(s.matrix().cellCount()), 0.0);
        state.amounts[static_cast<size_t>(s.matrix().flatIndex(*s.matrix().find("Douyin", "Launch", "Head")))] = 200000;
        state.method = QStringLiteral("manual");
        doc.reset(state, nullptr, nullptr);
        view.resize(900, 700);
        view.show();
    }
    int cell(const char* channel, const char* phase, const char* tier) const
    {
        const Scenario& s = doc.state().scenario;
        return s.matrix().flatIndex(*s.matrix().find(channel, phase, tier));
    }
    double amount(int c) const { return doc.amounts()[static_cast<size_t>(c)]; }
    QModelIndex at(int c) const { return model.indexOfCell(c); }
};
} // namespace

TEST(MatrixEntry, TypedAmountsAreReadLikeTheCommandLine)
{
    Editor e;
    const int c = e.cell("Xiaohongshu", "Warm-up", "Mid");
    const std::pair<const char*, double> typed[] = {
        {"40k", 40000}, {"1.5m", 0}, {"4万", 40000}, {"125,000", 125000}, {"12%", 120000}, {"¥7,500", 7500}, {"", 0},
    };
    for (const auto& [text, value] : typed) {
        if (std::string(text) == "1.5m") {
            continue; // over this budget: below
        }
        ASSERT_TRUE(e.view.commitText(e.at(c), QString::fromUtf8(text))) << text;
        EXPECT_DOUBLE_EQ(e.amount(c), value) << text;
    }
}

TEST(MatrixEntry, WhatIsNotAnAmountIsRefusedAtTheCellAndChangesNothing)
{
    Editor e;
    const int c = e.cell("Xiaohongshu", "Warm-up", "Mid");
    ASSERT_TRUE(e.view.commitText(e.at(c), QStringLiteral("50000")));
    const int steps = e.doc.undoStack()->count();
    const std::pair<const char*, const char*> refused[] = {
        {"-5000", "negative"},
        {"abc", "not an amount"},
        {"9,999,999,999,999", "more than the budget"},
        {"1.5m", "more than the budget"},
        {"1,2,3", "not an amount"},
    };
    for (const auto& [text, why] : refused) {
        EXPECT_FALSE(e.view.commitText(e.at(c), QString::fromUtf8(text))) << text;
        EXPECT_DOUBLE_EQ(e.amount(c), 50000) << text << " changed the amount";
        EXPECT_TRUE(e.view.refusalText().contains(QString::fromUtf8(why)))
            << text << ": " << e.view.refusalText().toStdString();
    }
    EXPECT_EQ(e.doc.undoStack()->count(), steps) << "a refused entry is no undo step";
}

TEST(MatrixEntry, TypingIntoACellGoesThroughTheEditorAndEnterMovesDown)
{
    Editor e;
    const int c = e.cell("Xiaohongshu", "Warm-up", "Mid");
    e.view.setFocus();
    e.view.setCurrentIndex(e.at(c));
    // The first key opens the editor with it (offscreen, the rest goes to the editor by hand).
    QTest::keyClick(&e.view, Qt::Key_4);
    ASSERT_TRUE(e.view.isEditing());
    auto* editor = e.view.viewport()->findChild<QLineEdit*>();
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(editor, QStringLiteral("0k"));
    EXPECT_EQ(editor->text(), QStringLiteral("40k"));
    QTest::keyClick(editor, Qt::Key_Return);
    ASSERT_TRUE(kol::test::waitFor([&] { return e.amount(c) == 40000; }, 2000)) << e.amount(c);
    EXPECT_EQ(e.view.currentIndex().row(), e.at(c).row() + 1) << "Enter moves down, as in a spreadsheet";
    EXPECT_EQ(e.view.currentIndex().column(), e.at(c).column());
    // A bad entry through the editor: the amount stays and the reason shows at the cell.
    const QModelIndex below = e.view.currentIndex();
    const double before = below.data(Qt::EditRole).toDouble();
    QTest::keyClick(&e.view, Qt::Key_Minus);
    ASSERT_NE(e.view.viewport()->findChild<QLineEdit*>(), nullptr);
    QTest::keyClicks(e.view.viewport()->findChild<QLineEdit*>(), QStringLiteral("5000"));
    QTest::keyClick(e.view.viewport()->findChild<QLineEdit*>(), Qt::Key_Return);
    QTest::qWait(50);
    EXPECT_DOUBLE_EQ(below.data(Qt::EditRole).toDouble(), before);
    EXPECT_TRUE(e.view.refusalText().contains(QStringLiteral("negative"))) << e.view.refusalText().toStdString();
}

TEST(MatrixEntry, ALockedOrDisabledCellRefusesTypingPasteAndFill)
{
    Editor e;
    const int locked = e.cell("Douyin", "Launch", "Head");
    const int off = e.cell("Weibo", "Sustain", "Tail");
    EXPECT_FALSE(e.model.flags(e.at(locked)) & Qt::ItemIsEditable);
    e.view.setFocus();
    e.view.setCurrentIndex(e.at(locked));
    QTest::keyClicks(&e.view, QStringLiteral("5"));
    EXPECT_FALSE(e.view.isEditing()) << "no editor opens on a locked cell";
    EXPECT_TRUE(e.view.refusalText().contains(QStringLiteral("locked"))) << e.view.refusalText().toStdString();
    EXPECT_DOUBLE_EQ(e.amount(locked), 200000);
    EXPECT_FALSE(e.model.setData(e.at(locked), 5000.0));
    EXPECT_FALSE(e.doc.setAmount(locked, 5000)) << "the document refuses it too";
    EXPECT_TRUE(e.doc.lastError().contains(QStringLiteral("locked")));
    EXPECT_TRUE(e.doc.setAmount(locked, 200000)) << "its own lock is fine";
    // Paste over it: nothing pasted.
    e.view.setCurrentIndex(e.at(locked));
    const Status paste = e.view.pasteText(QStringLiteral("1000\n"));
    EXPECT_FALSE(paste);
    EXPECT_NE(paste.message().find("locked"), std::string::npos) << paste.message();
    EXPECT_DOUBLE_EQ(e.amount(locked), 200000);
    // A disabled cell takes no money either.
    EXPECT_FALSE(e.model.setAmountText(e.at(off), QStringLiteral("1000")).isEmpty());
    EXPECT_DOUBLE_EQ(e.amount(off), 0);
    // Delete clears the cells that can be cleared and leaves the lock.
    e.view.setCurrentIndex(e.at(locked));
    QTest::keyClick(&e.view, Qt::Key_Delete);
    EXPECT_DOUBLE_EQ(e.amount(locked), 200000);
}

TEST(MatrixEntry, PasteReadsAmountsAndFillDownCopiesTheTopCell)
{
    Editor e;
    const int top = e.cell("Xiaohongshu", "Warm-up", "Head");
    e.view.setCurrentIndex(e.at(top));
    ASSERT_TRUE(e.view.pasteText(QStringLiteral("40k\n1,500\n2万\n")));
    EXPECT_DOUBLE_EQ(e.amount(top), 40000);
    EXPECT_DOUBLE_EQ(e.amount(e.cell("Xiaohongshu", "Warm-up", "Mid")), 1500);
    EXPECT_DOUBLE_EQ(e.amount(e.cell("Xiaohongshu", "Warm-up", "Tail")), 20000);
    const Status bad = e.view.pasteText(QStringLiteral("10\t-3\n"));
    EXPECT_FALSE(bad);
    EXPECT_NE(bad.message().find("negative"), std::string::npos) << bad.message();
    EXPECT_DOUBLE_EQ(e.amount(top), 40000) << "a bad paste changes nothing";
    // Fill down: the top cell's amount into the two below, one undo step.
    e.view.selectionModel()->select(QItemSelection(e.at(top), e.at(e.cell("Xiaohongshu", "Warm-up", "Tail"))),
                                    QItemSelectionModel::ClearAndSelect);
    const int steps = e.doc.undoStack()->count();
    QTest::keyClick(&e.view, Qt::Key_D, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(e.amount(e.cell("Xiaohongshu", "Warm-up", "Mid")), 40000);
    EXPECT_DOUBLE_EQ(e.amount(e.cell("Xiaohongshu", "Warm-up", "Tail")), 40000);
    EXPECT_EQ(e.doc.undoStack()->count(), steps + 1);
}

TEST(MatrixEntry, BoundsWithTheMinimumAboveTheMaximumAreRefusedInTheDialog)
{
    Editor e;
    const int c = e.cell("Xiaohongshu", "Warm-up", "Mid");
    e.view.setCurrentIndex(e.at(c));
    QString error;
    bool stayedOpen = false;
    QTimer::singleShot(100, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QLineEdit*>(QStringLiteral("minimum"))->setText(QStringLiteral("90k"));
        dialog->findChild<QLineEdit*>(QStringLiteral("maximum"))->setText(QStringLiteral("50k"));
        for (QPushButton* b : dialog->findChildren<QPushButton*>()) {
            if (b->text().contains(QStringLiteral("OK"))) {
                b->click();
            }
        }
        error = dialog->findChild<QLabel*>(QStringLiteral("error"))->text();
        stayedOpen = dialog->isVisible();
        dialog->reject();
    });
    e.view.askBounds();
    EXPECT_TRUE(stayedOpen) << "the dialog stays open with the reason";
    EXPECT_TRUE(error.contains(QStringLiteral("above the maximum"))) << error.toStdString();
    const StrategyMatrix& m = e.doc.scenario().matrix();
    EXPECT_EQ(m.cell(m.indexOf(c)).minAmount, 0) << "nothing changed";
}

TEST(AmountSpinBox, ReadsTheBudgetAsTypedAndSaysWhyItRefuses)
{
    AmountSpinBox box;
    QString refused;
    QObject::connect(&box, &AmountSpinBox::refused, [&](const QString& why) { refused = why; });
    box.setValue(1000000);
    box.show();
    box.setFocus();
    box.selectAll();
    QTest::keyClicks(&box, QStringLiteral("2.5m"));
    QTest::keyClick(&box, Qt::Key_Return);
    EXPECT_DOUBLE_EQ(box.value(), 2500000);
    EXPECT_EQ(box.text(), amountText(2500000));
    box.selectAll();
    QTest::keyClicks(&box, QStringLiteral("abc"));
    QTest::keyClick(&box, Qt::Key_Return);
    EXPECT_DOUBLE_EQ(box.value(), 2500000) << "not silently changed";
    EXPECT_TRUE(refused.contains(QStringLiteral("not an amount"))) << refused.toStdString();
    refused.clear();
    box.selectAll();
    QTest::keyClicks(&box, QStringLiteral("9,999,999,999,999"));
    QTest::keyClick(&box, Qt::Key_Return);
    EXPECT_DOUBLE_EQ(box.value(), 2500000) << "not clamped to the maximum";
    EXPECT_TRUE(refused.contains(QStringLiteral("more than"))) << refused.toStdString();
    box.setEmpty();
    EXPECT_EQ(box.text(), QStringLiteral("—")) << "no budget shows as a dash, not 1";
}

TEST(MatrixEntry, ANoteOnLockedCellsIsOneUndoStepAndShowsInTheTooltip)
{
    Editor e;
    const int locked = e.cell("Douyin", "Launch", "Head");
    const int other = e.cell("Douyin", "Launch", "Mid");
    e.view.selectionModel()->select(QItemSelection(e.at(locked), e.at(other)), QItemSelectionModel::ClearAndSelect);
    const int steps = e.doc.undoStack()->count();
    ASSERT_TRUE(e.view.noteSelected(QStringLiteral("  contract signed 11-28, 合同  ")));
    EXPECT_EQ(e.doc.undoStack()->count(), steps + 1);
    const StrategyMatrix& m = e.doc.state().scenario.matrix();
    EXPECT_EQ(m.cell(m.indexOf(locked)).note, "contract signed 11-28, 合同") << "a locked cell takes a note";
    EXPECT_EQ(m.cell(m.indexOf(other)).note, "contract signed 11-28, 合同");
    EXPECT_DOUBLE_EQ(e.amount(locked), 200000) << "a note leaves the amount alone";
    EXPECT_TRUE(e.model.data(e.at(locked), Qt::ToolTipRole).toString().contains(QStringLiteral("contract signed")));
    EXPECT_TRUE(e.model.data(e.at(locked), Qt::DisplayRole).toString().contains(QStringLiteral("✎")));
    const Status tooLong = e.view.noteSelected(QString(1001, QLatin1Char('x')));
    EXPECT_FALSE(tooLong);
    EXPECT_EQ(e.doc.undoStack()->count(), steps + 1) << "a refused note adds no step";
    e.doc.undoStack()->undo();
    EXPECT_TRUE(e.doc.state().scenario.matrix().cell(m.indexOf(locked)).note.empty());
}
