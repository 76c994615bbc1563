#include "ChartKit.h"

#include "MatrixCellText.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace kol {

namespace {
// Small, legible fonts for charts that share a panel; nothing is cut short.
void styleChart(QChart* chart)
{
    QFont title = chart->titleFont();
    title.setPointSizeF(std::max(8.0, title.pointSizeF()));
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    QFont legend = chart->legend()->font();
    legend.setPointSizeF(8);
    chart->legend()->setFont(legend);
}

void styleAxis(QAbstractAxis* axis)
{
    QFont labels = axis->labelsFont();
    labels.setPointSizeF(8);
    axis->setLabelsFont(labels);
    QFont title = axis->titleFont();
    title.setPointSizeF(8);
    title.setBold(false);
    axis->setTitleFont(title);
    axis->setTruncateLabels(false);
}

QString valueText(double v)
{
    return std::fabs(v) >= 100 ? amountText(v) : QLocale().toString(v, 'g', 4);
}

// Sets `axis` to [lo, hi] with round ticks; data that is never negative starts at 0. `suffix`
// follows every label ("k" when the values are in thousands).
void niceRange(QValueAxis* axis, double lo, double hi, bool fromZero, const QString& suffix = {})
{
    if (fromZero) {
        lo = std::min(0.0, lo);
    }
    if (!(hi > lo)) {
        hi = lo + 1;
    }
    axis->setRange(lo, hi);
    axis->applyNiceNumbers();
    if (fromZero && axis->min() < 0 && lo >= 0) {
        axis->setMin(0);
    }
    const double span = axis->max() - axis->min();
    axis->setLabelFormat((span >= 10      ? QStringLiteral("%.0f")
                              : span >= 1 ? QStringLiteral("%.1f")
                                          : QStringLiteral("%.2f"))
                         + suffix);
}

// Large values in thousands ("k") or millions ("M"), so that axis labels stay short.
std::pair<double, QString> unitFor(double top)
{
    return top >= 1e6 ? std::pair(1e6, QStringLiteral("M"))
        : top >= 1e4  ? std::pair(1e3, QStringLiteral("k"))
                      : std::pair(1.0, QString());
}
} // namespace

