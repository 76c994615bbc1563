#include "cli/Cli.h"
#include "ui/AllocatePanel.h"
#include "ui/CompareView.h"
#include "ui/PdfReport.h"
#include "ui/PlanDocument.h"
#include "ui/ProjectWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <sstream>

namespace {
// First run: no project given and none opened before. Builds the demo project (a generated
// market, a fitted performance model and a second scenario) in the user's data folder, on a
// worker thread behind a progress dialog, so that a new user starts from a full example.
QString firstRunProject(QWidget* parent)
{
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString& path : recent) {
        if (QFileInfo::exists(path)) {
            return path;
        }
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/demo.kolplan");
    if (QFileInfo::exists(path)) {
        return path;
    }
    QProgressDialog progress(QObject::tr("Preparing a demo project: generating a market and training the KOL "
                                         "performance model…"),
                             QString(), 0, 0, parent);
    progress.setWindowTitle(QObject::tr("Welcome to KOL Planner"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.show();
    std::string error;
    const std::string target = path.toStdString();
    const std::string partial = target + ".building";
    QEventLoop wait;
    QThread* worker = QThread::create([&] {
        std::ostringstream out, err;
        std::remove(partial.c_str());
        const bool ok = kol::runCli({"demo", partial}, out, err) == 0 && kol::runCli({"fit", partial}, out, err) == 0
            && kol::runCli({"scenario", "copy", partial, "Baseline", "Douyin focus"}, out, err) == 0
            && kol::runCli({"scenario", "set", partial, "Douyin focus", "--budget", "1.5m", "--channel-share",
                            "Douyin=40%..60%"},
                           out, err)
                == 0;
        if (!ok || std::rename(partial.c_str(), target.c_str()) != 0) {
            error = err.str();
            std::remove(partial.c_str());
        }
    });
    QObject::connect(worker, &QThread::finished, &wait, &QEventLoop::quit);
    worker->start();
    wait.exec();
    delete worker;
    progress.close();
    if (!error.empty()) {
        QMessageBox::warning(parent, QObject::tr("No demo project"),
                             QObject::tr("The demo project could not be built: %1").arg(QString::fromStdString(error)));
        return {};
    }
    return path;
}

// --smoke-test: open the project, run one allocation, save a screenshot of the window, exit
// 0 when the plan beats the template. Used under Xvfb by the test suite.
int smokeTest(kol::ProjectWindow& window, const QString& method, const QString& screenshot)
{
    int code = 1;
    window.setUnsavedAnswer(QMessageBox::Discard); // the smoke test leaves the project as it was
    QObject::connect(window.allocatePanel(), &kol::AllocatePanel::allocated, &window, [&] {
        QTimer::singleShot(300, &window, [&] {
            const kol::PlanDocument* doc = window.document();
            const bool better = doc->hasFigures() && doc->outcome().effect > doc->templateEffect();
            bool saved = window.grab().save(screenshot);
            // The results tab too, next to it: NAME-results.png.
            window.tabs()->setCurrentIndex(1);
            QApplication::processEvents();
            QString results = screenshot;
            if (results.endsWith(QStringLiteral(".png"))) {
                results.chop(4);
            }
            results += QStringLiteral("-results.png");
            saved = window.grab().save(results) && saved;
            // With two or more scenarios, the comparison of the first two: NAME-compare.png.
            if (window.scenarioList()->count() >= 2) {
                window.tabs()->setCurrentIndex(2);
                QEventLoop wait;
                QObject::connect(window.compareView(), &kol::CompareView::compared, &wait, &QEventLoop::quit);
                QTimer::singleShot(120000, &wait, &QEventLoop::quit);
                window.compareView()->compare(
                    {window.scenarioList()->item(0)->text(), window.scenarioList()->item(1)->text()});
                wait.exec();
                QApplication::processEvents();
                QString compare = results;
                compare.replace(QStringLiteral("-results.png"), QStringLiteral("-compare.png"));
                saved = window.grab().save(compare) && saved;
            }
            window.tabs()->setCurrentIndex(0);
            std::fprintf(stderr, "smoke test: %s effect %.2f (template %.2f), longest stall %.0f ms, screenshot %s\n",
                         method.toUtf8().constData(), doc->outcome().effect, doc->templateEffect(),
                         window.allocatePanel()->longestStallMs(), saved ? "saved" : "NOT saved");
            code = better && saved ? 0 : 1;
            QApplication::quit();
        });
    });
    QObject::connect(window.allocatePanel(), &kol::AllocatePanel::message, &window,
                     [](const QString& text) { std::fprintf(stderr, "%s\n", text.toUtf8().constData()); });
    window.allocatePanel()->setMethod(method);
    QTimer::singleShot(200, &window, [&] { window.allocate(); });
    QTimer::singleShot(600000, &window, [] { QApplication::exit(2); });
    const int loop = QApplication::exec();
    return loop != 0 ? loop : code;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("KOL Planner"));
    QApplication::setOrganizationName(QStringLiteral("KOL Planner"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("kolplanner"), QIcon(QStringLiteral(":/kolplanner.svg"))));
    QGuiApplication::setDesktopFileName(QStringLiteral("kolplanner"));
    // The language: --language, else the setting, else the system's (English when there is no
    // translation). Numbers and amounts follow the same locale.
    QString language;
    for (int i = 1; i + 1 < argc; ++i) {
        if (QString::fromLocal8Bit(argv[i]) == QStringLiteral("--language")) {
            language = QString::fromLocal8Bit(argv[i + 1]);
        }
    }
    if (language.isEmpty()) {
        language = QSettings().value(QStringLiteral("language")).toString();
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QTranslator translator, qtTranslator;
    if (translator.load(locale, QStringLiteral("kolplanner"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
        QLocale::setDefault(locale);
        if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QApplication::installTranslator(&qtTranslator);
        }
    }
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
    QCommandLineOption pdf(QStringLiteral("export-pdf"),
                           QObject::tr("Write the PDF report of --scenario's latest plan to FILE and exit"),
                           QStringLiteral("FILE"));
    QCommandLineOption scenario(QStringLiteral("scenario"), QObject::tr("Scenario for --export-pdf"),
                                QStringLiteral("NAME"));
    QCommandLineOption languageOption(QStringLiteral("language"), QObject::tr("User interface language, e.g. zh_CN"),
                                      QStringLiteral("LOCALE"));
    parser.addOption(languageOption);
    parser.addOption(smoke);
    parser.addOption(method);
    parser.addOption(steps);
    parser.addOption(pdf);
    parser.addOption(scenario);
    parser.process(app);

    kol::ProjectWindow window;
    bool stepsOk = false;
    const long trainSteps = parser.value(steps).toLong(&stepsOk);
    if (!stepsOk || trainSteps < 1000 || trainSteps > 10000000) {
        std::fprintf(stderr, "kolplanner: --train-steps must be a whole number from 1000 to 10000000\n");
        return 2;
    }
    window.setTrainSteps(trainSteps);
    if (parser.isSet(pdf)) {
        // Headless: what 'kolplanner-cli export --pdf' runs.
        const QStringList args = parser.positionalArguments();
        if (args.isEmpty() || !parser.isSet(scenario)) {
            std::fprintf(stderr, "kolplanner: --export-pdf needs --scenario NAME and a project\n");
            return 2;
        }
        if (const kol::Status s = window.openProject(args.front()); !s) {
            std::fprintf(stderr, "kolplanner: %s\n", s.message().c_str());
            return 1;
        }
        if (!window.selectScenario(parser.value(scenario)) || window.currentScenario() != parser.value(scenario)) {
            std::fprintf(stderr, "kolplanner: %s: no scenario '%s'\n", args.front().toUtf8().constData(),
                         parser.value(scenario).toUtf8().constData());
            return 1;
        }
        if (const kol::Status s = kol::writePdfReport(parser.value(pdf), *window.document()); !s) {
            std::fprintf(stderr, "kolplanner: %s\n", s.message().c_str());
            return 1;
        }
        return 0;
    }
    window.show();
    QStringList args = parser.positionalArguments();
    if (args.isEmpty() && !parser.isSet(smoke)) {
        if (const QString demo = firstRunProject(&window); !demo.isEmpty()) {
            args << demo;
        }
    }
    if (!args.isEmpty()) {
        if (const kol::Status s = window.openProject(args.front()); !s) {
            if (parser.isSet(smoke)) {
                std::fprintf(stderr, "%s\n", s.message().c_str());
                return 1;
            }
            QMessageBox::critical(&window, QObject::tr("Cannot open project"), QString::fromStdString(s.message()));
        }
    }
    if (parser.isSet(smoke)) {
        return smokeTest(window, parser.value(method), parser.value(smoke));
    }
    return QApplication::exec();
}
