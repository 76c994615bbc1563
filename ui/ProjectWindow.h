#pragma once

#include "core/alloc/RlAllocator.h"
#include "core/market/PerformanceModel.h"
#include "core/model/Catalog.h"
#include "core/model/Result.h"

#include <QMainWindow>
#include <map>
#include <memory>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QMenu;
class QTabWidget;

namespace kol {

class AllocatePanel;
class CompareView;
class MatrixView;
class PlanDocument;
class ResultsPanel;
class ProjectFile;
class StrategyMatrixModel;

// The main window assembles the panels: scenarios on the left; the campaign's budget, the plan's
// figures, the strategy matrix editor and the allocation panel on the right. It owns the open
// project file and writes the edited scenario, its plan and a newly trained policy on Save.
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
    // Switches to another scenario of the project (asks about unsaved edits first).
    bool selectScenario(const QString& name);
    // Opens the campaign set-up dialog; applySetup() applies a set-up as one undo step.
    void editSetup();
    bool applySetup(const Scenario& scenario);
    // Runs the panel's method on the current scenario in the background.
    void allocate();

    QString projectPath() const;
    QString currentScenario() const { return m_current; }
    QListWidget* scenarioList() const { return m_scenarios; }
    StrategyMatrixModel* matrixModel() const { return m_matrixModel; }
    MatrixView* matrixView() const { return m_matrixView; }
    PlanDocument* document() const { return m_doc; }
    AllocatePanel* allocatePanel() const { return m_allocate; }
    ResultsPanel* resultsPanel() const { return m_results; }
    CompareView* compareView() const { return m_compare; }
    QTabWidget* tabs() const { return m_tabs; }
    QDoubleSpinBox* budgetEdit() const { return m_budget; }
    QString summaryText() const;
    QString figuresText() const;
    // Set by tests: the answer to "save changes?" instead of asking.
    void setUnsavedAnswer(std::optional<int> button) { m_unsavedAnswer = button; }
    // The most environment steps an RL training run takes (60,000 by default).
    void setTrainSteps(long steps) { m_trainSteps = steps; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void refreshScenarios(const QString& select = {});
    void loadScenario(const QString& name);
    void showDocument();
    void updateTitle();
    bool maybeSave();
    void chooseAndOpen();
    void chooseAndCreate();
    void chooseAndSaveAs();
    void chooseAndExport(bool kols);
    void newScenario();
    void duplicateScenario();
    void renameScenario();
    void deleteScenario();
    void addRecent(const QString& path);
    void fillRecentMenu();
    void showMessage(const QString& text);
    void allocated(const Allocation& allocation, const std::optional<AllocationPolicy>& trained);

    std::unique_ptr<ProjectFile> m_project;
    // What markets are built from, loaded once per project.
    std::vector<Kol> m_kols;
    std::optional<PerformanceModel> m_model;
    QString m_modelProblem;
    QString m_current;
    std::optional<AllocationPolicy> m_storedPolicy, m_newPolicy;

    PlanDocument* m_doc;
    QListWidget* m_scenarios;
    QLabel* m_summary;
    QLabel* m_figures;
    QDoubleSpinBox* m_budget;
    StrategyMatrixModel* m_matrixModel;
    MatrixView* m_matrixView;
    AllocatePanel* m_allocate;
    ResultsPanel* m_results;
    CompareView* m_compare;
    QTabWidget* m_tabs;
    QLabel* m_status;
    QMenu* m_recentMenu = nullptr;
    std::optional<int> m_unsavedAnswer;
    bool m_switching = false;
    long m_trainSteps = 60000;
};

} // namespace kol
