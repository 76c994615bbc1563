// The desktop program's entry point: options, then the main window (see ui/Launch.h).
#include "training/BlasKernel.h"
#include "training/ProcessMemory.h"
#include "ui/Launch.h"
#include "ui/ProjectWindow.h"
#include "ui/Walkthrough.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <cstdio>

int main(int argc, char** argv)
{
    kol::chooseBlasKernel(); // first: it may set OPENBLAS_CORETYPE, before any thread starts
    kol::keepFreedMemory();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("KOL Planner"));
    QApplication::setOrganizationName(QStringLiteral("KOL Planner"));
    QApplication::setApplicationVersion(QStringLiteral("0.2.0"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("kolplanner"), QIcon(QStringLiteral(":/kolplanner.svg"))));
    QGuiApplication::setDesktopFileName(QStringLiteral("kolplanner"));
    // --language is read before the parser so that its help text is translated too.
    QString language;
    for (int i = 1; i + 1 < argc; ++i) {
        if (QString::fromLocal8Bit(argv[i]) == QStringLiteral("--language")) {
            language = QString::fromLocal8Bit(argv[i + 1]);
        }
    }
    kol::installTranslations(language);
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Budget planning over channels, phases and KOL tiers"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QObject::tr("The .kolplan project to open"));
    QCommandLineOption smoke(QStringLiteral("smoke-test"),
                             QObject::tr("Run one allocation, save a screenshot to FILE and exit"),
                             QStringLiteral("FILE"));
    QCommandLineOption method(QStringLiteral("method"), QObject::tr("Method for --smoke-test (default optimal)"),
                              QStringLiteral("METHOD"), QStringLiteral("optimal"));
    QCommandLineOption steps(QStringLiteral("train-steps"), QObject::tr("Most RL training steps (default 60000)"),
                             QStringLiteral("N"), QStringLiteral("60000"));
    QCommandLineOption languageOption(QStringLiteral("language"), QObject::tr("User interface language, e.g. zh_CN"),
                                      QStringLiteral("LOCALE"));
    QCommandLineOption walkthrough(QStringLiteral("walkthrough"),
                                   QObject::tr("Walk through the window as a new user and save screenshots to FOLDER"),
                                   QStringLiteral("FOLDER"));
    parser.addOption(languageOption);
    parser.addOption(walkthrough);
    parser.addOption(smoke);
    parser.addOption(method);
    parser.addOption(steps);
    parser.process(app);

    kol::ProjectWindow window;
    bool stepsOk = false;
    const long trainSteps = parser.value(steps).toLong(&stepsOk);
    if (!stepsOk || trainSteps < 1000 || trainSteps > 10000000) {
        std::fprintf(stderr, "kolplanner: --train-steps must be a whole number from 1000 to 10000000\n");
        return 2;
    }
    window.setTrainSteps(trainSteps);
    window.show();
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty()) {
        if (const kol::Status s = window.openProject(args.front()); !s) {
            if (parser.isSet(smoke)) {
                std::fprintf(stderr, "%s\n", s.message().c_str());
                return 1;
            }
            QMessageBox::critical(&window, QObject::tr("Cannot open project"), QString::fromStdString(s.message()));
        }
    } else if (!parser.isSet(smoke) && !parser.isSet(walkthrough)) {
        kol::openStartProject(window);
    }
    if (parser.isSet(smoke)) {
        return kol::runSmokeTest(window, parser.value(method), parser.value(smoke));
    }
    if (parser.isSet(walkthrough)) {
        return kol::runWalkthrough(window, parser.value(walkthrough));
    }
    return QApplication::exec();
}
