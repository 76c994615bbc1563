// Widget tests run offscreen; gtest_discover_tests runs this binary without ctest's environment.
// KOL_TEST_SCREEN=WIDTHxHEIGHT gives the offscreen platform a screen of that size (the layout
// tests run at 1,366 × 768 and 1,600 × 1,000).
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdlib>
#include <gtest/gtest.h>
#include <string>

int main(int argc, char** argv)
{
    std::string platform = "offscreen";
    if (const char* screen = std::getenv("KOL_TEST_SCREEN")) {
        const std::string size = screen;
        const auto x = size.find('x');
        const std::string config = QDir::tempPath().toStdString() + "/kolplanner-screen-" + size + ".json";
        QFile file(QString::fromStdString(config));
        if (x != std::string::npos && file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(("{\"screens\": [{\"name\": \"test\", \"x\": 0, \"y\": 0, \"width\": " + size.substr(0, x)
                        + ", \"height\": " + size.substr(x + 1) + ", \"logicalDpi\": 96, \"dpr\": 1}]}")
                           .c_str());
            file.close();
            platform += ":configfile=" + config;
        }
        setenv("QT_QPA_PLATFORM", platform.c_str(), 1);
    } else {
        setenv("QT_QPA_PLATFORM", platform.c_str(), 0);
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // data go to a test location
    // Each test is a process of its own and ctest runs two at once: settings (recent files,
    // language) are per process, so one test's saved project is never another's "first run".
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QApplication::setOrganizationName(QStringLiteral("KOL Planner Tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
