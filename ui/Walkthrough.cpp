#include "Walkthrough.h"

#include "AbDraftDialog.h"
#include "AbTestPanel.h"
#include "ActualsDialog.h"
#include "AllocatePanel.h"
#include "CompareView.h"
#include "CompetitionDialog.h"
#include "FitDialog.h"
#include "GuideTour.h"
#include "MatrixView.h"
#include "PlanDocument.h"
#include "ProjectWindow.h"
#include "ResultsPanel.h"
#include "SavingsPanel.h"
#include "SetupDialog.h"
#include "StrategyMatrixModel.h"
#include "core/session/PlanningSession.h"

#include <QApplication>
#include <QComboBox>
#include <QCursor>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPointer>
#include <QScreen>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QWindow>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace kol {

namespace {
struct Step
{
    QString name;                 // the screenshot's file name, without .png
    std::function<void()> action; // what happens before it
    std::function<bool()> ready;  // when to take it (null: after a short pause)
};
} // namespace

int runWalkthrough(ProjectWindow& window, const QString& folder)
{
    QDir().mkpath(folder);
    auto saved = std::make_shared<int>(0);
    auto failed = std::make_shared<int>(0);
    auto allocated = std::make_shared<bool>(false);
    auto compared = std::make_shared<bool>(false);
    auto curves = std::make_shared<bool>(false);
    QObject::connect(window.resultsPanel()->savingsPanel(), &SavingsPanel::computed, &window,
                     [curves] { *curves = true; });
    QObject::connect(window.allocatePanel(), &AllocatePanel::allocated, &window, [allocated] { *allocated = true; });
    QObject::connect(window.compareView(), &CompareView::compared, &window, [compared] { *compared = true; });
    window.setUnsavedAnswer(QMessageBox::Discard);
    // Without a window manager (Xvfb) "maximised" means nothing: the screen's size, then.
    if (const QScreen* screen = window.screen()) {
        window.setGeometry(screen->availableGeometry());
    }
    window.showMaximized();
    auto setup = std::make_shared<SetupDialog*>(nullptr);

    std::vector<Step> steps;
    for (int i = 1; i <= 4; ++i) {
        steps.push_back({QStringLiteral("guide-%1").arg(i),
                         [&window, i] {
                             if (i == 1) {
                                 window.startGuide();
                             } else {
                                 window.guide()->next();
                             }
                         },
                         {}});
    }
    steps.push_back({QStringLiteral("refused-amount"),
                     [&window] {
                         window.guide()->next(); // Done
                         window.tabs()->setCurrentIndex(0);
                         StrategyMatrixModel* m = window.matrixModel();
                         const QModelIndex cell = m->index(1, 1);
                         window.matrixView()->setCurrentIndex(cell);
                         window.matrixView()->commitText(cell, QStringLiteral("-5000"));
                     },
                     {}});
    steps.push_back({QStringLiteral("cell-tooltip"),
                     [&window] {
                         const QModelIndex cell = window.matrixModel()->index(2, 1);
                         const QRect r = window.matrixView()->visualRect(cell);
                         QToolTip::showText(window.matrixView()->viewport()->mapToGlobal(r.center()),
                                            cell.data(Qt::ToolTipRole).toString(), window.matrixView());
                     },
                     {}});
    steps.push_back({QStringLiteral("figure-tooltip"),
                     [&window] {
                         QToolTip::hideText();
                         if (auto* figures = window.findChild<QLabel*>(QStringLiteral("figures"))) {
                             QCursor::setPos(figures->mapToGlobal(QPoint(120, figures->height() / 2)));
                         }
                         window.showFigureTip(QStringLiteral("figure:effect"));
                     },
                     {}});
    steps.push_back({QStringLiteral("plan"),
                     [&window] {
                         QToolTip::hideText();
                         window.allocatePanel()->setMethod(QStringLiteral("optimal"));
                         window.allocate();
                     },
                     [allocated] {
                         return *allocated;
                     }});
    steps.push_back({QStringLiteral("results"),
                     [&window] {
                         window.tabs()->setCurrentIndex(1);
                         window.resultsPanel()->setCell(
                             window.matrixModel()->cellAt(window.matrixModel()->index(0, 1)));
                     },
                     {}});
    steps.push_back({QStringLiteral("savings"),
                     [&window, curves] {
                         window.resultsPanel()->views()->setCurrentIndex(1);
                         *curves = false;
                         window.resultsPanel()->savingsPanel()->compute();
                     },
                     [curves] {
                         return *curves;
                     }});
    steps.push_back({QStringLiteral("compare"),
                     [&window, folder] {
                         // The PDF report of the plan, with the savings curves just computed on its
                         // cover (scripts/walkthrough.sh renders its first page).
                         if (const Status s = window.exportPdf(folder + QStringLiteral("/report.pdf")); !s) {
                             std::fprintf(stderr, "walkthrough: %s\n", s.message().c_str());
                         }
                         window.tabs()->setCurrentIndex(2);
                         window.compareView()->compare(
                             {window.scenarioList()->item(0)->text(), window.scenarioList()->item(1)->text()});
                     },
                     [compared] {
                         return *compared;
                     }});
    steps.push_back({QStringLiteral("help"), [&window] { window.showHelp(); }, {}});
    steps.push_back({QStringLiteral("setup-problem"),
                     [&window, setup] {
                         for (QWidget* w : QApplication::topLevelWidgets()) {
                             if (w != &window && w->isVisible() && w->inherits("QDialog")) {
                                 w->close();
                             }
                         }
                         window.tabs()->setCurrentIndex(0);
                         Scenario s = window.document()->scenario();
                         auto* dialog = new SetupDialog(s, window.session()->project().vocabulary(), &window);
                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                         dialog->show();
                         dialog->maxCellShareEdit()->setValue(1); // 1% of the budget per cell: too tight
                         auto* phases = dialog->findChild<QTableWidget*>();
                         if (phases && phases->rowCount() > 0 && phases->item(0, 2)) {
                             phases->item(0, 2)->setText(QStringLiteral("2020-01-01")); // ends before it starts
                         }
                         dialog->accept(); // stays open, with the problems listed
                         *setup = dialog;
                     },
                     {}});
    steps.push_back({QStringLiteral("record-actuals"),
                     [&window] {
                         for (QWidget* w : QApplication::topLevelWidgets()) {
                             if (w != &window && w->isVisible() && w->inherits("QDialog")) {
                                 w->close();
                             }
                         }
                         // The Warm-up's KOLs from the plan, the first few posts' results typed.
                         auto* dialog = new ActualsDialog(window.document()->scenario(), &window.document()->report(),
                                                          CampaignActuals{}, &window);
                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                         dialog->addPlanPhase(window.document()->scenario().matrix().phases().front().c_str());
                         const char* typed[][2] = {{"182k", "9.6k"}, {"64k", "2.1k"}, {"1.1万", "540"}};
                         for (int r = 0; r < 3 && r < dialog->table()->rowCount(); ++r) {
                             dialog->table()->item(r, 6)->setText(QString::fromUtf8(typed[r][0]));
                             dialog->table()->item(r, 7)->setText(QString::fromUtf8(typed[r][1]));
                         }
                         dialog->show();
                     },
                     {}});
    steps.push_back({QStringLiteral("fit-model"),
                     [&window] {
                         for (QWidget* w : QApplication::topLevelWidgets()) {
                             if (w != &window && w->isVisible() && w->inherits("QDialog")) {
                                 w->close();
                             }
                         }
                         // Plan › Fit the performance model, with the end-to-end choice ticked.
                         auto* dialog = new FitDialog(window.session()->model(), &window);
                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                         dialog->setObjective(FitObjective::Decision);
                         dialog->show();
                     },
                     {}});
    steps.push_back({QStringLiteral("offline"),
                     [&window, allocated] {
                         for (QWidget* w : QApplication::topLevelWidgets()) {
                             if (w != &window && w->isVisible() && w->inherits("QDialog")) {
                                 w->close();
                             }
                         }
                         // The method that learns from the demo's past campaigns, with its game charted
                         // and the mixture, the estimate and the duality gap in the plan's notes.
                         window.tabs()->setCurrentIndex(0);
                         window.allocatePanel()->setMethod(QStringLiteral("offline"));
                         if (auto* charts
                             = window.allocatePanel()->findChild<QToolButton*>(QStringLiteral("showCharts"))) {
                             charts->setChecked(true);
                         }
                         *allocated = false;
                         window.allocate();
                     },
                     [allocated] {
                         return *allocated;
                     }});

    steps.push_back({QStringLiteral("marl"),
                     [&window, allocated] {
                         // The multi-agent method training: one return curve per agent (the budget
                         // agent's and each channel's) next to the losses.
                         window.allocatePanel()->setMethod(QStringLiteral("marl"));
                         *allocated = false;
                         window.allocate();
                     },
                     [allocated] {
                         return *allocated;
                     }});

    auto competition = std::make_shared<QPointer<CompetitionDialog>>();
    steps.push_back({QStringLiteral("competition"),
                     [&window, competition] {
                         // Two rivals set up for the scenario, then Plan › Compete with rivals: the gap
                         // charted as it closes and what they cost the plan on screen.
                         Scenario s = window.document()->scenario();
                         s.rivals = {Rival{"Brand X", 1500000, {"Douyin", "Xiaohongshu"}, 2},
                                     Rival{"Brand Y", 600000, {"Bilibili"}, 3}};
                         window.applySetup(s);
                         *competition = window.showCompetition();
                         if (*competition) {
                             (*competition)->resize(900, std::min(760, window.height() - 40));
                         }
                     },
                     [competition] {
                         return !*competition || (*competition)->result().has_value();
                     }});

    steps.push_back({QStringLiteral("abtest"),
                     [&window, competition] {
                         // The A/B tests tab: a test of two variants over the project's channels, eight
                         // rounds simulated with Thompson sampling, the next round's split.
                         if (*competition) {
                             (*competition)->close();
                         }
                         AbTestPanel* panel = window.abTestPanel();
                         window.tabs()->setCurrentWidget(panel);
                         if (panel->createTest(QStringLiteral("Serum launch"))) {
                             panel->variantTable()->item(0, 1)->setText(QStringLiteral("Glow all day"));
                             panel->variantTable()->item(1, 1)->setText(QStringLiteral("Three steps to calm skin"));
                             panel->saveEdits();
                             panel->simulateRounds(8, 0.05, 7);
                         }
                     },
                     [&window] {
                         return !window.abTestPanel()->test() || window.abTestPanel()->recommendation().has_value();
                     }});

    steps.push_back({QStringLiteral("abtest-draft"),
                     [&window] {
                         // Draft variants… before any server is set up: what the request would hold,
                         // how to start a local server, and nothing sent.
                         AbTestPanel* panel = window.abTestPanel();
                         if (!panel->test()) {
                             return;
                         }
                         auto* dialog = new AbDraftDialog(*panel->test(), panel->segmentList()->currentText(),
                                                          AbMetric::Clicks, &window);
                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                         dialog->show();
                         dialog->draft();
                     },
                     {}});

    auto index = std::make_shared<size_t>(0);
    auto next = std::make_shared<std::function<void()>>();
    *next = [&window, steps, index, next, folder, saved, failed] {
        if (*index >= steps.size()) {
            std::fprintf(stderr, "walkthrough: %d screenshots in %s\n", *saved, folder.toUtf8().constData());
            QApplication::exit(*failed == 0 ? 0 : 1);
            return;
        }
        const Step& step = steps[*index];
        step.action();
        auto shoot = [&window, step, index, next, folder, saved, failed] {
            QScreen* screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
            const QPixmap shot = screen->grabWindow(0);
            if (shot.save(folder + QLatin1Char('/') + step.name + QStringLiteral(".png"))) {
                ++*saved;
            } else {
                ++*failed;
            }
            ++*index;
            QTimer::singleShot(100, &window, *next);
        };
        if (!step.ready) {
            QTimer::singleShot(700, &window, shoot);
            return;
        }
        auto poll = std::make_shared<std::function<void()>>();
        *poll = [&window, step, shoot, poll] {
            if (step.ready()) {
                QTimer::singleShot(700, &window, shoot);
            } else {
                QTimer::singleShot(100, &window, *poll);
            }
        };
        (*poll)();
    };
    QTimer::singleShot(1000, &window, *next);
    QTimer::singleShot(600000, &window, [] { QApplication::exit(2); });
    return QApplication::exec();
}

} // namespace kol
