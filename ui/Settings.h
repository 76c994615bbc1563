#pragma once

// The desktop program's settings: every key, its type and its default in one place.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kol::settings {

inline constexpr int kMaxRecentFiles = 8;

// Projects opened, most recent first (absolute paths, at most kMaxRecentFiles).
QStringList recentFiles();
void addRecentFile(const QString& path);
// The folder of the last project opened or saved; the home folder by default.
QString lastFolder();
void setLastFolder(const QString& folder);
// The user-interface language ("zh_CN"); empty: the system's.
QString language();
void setLanguage(const QString& locale);
QByteArray windowGeometry();
QByteArray windowState();
void setWindow(const QByteArray& geometry, const QByteArray& state);
// Whether the first-run guide was shown to the end or dismissed (it is not offered again).
bool guideSeen();
void setGuideSeen(bool seen);
// Whether a training run shows its live charts (the user may hide them); true by default.
bool trainingChartsShown();
void setTrainingChartsShown(bool shown);
// The local language model server that drafts A/B variants (chat-completions protocol): its base
// URL (empty: none, nothing is ever sent), the model name sent with requests, and the seconds to
// wait for a reply (1..600, default 120).
QString draftingServer();
QString draftingModel();
int draftingTimeout();
void setDrafting(const QString& server, const QString& model, int timeoutSeconds);

} // namespace kol::settings
