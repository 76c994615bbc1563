#pragma once

#include "core/model/Scenario.h"
#include "core/model/Vocabulary.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QTableWidget;

namespace kol {

class RivalsEditor;

// The campaign set-up of a scenario: budget and currency, phases with dates, channels, tiers and
// content formats (from the project's vocabulary), composite-score weights, rules (tier
// hierarchy, max cell share, channel share bounds) and the expert template's weights on the
// Campaign tab; the rival advertisers on the Competition tab (RivalsEditor). OK is
// refused, with every problem listed, while the set-up is not valid.
class SetupDialog : public QDialog
{
    Q_OBJECT

public:
    SetupDialog(const Scenario& scenario, const Vocabulary& vocabulary, QWidget* parent = nullptr);

    // The scenario as the dialog's fields state it, and what is wrong with it (empty when valid).
    Scenario scenario() const;
    QStringList problems() const;

    // For tests and keyboard users: the fields.
    QDoubleSpinBox* budgetEdit() const { return m_budget; }
    QLineEdit* currencyEdit() const { return m_currency; }
    QTableWidget* phaseTable() const { return m_phases; }
    QListWidget* channelList() const { return m_channels; }
    QListWidget* tierList() const { return m_tiers; }
    QListWidget* formatList() const { return m_formats; }
    QTableWidget* channelShareTable() const { return m_shares; }
    QTableWidget* templateTable() const { return m_template; }
    QDoubleSpinBox* maxCellShareEdit() const { return m_maxCellShare; }
    RivalsEditor* rivalsEditor() const { return m_rivals; }
    QTabWidget* tabs() const { return m_tabs; }

    void accept() override;

private:
    void fillChannelTables(const Scenario& s);

    Scenario m_base;
    Vocabulary m_vocabulary;
    QDoubleSpinBox* m_budget;
    QLineEdit* m_currency;
    QTableWidget* m_phases;
    QListWidget* m_channels;
    QListWidget* m_tiers;
    QListWidget* m_formats;
    QDoubleSpinBox* m_weights[5];
    QCheckBox* m_hierarchy;
    QDoubleSpinBox* m_maxCellShare;
    QTableWidget* m_shares;
    QTableWidget* m_template;
    RivalsEditor* m_rivals;
    QTabWidget* m_tabs;
    QLabel* m_problems;
};

} // namespace kol
