#include "AmountEntry.h"

#include "MatrixCellText.h"

#include <QLocale>

namespace kol {

AmountReading readTypedAmount(const QString& text, AmountRules rules)
{
    const QLocale locale;
    QString t = text;
    const QString group = locale.groupSeparator();
    if (group != QStringLiteral(",") && group != QStringLiteral(".")) {
        t.remove(group);
    }
    t.remove(QChar(0x00A0)).remove(QChar(0x202F));
    rules.decimalMark = locale.decimalPoint() == QStringLiteral(",") ? ',' : '.';
    return readAmount(t.trimmed().toStdString(), rules);
}

QString amountProblem(const AmountReading& r, const QString& text, const AmountRules& rules)
{
    const QString quoted = QStringLiteral("“%1”").arg(text.trimmed());
    switch (r.problem) {
    case AmountProblem::None:
        return {};
    case AmountProblem::NotAnAmount:
        return QObject::tr("%1 is not an amount: write e.g. 40000, 40,000, 40k, 1.5m or 4万").arg(quoted);
    case AmountProblem::Negative:
        return QObject::tr("%1 is negative: amounts are 0 or more").arg(quoted);
    case AmountProblem::AboveMaximum:
        return rules.percentOf && rules.maximum == *rules.percentOf
            ? QObject::tr("%1 is more than the budget (%2)").arg(quoted, amountText(rules.maximum))
            : QObject::tr("%1 is more than the largest amount allowed (%2)").arg(quoted, amountText(rules.maximum));
    case AmountProblem::PercentNotAllowed:
        return QObject::tr("%1 is a share: write an amount here").arg(quoted);
    }
    return {};
}

AmountSpinBox::AmountSpinBox(QWidget* parent)
    : QDoubleSpinBox(parent)
{
    setRange(0, kLargestAmount);
    setDecimals(0);
    setSingleStep(10000);
    setGroupSeparatorShown(true);
    setKeyboardTracking(false);
    setSpecialValueText(QStringLiteral("—"));
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    setToolTip(tr("The campaign budget. Type it as you would write it: 2000000, 2,000,000, 2m or 200万."));
}

void AmountSpinBox::setEmpty()
{
    const QSignalBlocker block(this);
    setValue(0);
}

QValidator::State AmountSpinBox::validate(QString& input, int&) const
{
    if (input == specialValueText()) {
        return QValidator::Acceptable;
    }
    const AmountReading r = readTypedAmount(input);
    // Anything may be typed on the way to an amount; only a whole, positive amount is taken.
    return r && r.value >= 1 ? QValidator::Acceptable : QValidator::Intermediate;
}

double AmountSpinBox::valueFromText(const QString& text) const
{
    const AmountReading r = readTypedAmount(text);
    return r ? r.value : value();
}

QString AmountSpinBox::textFromValue(double v) const
{
    return amountText(v);
}

void AmountSpinBox::fixup(QString& input) const
{
    if (input.trimmed().isEmpty() || input == specialValueText()) {
        return;
    }
    const AmountReading r = readTypedAmount(input);
    Q_EMIT refused(r ? tr("the budget must be at least 1") : amountProblem(r, input));
}

} // namespace kol
