// The offline method in the window: File › Import past campaigns refuses a bad file with its line
// and keeps the history, a good one shows its summary in the Allocate panel; Allocate then trains
// the mixture with the duality gap charted live and books a plan whose notes give the mixture,
// the off-policy estimate and the duality gap.
#include "../TestUtil.h"
#include "UiFixture.h"
#include "base/Random.h"
#include "ui/AllocatePanel.h"
#include "ui/ChartKit.h"
#include "ui/Launch.h"
#include "ui/PlanDocument.h"
#include "ui/ProjectWindow.h"
#include "ui/report/EngineText.h"

#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <cmath>
#include <gtest/gtest.h>
#include <sstream>

using namespace kol;
using kol::test::demoProject;
using kol::test::TempDir;
using kol::test::waitFor;

namespace {
// `campaigns` past campaigns over the scenario's enabled cells: budgets of 0.4M-2M spread evenly
// times log-normal noise, reach 800 * sqrt(spend) with luck.
std::string pastCampaigns(const StrategyMatrix& m, int campaigns)
{
    Random rng(11);
    std::ostringstream csv;
    csv << "campaign_id,phase,channel,tier,spend,reach,engagements\n";
    for (int k = 0; k < campaigns; ++k) {
        const double budget = rng.uniform(4e5, 2e6);
        for (int p = 0; p < m.phaseCount(); ++p) {
            for (int c = 0; c < m.channelCount(); ++c) {
                for (int t = 0; t < m.tierCount(); ++t) {
                    if (!m.cell(c, p, t).enabled) {
                        continue;
                    }
                    const double spend = std::round(budget / m.cellCount() * rng.logNormal(1, 0.5));
                    const double reach = std::round(800 * std::sqrt(spend) * rng.logNormal(1, 0.3));
                    csv << "past-" << k << "," << m.phases()[static_cast<size_t>(p)] << ","
                        << m.channels()[static_cast<size_t>(c)] << "," << m.tiers()[static_cast<size_t>(t)] << ","
                        << spend << "," << reach << "," << std::round(reach / 25) << "\n";
                }
            }
        }
    }
    return csv.str();
}
} // namespace

TEST(OfflineWindow, ImportsPastCampaignsAndPlansFromThem)
{
    TempDir dir;
    const std::string path = demoProject(dir);
    ProjectWindow window;
    window.setUnsavedAnswer(QMessageBox::Discard);
    window.show();
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    AllocatePanel* panel = window.allocatePanel();
    auto* summary = panel->findChild<QLabel*>(QStringLiteral("historySummary"));
    ASSERT_NE(summary, nullptr);
    panel->setMethod(QStringLiteral("offline"));
    EXPECT_TRUE(summary->isVisible());
    EXPECT_TRUE(summary->text().contains(QStringLiteral("no campaign history"))) << summary->text().toStdString();

    // Without a history the run fails with what to do.
    QSignalSpy failed(panel->job(), &BackgroundJob::failed);
    window.allocate();
    ASSERT_TRUE(waitFor([&] { return failed.count() > 0; }, 30000));
    auto* notes = panel->findChild<QLabel*>(QStringLiteral("notes"));
    EXPECT_TRUE(notes->text().contains(QStringLiteral("import past campaigns"))) << notes->text().toStdString();

    // A bad file: refused with its line; the history stays empty.
    kol::test::writeFile(dir.file("bad.csv"),
                         "campaign_id,phase,channel,tier,spend,reach,engagements\n"
                         "a,Warm-up,Douyin,Head,-5,100,1\n");
    const Status bad = window.importCampaigns(QString::fromStdString(dir.file("bad.csv")));
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.message().find("bad.csv:2: column 'spend'"), std::string::npos) << bad.message();
    EXPECT_TRUE(summary->text().contains(QStringLiteral("no campaign history")));

    const StrategyMatrix& m = window.document()->scenario().matrix();
    kol::test::writeFile(dir.file("past.csv"), pastCampaigns(m, 40));
    const Status imported = window.importCampaigns(QString::fromStdString(dir.file("past.csv")));
    ASSERT_TRUE(imported) << imported.message();
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("Learns from 40 past campaign(s) in the project")))
        << summary->text().toStdString();
    panel->setMethod(QStringLiteral("greedy"));
    EXPECT_FALSE(summary->isVisible()) << "the summary belongs to the offline method";
    panel->setMethod(QStringLiteral("offline"));
    EXPECT_TRUE(summary->isVisible());

    QSignalSpy allocated(panel, &AllocatePanel::allocated);
    failed.clear();
    window.allocate();
    ASSERT_TRUE(waitFor([&] { return allocated.count() > 0 || failed.count() > 0; }, 60000));
    ASSERT_EQ(failed.count(), 0) << notes->text().toStdString();
    EXPECT_EQ(window.document()->state().method, QStringLiteral("offline"));
    const QString shown = notes->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("Offline: learned from 40 past campaigns alone"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Offline: plan 1 of the mixture: weight"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("off-policy estimate of the value of plans learned from this log")))
        << shown.toStdString();
    double spend = 0;
    for (double a : window.document()->amounts()) {
        spend += a;
    }
    EXPECT_LE(spend, window.document()->scenario().budget + 1);
    // Every note the plan carries is said in Chinese when the window speaks it.
    installTranslations(QStringLiteral("zh_CN"));
    static const QRegularExpression english(QStringLiteral("[A-Za-z]{4,}"));
    for (const std::string& line : window.document()->state().notes) {
        const QString said = engineText(line);
        EXPECT_FALSE(english.match(said).hasMatch()) << line << " -> " << said.toStdString();
    }
    installTranslations(QStringLiteral("en"));
    // Training was charted: the duality gap per iteration of the game.
    LineChart* chart = panel->lossChart();
    int gap = -1;
    for (int s = 0; s < chart->seriesCount(); ++s) {
        gap = chart->seriesName(s) == QStringLiteral("duality gap (%)") ? s : gap;
    }
    ASSERT_GE(gap, 0);
    // One point per iteration whose mixture keeps the budget (the first ones may not).
    EXPECT_GE(chart->pointCount(gap), 50);
    EXPECT_LE(chart->pointCount(gap), 100);
}
