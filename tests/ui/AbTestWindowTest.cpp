// The A/B tests tab in a real window: a test created on the demo project, its variants edited and
// saved (a bad edit refused with its field), rounds simulated and imported (a bad file refused with
// its line), each method's recommendation charted, the test exported and deleted.
#include "LocalChatServer.h"
#include "UiFixture.h"
#include "ui/AbDraftDialog.h"
#include "ui/AbTestPanel.h"
#include "ui/ChartKit.h"
#include "ui/ProjectWindow.h"
#include "ui/Settings.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <algorithm>
#include <fstream>

using namespace kol;
using kol::test::sharedDemoProject;
using kol::test::TempDir;
using kol::test::waitFor;

TEST(AbTestWindow, CreateEditSimulateImportRecommendExportAndDelete)
{
    TempDir dir;
    ProjectWindow window;
    window.show();
    ASSERT_TRUE(window.openProject(QString::fromStdString(sharedDemoProject(dir))));
    window.setUnsavedAnswer(QMessageBox::Discard);
    ASSERT_TRUE(window.selectScenario(QStringLiteral("Baseline")));
    AbTestPanel* panel = window.abTestPanel();
    window.tabs()->setCurrentWidget(panel);
    QSignalSpy recommended(panel, &AbTestPanel::recommended);

    ASSERT_TRUE(panel->createTest(QStringLiteral("Serum")));
    ASSERT_TRUE(panel->test().has_value());
    EXPECT_EQ(panel->testList()->currentText(), QStringLiteral("Serum"));
    QTableWidget* variants = panel->variantTable();
    ASSERT_EQ(variants->rowCount(), 2);
    variants->item(0, 0)->setText(QStringLiteral("B"));
    EXPECT_FALSE(panel->saveEdits());
    EXPECT_TRUE(panel->message().contains(QStringLiteral("another variant has this name")))
        << panel->message().toStdString();
    variants->item(0, 0)->setText(QStringLiteral("Glow"));
    variants->item(0, 1)->setText(QStringLiteral("Glow all day"));
    panel->segmentTable()->item(0, 4)->setText(QStringLiteral("beauty, skincare"));
    ASSERT_TRUE(panel->saveEdits()) << panel->message().toStdString();
    EXPECT_EQ(panel->test()->variants[0].headline, "Glow all day");
    EXPECT_EQ(panel->test()->segments[0].interests, (std::vector<std::string>{"beauty", "skincare"}));

    ASSERT_TRUE(panel->simulateRounds(5, 0.05, 3)) << panel->message().toStdString();
    EXPECT_EQ(panel->test()->lastRound(), 5);
    EXPECT_EQ(panel->roundTable()->rowCount(), static_cast<int>(panel->test()->results.size()));
    ASSERT_TRUE(waitFor([&] { return panel->recommendation().has_value(); }, 30000));
    EXPECT_EQ(panel->recommendation()->nextRound, 6);
    QTableWidget* split = panel->splitTable();
    ASSERT_EQ(split->rowCount(), static_cast<int>(panel->test()->segments.size()));
    ASSERT_EQ(split->columnCount(), 2);
    EXPECT_EQ(panel->rateChart()->seriesCount(), 2) << "one rate series per variant";
    EXPECT_GT(panel->rateChart()->pointCount(0), 0);
    EXPECT_GT(panel->rateChart()->bandCount(), 0) << "intervals as bands";

    // A renamed variant keeps its rounds; a channel typed as its alias is read as the project's.
    const size_t rows = panel->test()->results.size();
    variants->item(1, 0)->setText(QStringLiteral("Calm"));
    panel->segmentTable()->item(1, 1)->setText(QStringLiteral("xiaohongshu"));
    ASSERT_TRUE(panel->saveEdits()) << panel->message().toStdString();
    EXPECT_EQ(panel->test()->results.size(), rows);
    EXPECT_TRUE(std::any_of(panel->test()->results.begin(), panel->test()->results.end(),
                            [](const AbResult& r) { return r.variant == "Calm"; }));
    EXPECT_FALSE(std::any_of(panel->test()->results.begin(), panel->test()->results.end(),
                             [](const AbResult& r) { return r.variant == "B"; }));
    EXPECT_EQ(panel->test()->segments[1].channel, "Xiaohongshu");
    EXPECT_FALSE(panel->createTest(QStringLiteral("Serum"))) << "a second test of the same name";
    EXPECT_EQ(panel->test()->results.size(), rows) << "and the first one keeps its rounds";

    // A bad result file is refused with its line; nothing changes.
    const std::string bad = dir.file("bad.csv");
    std::ofstream(bad) << "round,variant,segment,impressions,clicks,conversions\n6,Glow,Douyin,100,500,1\n";
    EXPECT_FALSE(panel->importRounds(QString::fromStdString(bad)));
    EXPECT_TRUE(panel->message().contains(QStringLiteral("bad.csv:2"))) << panel->message().toStdString();
    EXPECT_EQ(panel->test()->lastRound(), 5);
    const std::string good = dir.file("good.csv");
    std::ofstream(good) << "round,variant,segment,impressions,clicks,conversions\n6,Glow,Douyin,1000,40,4\n";
    ASSERT_TRUE(panel->importRounds(QString::fromStdString(good))) << panel->message().toStdString();
    EXPECT_EQ(panel->test()->lastRound(), 6);

    // Every method recommends, the actor-critic included (trained in the background).
    for (const char* method : {"fixed", "linucb", "dts", "actor-critic"}) {
        const int before = static_cast<int>(recommended.count());
        panel->setMethod(QString::fromLatin1(method));
        ASSERT_TRUE(waitFor([&] { return recommended.count() > before; }, 60000)) << method;
        ASSERT_TRUE(panel->recommendation().has_value());
        EXPECT_EQ(panel->recommendation()->method, method);
        for (const auto& cells : panel->recommendation()->cells) {
            double total = 0;
            for (const AbCell& c : cells) {
                total += c.share;
            }
            EXPECT_NEAR(total, 1, 1e-9) << method;
        }
    }
    const QString out = QString::fromStdString(dir.file("serum.csv"));
    ASSERT_TRUE(panel->exportCsv(out));
    std::ifstream in(out.toStdString());
    std::string header;
    std::getline(in, header);
    EXPECT_EQ(header, "round,variant,segment,impressions,clicks,conversions");
    ASSERT_TRUE(panel->deleteTest());
    EXPECT_EQ(panel->testList()->count(), 0);
    EXPECT_FALSE(panel->test().has_value());
}

