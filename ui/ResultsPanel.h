#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace kol {

class BarChart;
class LineChart;
class PlanDocument;
class SavingsPanel;

// What the plan buys: allocation by channel, phase and tier against the template, predicted
// reach and engagements by channel and phase; beside them, the savings picture (SavingsPanel);
// and for the selected cell the KOL combination (KOL, followers,
// price, predicted reach, score) and the cell's value curve with the chosen amount marked.
class ResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPanel(PlanDocument* document, QWidget* parent = nullptr);

    void setCell(int cell);
    int cell() const { return m_cell; }
    QTableWidget* kolTable() const { return m_kols; }
    BarChart* channelChart() const { return m_byChannel; }
    BarChart* engagementChart() const { return m_engagements; }
    LineChart* curveChart() const { return m_curve; }
    SavingsPanel* savingsPanel() const { return m_savings; }
    // "Allocation and reach" (0) and "Savings" (1).
    QTabWidget* views() const { return m_views; }

private:
    void refresh();
    void refreshCell();

    PlanDocument* m_doc;
    BarChart* m_byChannel;
    BarChart* m_byPhase;
    BarChart* m_byTier;
    BarChart* m_reach;
    BarChart* m_engagements;
    QLabel* m_cellTitle;
    QTableWidget* m_kols;
    LineChart* m_curve;
    SavingsPanel* m_savings;
    QTabWidget* m_views;
    int m_curveSeries = -1, m_chosenSeries = -1;
    int m_cell = 0;
};

} // namespace kol
