#include "MatrixCellText.h"

#include "core/model/StrategyMatrix.h"

#include <QLocale>
#include <cmath>

namespace kol {

QString amountText(double amount)
{
    // Rounded first: -0.4 shows as 0, not "-0".
    const double whole = std::round(amount);
    return QLocale().toString(whole == 0 ? 0.0 : whole, 'f', 0);
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

QString shareText(double share)
{
    return QLocale().toString(100 * share, 'f', 1) + QLatin1Char('%');
}

QString cellTooltip(const MatrixCell& c)
{
    QStringList lines;
    lines << (c.enabled ? QObject::tr("Enabled") : QObject::tr("Disabled: the allocator leaves it empty"));
    if (c.locked) {
        lines << QObject::tr("Locked at %1").arg(amountText(*c.locked));
    }
    lines << QObject::tr("Minimum %1").arg(amountText(c.minAmount));
    lines << (c.maxAmount ? QObject::tr("Maximum %1").arg(amountText(*c.maxAmount)) : QObject::tr("No maximum"));
    if (!c.note.empty()) {
        lines << QObject::tr("Note: %1").arg(QString::fromStdString(c.note));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace kol
