#include "RivalsEditor.h"

#include "report/DisplayNames.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace kol {

namespace {
enum Column { kName, kBudget, kChannels, kPreference, kColumns };

QString cellText(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// A number as the user's locale or plain digits write it (1,500,000 or 1500000); NaN otherwise.
double readNumber(const QString& text)
{
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok) {
        v = QLocale::c().toDouble(QString(text).remove(QLatin1Char(',')), &ok);
    }
    return ok ? v : std::nan("");
}
} // namespace

RivalsEditor::RivalsEditor(const std::vector<Rival>& rivals, const Vocabulary& vocabulary, QWidget* parent)
    : QWidget(parent)
    , m_vocabulary(vocabulary)
    , m_table(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("rivalsTable"));
    m_table->setColumnCount(kColumns);
    m_table->setHorizontalHeaderLabels({tr("Rival"), tr("Budget"), tr("Preferred channels"), tr("Preference ×")});
    m_table->horizontalHeaderItem(kChannels)->setToolTip(
        tr("The channels the rival prefers, separated by commas (e.g. Douyin, Xiaohongshu)"));
    m_table->horizontalHeaderItem(kPreference)
        ->setToolTip(tr("How many times as much a post on a preferred channel is worth to the rival (0 to 100)"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setRowCount(static_cast<int>(rivals.size()));
    for (int r = 0; r < static_cast<int>(rivals.size()); ++r) {
        const Rival& rival = rivals[static_cast<size_t>(r)];
        QStringList channels;
        for (const auto& c : rival.preferredChannels) {
            channels << displayName(c);
        }
        m_table->setItem(r, kName, new QTableWidgetItem(QString::fromStdString(rival.name)));
        m_table->setItem(r, kBudget, new QTableWidgetItem(QLocale().toString(rival.budget, 'f', 0)));
        m_table->setItem(r, kChannels, new QTableWidgetItem(channels.join(QStringLiteral(", "))));
        m_table->setItem(r, kPreference, new QTableWidgetItem(QLocale().toString(rival.preference, 'g', 4)));
    }
    auto* add = new QPushButton(tr("Add rival"), this);
    auto* remove = new QPushButton(tr("Remove rival"), this);
    connect(add, &QPushButton::clicked, this, &RivalsEditor::addRival);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
        }
    });
    auto* explanation = new QLabel(
        tr("Rival advertisers buy from the same KOLs as this scenario. They change no method's plan; Plan › "
           "Compete with rivals, the Compare tab and the PDF report show what they cost each plan, and a plan "
           "that holds up against them. At most %1 rivals.")
            .arg(kMaxRivals),
        this);
    explanation->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void RivalsEditor::addRival()
{
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    m_table->setItem(r, kName, new QTableWidgetItem(tr("Rival %1").arg(r + 1)));
    m_table->setItem(r, kBudget, new QTableWidgetItem(QLocale().toString(1000000.0, 'f', 0)));
    m_table->setItem(r, kChannels, new QTableWidgetItem());
    m_table->setItem(r, kPreference, new QTableWidgetItem(QLocale().toString(2.0, 'g', 4)));
    m_table->setCurrentCell(r, kName);
}

std::vector<std::string> RivalsEditor::channelsOf(int row, QStringList* unknown) const
{
    std::vector<std::string> out;
    for (const QString& part : cellText(m_table, row, kChannels).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        std::optional<std::string> found = m_vocabulary.findChannel(name.toStdString());
        for (const auto& c : m_vocabulary.channels) {
            if (!found && displayName(c).compare(name, Qt::CaseInsensitive) == 0) {
                found = c; // the stored name behind the one shown
            }
        }
        if (found) {
            out.push_back(*found);
        } else if (unknown && !name.isEmpty()) {
            *unknown << name;
        }
    }
    return out;
}

std::vector<Rival> RivalsEditor::rivals() const
{
    std::vector<Rival> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        Rival rival;
        rival.name = cellText(m_table, r, kName).toStdString();
        const double budget = readNumber(cellText(m_table, r, kBudget));
        rival.budget = std::isfinite(budget) ? budget : 0.0;
        const double preference = readNumber(cellText(m_table, r, kPreference));
        rival.preference = std::isfinite(preference) ? preference : 0.0;
        rival.preferredChannels = channelsOf(r, nullptr);
        out.push_back(std::move(rival));
    }
    return out;
}

QStringList RivalsEditor::problems() const
{
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (const auto& [column, what] :
             {std::pair{kBudget, tr("budget")}, std::pair{kPreference, tr("preference")}}) {
            if (std::isnan(readNumber(cellText(m_table, r, column)))) {
                out << tr("rival %1: %2 '%3' is not a number").arg(r + 1).arg(what, cellText(m_table, r, column));
            }
        }
        QStringList unknown;
        channelsOf(r, &unknown);
        for (const QString& name : unknown) {
            out << tr("rival %1: '%2' is not a channel of the project").arg(r + 1).arg(name);
        }
    }
    return out;
}

} // namespace kol
