// A running campaign in the window: File › Import campaign actuals records the Warm-up as booked,
// Allocate then re-plans Launch and Sustain only and says what changed per phase; a bad file is
// refused with its lines and changes nothing.
#include "../TestUtil.h"
#include "UiFixture.h"
#include "core/store/ActualsStore.h"
#include "core/store/ProjectFile.h"
#include "ui/ActualsDialog.h"
#include "ui/AllocatePanel.h"
#include "ui/PlanDocument.h"
#include "ui/ProjectWindow.h"

#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <gtest/gtest.h>
#include <sstream>

using namespace kol;
using kol::test::demoProject;
using kol::test::TempDir;
using kol::test::waitFor;

namespace {
// Opens the demo project in `window`, plans it with `optimal` and saves it.
void openWithOptimalPlan(ProjectWindow& window, TempDir& dir)
{
    const std::string path = demoProject(dir);
    window.setUnsavedAnswer(QMessageBox::Save);
    window.show();
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    QSignalSpy allocated(window.allocatePanel(), &AllocatePanel::allocated);
    window.allocatePanel()->setMethod(QStringLiteral("optimal"));
    window.allocate();
    ASSERT_TRUE(waitFor([&] { return allocated.count() > 0; }, 60000));
    ASSERT_TRUE(window.saveProject());
}
} // namespace

TEST(CampaignWindow, ImportedWarmUpIsKeptAndTheRestIsReplannedWithTheChangesShown)
{
    TempDir dir;
    ProjectWindow window;
    openWithOptimalPlan(window, dir);
    AllocatePanel* panel = window.allocatePanel();
    QSignalSpy allocated(panel, &AllocatePanel::allocated);

    // The Warm-up as booked: the plan's KOLs at their price, each reaching 30% more than predicted.
    const Market& market = *window.document()->market();
    const StrategyMatrix& m = window.document()->scenario().matrix();
    std::ostringstream csv;
    csv << "phase,channel,tier,kol_id,format,spend,reach,engagements\n";
    std::vector<double> spent(static_cast<size_t>(m.cellCount()), 0.0);
    for (int cell = 0; cell < m.cellCount(); ++cell) {
        const CellIndex idx = m.indexOf(cell);
        if (idx.phase != 0) {
            continue;
        }
        for (const CurveOption& o :
             market.curve(cell).choose(window.document()->amounts()[static_cast<size_t>(cell)])) {
            csv << m.phases()[0] << "," << m.channels()[static_cast<size_t>(idx.channel)] << ","
                << m.tiers()[static_cast<size_t>(idx.tier)] << "," << market.kols()[static_cast<size_t>(o.kol)].id
                << "," << market.formats()[static_cast<size_t>(o.format)] << "," << o.price << "," << 1.3 * o.reach
                << "," << 1.3 * o.engagements << "\n";
            spent[static_cast<size_t>(cell)] += o.price;
        }
    }
    kol::test::writeFile(dir.file("warmup.csv"), csv.str());

    // A bad file first: refused with its line, nothing recorded.
    kol::test::writeFile(dir.file("bad.csv"),
                         "phase,channel,kol_id,format,spend,reach,engagements\n"
                         "Warm-up,Douyin,NOBODY,short video,100,1,1\n");
    const Status bad = window.importActuals(QString::fromStdString(dir.file("bad.csv")));
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.message().find("bad.csv:2: column 'kol_id'"), std::string::npos) << bad.message();

    const Status imported = window.importActuals(QString::fromStdString(dir.file("warmup.csv")));
    ASSERT_TRUE(imported) << imported.message();
    ASSERT_NE(window.document()->market()->actuals(), nullptr) << "the scenario opens as a running campaign";
    for (int cell = 0; cell < m.cellCount(); ++cell) {
        const MatrixCell& shown = window.document()->scenario().matrix().cell(m.indexOf(cell));
        if (m.indexOf(cell).phase == 0 && shown.enabled) {
            ASSERT_TRUE(shown.locked.has_value()) << "the matrix shows the finished phase locked, cell " << cell;
            EXPECT_NEAR(*shown.locked, spent[static_cast<size_t>(cell)], 1e-6);
        }
    }
    window.allocate();
    ASSERT_TRUE(waitFor([&] { return allocated.count() > 0; }, 60000));
    const std::vector<double>& amounts = window.document()->amounts();
    for (int cell = 0; cell < m.cellCount(); ++cell) {
        if (m.indexOf(cell).phase == 0 && m.cell(m.indexOf(cell)).enabled) {
            EXPECT_NEAR(amounts[static_cast<size_t>(cell)], spent[static_cast<size_t>(cell)], 1e-6) << cell;
        }
    }
    auto* notes = panel->findChild<QLabel*>(QStringLiteral("notes"));
    ASSERT_NE(notes, nullptr);
    EXPECT_TRUE(notes->isVisible());
    EXPECT_TRUE(notes->text().contains(QStringLiteral("Running campaign, against the plan before:")))
        << notes->text().toStdString();
    EXPECT_TRUE(notes->text().contains(QStringLiteral("Warm-up spent"))) << notes->text().toStdString();
    EXPECT_TRUE(notes->text().contains(QStringLiteral("Launch "))) << notes->text().toStdString();
}

