#pragma once

#include <QString>

namespace kol {

class ProjectWindow;

// A new user's walk through the window, saved as screenshots of the whole screen (tooltips and
// dialogs included) into `folder`: the first-run guide's four steps, a refused amount at its
// cell, a figure's explanation, a plan, its results, a comparison, the Help page and the set-up
// dialog with a problem in it. The open project needs two scenarios. Returns 0 when every
// screenshot was written. For the README and docs/images (scripts/walkthrough.sh).
int runWalkthrough(ProjectWindow& window, const QString& folder);

} // namespace kol
