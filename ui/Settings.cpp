#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <algorithm>

namespace kol::settings {

namespace {
// The key table.
constexpr const char* kRecentFiles = "recentFiles";
constexpr const char* kLastFolder = "lastFolder";
constexpr const char* kLanguage = "language";
constexpr const char* kGeometry = "window/geometry";
constexpr const char* kState = "window/state";
constexpr const char* kGuideSeen = "guide/seen";
constexpr const char* kTrainingCharts = "allocate/trainingCharts";
constexpr const char* kDraftingServer = "drafting/server";
constexpr const char* kDraftingModel = "drafting/model";
constexpr const char* kDraftingTimeout = "drafting/timeout";
} // namespace

QStringList recentFiles()
{
    QStringList files = QSettings().value(kRecentFiles).toStringList();
    while (files.size() > kMaxRecentFiles) {
        files.removeLast();
    }
    return files;
}

void addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles) {
        files.removeLast();
    }
    QSettings().setValue(kRecentFiles, files);
}

QString lastFolder()
{
    return QSettings().value(kLastFolder, QDir::homePath()).toString();
}

void setLastFolder(const QString& folder)
{
    QSettings().setValue(kLastFolder, folder);
}

QString language()
{
    return QSettings().value(kLanguage).toString();
}

void setLanguage(const QString& locale)
{
    QSettings().setValue(kLanguage, locale);
}

QByteArray windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray windowState()
{
    return QSettings().value(kState).toByteArray();
}

void setWindow(const QByteArray& geometry, const QByteArray& state)
{
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kState, state);
}

bool guideSeen()
{
    return QSettings().value(kGuideSeen, false).toBool();
}

void setGuideSeen(bool seen)
{
    QSettings().setValue(kGuideSeen, seen);
}

bool trainingChartsShown()
{
    return QSettings().value(kTrainingCharts, true).toBool();
}

void setTrainingChartsShown(bool shown)
{
    QSettings().setValue(kTrainingCharts, shown);
}

QString draftingServer()
{
    return QSettings().value(kDraftingServer).toString();
}

QString draftingModel()
{
    return QSettings().value(kDraftingModel).toString();
}

int draftingTimeout()
{
    return std::clamp(QSettings().value(kDraftingTimeout, 120).toInt(), 1, 600);
}

void setDrafting(const QString& server, const QString& model, int timeoutSeconds)
{
    QSettings settings;
    settings.setValue(kDraftingServer, server.trimmed());
    settings.setValue(kDraftingModel, model.trimmed());
    settings.setValue(kDraftingTimeout, std::clamp(timeoutSeconds, 1, 600));
}

} // namespace kol::settings
