#pragma once

// The words and numbers of the printed reports (the PDF report and its competition section), as
// the report's language says them: names through displayName(), engine messages through
// engineText(), amounts and scores in the locale's digits.
#include "DisplayNames.h"
#include "EngineText.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace kol::report {

inline QString html(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

// A channel, phase, tier or format name, and an engine message, as the report's language says them.
inline QString shown(const std::string& name)
{
    return displayName(name).toHtmlEscaped();
}

inline QString said(const std::string& message)
{
    return engineText(message).toHtmlEscaped();
}

inline QString amount(double v)
{
    return QLocale().toString(v, 'f', 0);
}

inline QString score(double v)
{
    return QLocale().toString(v, 'f', 1);
}

inline QString percent(double v, bool sign = false)
{
    return (sign && v >= 0 ? QStringLiteral("+") : QString()) + QLocale().toString(100 * v, 'f', 1) + QLatin1Char('%');
}

inline QStringList names(const std::vector<std::string>& v)
{
    QStringList out;
    for (const auto& s : v) {
        out << displayName(s);
    }
    return out;
}

// A right-aligned table cell that never wraps (7-digit numbers must not break at a separator).
inline QString number(const QString& text)
{
    return QStringLiteral("<td align='right' nowrap>%1</td>").arg(text);
}

} // namespace kol::report
