#include "ui/ProjectWindow.h"

#include "../TestUtil.h"
#include "core/store/ProjectFile.h"
#include "core/store/ScenarioStore.h"
#include "ui/StrategyMatrixModel.h"

#include <QAbstractItemModelTester>
#include <QListWidget>
#include <gtest/gtest.h>

using namespace kol;
using kol::test::TempDir;

namespace {
Scenario constrained()
{
    Scenario s = Scenario::makeDefault("Baseline", *Date::parse("2026-12-01"));
    MatrixCell& locked = s.matrix().cell(*s.matrix().find("Douyin", "Launch", "Head"));
    locked.locked = 300000;
    s.matrix().cell(*s.matrix().find("Weibo", "Sustain", "Tail")).enabled = false;
    s.matrix().cell(*s.matrix().find("WeChat", "Warm-up", "Mid")).maxAmount = 50000;
    return s;
}
} // namespace

TEST(StrategyMatrixModel, PassesTheModelTesterAndShowsConstraints)
{
    StrategyMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setScenario(constrained());
    ASSERT_EQ(model.rowCount(), 6 * 3);
    ASSERT_EQ(model.columnCount(), 3);
    // Row = channel x tier (grouped by channel), column = phase.
    const QModelIndex douyinHeadLaunch = model.index(0, 1);
    EXPECT_EQ(model.data(douyinHeadLaunch).toString(), QStringLiteral("lock 300,000"));
    EXPECT_TRUE(
        model.data(douyinHeadLaunch, Qt::ToolTipRole).toString().contains(QStringLiteral("Douyin/Launch/Head")));
    const QModelIndex weiboTailSustain = model.index(2 * 3 + 2, 2);
    EXPECT_EQ(model.data(weiboTailSustain).toString(), QStringLiteral("off"));
    EXPECT_EQ(model.data(model.index(3 * 3 + 1, 0)).toString(), QStringLiteral("≤ 50,000"));
    EXPECT_EQ(model.headerData(4, Qt::Vertical).toString(), QStringLiteral("Xiaohongshu · Mid"));
    EXPECT_TRUE(model.headerData(0, Qt::Horizontal).toString().startsWith(QStringLiteral("Warm-up\n2026-12-01")));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ProjectWindow, OpensAProjectAndShowsItsScenarios)
{
    TempDir dir;
    const std::string path = dir.file("p.kolplan");
    {
        auto p = ProjectFile::create(path);
        ScenarioStore store(*p.value());
        ASSERT_TRUE(store.save(constrained()));
        Scenario other = Scenario::makeDefault("Lean", *Date::parse("2026-12-01"));
        other.budget = 250000;
        other.setChannels({"Douyin", "Xiaohongshu"});
        ASSERT_TRUE(store.save(other));
    }
    ProjectWindow window;
    window.show();
    const Status s = window.openProject(QString::fromStdString(path));
    ASSERT_TRUE(s) << s.message();
    ASSERT_EQ(window.scenarioList()->count(), 2);
    EXPECT_EQ(window.scenarioList()->item(0)->text(), QStringLiteral("Baseline"));
    EXPECT_EQ(window.matrixModel()->rowCount(), 18);
    EXPECT_TRUE(window.summaryText().contains(QStringLiteral("1,000,000"))) << window.summaryText().toStdString();
    window.scenarioList()->setCurrentRow(1);
    EXPECT_EQ(window.matrixModel()->rowCount(), 2 * 3);
    EXPECT_TRUE(window.summaryText().contains(QStringLiteral("250,000")));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("p.kolplan")));
}

TEST(ProjectWindow, ABadFileKeepsTheCurrentProject)
{
    TempDir dir;
    const std::string good = dir.file("good.kolplan");
    {
        auto p = ProjectFile::create(good);
        ASSERT_TRUE(ScenarioStore(*p.value()).save(constrained()));
    }
    kol::test::writeFile(dir.file("bad.kolplan"), "this is a spreadsheet, not a project");
    ProjectWindow window;
    ASSERT_TRUE(window.openProject(QString::fromStdString(good)));
    const Status s = window.openProject(QString::fromStdString(dir.file("bad.kolplan")));
    ASSERT_FALSE(s);
    EXPECT_NE(s.message().find("not an SQLite database"), std::string::npos) << s.message();
    EXPECT_EQ(window.projectPath(), QString::fromStdString(good));
    EXPECT_EQ(window.scenarioList()->count(), 1);
}
