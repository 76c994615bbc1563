#pragma once

#include "AmountEntry.h"
#include "BackgroundJob.h"
#include "core/base/Result.h"
#include "core/market/ModelFit.h"
#include "core/model/Scenario.h"
#include "core/model/StoredModel.h"
#include "core/session/MethodRun.h"

#include <QMainWindow>
#include <QMap>
#include <map>
#include <memory>
#include <optional>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QTabWidget;

namespace kol {

class AbTestPanel;
class CompetitionDialog;

class ActualsDialog;

class AllocatePanel;
class AmountSpinBox;
class CompareView;
class GuideTour;
class MatrixView;
class PlanDocument;
class PlanningSession;
class ResultsPanel;
class StrategyMatrixModel;

// The main window assembles the panels: scenarios on the left; the campaign's budget, the plan's
// figures, the strategy matrix editor and the allocation panel on the right. It plans through a
// PlanningSession on the open project and writes the edited scenario, its plan and newly trained
// policies on Save. While a run is under way the scenario's inputs (budget, matrix, set-up, undo)
// are read-only; a result for a scenario or revision that changed meanwhile is dropped.
class ProjectWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit ProjectWindow(QWidget* parent = nullptr);
    ~ProjectWindow() override;

    // Opens `path`, replacing the current project; on failure the current one stays open.
    Status openProject(const QString& path);
    // Creates a project at `path` with a default scenario and opens it.
    Status newProject(const QString& path);
    // Writes the edits to the project file.
    Status saveProject();
    // Writes the project with the edits to `path` and continues there; the old file is unchanged.
    Status saveProjectAs(const QString& path);
    void closeProject();
    // Writes the plan on screen as CSV: one row per cell, or (kols) one row per KOL bought.
    Status exportCsv(const QString& path, bool kols);
    // Writes the plan on screen as an Excel workbook (figures, cells, KOLs).
    Status exportXlsx(const QString& path);
    // Writes the plan on screen as the PDF report (the same library the command line uses).
    Status exportPdf(const QString& path);
    // Records the open scenario's campaign actuals from CSV (import actuals; asks about unsaved
    // edits first, then opens the scenario again as a running campaign). A refused file changes
    // nothing and the failure lists its bad lines.
    Status importActuals(const QString& path);
    // Replaces the project's campaign history (past campaigns, which the offline method learns
    // from) with the CSV at `path` (asks about unsaved edits first, then opens the scenario again);
    // a refused file changes nothing and the failure lists its bad lines. The Allocate panel then
    // shows the new history's summary.
    Status importCampaigns(const QString& path);
    // Records the rows of `dialog` (File › Record campaign actuals) as the open scenario's
    // actuals, checked like an imported file; a refusal names the dialog's rows and changes nothing.
    Status recordActuals(const ActualsDialog& dialog);
    // Switches to another scenario of the project (asks about unsaved edits first).
    bool selectScenario(const QString& name);
    // Copies the open scenario (as saved, with its current plan) under `name` and switches to it.
    Status duplicateScenarioAs(const QString& name);
    // Opens the campaign set-up dialog; applySetup() applies a set-up as one undo step.
    void editSetup();
    bool applySetup(const Scenario& scenario);
    // Plan › Compete with rivals: opens the competition view for the plan on screen (the
    // scenario's rivals learn against it in the background); its "Use the learned plan" applies
    // that plan as one undo step while the scenario is still the one it was learned for. Returns
    // the dialog (it deletes itself when closed), or null without a plan with figures.
    CompetitionDialog* showCompetition();
    // Runs the panel's method on the current scenario in the background.
    void allocate();
    // Fits the performance model for `objective` on a worker, with a progress dialog that can
    // cancel it (Plan › Fit the performance model); the window then plans with the new model and
    // its status line gives the held-out figures. Asks about unsaved edits first; refused while a
    // run is under way. A failed or cancelled fit keeps the model in use.
    void startFit(FitObjective objective);
    bool isFitting() const { return m_fitting; }
    QAction* fitAction() const { return m_fitAction; }

