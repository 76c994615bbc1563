#include "SetupDialog.h"

#include "AmountEntry.h"
#include "RivalsEditor.h"
#include "report/DisplayNames.h"
#include "report/EngineText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <set>

namespace kol {

namespace {
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QListWidget* checkList(const std::vector<std::string>& all, const std::vector<std::string>& chosen, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    // The chosen ones first, in their order, then the rest of the vocabulary.
    std::vector<std::string> order = chosen;
    for (const auto& n : all) {
        if (std::find(order.begin(), order.end(), n) == order.end()) {
            order.push_back(n);
        }
    }
    for (const auto& n : order) {
        auto* item = new QListWidgetItem(displayName(n), list);
        item->setData(Qt::UserRole, q(n)); // the stored name; the text is the user's language
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(std::find(chosen.begin(), chosen.end(), n) != chosen.end() ? Qt::Checked : Qt::Unchecked);
    }
    list->setDragDropMode(QAbstractItemView::InternalMove); // the order is the matrix's order
    return list;
}

std::vector<std::string> checkedNames(const QListWidget* list)
{
    std::vector<std::string> out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked) {
            out.push_back(list->item(i)->data(Qt::UserRole).toString().toStdString());
        }
    }
    return out;
}

QDoubleSpinBox* spin(double lo, double hi, int decimals, double value, QWidget* parent)
{
    auto* s = new QDoubleSpinBox(parent);
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setValue(value);
    return s;
}

double cellNumber(const QTableWidget* t, int row, int column, double fallback)
{
    const QTableWidgetItem* item = t->item(row, column);
    if (!item) {
        return fallback;
    }
    bool ok = false;
    const double v = QLocale().toDouble(item->text().trimmed().remove(QLatin1Char('%')), &ok);
    return ok ? v : std::nan("");
}
} // namespace

