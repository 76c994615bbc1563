#pragma once

#include "core/abtest/AbMethods.h"

#include <QWidget>
#include <any>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace kol {

class BackgroundJob;
class BarChart;
class LineChart;
class ProjectFile;
struct JobTag;

// The A/B tests tab: the open scenario's content tests, each with its variants and segments
// (editable; Save edits checks and stores them), its rounds (imported from CSV or simulated), a
// chart of each variant's rate per round with its 95% interval for one segment, the probability
// that each variant is its segment's best, and the next round's split as the chosen method
// recommends it (computed in the background). Tests are stored in the project file as soon as
// they change (like imports); every refusal names the field or file line.
class AbTestPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AbTestPanel(QWidget* parent = nullptr);
    ~AbTestPanel() override;

    // The project and scenario whose tests are shown (null: none).
    void setScenario(ProjectFile* project, const QString& scenario);

    // What the buttons do, for tests and keyboard users; each returns false, with the reason in
    // message(), when nothing changed.
    bool createTest(const QString& name);
    bool importRounds(const QString& csvPath);
    // Rounds drawn from the simulated market of `seed` (the same seed, the same market: batches
    // continue one another), each split as the chosen method recommends it.
    bool simulateRounds(int rounds, double drift, quint64 seed);
    bool saveEdits();
    // Adds drafted variants (AbDraftDialog's choice) to the test and stores it.
    bool addDrafts(const std::vector<AbVariant>& drafts);
    bool exportCsv(const QString& path);
    bool deleteTest();
    void setMethod(const QString& method);
    // Waits for the recommendation under way (tests).
    void wait();

    QComboBox* testList() const { return m_tests; }
    QComboBox* methodList() const { return m_method; }
    QComboBox* segmentList() const { return m_segment; }
    QTableWidget* variantTable() const { return m_variants; }
    QTableWidget* segmentTable() const { return m_segments; }
    QTableWidget* roundTable() const { return m_rounds; }
    QTableWidget* splitTable() const { return m_split; }
    LineChart* rateChart() const { return m_rates; }
    BarChart* bestChart() const { return m_best; }
    const std::optional<AbTest>& test() const { return m_test; }
    const std::optional<AbRecommendation>& recommendation() const { return m_recommendation; }
    QString message() const;

Q_SIGNALS:
    void recommended();

private:
    void reloadTests(const QString& select = {});
    // The open test with the variant and segment tables as shown (edits not yet saved included; a
    // renamed variant or segment keeps its rounds).
    AbTest editedTest() const;
    void loadTest(const QString& name);
    void showTest();
    void showCharts();
    void recommend();
    void onFinished(const JobTag& tag, const std::any& result);
    void say(const QString& text, bool error = false);

    ProjectFile* m_project = nullptr;
    QString m_scenario;
    std::optional<AbTest> m_test;
    std::optional<AbRecommendation> m_recommendation;
    BackgroundJob* m_job;
    QComboBox* m_tests;
    QComboBox* m_method;
    QComboBox* m_metric;
    QComboBox* m_segment;
    QTableWidget* m_variants;
    QTableWidget* m_segments;
    QTableWidget* m_rounds;
    QTableWidget* m_split;
    LineChart* m_rates;
    BarChart* m_best;
    QLabel* m_message;
    QList<QPushButton*> m_testButtons; // enabled only with a test open
};

} // namespace kol
