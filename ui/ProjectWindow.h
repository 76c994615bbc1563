#pragma once

#include "core/model/Result.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QTableView;

namespace kol {

class ProjectFile;
class StrategyMatrixModel;

// The main window: a project's scenarios on the left, the selected scenario's requirements and
// strategy matrix on the right, the catalog's size in the status bar.
class ProjectWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit ProjectWindow(QWidget* parent = nullptr);
    ~ProjectWindow() override;

    // Opens `path`, replacing the current project; on failure the current one stays open.
    Status openProject(const QString& path);
    void closeProject();

    QString projectPath() const;
    QListWidget* scenarioList() const { return m_scenarios; }
    StrategyMatrixModel* matrixModel() const { return m_matrixModel; }
    QString summaryText() const;

private Q_SLOTS:
    void chooseAndOpen();
    void showScenario();

private:
    void createMenus();
    void refresh();

    std::unique_ptr<ProjectFile> m_project;
    QListWidget* m_scenarios = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_matrixView = nullptr;
    StrategyMatrixModel* m_matrixModel = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace kol
