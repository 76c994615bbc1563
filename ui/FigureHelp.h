#pragma once

#include <QString>
#include <QStringList>

namespace kol {

// What each figure the window shows means: its units, its band, what it is compared with. One
// explanation per figure, shown as its tooltip wherever it appears (the figures line, the
// matrix, the comparison table) and gathered on the Help page (SPEC section 5 defines them).
namespace figure_help {

// Keys of the figures explained.
inline const QStringList& keys()
{
    static const QStringList k{QStringLiteral("effect"), QStringLiteral("band"),        QStringLiteral("spend"),
                               QStringLiteral("reach"),  QStringLiteral("engagements"), QStringLiteral("penalty"),
                               QStringLiteral("uplift"), QStringLiteral("savings"),     QStringLiteral("unspent"),
                               QStringLiteral("breaks"), QStringLiteral("data"),        QStringLiteral("method")};
    return k;
}
// The figure's name ("Effect") and its explanation (a few sentences), in the user's language.
QString title(const QString& key);
QString explanation(const QString& key);
// `text` as a link the figures line shows its explanation for on hover.
QString link(const QString& key, const QString& text);
// The key of a link made by link(); empty for other links.
QString keyOfLink(const QString& href);
// The Help page: every figure's name and explanation, and how to read the matrix (HTML).
QString helpPage();

} // namespace figure_help
} // namespace kol
