#pragma once

// The one place that talks to Qt Charts: small line and bar charts the panels fill with numbers.
#include <QString>
#include <QStringList>
#include <QWidget>
#include <vector>

class QChart;
class QChartView;
class QLineSeries;

namespace kol {

// A line chart of named series; points are buffered and drawn on refresh().
class LineChart : public QWidget
{
    Q_OBJECT

public:
    explicit LineChart(const QString& title, const QString& xTitle, const QString& yTitle, QWidget* parent = nullptr);
    int addSeries(const QString& name);
    void append(int series, double x, double y);
    void clear();
    // Draws what was appended since the last refresh and rescales the axes.
    void refresh();
    int pointCount(int series) const;
    int seriesCount() const { return static_cast<int>(m_series.size()); }
    // The series' name; empty for a series the chart does not have.
    QString seriesName(int series) const;
    QChart* chart() const { return m_chart; }

private:
    QChart* m_chart;
    QChartView* m_view;
    std::vector<QLineSeries*> m_series;
    std::vector<std::vector<QPointF>> m_pending;
};

// A grouped bar chart: one set per series, one bar group per category.
class BarChart : public QWidget
{
    Q_OBJECT

public:
    explicit BarChart(const QString& title, QWidget* parent = nullptr);
    void setData(const QStringList& categories, const QStringList& series,
                 const std::vector<std::vector<double>>& values, const QString& valueTitle);
    QChart* chart() const { return m_chart; }

private:
    QChart* m_chart;
    QChartView* m_view;
};

} // namespace kol