LineChart::LineChart(const QString& title, const QString& xTitle, const QString& yTitle, QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_xTitle(xTitle)
    , m_yTitle(yTitle)
{
    m_chart->setTitle(title);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    styleChart(m_chart);
    auto* x = new QValueAxis(m_chart);
    auto* y = new QValueAxis(m_chart);
    x->setTitleText(xTitle);
    y->setTitleText(yTitle);
    styleAxis(x);
    styleAxis(y);
    x->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(260, 190);
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
    const int index = static_cast<int>(m_series.size()) - 1;
    connect(s, &QLineSeries::hovered, this, [this, index](const QPointF& point, bool state) {
        if (state) {
            QToolTip::showText(QCursor::pos(), hoverText(index, point), m_view);
        } else {
            QToolTip::hideText();
        }
    });
    return index;
}

void LineChart::setPen(int series, const QColor& color, Qt::PenStyle style, double width)
{
    if (series >= 0 && series < seriesCount()) {
        QPen pen(color);
        pen.setStyle(style);
        pen.setWidthF(width);
        m_series[static_cast<size_t>(series)]->setPen(pen);
    }
}

void LineChart::addBand(const QString& name, const std::vector<QPointF>& lower, const std::vector<QPointF>& upper,
                        const QColor& color)
{
    auto* low = new QLineSeries(m_chart);
    auto* high = new QLineSeries(m_chart);
    for (const QPointF& p : lower) {
        if (std::isfinite(p.x()) && std::isfinite(p.y())) {
            low->append(p);
        }
    }
    for (const QPointF& p : upper) {
        if (std::isfinite(p.x()) && std::isfinite(p.y())) {
            high->append(p);
        }
    }
    auto* band = new QAreaSeries(high, low);
    low->setParent(band); // the band does not own its edges: they go with it
    high->setParent(band);
    band->setName(name);
    QColor fill = color;
    fill.setAlphaF(0.15);
    band->setBrush(fill);
    band->setPen(Qt::NoPen);
    m_chart->addSeries(band);
    for (QAbstractAxis* axis : m_chart->axes()) {
        band->attachAxis(axis);
    }
    for (QLegendMarker* marker : m_chart->legend()->markers(band)) {
        marker->setVisible(false);
    }
    connect(band, &QAreaSeries::hovered, this, [this, name](const QPointF&, bool state) {
        if (state) {
            QToolTip::showText(QCursor::pos(), name, m_view);
        } else {
            QToolTip::hideText();
        }
    });
    m_bands.push_back(band);
}

void LineChart::setInLegend(int series, bool shown)
{
    if (series >= 0 && series < seriesCount()) {
        for (QLegendMarker* marker : m_chart->legend()->markers(m_series[static_cast<size_t>(series)])) {
            marker->setVisible(shown);
        }
    }
}

void LineChart::removeAll()
{
    m_chart->removeAllSeries(); // deletes them, and each band's edges with it
    m_series.clear();
    m_pending.clear();
    m_bands.clear();
    refresh();
}

QString LineChart::hoverText(int series, const QPointF& point) const
{
    return QStringLiteral("%1\n%2: %3\n%4: %5")
        .arg(seriesName(series), m_xTitle, valueText(point.x()), m_yTitle, valueText(point.y()));
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

std::pair<double, double> LineChart::valueRange() const
{
    const auto vertical = m_chart->axes(Qt::Vertical);
    const auto* y = vertical.isEmpty() ? nullptr : qobject_cast<const QValueAxis*>(vertical.front());
    return y ? std::pair(y->min(), y->max()) : std::pair(0.0, 0.0);
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
    for (const QAreaSeries* band : m_bands) {
        for (const QLineSeries* edge : {band->upperSeries(), band->lowerSeries()}) {
            for (const QPointF& p : edge->points()) {
                x1 = std::max(x1, p.x());
                y0 = std::min(y0, p.y());
                y1 = std::max(y1, p.y());
            }
        }
    }
    if (y0 > y1) {
        y0 = 0;
        y1 = 1;
    }
    const bool neverNegative = y0 >= 0;
    const double pad = std::max(1e-9, (y1 - y0) * 0.05);
    const auto horizontal = m_chart->axes(Qt::Horizontal);
    const auto vertical = m_chart->axes(Qt::Vertical);
    if (auto* x = horizontal.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(horizontal.front())) {
        niceRange(x, x0, x1, true);
    }
    if (auto* y = vertical.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(vertical.front())) {
        niceRange(y, neverNegative ? std::max(0.0, y0 - pad) : y0 - pad, y1 + pad, false);
    }
}

BarChart::BarChart(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    m_chart->setTitle(title);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    styleChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(240, 170);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

std::pair<double, double> BarChart::valueRange() const
{
    const auto vertical = m_chart->axes(Qt::Vertical);
    const auto* y = vertical.isEmpty() ? nullptr : qobject_cast<const QValueAxis*>(vertical.front());
    return y ? std::pair(y->min(), y->max()) : std::pair(0.0, 0.0);
}

QString BarChart::hoverText(int series, int category) const
{
    if (series < 0 || series >= static_cast<int>(m_values.size()) || category < 0
        || category >= static_cast<int>(m_values[static_cast<size_t>(series)].size())) {
        return {};
    }
    return QStringLiteral("%1 · %2\n%3: %4")
        .arg(m_seriesNames.value(series), m_categories.value(category), m_valueTitle,
             valueText(m_values[static_cast<size_t>(series)][static_cast<size_t>(category)]));
}

int BarChart::categoryAt(int barIndex) const
{
    // Horizontal charts list their categories bottom up.
    return m_categories.size() > 3 ? static_cast<int>(m_categories.size()) - 1 - barIndex : barIndex;
}

void BarChart::setData(const QStringList& categories, const QStringList& series,
                       const std::vector<std::vector<double>>& values, const QString& valueTitle)
{
    m_categories = categories;
    m_seriesNames = series;
    m_values = values;
    m_valueTitle = valueTitle;
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    if (categories.isEmpty() || values.empty()) {
        m_chart->legend()->setVisible(false);
        return; // nothing to show: an empty chart, no axes
    }
    double top = 0, bottom = 0;
    for (const auto& row : values) {
        for (double v : row) {
            top = std::max(top, v);
            bottom = std::min(bottom, v);
        }
    }
    const auto [unit, suffix] = unitFor(top);
    // Many categories: horizontal bars, so that every name is written out level on the left.
    const bool horizontal = categories.size() > 3;
    QAbstractBarSeries* bars = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries(m_chart))
                                          : static_cast<QAbstractBarSeries*>(new QBarSeries(m_chart));
    for (int s = 0; s < series.size() && s < static_cast<int>(values.size()); ++s) {
        auto* set = new QBarSet(series[s], bars);
        for (double v : values[static_cast<size_t>(s)]) {
            set->append(v / unit);
        }
        bars->append(set);
    }
    connect(bars, &QAbstractBarSeries::hovered, this, [this, bars](bool state, int index, QBarSet* set) {
        if (state) {
            QToolTip::showText(QCursor::pos(),
                               hoverText(static_cast<int>(bars->barSets().indexOf(set)), categoryAt(index)), m_view);
        } else {
            QToolTip::hideText();
        }
    });
    m_chart->addSeries(bars);
    auto* names = new QBarCategoryAxis(m_chart);
    // Top to bottom in the given order.
    QStringList ordered = categories;
    if (horizontal) {
        std::reverse(ordered.begin(), ordered.end());
        for (QBarSet* set : bars->barSets()) {
            QList<qreal> reversed;
            for (int i = set->count() - 1; i >= 0; --i) {
                reversed << set->at(i);
            }
            set->remove(0, set->count());
            set->append(reversed);
        }
    }
    names->append(ordered);
    styleAxis(names);
    auto* value = new QValueAxis(m_chart);
    value->setTitleText(valueTitle);
    value->setTitleVisible(false); // the chart's title says what is counted; labels carry k or M
    styleAxis(value);
    niceRange(value, bottom / unit, top > 0 ? top / unit * 1.05 : 1, bottom >= 0, suffix);
    m_chart->addAxis(names, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(value, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(names);
    bars->attachAxis(value);
    m_chart->legend()->setVisible(series.size() > 1);
}

} // namespace kol
