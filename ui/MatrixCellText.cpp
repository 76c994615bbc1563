#include "MatrixCellText.h"

#include "core/model/StrategyMatrix.h"

#include <QLocale>

namespace kol {

QString amountText(double amount)
{
    return QLocale().toString(amount, 'f', 0);
}

QString cellSummary(const MatrixCell& c)
{
    if (!c.enabled) {
        return QObject::tr("off");
    }
    if (c.locked) {
        return QObject::tr("lock %1").arg(amountText(*c.locked));
    }
    if (c.minAmount > 0 && c.maxAmount) {
        return QStringLiteral("%1 – %2").arg(amountText(c.minAmount), amountText(*c.maxAmount));
    }
    if (c.minAmount > 0) {
        return QStringLiteral("≥ %1").arg(amountText(c.minAmount));
    }
    if (c.maxAmount) {
        return QStringLiteral("≤ %1").arg(amountText(*c.maxAmount));
    }
    return QStringLiteral("·");
}

QString cellTooltip(const MatrixCell& c, const QString& cellName)
{
    QStringList lines{cellName};
    lines << (c.enabled ? QObject::tr("Enabled") : QObject::tr("Disabled: the allocator leaves it empty"));
    if (c.locked) {
        lines << QObject::tr("Locked at %1").arg(amountText(*c.locked));
    }
    lines << QObject::tr("Minimum %1").arg(amountText(c.minAmount));
    lines << (c.maxAmount ? QObject::tr("Maximum %1").arg(amountText(*c.maxAmount)) : QObject::tr("No maximum"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace kol