TEST(AbTestWindow, DraftVariantsWithALocalServerAndAddTheChosenOnes)
{
    TempDir dir;
    ProjectWindow window;
    window.show();
    ASSERT_TRUE(window.openProject(QString::fromStdString(sharedDemoProject(dir))));
    window.setUnsavedAnswer(QMessageBox::Discard);
    ASSERT_TRUE(window.selectScenario(QStringLiteral("Baseline")));
    AbTestPanel* panel = window.abTestPanel();
    window.tabs()->setCurrentWidget(panel);
    ASSERT_TRUE(panel->createTest(QStringLiteral("Drafted")));
    ASSERT_TRUE(panel->simulateRounds(2, 0, 5)) << panel->message().toStdString();
    settings::setDrafting(QString(), QString(), 120);

    kol::test::LocalChatServer server([](const kol::test::LocalChatServer::Request&) {
        return kol::test::LocalChatServer::chatReply(
            R"([{"headline": "Glow by Friday", "copy": "Seven days."}, {"headline": "Skin you love"}])");
    });
    QPushButton* open = nullptr;
    for (auto* b : panel->findChildren<QPushButton*>()) {
        open = b->text() == QStringLiteral("Draft variants…") ? b : open;
    }
    ASSERT_NE(open, nullptr);
    bool checked = false;
    QTimer::singleShot(0, [&] {
        // Whatever fails below, the dialog closes and exec() returns.
        auto finish = qScopeGuard([] {
            if (auto* open = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                open->reject();
            }
        });
        auto* dialog = qobject_cast<AbDraftDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        // No server yet: how to set one up; nothing is sent.
        EXPECT_TRUE(dialog->serverField()->text().isEmpty());
        EXPECT_FALSE(dialog->draft());
        EXPECT_TRUE(dialog->message().contains(QStringLiteral("llama-server"))) << dialog->message().toStdString();
        EXPECT_TRUE(server.requests().empty());
        dialog->serverField()->setText(QString::fromStdString(server.url()));
        dialog->countField()->setValue(2);
        ASSERT_TRUE(dialog->draft());
        dialog->wait();
        QTableWidget* drafts = dialog->draftTable();
        ASSERT_EQ(drafts->rowCount(), 2) << dialog->message().toStdString();
        const std::string userMessage = server.lastUserMessage();
        EXPECT_TRUE(userMessage.find("Audience segment: " + dialog->segmentList()->currentText().toStdString())
                    != std::string::npos)
            << userMessage;
        drafts->item(0, 2)->setText(QStringLiteral("Glow by Friday, guaranteed"));
        drafts->item(1, 0)->setCheckState(Qt::Unchecked);
        ASSERT_EQ(dialog->chosenDrafts().size(), 1u);
        ASSERT_TRUE(dialog->addButton()->isEnabled());
        checked = true;
        finish.dismiss();
        dialog->addButton()->click();
    });
    panel->variantTable()->item(0, 1)->setText(QStringLiteral("Edited before drafting")); // not saved yet
    open->click();
    ASSERT_TRUE(checked);
    EXPECT_EQ(panel->test()->variants[0].headline, "Edited before drafting") << "the edit is kept and saved";
    EXPECT_TRUE(panel->message().contains(QStringLiteral("saved with your edits"))) << panel->message().toStdString();
    ASSERT_EQ(panel->test()->variants.size(), 3u) << panel->message().toStdString();
    EXPECT_EQ(panel->test()->variants[2].name, "Draft 1");
    EXPECT_EQ(panel->test()->variants[2].headline, "Glow by Friday, guaranteed");
    EXPECT_EQ(panel->variantTable()->rowCount(), 3);
    EXPECT_EQ(settings::draftingServer(), QString::fromStdString(server.url())) << "kept for the next time";

    // Over the limit of variants: refused, the test unchanged.
    std::vector<AbVariant> many;
    for (int i = 0; i < kMaxAbVariants; ++i) {
        many.push_back({"More " + std::to_string(i), "h", "", "", ""});
    }
    EXPECT_FALSE(panel->addDrafts(many));
    EXPECT_TRUE(panel->message().contains(QStringLiteral("limit of 12"))) << panel->message().toStdString();
    EXPECT_EQ(panel->test()->variants.size(), 3u);
    settings::setDrafting(QString(), QString(), 120);
}