TEST(CampaignWindow, ActualsTypedInTheDialogAreRecordedAndABadRowIsNamed)
{
    TempDir dir;
    ProjectWindow window;
    openWithOptimalPlan(window, dir);

    ActualsDialog dialog(window.document()->scenario(), &window.document()->report(), CampaignActuals{}, &window);
    const int added = dialog.addPlanPhase(QStringLiteral("Warm-up"));
    ASSERT_GT(added, 1);
    EXPECT_EQ(dialog.addPlanPhase(QStringLiteral("Warm-up")), 0) << "a KOL already in the table is not added twice";
    QTableWidget* t = dialog.table();
    double spent = 0;
    for (int r = 0; r < t->rowCount(); ++r) {
        EXPECT_EQ(t->item(r, 0)->text(), QStringLiteral("Warm-up"));
        spent += t->item(r, 5)->text().toDouble();
        t->item(r, 6)->setText(QStringLiteral("50k")); // as a planner types it
        t->item(r, 7)->setText(QStringLiteral("1.2k"));
    }
    t->item(1, 6)->setText(QStringLiteral("lots"));
    const Status bad = window.recordActuals(dialog);
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.message().find("row 2: column 'reach'"), std::string::npos) << bad.message();
    EXPECT_EQ(bad.message().find("actuals.csv"), std::string::npos)
        << "the dialog's rows, not a file: " << bad.message();
    EXPECT_EQ(window.document()->market()->actuals(), nullptr) << "a refused table records nothing";

    t->item(1, 6)->setText(QStringLiteral("50k"));
    const Status recorded = window.recordActuals(dialog);
    ASSERT_TRUE(recorded) << recorded.message();
    const CampaignActuals* actuals = window.document()->market()->actuals();
    ASSERT_NE(actuals, nullptr) << "the scenario opens as a running campaign";
    EXPECT_EQ(static_cast<int>(actuals->posts.size()), added);
    EXPECT_NEAR(actuals->spend(), spent, 1e-6 * spent);
    EXPECT_EQ(actuals->posts.front().reach, 50000);

    // The dialog opens with the record; emptied and recorded, it forgets it.
    ActualsDialog again(window.document()->scenario(), &window.document()->report(), *actuals, &window);
    EXPECT_EQ(again.table()->rowCount(), added);
    again.table()->setRowCount(0);
    ASSERT_TRUE(window.recordActuals(again));
    EXPECT_EQ(window.document()->market()->actuals(), nullptr);

    // Rows of an earlier phase added after a later one's are written in the phases' order (the
    // import's rule), and a line still names its row.
    ActualsDialog ordered(window.document()->scenario(), &window.document()->report(), CampaignActuals{}, &window);
    const int launch = ordered.addPlanPhase(QStringLiteral("Launch"));
    const int warmUp = ordered.addPlanPhase(QStringLiteral("Warm-up"));
    ASSERT_GT(launch, 0);
    ASSERT_GT(warmUp, 0);
    const QStringList lines = ordered.csv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + launch + warmUp);
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("Warm-up,"))) << lines[1].toStdString();
    EXPECT_EQ(ordered.rowOfLine(2), launch) << "line 2 is the first Warm-up row";
    EXPECT_EQ(ordered.rowOfLine(2 + warmUp), 0) << "then the Launch rows";
}
