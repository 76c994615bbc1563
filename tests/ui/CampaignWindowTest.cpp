// A running campaign in the window: File › Import campaign actuals records the Warm-up as booked,
// Allocate then re-plans Launch and Sustain only and says what changed per phase; a bad file is
// refused with its lines and changes nothing.
#include "../TestUtil.h"
#include "UiFixture.h"
#include "core/store/ActualsStore.h"
#include "core/store/ProjectFile.h"
#include "ui/AllocatePanel.h"
#include "ui/PlanDocument.h"
#include "ui/ProjectWindow.h"

#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <gtest/gtest.h>
#include <sstream>

using namespace kol;
using kol::test::demoProject;
using kol::test::TempDir;
using kol::test::waitFor;

TEST(CampaignWindow, ImportedWarmUpIsKeptAndTheRestIsReplannedWithTheChangesShown)
{
    TempDir dir;
    const std::string path = demoProject(dir);
    ProjectWindow window;
    window.setUnsavedAnswer(QMessageBox::Save);
    window.show();
    ASSERT_TRUE(window.openProject(QString::fromStdString(path)));
    AllocatePanel* panel = window.allocatePanel();
    QSignalSpy allocated(panel, &AllocatePanel::allocated);
    panel->setMethod(QStringLiteral("optimal"));
    window.allocate();
    ASSERT_TRUE(waitFor([&] { return allocated.count() > 0; }, 60000));
    ASSERT_TRUE(window.saveProject());

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
    ASSERT_TRUE(waitFor([&] { return allocated.count() > 1; }, 60000));
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
