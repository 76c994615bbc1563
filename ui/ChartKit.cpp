#include "ChartKit.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPainter>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace kol {

LineChart::LineChart(const QString& title, const QString& xTitle, const QString& yTitle, QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    m_chart->setTitle(title);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    auto* x = new QValueAxis(m_chart);
    auto* y = new QValueAxis(m_chart);
    x->setTitleText(xTitle);
    y->setTitleText(yTitle);
    x->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    m_view->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

int LineChart::addSeries(const QString& name)
{
    auto* s = new QLineSeries(m_chart);
    s->setName(name);
    m_chart->addSeries(s);
    for (QAbstractAxis* axis : m_chart->axes()) {
        s->attachAxis(axis);
    }
    m_series.push_back(s);
    m_pending.emplace_back();
    return static_cast<int>(m_series.size()) - 1;
}

void LineChart::append(int series, double x, double y)
{
    if (series >= 0 && series < static_cast<int>(m_series.size()) && std::isfinite(x) && std::isfinite(y)) {
        m_pending[static_cast<size_t>(series)].emplace_back(x, y);
    }
}

void LineChart::clear()
{
    for (size_t i = 0; i < m_series.size(); ++i) {
        m_series[i]->clear();
        m_pending[i].clear();
    }
    refresh();
}

QString LineChart::seriesName(int series) const
{
    return series >= 0 && series < seriesCount() ? m_series[static_cast<size_t>(series)]->name() : QString();
}

int LineChart::pointCount(int series) const
{
    return static_cast<int>(m_series[static_cast<size_t>(series)]->count()
                            + m_pending[static_cast<size_t>(series)].size());
}

void LineChart::refresh()
{
    double x0 = 0, x1 = 1, y0 = 1e300, y1 = -1e300;
    for (size_t i = 0; i < m_series.size(); ++i) {
        if (!m_pending[i].empty()) {
            m_series[i]->append(QList<QPointF>(m_pending[i].begin(), m_pending[i].end()));
            m_pending[i].clear();
        }
        for (const QPointF& p : m_series[i]->points()) {
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
    }
    if (y0 > y1) {
        y0 = 0;
        y1 = 1;
    }
    const double pad = std::max(1e-9, (y1 - y0) * 0.08);
    const auto horizontal = m_chart->axes(Qt::Horizontal);
    const auto vertical = m_chart->axes(Qt::Vertical);
    if (!horizontal.isEmpty()) {
        horizontal.front()->setRange(x0, x1);
    }
    if (!vertical.isEmpty()) {
        vertical.front()->setRange(y0 - pad, y1 + pad);
    }
}

BarChart::BarChart(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    m_chart->setTitle(title);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void BarChart::setData(const QStringList& categories, const QStringList& series,
                       const std::vector<std::vector<double>>& values, const QString& valueTitle)
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    auto* bars = new QBarSeries(m_chart);
    double top = 0;
    for (const auto& row : values) {
        for (double v : row) {
            top = std::max(top, v);
        }
    }
    // Large numbers in thousands or millions, so that the axis labels stay short.
    const double unit = top >= 1e7 ? 1e6 : top >= 1e4 ? 1e3 : 1.0;
    const QString suffix = unit == 1e6 ? tr(" (millions)") : unit == 1e3 ? tr(" (thousands)") : QString();
    for (int s = 0; s < series.size() && s < static_cast<int>(values.size()); ++s) {
        auto* set = new QBarSet(series[s], bars);
        for (double v : values[static_cast<size_t>(s)]) {
            set->append(v / unit);
        }
        bars->append(set);
    }
    top /= unit;
    m_chart->addSeries(bars);
    auto* x = new QBarCategoryAxis(m_chart);
    x->append(categories);
    auto* y = new QValueAxis(m_chart);
    y->setTitleText(valueTitle + suffix);
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    m_chart->legend()->setVisible(series.size() > 1);
}

} // namespace kol