SetupDialog::SetupDialog(const Scenario& scenario, const Vocabulary& vocabulary, QWidget* parent)
    : QDialog(parent)
    , m_base(scenario)
    , m_vocabulary(vocabulary)
    , m_budget(new AmountSpinBox(this))
    , m_currency(new QLineEdit(q(scenario.currency), this))
    , m_phases(new QTableWidget(this))
    , m_channels(checkList(vocabulary.channels, scenario.matrix().channels(), this))
    , m_tiers(checkList(vocabulary.tierNames(), scenario.matrix().tiers(), this))
    , m_formats(checkList(vocabulary.formats, scenario.formats, this))
    , m_hierarchy(new QCheckBox(tr("Tier hierarchy (Head ≥ Mid ≥ Tail in each channel and phase)"), this))
    , m_maxCellShare(spin(1, 100, 1, 100 * scenario.rules.maxCellShare, this))
    , m_shares(new QTableWidget(this))
    , m_template(new QTableWidget(this))
    , m_rivals(new RivalsEditor(scenario.rivals, vocabulary, this))
    , m_tabs(new QTabWidget(this))
    , m_problems(new QLabel(this))
{
    setWindowTitle(tr("Campaign set-up: %1").arg(q(scenario.name)));
    m_budget->setValue(scenario.budget);
    m_budget->setObjectName(QStringLiteral("setupBudget"));
    connect(static_cast<AmountSpinBox*>(m_budget), &AmountSpinBox::refused, this,
            [this](const QString& why) { m_problems->setText(tr("Budget not changed: %1").arg(why)); });
    m_maxCellShare->setSuffix(QStringLiteral(" %"));
    m_hierarchy->setChecked(scenario.rules.tierHierarchy);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #B00020"));

    // Phases: name, start, end.
    m_phases->setColumnCount(3);
    m_phases->setHorizontalHeaderLabels({tr("Phase"), tr("Start"), tr("End")});
    m_phases->horizontalHeaderItem(1)->setToolTip(tr("The phase's first day, YYYY-MM-DD"));
    m_phases->horizontalHeaderItem(2)->setToolTip(tr("The phase's last day, YYYY-MM-DD"));
    m_phases->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_phases->setRowCount(static_cast<int>(scenario.phases().size()));
    for (int r = 0; r < static_cast<int>(scenario.phases().size()); ++r) {
        const PhaseWindow& p = scenario.phases()[static_cast<size_t>(r)];
        m_phases->setItem(r, 0, new QTableWidgetItem(displayName(p.name)));
        m_phases->setItem(r, 1, new QTableWidgetItem(q(p.start.toString())));
        m_phases->setItem(r, 2, new QTableWidgetItem(q(p.end.toString())));
    }
    auto* addPhase = new QPushButton(tr("Add phase"), this);
    auto* removePhase = new QPushButton(tr("Remove phase"), this);
    connect(addPhase, &QPushButton::clicked, this, [this] { m_phases->insertRow(m_phases->rowCount()); });
    connect(removePhase, &QPushButton::clicked, this, [this] {
        if (m_phases->currentRow() >= 0) {
            m_phases->removeRow(m_phases->currentRow());
        }
    });

    const char* weightNames[5] = {QT_TR_NOOP("Reach"), QT_TR_NOOP("Engagement"), QT_TR_NOOP("Follower quality"),
                                  QT_TR_NOOP("Price efficiency"), QT_TR_NOOP("Format fit")};
    const double weightValues[5] = {scenario.weights.reach, scenario.weights.engagement, scenario.weights.quality,
                                    scenario.weights.priceEfficiency, scenario.weights.formatFit};
    auto* weights = new QGroupBox(tr("Composite score weights"), this);
    auto* weightForm = new QFormLayout(weights);
    for (int i = 0; i < 5; ++i) {
        m_weights[i] = spin(0, 100, 3, weightValues[i], this);
        weightForm->addRow(tr(weightNames[i]), m_weights[i]);
    }

    fillChannelTables(scenario);
    connect(m_channels, &QListWidget::itemChanged, this, [this] { fillChannelTables(this->scenario()); });

    auto* basics = new QFormLayout;
    basics->addRow(tr("Budget"), m_budget);
    basics->addRow(tr("Currency"), m_currency);
    basics->addRow(tr("Max cell share"), m_maxCellShare);
    basics->addRow(m_hierarchy);
    auto* phaseBox = new QGroupBox(tr("Phases"), this);
    auto* phaseLayout = new QVBoxLayout(phaseBox);
    phaseLayout->addWidget(m_phases);
    auto* phaseButtons = new QHBoxLayout;
    phaseButtons->addWidget(addPhase);
    phaseButtons->addWidget(removePhase);
    phaseButtons->addStretch();
    phaseLayout->addLayout(phaseButtons);
    auto* axes = new QGroupBox(tr("Channels, tiers and formats (tick; drag to reorder)"), this);
    auto* axesLayout = new QHBoxLayout(axes);
    axesLayout->addWidget(m_channels);
    axesLayout->addWidget(m_tiers);
    axesLayout->addWidget(m_formats);
    m_formats->setToolTip(tr("None ticked: every format"));
    auto* shareBox = new QGroupBox(tr("Channel share bounds (%)"), this);
    (new QVBoxLayout(shareBox))->addWidget(m_shares);
    auto* templateBox = new QGroupBox(tr("Expert template weights"), this);
    (new QVBoxLayout(templateBox))->addWidget(m_template);

    auto* grid = new QGridLayout;
    grid->addLayout(basics, 0, 0);
    grid->addWidget(weights, 0, 1);
    grid->addWidget(phaseBox, 1, 0);
    grid->addWidget(axes, 1, 1);
    grid->addWidget(shareBox, 2, 0);
    grid->addWidget(templateBox, 2, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SetupDialog::reject);
    auto* campaign = new QWidget(this);
    campaign->setLayout(grid);
    m_tabs->addTab(campaign, tr("Campaign"));
    m_tabs->addTab(m_rivals, tr("Competition"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    // As large as the set-up needs, never larger than the screen (1,366 × 768 included).
    const QRect screen = parent && parent->screen() ? parent->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::min(980, screen.width() - 40), std::min(760, screen.height() - 60));
}

void SetupDialog::fillChannelTables(const Scenario& s)
{
    const QSignalBlocker block(m_channels);
    const std::vector<std::string> channels = s.matrix().channels();
    m_shares->clear();
    m_shares->setColumnCount(3);
    m_shares->setHorizontalHeaderLabels({tr("Channel"), tr("Min %"), tr("Max %")});
    m_shares->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_shares->setRowCount(static_cast<int>(channels.size()));
    for (int r = 0; r < static_cast<int>(channels.size()); ++r) {
        const ShareBounds b = s.rules.channelBounds(channels[static_cast<size_t>(r)]);
        auto* name = new QTableWidgetItem(displayName(channels[static_cast<size_t>(r)]));
        name->setData(Qt::UserRole, q(channels[static_cast<size_t>(r)]));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_shares->setItem(r, 0, name);
        m_shares->setItem(r, 1, new QTableWidgetItem(QLocale().toString(100 * b.minShare, 'f', 1)));
        m_shares->setItem(r, 2, new QTableWidgetItem(QLocale().toString(100 * b.maxShare, 'f', 1)));
    }
    // Template weights: one row per channel, phase and tier of the scenario.
    m_template->clear();
    m_template->setColumnCount(3);
    m_template->setHorizontalHeaderLabels({tr("Axis"), tr("Name"), tr("Weight")});
    m_template->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    std::vector<std::tuple<QString, std::string, double>> rows;
    auto weight = [](const std::map<std::string, double>& m, const std::string& n) {
        const auto it = m.find(n);
        return it == m.end() ? 0.0 : it->second;
    };
    for (const auto& c : channels) {
        rows.emplace_back(tr("channel"), c, weight(s.expertTemplate.channelWeights, c));
    }
    for (const auto& p : s.matrix().phases()) {
        rows.emplace_back(tr("phase"), p, weight(s.expertTemplate.phaseWeights, p));
    }
    for (const auto& t : s.matrix().tiers()) {
        rows.emplace_back(tr("tier"), t, weight(s.expertTemplate.tierWeights, t));
    }
    m_template->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        auto* axis = new QTableWidgetItem(std::get<0>(rows[static_cast<size_t>(r)]));
        auto* name = new QTableWidgetItem(displayName(std::get<1>(rows[static_cast<size_t>(r)])));
        name->setData(Qt::UserRole, q(std::get<1>(rows[static_cast<size_t>(r)])));
        axis->setFlags(axis->flags() & ~Qt::ItemIsEditable);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_template->setItem(r, 0, axis);
        m_template->setItem(r, 1, name);
        m_template->setItem(
            r, 2, new QTableWidgetItem(QLocale().toString(std::get<2>(rows[static_cast<size_t>(r)]), 'f', 3)));
    }
}

