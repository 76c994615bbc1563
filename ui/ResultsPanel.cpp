#include "ResultsPanel.h"

#include "ChartKit.h"
#include "MatrixCellText.h"
#include "PlanDocument.h"
#include "SavingsPanel.h"
#include "core/alloc/Allocator.h"
#include "core/report/PlanTotals.h"
#include "report/DisplayNames.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kol {

namespace {
// A number shown with the locale's separators that sorts by its value, not its text.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString& text, double value)
        : QTableWidgetItem(text)
        , m_value(value)
    {
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        const auto* n = dynamic_cast<const NumberItem*>(&other);
        return n ? m_value < n->m_value : QTableWidgetItem::operator<(other);
    }

private:
    double m_value;
};

QStringList names(const std::vector<std::string>& v)
{
    QStringList out;
    for (const auto& s : v) {
        out << displayName(s);
    }
    return out;
}
} // namespace

ResultsPanel::ResultsPanel(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_doc(document)
    , m_byChannel(new BarChart(tr("Allocation by channel"), this))
    , m_byPhase(new BarChart(tr("Allocation by phase"), this))
    , m_byTier(new BarChart(tr("Allocation by tier"), this))
    , m_reach(new BarChart(tr("Predicted reach by channel and phase"), this))
    , m_engagements(new BarChart(tr("Predicted engagements by channel and phase"), this))
    , m_cellTitle(new QLabel(this))
    , m_kols(new QTableWidget(this))
    , m_curve(new LineChart(tr("Value curve of the cell"), tr("amount"), tr("value"), this))
    , m_savings(new SavingsPanel(document, this))
    , m_views(new QTabWidget(this))
{
    m_kols->setColumnCount(7);
    m_kols->setHorizontalHeaderLabels(
        {tr("KOL"), tr("Name"), tr("Followers"), tr("Format"), tr("Price"), tr("Predicted reach"), tr("Score")});
    m_kols->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QStringList headerTips{tr("The KOL's id in the catalog"),
                                 tr("The KOL's name"),
                                 tr("Followers on the channel"),
                                 tr("The content format bought (one post)"),
                                 tr("The price of one post in that format, in the campaign's currency"),
                                 tr("Predicted views of the post, from the performance model"),
                                 tr("The post's composite score: weighted reach, engagements, follower quality, price "
                                    "efficiency and format fit (the campaign set-up's weights)")};
    for (int c = 0; c < headerTips.size(); ++c) {
        m_kols->horizontalHeaderItem(c)->setToolTip(headerTips[c]);
    }
    m_kols->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_kols->setSortingEnabled(true);
    m_cellTitle->setWordWrap(true);
    m_curveSeries = m_curve->addSeries(tr("best combination"));
    m_chosenSeries = m_curve->addSeries(tr("chosen amount"));

    auto* charts = new QWidget(this);
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_byChannel, 0, 0);
    grid->addWidget(m_byPhase, 0, 1);
    grid->addWidget(m_byTier, 1, 0);
    grid->addWidget(m_reach, 1, 1);
    grid->addWidget(m_engagements, 2, 0, 1, 2);
    auto* cellSide = new QWidget(this);
    auto* cellLayout = new QVBoxLayout(cellSide);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->addWidget(m_cellTitle);
    cellLayout->addWidget(m_kols, 1);
    cellLayout->addWidget(m_curve, 1);
    m_views->addTab(charts, tr("Allocation and reach"));
    m_views->addTab(m_savings, tr("Savings"));
    m_views->setTabToolTip(1,
                           tr("Effect against budget for every method: what each saves against the template, "
                              "and where 1% more of the budget would go"));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_views);
    splitter->addWidget(cellSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 420});
    m_kols->setMinimumWidth(200);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_doc, &PlanDocument::changed, this, &ResultsPanel::refresh);
    refresh();
}

void ResultsPanel::setCell(int cell)
{
    if (cell >= 0 && cell != m_cell) {
        m_cell = cell;
        refreshCell();
    }
}