    QString projectPath() const;
    QString currentScenario() const { return m_current; }
    PlanningSession* session() const { return m_session.get(); }
    QListWidget* scenarioList() const { return m_scenarios; }
    StrategyMatrixModel* matrixModel() const { return m_matrixModel; }
    MatrixView* matrixView() const { return m_matrixView; }
    PlanDocument* document() const { return m_doc; }
    AllocatePanel* allocatePanel() const { return m_allocate; }
    ResultsPanel* resultsPanel() const { return m_results; }
    CompareView* compareView() const { return m_compare; }
    AbTestPanel* abTestPanel() const { return m_abtests; }
    QTabWidget* tabs() const { return m_tabs; }
    AmountSpinBox* budgetEdit() const { return m_budget; }
    QAction* allocateAction() const { return m_allocateAction; }
    QAction* setupAction() const { return m_setupAction; }
    QAction* competeAction() const { return m_competeAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    // Every action that needs an open project, or an open scenario (disabled without one).
    QList<QAction*> projectActions() const { return m_projectActions; }
    QList<QAction*> scenarioActions() const { return m_scenarioActions; }
    // The first-run guide (Help › Getting started); null until first started.
    GuideTour* guide() const { return m_guide; }
    void startGuide();
    // Help › How to read the figures: every figure's meaning on one page.
    void showHelp();
    // Shows the explanation of the figure behind a link of the figures line (as on hover).
    void showFigureTip(const QString& href);
    // The key of the last figure explained (tests), and the last budget text refused with why.
    QString lastFigureTip() const { return m_lastFigureTip; }
    QString budgetRefusal() const { return m_budgetRefusal; }
    QString summaryText() const;
    QString figuresText() const;
    QString statusText() const;
    // Set by tests: the answer to "save changes?" instead of asking.
    void setUnsavedAnswer(std::optional<int> button) { m_unsavedAnswer = button; }
    // The most environment steps a training run takes (60,000 by default).
    void setTrainSteps(long steps) { m_trainSteps = steps; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateActions();
    // Keeps the window on its screen: a restored size larger than the screen is shrunk.
    void fitToScreen();
    void refreshScenarios(const QString& select = {});
    void loadScenario(const QString& name);
    void showDocument();
    void updateTitle();
    bool maybeSave();
    void chooseAndOpen();
    void chooseAndCreate();
    void chooseAndSaveAs();
    void chooseAndExport(bool kols);
    void chooseAndExportPdf();
    void chooseAndImportActuals();
    void chooseAndImportCampaigns();
    // The Allocate panel's line on the campaign history (ProjectWindowCampaign.cpp).
    void showHistorySummary();
    void editActuals();
    void fitModel(); // asks what for (FitDialog), then startFit()
    // For a running campaign, what a new plan changes per phase against the plan before it.
    QString campaignChanges(const PlanReport& after) const;
    void chooseAndExportXlsx();
    void newScenario();
    void duplicateScenario();
    void renameScenario();
    void deleteScenario();
    void fillRecentMenu();
    void showMessage(const QString& text);
    // Stops whatever runs for the current scenario (a switch, New, Open, Close).
    void cancelRuns(const QString& reason);
    void setRunning(bool running);
    void allocated(const JobTag& tag, const RunResult& result);
    // The policy a method that learns would re-plan with: trained this session, else stored.
    std::optional<StoredModel> policyFor(const std::string& method);

    std::unique_ptr<PlanningSession> m_session;
    QString m_current;
    bool m_fitting = false;
    QAction* m_fitAction = nullptr;
    std::map<std::string, StoredModel> m_newPolicies; // trained since the last save, by method

    PlanDocument* m_doc;
    QListWidget* m_scenarios;
    QLabel* m_summary;
    QLabel* m_figures;
    AmountSpinBox* m_budget;
    QLabel* m_currency;
    StrategyMatrixModel* m_matrixModel;
    MatrixView* m_matrixView;
    AllocatePanel* m_allocate;
    ResultsPanel* m_results;
    CompareView* m_compare;
    AbTestPanel* m_abtests;
    QTabWidget* m_tabs;
    QLabel* m_status;
    QMenu* m_recentMenu = nullptr;
    QAction* m_allocateAction = nullptr;
    QAction* m_setupAction = nullptr;
    QAction* m_competeAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    std::vector<QPushButton*> m_scenarioButtons;
    QList<QAction*> m_projectActions, m_scenarioActions;
    GuideTour* m_guide = nullptr;
    QMap<QString, QString> m_figuresDetail; // figure key -> the full text behind its short form
    QString m_lastFigureTip, m_budgetRefusal;
    std::map<QString, QString> m_methodByScenario; // the method last chosen for each scenario
    std::optional<int> m_unsavedAnswer;
    bool m_switching = false;
    long m_trainSteps = 60000;
};

} // namespace kol
