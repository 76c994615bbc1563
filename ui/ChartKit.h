#pragma once

// The one place that talks to Qt Charts: small line and bar charts the panels fill with numbers.
#include <QString>
#include <QStringList>
#include <QWidget>
#include <utility>
#include <vector>

class QAreaSeries;
class QChart;
class QChartView;
class QColor;
class QLineSeries;
class QPointF;

namespace kol {

// Axes every chart shares: ticks at round numbers, a value axis that starts at 0 for data that
// is never negative, labels and titles never cut short, and values on hover.
//
// A line chart of named series; points are buffered and drawn on refresh(). Hovering a line
// shows the point's values.
class LineChart : public QWidget
{
    Q_OBJECT

public:
    explicit LineChart(const QString& title, const QString& xTitle, const QString& yTitle, QWidget* parent = nullptr);
    int addSeries(const QString& name);
    // The series' line: colour, style (dashed for markers) and width in pixels.
    void setPen(int series, const QColor& color, Qt::PenStyle style = Qt::SolidLine, double width = 2);
    // A shaded band between `lower` and `upper` (same x values), drawn behind the lines (not in
    // the legend; `name` shows on hover); its colour is `color` made translucent. Counts in the axes.
    void addBand(const QString& name, const std::vector<QPointF>& lower, const std::vector<QPointF>& upper,
                 const QColor& color);
    // Shows or hides a series in the legend (markers that the text around the chart explains).
    void setInLegend(int series, bool shown);
    // Removes every series and band (a chart whose set of series changes).
    void removeAll();
    int bandCount() const { return static_cast<int>(m_bands.size()); }
    void append(int series, double x, double y);
    void clear();
    // Draws what was appended since the last refresh and rescales the axes.
    void refresh();
    int pointCount(int series) const;
    int seriesCount() const { return static_cast<int>(m_series.size()); }
    // The series' name; empty for a series the chart does not have.
    QString seriesName(int series) const;
    QChart* chart() const { return m_chart; }
    // The value axis' range after the last refresh().
    std::pair<double, double> valueRange() const;
    // What hovering at `point` of `series` shows (tests; the tooltip uses it).
    QString hoverText(int series, const QPointF& point) const;

private:
    QChart* m_chart;
    QChartView* m_view;
    QString m_xTitle, m_yTitle;
    std::vector<QLineSeries*> m_series;
    std::vector<std::vector<QPointF>> m_pending;
    std::vector<QAreaSeries*> m_bands;
};

// A grouped bar chart: one set per series, one bar group per category. Hovering a bar shows its
// series, category and value.
class BarChart : public QWidget
{
    Q_OBJECT

public:
    explicit BarChart(const QString& title, QWidget* parent = nullptr);
    void setData(const QStringList& categories, const QStringList& series,
                 const std::vector<std::vector<double>>& values, const QString& valueTitle);
    QChart* chart() const { return m_chart; }
    std::pair<double, double> valueRange() const;
    QString hoverText(int series, int category) const;
    // The category of the bar at `barIndex` as the series orders them (horizontal charts list
    // their categories bottom up).
    int categoryAt(int barIndex) const;

private:
    QChart* m_chart;
    QStringList m_categories, m_seriesNames;
    std::vector<std::vector<double>> m_values;
    QString m_valueTitle;
    QChartView* m_view;
};

} // namespace kol