Scenario SetupDialog::scenario() const
{
    Scenario s = m_base;
    s.budget = m_budget->value();
    s.currency = m_currency->text().trimmed().toStdString();
    s.rules.tierHierarchy = m_hierarchy->isChecked();
    s.rules.maxCellShare = m_maxCellShare->value() / 100.0;
    s.weights.reach = m_weights[0]->value();
    s.weights.engagement = m_weights[1]->value();
    s.weights.quality = m_weights[2]->value();
    s.weights.priceEfficiency = m_weights[3]->value();
    s.weights.formatFit = m_weights[4]->value();
    std::vector<PhaseWindow> phases;
    for (int r = 0; r < m_phases->rowCount(); ++r) {
        PhaseWindow p;
        auto text = [&](int c) {
            return m_phases->item(r, c) ? m_phases->item(r, c)->text().trimmed().toStdString() : "";
        };
        p.name = text(0);
        for (const std::string& known : m_vocabulary.phases) {
            if (displayName(known).toStdString() == p.name) {
                p.name = known; // the stored name behind the one shown
            }
        }
        const auto start = Date::parse(text(1));
        const auto end = Date::parse(text(2));
        // Unparsable dates stay empty; validate() names them.
        p.start = start.value_or(Date{});
        p.end = end.value_or(Date{});
        phases.push_back(p);
    }
    s.setPhases(phases);
    s.setChannels(checkedNames(m_channels));
    s.setTiers(checkedNames(m_tiers));
    s.formats = checkedNames(m_formats);
    s.rules.channelShares.clear();
    for (int r = 0; r < m_shares->rowCount(); ++r) {
        const std::string channel = m_shares->item(r, 0)->data(Qt::UserRole).toString().toStdString();
        if (std::find(s.matrix().channels().begin(), s.matrix().channels().end(), channel)
            == s.matrix().channels().end()) {
            continue;
        }
        const double lo = cellNumber(m_shares, r, 1, 0) / 100.0, hi = cellNumber(m_shares, r, 2, 100) / 100.0;
        if (lo != 0 || hi != 1) {
            s.rules.channelShares[channel] = ShareBounds{lo, hi};
        }
    }
    for (int r = 0; r < m_template->rowCount(); ++r) {
        const std::string name = m_template->item(r, 1)->data(Qt::UserRole).toString().toStdString();
        const double w = cellNumber(m_template, r, 2, 0);
        const QString axis = m_template->item(r, 0)->text();
        auto& map = axis == tr("channel") ? s.expertTemplate.channelWeights
            : axis == tr("phase")         ? s.expertTemplate.phaseWeights
                                          : s.expertTemplate.tierWeights;
        map[name] = w;
    }
    s.rivals = m_rivals->rivals();
    return s;
}

QStringList SetupDialog::problems() const
{
    QStringList out;
    const Scenario s = scenario();
    for (int r = 0; r < m_phases->rowCount(); ++r) {
        for (int c = 1; c <= 2; ++c) {
            const QString text = m_phases->item(r, c) ? m_phases->item(r, c)->text().trimmed() : QString();
            if (!Date::parse(text.toStdString())) {
                out << tr("phase %1: '%2' is not a date (YYYY-MM-DD)").arg(r + 1).arg(text);
            }
        }
    }
    for (int r = 0; r < m_shares->rowCount(); ++r) {
        for (int c = 1; c <= 2; ++c) {
            if (std::isnan(cellNumber(m_shares, r, c, 0))) {
                out << tr("channel share of %1: '%2' is not a number")
                           .arg(m_shares->item(r, 0)->text(), m_shares->item(r, c)->text());
            }
        }
    }
    for (int r = 0; r < m_template->rowCount(); ++r) {
        if (std::isnan(cellNumber(m_template, r, 2, 0))) {
            out << tr("template weight of %1: '%2' is not a number")
                       .arg(m_template->item(r, 1)->text(), m_template->item(r, 2)->text());
        }
    }
    out << m_rivals->problems();
    for (const ValidationError& e : s.validate(m_vocabulary)) {
        out << validationText(e);
    }
    out.removeDuplicates();
    return out;
}

void SetupDialog::accept()
{
    const QStringList p = problems();
    if (!p.isEmpty()) {
        m_problems->setText(tr("Not applied:") + QStringLiteral("\n• ") + p.join(QStringLiteral("\n• ")));
        return;
    }
    QDialog::accept();
}

} // namespace kol
