#include "Launch.h"

#include "AllocatePanel.h"
#include "CompareView.h"
#include "PlanDocument.h"
#include "ProjectWindow.h"
#include "Settings.h"
#include "cli/Cli.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <sstream>

namespace kol {

void installTranslations(const QString& language)
{
    const QString chosen = language.isEmpty() ? settings::language() : language;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    static QTranslator translator, qtTranslator;
    if (translator.load(locale, QStringLiteral("kolplanner"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
        QLocale::setDefault(locale);
        if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QApplication::installTranslator(&qtTranslator);
        }
    }
}

// First run: no project given and none opened before. Builds the demo project (a generated
// market, a fitted performance model and a second scenario) in the user's data folder, on a
// worker thread behind a progress dialog, so that a new user starts from a full example.
QString firstRunProject(QWidget* parent)
{
    const QStringList recent = settings::recentFiles();
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
        const bool ok = runCli({"demo", partial}, out, err) == 0 && runCli({"fit", partial}, out, err) == 0
            && runCli({"scenario", "copy", partial, "Baseline", "Douyin focus"}, out, err) == 0
            && runCli({"scenario", "set", partial, "Douyin focus", "--budget", "1.5m", "--channel-share",
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
int runSmokeTest(ProjectWindow& window, const QString& method, const QString& screenshot)
{
    int code = 1;
    window.setUnsavedAnswer(QMessageBox::Discard); // the smoke test leaves the project as it was
    QObject::connect(window.allocatePanel(), &AllocatePanel::allocated, &window, [&] {
        QTimer::singleShot(300, &window, [&] {
            const PlanDocument* doc = window.document();
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
                QObject::connect(window.compareView(), &CompareView::compared, &wait, &QEventLoop::quit);
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
    QObject::connect(window.allocatePanel(), &AllocatePanel::message, &window,
                     [](const QString& text) { std::fprintf(stderr, "%s\n", text.toUtf8().constData()); });
    window.allocatePanel()->setMethod(method);
    QTimer::singleShot(200, &window, [&] { window.allocate(); });
    QTimer::singleShot(600000, &window, [] { QApplication::exit(2); });
    const int loop = QApplication::exec();
    return loop != 0 ? loop : code;
}

} // namespace kol