void ResultsPanel::refresh()
{
    if (m_doc->isEmpty()) {
        m_byChannel->setData({}, {}, {}, {});
        m_byPhase->setData({}, {}, {}, {});
        m_byTier->setData({}, {}, {}, {});
        m_reach->setData({}, {}, {}, {});
        m_engagements->setData({}, {}, {}, {});
        refreshCell();
        return;
    }
    const Scenario& s = m_doc->scenario();
    const StrategyMatrix& m = s.matrix();
    const PlanTotals plan = planTotals(m, m_doc->amounts(), m_doc->hasFigures() ? &m_doc->outcome() : nullptr);
    std::vector<double> templatePlan = templateAmounts(s, s.budget);
    if (const auto market = m_doc->market()) {
        if (auto expert = makeTemplateAllocator()->allocate(*market, {})) {
            templatePlan = expert->amounts; // the template as every figure compares with it
        }
    }
    const PlanTotals expert = planTotals(m, templatePlan);
    const QStringList series{tr("plan (%1)").arg(methodLabel(m_doc->state().method.toStdString())),
                             tr("expert template")};
    m_byChannel->setData(names(m.channels()), series, {plan.byChannel, expert.byChannel}, tr("amount"));
    m_byPhase->setData(names(m.phases()), series, {plan.byPhase, expert.byPhase}, tr("amount"));
    m_byTier->setData(names(m.tiers()), series, {plan.byTier, expert.byTier}, tr("amount"));
    m_reach->setData(names(m.channels()), names(m.phases()), plan.reach, tr("reach"));
    m_engagements->setData(names(m.channels()), names(m.phases()), plan.engagements, tr("engagements"));
    if (m_cell >= m.cellCount()) {
        m_cell = 0;
    }
    refreshCell();
}

void ResultsPanel::refreshCell()
{
    m_kols->setSortingEnabled(false);
    m_kols->setRowCount(0);
    m_curve->clear();
    const auto market = m_doc->market();
    if (m_doc->isEmpty() || !market || m_cell >= market->cellCount()) {
        m_cellTitle->setText(tr("Select a cell of the matrix to see its KOLs"));
        return;
    }
    const StrategyMatrix& m = m_doc->scenario().matrix();
    const double amount = m_doc->amounts()[static_cast<size_t>(m_cell)];
    const CellCurve& curve = market->curve(m_cell);
    const PlanReport& report = m_doc->report();
    const std::vector<PlanKol> none;
    const std::vector<PlanKol>& booked
        = m_cell < static_cast<int>(report.cells.size()) ? report.cells[static_cast<size_t>(m_cell)].kols : none;
    double price = 0;
    for (const auto& k : booked) {
        price += k.price;
    }
    m_cellTitle->setToolTip(tr("What the cell's amount buys: the best KOL combination the model finds for it; "
                               "the rest of the amount is unspent"));
    m_cellTitle->setText(tr("<b>%1</b>: %2 buys %n KOL(s) for %3", nullptr, static_cast<int>(booked.size()))
                             .arg(displayCellName(m, m_cell).toHtmlEscaped(), amountText(amount), amountText(price)));
    m_kols->setRowCount(static_cast<int>(booked.size()));
    for (int r = 0; r < static_cast<int>(booked.size()); ++r) {
        const PlanKol& k = booked[static_cast<size_t>(r)];
        auto number = [](double v, int decimals) {
            auto* item = new NumberItem(decimals == 0 ? amountText(v) : QLocale().toString(v, 'f', decimals), v);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_kols->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(k.id)));
        m_kols->setItem(r, 1, new QTableWidgetItem(QString::fromStdString(k.name)));
        m_kols->setItem(r, 2, number(static_cast<double>(k.followers), 0));
        m_kols->setItem(r, 3, new QTableWidgetItem(displayName(k.format)));
        m_kols->setItem(r, 4, number(k.price, 0));
        m_kols->setItem(r, 5, number(k.reach, 0));
        m_kols->setItem(r, 6, number(std::round(k.score * 1000) / 1000, 3));
    }
    m_kols->setSortingEnabled(true);
    const double top = std::min(curve.maxAmount(), std::max(3 * amount, 0.1 * m_doc->scenario().budget));
    for (int i = 0; i <= 200; ++i) {
        const double x = top * i / 200.0;
        m_curve->append(m_curveSeries, x, curve.at(x).value);
    }
    m_curve->append(m_chosenSeries, amount, 0);
    m_curve->append(m_chosenSeries, amount, curve.at(amount).value);
    m_curve->refresh();
}

} // namespace kol
