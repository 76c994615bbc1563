#pragma once

// A project window on its own copy of the shared demo project, as the window tests open it.
#include "UiFixture.h"
#include "ui/ProjectWindow.h"

#include <QMessageBox>

namespace kol::test {

// Shows `window` on a copy of the shared demo project in `dir`; unsaved edits are discarded
// when it closes or switches (the tests' answer to "save changes?").
inline ::testing::AssertionResult openDemo(ProjectWindow& window, TempDir& dir)
{
    window.setUnsavedAnswer(QMessageBox::Discard);
    window.show();
    if (const Status s = window.openProject(QString::fromStdString(sharedDemoProject(dir))); !s) {
        return ::testing::AssertionFailure() << s.message();
    }
    return ::testing::AssertionSuccess();
}

} // namespace kol::test
