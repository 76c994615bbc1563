// AbTestPanel: what changes a test in the project file: create, save edits, import or simulate
// rounds, export and delete.
#include "AbTestPanel.h"
#include "core/abtest/AbSimulator.h"
#include "core/base/Amount.h"
#include "core/model/Vocabulary.h"
#include "core/report/AbTestCsv.h"
#include "core/report/PlanExport.h"
#include "core/session/AbDrafting.h"
#include "core/store/AbTestStore.h"
#include "core/store/ProjectFile.h"
#include "report/DisplayNames.h"
#include "report/EngineText.h"

#include <QApplication>
#include <QComboBox>
#include <QTableWidget>

namespace kol {

namespace {
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string text(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed().toStdString() : std::string();
}
} // namespace

bool AbTestPanel::createTest(const QString& name)
{
    if (!m_project || m_scenario.isEmpty()) {
        return false;
    }
    // Two variants to rename and fill, one segment per channel of the project (at most four).
    AbTest t;
    t.name = name.toStdString();
    t.scenario = m_scenario.toStdString();
    t.variants = {{"A", "", "", "", ""}, {"B", "", "", "", ""}};
    const auto& channels = m_project->vocabulary().channels;
    for (size_t c = 0; c < channels.size() && c < 4; ++c) {
        t.segments.push_back({channels[c], channels[c], "", "", {}});
    }
    if (t.segments.empty()) {
        t.segments.push_back({"Everyone", "", "", "", {}});
    }
    if (Status s = AbTestStore(*m_project).create(t); !s) {
        say(engineText(s.message()), true);
        return false;
    }
    reloadTests(name);
    say(tr("Test %1 created: name the variants and write their copy, then Save edits").arg(name));
    return true;
}

AbTest AbTestPanel::editedTest() const
{
    AbTest t = *m_test;
    t.variants.clear();
    for (int r = 0; r < m_variants->rowCount(); ++r) {
        t.variants.push_back({text(m_variants, r, 0), text(m_variants, r, 1), text(m_variants, r, 2),
                              text(m_variants, r, 3), text(m_variants, r, 4)});
    }
    const Vocabulary& vocabulary = m_project->vocabulary();
    std::vector<AbSegment> segments;
    for (int r = 0; r < m_segments->rowCount(); ++r) {
        AbSegment s{text(m_segments, r, 0), text(m_segments, r, 1), text(m_segments, r, 2), text(m_segments, r, 3), {}};
        // As typed: a name of the project (any case, aliases such as 抖音) or as the window shows it.
        if (const auto c = vocabulary.findChannel(s.channel)) {
            s.channel = *c;
        }
        for (const auto& c : vocabulary.channels) {
            s.channel = !s.channel.empty() && displayName(c).toStdString() == s.channel ? c : s.channel;
        }
        if (const auto tier = vocabulary.findTier(s.tier)) {
            s.tier = *tier;
        }
        for (const auto& tier : vocabulary.tierNames()) {
            s.tier = !s.tier.empty() && displayName(tier).toStdString() == s.tier ? tier : s.tier;
        }
        for (const auto& tag : splitList(text(m_segments, r, 4), ',')) {
            if (!tag.empty()) {
                s.interests.push_back(tag);
            }
        }
        segments.push_back(std::move(s));
    }
    // A variant or segment renamed keeps its rounds.
    for (AbResult& row : t.results) {
        const int v = m_test->variantIndex(row.variant), s = m_test->segmentIndex(row.segment);
        row.variant = v < static_cast<int>(t.variants.size()) ? t.variants[static_cast<size_t>(v)].name : row.variant;
        row.segment = s < static_cast<int>(segments.size()) ? segments[static_cast<size_t>(s)].name : row.segment;
    }
    t.segments = std::move(segments);
    return t;
}

bool AbTestPanel::saveEdits()
{
    if (!m_test || !m_project) {
        return false;
    }
    const AbTest t = editedTest();
    if (Status s = AbTestStore(*m_project).save(t); !s) {
        say(tr("Not saved: %1").arg(engineText(s.message())), true);
        return false;
    }
    loadTest(q(t.name));
    say(tr("Saved the variants and segments of %1").arg(q(t.name)));
    return true;
}

bool AbTestPanel::addDrafts(const std::vector<AbVariant>& drafts)
{
    if (!m_test || !m_project || drafts.empty()) {
        return false;
    }
    // The test as the tables show it: edits not yet saved are kept, and saved with the drafts.
    AbTest t = editedTest();
    const bool edited = !(t == *m_test);
    Status s = addAbDrafts(t, drafts);
    if (s) {
        s = AbTestStore(*m_project).save(t);
    }
    if (!s) {
        say(tr("Drafts not added: %1").arg(engineText(s.message())), true);
        return false;
    }
    loadTest(q(t.name));
    say((edited ? tr("Added %n drafted variant(s) to %1, saved with your edits to its variants and segments", nullptr,
                     static_cast<int>(drafts.size()))
                : tr("Added %n drafted variant(s) to %1", nullptr, static_cast<int>(drafts.size())))
            .arg(q(t.name)));
    return true;
}

bool AbTestPanel::importRounds(const QString& csvPath)
{
    if (!m_test || !m_project) {
        return false;
    }
    auto report = importAbResults(*m_project, m_scenario.toStdString(), m_test->name, csvPath.toStdString());
    if (!report || !report->committed) {
        QStringList why;
        for (const auto& p : report ? report->problems : std::vector<std::string>{report.error()}) {
            why << engineText(p);
        }
        say(tr("Nothing imported:\n%1").arg(why.join(QLatin1Char('\n'))), true);
        return false;
    }
    loadTest(q(m_test->name));
    say(tr("Imported %n result row(s)", nullptr, static_cast<int>(report->added)));
    return true;
}

bool AbTestPanel::simulateRounds(int rounds, double drift, quint64 seed)
{
    if (!m_test || !m_project || m_test->lastRound() + rounds > kMaxAbRounds) {
        return false;
    }
    // A few seconds at most (the actor-critic trains for each round): a wait cursor meanwhile.
    struct WaitCursor
    {
        WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
        ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    } waitCursor;
    AbSimulation sim;
    sim.variants = static_cast<int>(m_test->variants.size());
    sim.segments = static_cast<int>(m_test->segments.size());
    sim.drift = drift;
    sim.seed = seed; // the market: the same for every batch of the same seed
    const AbMarket market(sim);
    Random random(seed * 7919 + static_cast<uint64_t>(m_test->lastRound())); // the draws: new each batch
    AbTest t = *m_test;
    const std::string method = m_method->currentData().toString().toStdString();
    for (int round = t.lastRound() + 1, last = t.lastRound() + rounds; round <= last; ++round) {
        AbOptions o;
        o.metric
            = m_metric->currentData().toString() == QLatin1String("clicks") ? AbMetric::Clicks : AbMetric::Conversions;
        o.seed = static_cast<uint64_t>(round);
        auto r = recommendAb(t, method, o);
        if (!r) {
            say(engineText(r.error()), true);
            return false;
        }
        std::vector<std::vector<double>> split;
        for (const auto& cells : r->cells) {
            split.emplace_back();
            for (const AbCell& c : cells) {
                split.back().push_back(c.share);
            }
        }
        const auto rows = simulateRound(market, t, round, split, random);
        t.results.insert(t.results.end(), rows.begin(), rows.end());
    }
    if (Status s = AbTestStore(*m_project).save(t); !s) {
        say(engineText(s.message()), true);
        return false;
    }
    loadTest(q(t.name));
    say(tr("Simulated %n round(s), each split as %1 recommends", nullptr, rounds).arg(q(method)));
    return true;
}

bool AbTestPanel::exportCsv(const QString& path)
{
    if (!m_test || !m_recommendation) {
        return false;
    }
    const std::string csv = abTestCsv(*m_test, *m_recommendation);
    if (Status s = writeFileAtomically(path.toStdString(), csv); !s) {
        say(engineText(s.message()), true);
        return false;
    }
    say(tr("Exported %1").arg(path));
    return true;
}

bool AbTestPanel::deleteTest()
{
    if (!m_test || !m_project) {
        return false;
    }
    if (Status s = AbTestStore(*m_project).remove(m_scenario.toStdString(), m_test->name); !s) {
        say(engineText(s.message()), true);
        return false;
    }
    reloadTests();
    return true;
}

} // namespace kol
