#pragma once

// How the desktop program starts: its language, the first-run demo project, and the smoke test
// the test suite runs under Xvfb.
#include <QString>

namespace kol {

class ProjectWindow;

// Installs the translation for `language` ("zh_CN", "en"), else the setting, else the system's
// locale (English when there is none), replacing one installed before; numbers follow the same
// locale (US English where the system has none, so that amounts show thousands separators).
void installTranslations(const QString& language);

// Opens what a start without a project should open: the most recent project that still exists;
// else (the first run) the demo project in the user's data folder, building it first on a worker
// thread (a generated market, a fitted model, a second scenario) behind a progress dialog that
// can cancel it. Returns at once; the window opens the project when it is there.
void openStartProject(ProjectWindow& window);

// Runs one allocation with `method`, saves screenshots (the window, NAME-results.png and, with
// two or more scenarios, NAME-compare.png) and returns 0 when the plan beats the template.
int runSmokeTest(ProjectWindow& window, const QString& method, const QString& screenshot);

} // namespace kol
