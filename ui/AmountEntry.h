#pragma once

#include "core/base/Amount.h"

#include <QDoubleSpinBox>
#include <QString>

namespace kol {

// Money as the user types it in the window: readAmount() (core/base/Amount.h, the product's one
// amount reader) with the locale's decimal mark, and its group separator removed where it is
// neither '.' nor ',' (a space, a no-break space, an apostrophe).
AmountReading readTypedAmount(const QString& text, AmountRules rules = {});
// Why a typed amount was refused, in the user's language, quoting `text`; empty when it was not.
QString amountProblem(const AmountReading& reading, const QString& text, const AmountRules& rules = {});

// A money field (the campaign budget) that reads what it is given like every other amount field
// ("2m", "1,500,000", "150万"), shows its value with thousands separators, and refuses what is
// not an amount, is not above zero or is over kLargestAmount with a message (refused()) rather
// than silently restoring or clamping. Shows "—" while there is no value (setEmpty()).
class AmountSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit AmountSpinBox(QWidget* parent = nullptr);
    void setEmpty();
    QValidator::State validate(QString& input, int& pos) const override;
    double valueFromText(const QString& text) const override;
    QString textFromValue(double value) const override;
    void fixup(QString& input) const override;

Q_SIGNALS:
    // Text the user typed and the field did not take, with the reason.
    void refused(const QString& message) const;
};

} // namespace kol
