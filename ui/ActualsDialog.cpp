#include "ActualsDialog.h"

#include "report/DisplayNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

namespace kol {

namespace {
QString number(double v)
{
    return QString::number(v, 'f', v == static_cast<double>(static_cast<long long>(v)) ? 0 : 2);
}

QString csvField(const QString& text)
{
    QString t = text.trimmed();
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))) {
        t.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t;
}
} // namespace

const QStringList& ActualsDialog::columns()
{
    static const QStringList names
        = {QStringLiteral("phase"),  QStringLiteral("channel"), QStringLiteral("tier"),  QStringLiteral("kol_id"),
           QStringLiteral("format"), QStringLiteral("spend"),   QStringLiteral("reach"), QStringLiteral("engagements")};
    return names;
}

ActualsDialog::ActualsDialog(const Scenario& scenario, const PlanReport* plan, const CampaignActuals& recorded,
                             QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, static_cast<int>(columns().size()), this))
    , m_phase(new QComboBox(this))
{
    setWindowTitle(tr("Record campaign actuals"));
    if (plan) {
        m_plan = *plan;
        m_hasPlan = true;
    }
    auto* intro = new QLabel(
        tr("One row per booked post of the finished phases: what it cost and what it reached. The rows replace "
           "what is recorded for this scenario; every method then re-plans the phases still to come. Amounts may "
           "be written as 40k or 1.2万."),
        this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Phase"), tr("Channel"), tr("Tier"), tr("KOL id"), tr("Format"), tr("Spend"),
                                        tr("Reach"), tr("Engagements")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch); // room to type figures
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const ActualPost& p : recorded.posts) {
        appendRow({QString::fromStdString(p.phase), QString::fromStdString(p.channel), QString::fromStdString(p.tier),
                   QString::fromStdString(p.kolId), QString::fromStdString(p.format), number(p.spend), number(p.reach),
                   number(p.engagements)});
    }
    m_phases = scenario.matrix().phases();
    for (const std::string& phase : m_phases) {
        m_phase->addItem(displayName(phase), QString::fromStdString(phase));
    }
    auto* fromPlan = new QPushButton(tr("Add the plan's KOLs of"), this);
    fromPlan->setEnabled(m_hasPlan);
    fromPlan->setToolTip(m_hasPlan ? tr("Adds the open plan's KOLs of the phase at their price; type what each post "
                                        "reached")
                                   : tr("Allocate first: there is no plan to add KOLs from"));
    connect(fromPlan, &QPushButton::clicked, this, [this] { addPlanPhase(m_phase->currentData().toString()); });
    auto* add = new QPushButton(tr("Add row"), this);
    connect(add, &QPushButton::clicked, this, &ActualsDialog::addRow);
    auto* remove = new QPushButton(tr("Remove rows"), this);
    connect(remove, &QPushButton::clicked, this, &ActualsDialog::removeSelectedRows);
    auto* tools = new QHBoxLayout;
    tools->addWidget(fromPlan);
    tools->addWidget(m_phase);
    tools->addStretch();
    tools->addWidget(add);
    tools->addWidget(remove);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(880, 520);
}

void ActualsDialog::appendRow(const QStringList& fields)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < m_table->columnCount(); ++c) {
        m_table->setItem(row, c, new QTableWidgetItem(c < fields.size() ? fields[c] : QString()));
    }
}

int ActualsDialog::addPlanPhase(const QString& phase)
{
    if (!m_hasPlan) {
        return 0;
    }
    // KOLs already in the table for this phase are not added twice.
    std::set<QString> present;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0) && m_table->item(r, 0)->text() == phase && m_table->item(r, 3)) {
            present.insert(m_table->item(r, 3)->text());
        }
    }
    int added = 0;
    for (const PlanCell& cell : m_plan.cells) {
        if (QString::fromStdString(cell.phase) != phase) {
            continue;
        }
        for (const PlanKol& k : cell.kols) {
            if (present.insert(QString::fromStdString(k.id)).second) {
                appendRow({phase, QString::fromStdString(cell.channel), QString::fromStdString(cell.tier),
                           QString::fromStdString(k.id), QString::fromStdString(k.format), number(k.price), QString(),
                           QString()});
                m_table->item(m_table->rowCount() - 1, 3)->setToolTip(QString::fromStdString(k.name));
                ++added;
            }
        }
    }
    if (added > 0) {
        m_table->setCurrentCell(m_table->rowCount() - added, 6); // the first reach to type
    }
    return added;
}

void ActualsDialog::addRow()
{
    const int last = m_table->rowCount() - 1;
    QStringList fields;
    for (int c = 0; c < 3 && last >= 0; ++c) {
        fields << (m_table->item(last, c) ? m_table->item(last, c)->text() : QString());
    }
    appendRow(fields);
    m_table->setCurrentCell(m_table->rowCount() - 1, 3);
}

void ActualsDialog::removeSelectedRows()
{
    std::set<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows()) {
        rows.insert(i.row());
    }
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        m_table->removeRow(*it);
    }
}

std::vector<int> ActualsDialog::recordRows() const
{
    std::vector<int> rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        bool blank = true;
        for (int c = 0; c < m_table->columnCount(); ++c) {
            blank = blank && (!m_table->item(r, c) || m_table->item(r, c)->text().trimmed().isEmpty());
        }
        if (!blank) {
            rows.push_back(r);
        }
    }
    // Phases in the scenario's order (rows added for an earlier phase after a later one's move up).
    auto phaseIndex = [this](int row) {
        const std::string phase = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed().toStdString() : "";
        return std::find(m_phases.begin(), m_phases.end(), phase) - m_phases.begin();
    };
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return phaseIndex(a) < phaseIndex(b); });
    return rows;
}

int ActualsDialog::rowOfLine(long long line) const
{
    const std::vector<int> rows = recordRows();
    return line >= 2 && line - 2 < static_cast<long long>(rows.size()) ? rows[static_cast<size_t>(line - 2)] : -1;
}

QString ActualsDialog::csv() const
{
    QString out = columns().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int r : recordRows()) {
        QStringList fields;
        for (int c = 0; c < m_table->columnCount(); ++c) {
            fields << csvField(m_table->item(r, c) ? m_table->item(r, c)->text() : QString());
        }
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace kol
