#pragma once

#include "core/model/Rival.h"
#include "core/model/Vocabulary.h"

#include <QWidget>

class QTableWidget;

namespace kol {

// The competition setting of Campaign set-up: the scenario's rival advertisers as an editable
// table (name, budget in the scenario's currency, preferred channels as a comma-separated list of
// the project's channels, and how many times as much a post on them is worth to the rival), with
// Add and Remove buttons. `compete`, `compare` and the PDF report value plans against them.
class RivalsEditor : public QWidget
{
    Q_OBJECT

public:
    RivalsEditor(const std::vector<Rival>& rivals, const Vocabulary& vocabulary, QWidget* parent = nullptr);

    // The rivals as the table states them; a field that does not read (a budget that is not a
    // number, an unknown channel) is left as 0 or out, and problems() names it.
    std::vector<Rival> rivals() const;
    // What in the table does not read, one line per field ("rival 2: budget 'abc' is not a number").
    QStringList problems() const;

    // For tests and keyboard users.
    QTableWidget* table() const { return m_table; }
    void addRival();

private:
    // The channels of row `row`, resolved (display names and aliases too); unknown ones in `unknown`.
    std::vector<std::string> channelsOf(int row, QStringList* unknown) const;

    Vocabulary m_vocabulary;
    QTableWidget* m_table;
};

} // namespace kol
