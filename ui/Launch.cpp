#include "Launch.h"

#include "AllocatePanel.h"
#include "BackgroundJob.h"
#include "CompareView.h"
#include "PlanDocument.h"
#include "ProjectWindow.h"
#include "Settings.h"
#include "core/session/DemoProject.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

namespace kol {

void installTranslations(const QString& language)
{
    const QString chosen = language.isEmpty() ? settings::language() : language;
    QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (locale.language() == QLocale::C) {
        locale = QLocale(QLocale::English, QLocale::UnitedStates); // "1,250,000", not "1250000"
    }
    static QTranslator translator, qtTranslator;
    QApplication::removeTranslator(&translator);
    QApplication::removeTranslator(&qtTranslator);
    QLocale::setDefault(locale);
    if (translator.load(locale, QStringLiteral("kolplanner"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
        if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QApplication::installTranslator(&qtTranslator);
        }
    }
}

namespace {
// The first-run guide, once: over the project the program starts with, until it is finished or
// dismissed (Help › Getting started brings it back).
void offerGuide(ProjectWindow& window)
{
    if (!settings::guideSeen()) {
        QTimer::singleShot(400, &window, [&window] { window.startGuide(); });
    }
}
} // namespace

void openStartProject(ProjectWindow& window)
{
    for (const QString& path : settings::recentFiles()) {
        if (QFileInfo::exists(path)) {
            if (const Status s = window.openProject(path); !s) {
                QMessageBox::critical(&window, QObject::tr("Cannot open project"), QString::fromStdString(s.message()));
            }
            offerGuide(window);
            return;
        }
    }
    // The data folder: one level (~/.local/share/kolplanner), not organisation/application.
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/kolplanner");
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/demo.kolplan");
    if (QFileInfo::exists(path)) {
        window.openProject(path);
        offerGuide(window);
        return;
    }
    auto* dialog = new QProgressDialog(QObject::tr("Preparing a demo project: generating a market and training the "
                                                   "KOL performance model…"),
                                       QObject::tr("Cancel"), 0, 1000, &window);
    dialog->setWindowTitle(QObject::tr("Welcome to KOL Planner"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    auto* label = new QLabel(dialog);
    label->setWordWrap(true); // long stages wrap instead of running off the dialog
    dialog->setLabel(label);
    dialog->setLabelText(QObject::tr("Preparing a demo project: generating a market and training the "
                                     "KOL performance model…"));
    dialog->setMinimumSize(560, 170); // the label's two lines, the bar and Cancel, nothing clipped
    auto* job = new BackgroundJob(dialog);
    QObject::connect(job, &BackgroundJob::progress, dialog, [dialog](const JobTag&, const JobProgress& p) {
        dialog->setValue(static_cast<int>(1000 * p.fraction));
        dialog->setLabelText(QObject::tr("Preparing a demo project: %1…").arg(p.stage));
    });
    QObject::connect(job, &BackgroundJob::finished, &window, [&window, dialog, path](const JobTag&, const std::any&) {
        dialog->deleteLater();
        if (const Status s = window.openProject(path); !s) {
            QMessageBox::critical(&window, QObject::tr("Cannot open project"), QString::fromStdString(s.message()));
        }
        offerGuide(window);
    });
    QObject::connect(job, &BackgroundJob::failed, &window, [&window, dialog](const JobTag&, const QString& error) {
        dialog->deleteLater();
        QMessageBox::warning(&window, QObject::tr("No demo project"),
                             QObject::tr("The demo project could not be built: %1").arg(error));
    });
    QObject::connect(job, &BackgroundJob::cancelled, dialog,
                     [dialog](const JobTag&, const QString&) { dialog->deleteLater(); });
    QObject::connect(dialog, &QProgressDialog::canceled, job, [job] { job->cancel(QObject::tr("cancelled")); });
    const std::string target = path.toStdString();
    job->start(JobTag{}, [target](const JobContext& context, QString& error) -> std::any {
        DemoBuildOptions options;
        options.cancel = context.cancel;
        options.progress = [&context](const std::string& what, double fraction) {
            context.progress(JobProgress{fraction, QString::fromStdString(what), {}, {}});
        };
        if (const Status s = buildDemoProject(target, options); !s && !context.cancelled()) {
            error = QString::fromStdString(s.message());
        }
        return {};
    });
    dialog->show();
}

// --smoke-test: open the project, run one allocation, save screenshots, exit 0 when the plan
// beats the template. Every wait is a signal, never a nested event loop.
int runSmokeTest(ProjectWindow& window, const QString& method, const QString& screenshot)
{
    int code = 1;
    window.setUnsavedAnswer(QMessageBox::Discard); // the smoke test leaves the project as it was
    QString base = screenshot;
    if (base.endsWith(QStringLiteral(".png"))) {
        base.chop(4);
    }
    auto finish = [&window, &code, method](bool saved) {
        window.tabs()->setCurrentIndex(0);
        const PlanDocument* doc = window.document();
        const bool better = doc->hasFigures() && doc->outcome().effect > doc->templateEffect();
        std::fprintf(stderr, "smoke test: %s effect %.2f (template %.2f), longest stall %.0f ms, screenshots %s\n",
                     method.toUtf8().constData(), doc->outcome().effect, doc->templateEffect(),
                     window.allocatePanel()->longestStallMs(), saved ? "saved" : "NOT saved");
        code = better && saved ? 0 : 1;
        QApplication::quit();
    };
    auto saved = std::make_shared<bool>(true);
    QObject::connect(window.compareView(), &CompareView::compared, &window, [&window, base, saved, finish] {
        QTimer::singleShot(300, &window, [&window, base, saved, finish] {
            *saved = window.grab().save(base + QStringLiteral("-compare.png")) && *saved;
            finish(*saved);
        });
    });
    QObject::connect(window.allocatePanel(), &AllocatePanel::allocated, &window,
                     [&window, screenshot, base, saved, finish] {
                         QTimer::singleShot(300, &window, [&window, screenshot, base, saved, finish] {
                             *saved = window.grab().save(screenshot);
                             window.tabs()->setCurrentIndex(1); // the results tab too: NAME-results.png
                             QTimer::singleShot(200, &window, [&window, base, saved, finish] {
                                 *saved = window.grab().save(base + QStringLiteral("-results.png")) && *saved;
                                 if (window.scenarioList()->count() < 2) {
                                     finish(*saved);
                                     return;
                                 }
                                 window.tabs()->setCurrentIndex(2); // and the comparison of the first two
                                 window.compareView()->compare(
                                     {window.scenarioList()->item(0)->text(), window.scenarioList()->item(1)->text()});
                             });
                         });
                     });
    QObject::connect(window.compareView(), &CompareView::message, &window, [finish](const QString& text) {
        std::fprintf(stderr, "%s\n", text.toUtf8().constData());
        finish(false);
    });
    QObject::connect(window.allocatePanel(), &AllocatePanel::message, &window,
                     [](const QString& text) { std::fprintf(stderr, "%s\n", text.toUtf8().constData()); });
    window.allocatePanel()->setMethod(method);
    QTimer::singleShot(200, &window, [&window] { window.allocate(); });
    QTimer::singleShot(600000, &window, [] { QApplication::exit(2); });
    const int loop = QApplication::exec();
    return loop != 0 ? loop : code;
}

} // namespace kol
