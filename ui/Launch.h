#pragma once

// How the desktop program starts: its language, the first-run demo project, and the modes the
// test suite and the CLI use (a smoke test, a headless PDF export).
#include <QString>

class QWidget;

namespace kol {

class ProjectWindow;

// Installs the translation for `language` ("zh_CN"), else the setting, else the system's locale
// (English when there is none); numbers follow the same locale.
void installTranslations(const QString& language);

// First run (no project given, none opened before): builds the demo project in the user's data
// folder behind a progress dialog and returns its path; the most recent project otherwise.
QString firstRunProject(QWidget* parent);

// Runs one allocation with `method`, saves screenshots (the window, NAME-results.png and, with
// two or more scenarios, NAME-compare.png) and returns 0 when the plan beats the template.
int runSmokeTest(ProjectWindow& window, const QString& method, const QString& screenshot);

} // namespace kol
