#include "AbTestPanel.h"

#include "AbDraftDialog.h"
#include "BackgroundJob.h"
#include "ChartKit.h"
#include "core/abtest/AbStats.h"
#include "core/model/Vocabulary.h"
#include "core/store/AbTestStore.h"
#include "core/store/ProjectFile.h"
#include "report/DisplayNames.h"
#include "report/EngineText.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace kol {

namespace {
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QTableWidget* table(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return t;
}

QString percent(double share)
{
    return QLocale().toString(100 * share, 'f', 1) + QLatin1Char('%');
}
} // namespace

AbTestPanel::AbTestPanel(QWidget* parent)
    : QWidget(parent)
    , m_job(new BackgroundJob(this))
    , m_tests(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_segment(new QComboBox(this))
    , m_variants(table({tr("Variant"), tr("Headline"), tr("Copy"), tr("Cover text"), tr("Call to action")}, this))
    , m_segments(table({tr("Segment"), tr("Channel"), tr("Tier"), tr("Age band"), tr("Interests")}, this))
    , m_rounds(
          table({tr("Round"), tr("Variant"), tr("Segment"), tr("Impressions"), tr("Clicks"), tr("Conversions")}, this))
    , m_split(new QTableWidget(this))
    , m_rates(new LineChart(tr("Rate per round"), tr("round"), tr("rate (%)"), this))
    , m_best(new BarChart(tr("Probability of being the segment's best"), this))
    , m_message(new QLabel(this))
{
    m_rounds->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_split->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_segments->horizontalHeaderItem(4)->setToolTip(tr("Interest tags separated by commas"));
    for (const std::string& method : abMethodNames()) {
        m_method->addItem(q(method), q(method));
    }
    m_method->setCurrentIndex(1); // Thompson sampling
    m_metric->addItem(tr("clicks per impression"), QStringLiteral("clicks"));
    m_metric->addItem(tr("conversions per impression"), QStringLiteral("conversions"));
    m_message->setWordWrap(true);
    m_rates->setToolTip(tr("Each variant's observed rate in each round of the chosen segment, with its 95% "
                           "interval (Wilson) as a band"));

    auto button = [this](const QString& label, auto slot, bool needsTest) {
        auto* b = new QPushButton(label, this);
        connect(b, &QPushButton::clicked, this, slot);
        if (needsTest) {
            m_testButtons << b;
        }
        return b;
    };
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Test"), this));
    top->addWidget(m_tests, 1);
    top->addWidget(button(
        tr("New test"),
        [this] {
            int n = m_tests->count() + 1;
            while (m_tests->findText(tr("Test %1").arg(n)) >= 0) {
                ++n;
            }
            createTest(tr("Test %1").arg(n));
        },
        false));
    top->addWidget(button(
        tr("Save edits"), [this] { saveEdits(); }, true));
    top->addWidget(button(
        tr("Simulate 5 rounds"), [this] { simulateRounds(5, 0.05, 1); }, true));
    top->addWidget(button(
        tr("Import rounds…"),
        [this] {
            const QString path
                = QFileDialog::getOpenFileName(this, tr("Import rounds"), QString(), tr("CSV files (*.csv)"));
            if (!path.isEmpty()) {
                importRounds(path);
            }
        },
        true));
    top->addWidget(button(
        tr("Draft variants…"),
        [this] {
            if (!m_test) {
                return;
            }
            AbDraftDialog dialog(*m_test, m_segment->currentText(),
                                 m_metric->currentData().toString() == QLatin1String("clicks") ? AbMetric::Clicks
                                                                                               : AbMetric::Conversions,
                                 this);
            if (dialog.exec() == QDialog::Accepted) {
                addDrafts(dialog.chosenDrafts());
            }
        },
        true));
    top->addWidget(button(
        tr("Export CSV…"),
        [this] {
            const QString path
                = QFileDialog::getSaveFileName(this, tr("Export the test"), QString(), tr("CSV files (*.csv)"));
            if (!path.isEmpty()) {
                exportCsv(path);
            }
        },
        true));
    top->addWidget(button(
        tr("Delete test"),
        [this] {
            if (m_test
                && QMessageBox::question(this, tr("Delete test"),
                                         tr("Delete the A/B test %1 and its %n result row(s)? This cannot be "
                                            "undone.",
                                            nullptr, static_cast<int>(m_test->results.size()))
                                             .arg(q(m_test->name)))
                    == QMessageBox::Yes) {
                deleteTest();
            }
        },
        true));
    auto* methodRow = new QHBoxLayout;
    methodRow->addWidget(new QLabel(tr("Method"), this));
    methodRow->addWidget(m_method);
    methodRow->addWidget(new QLabel(tr("Metric"), this));
    methodRow->addWidget(m_metric);
    methodRow->addWidget(new QLabel(tr("Segment"), this));
    methodRow->addWidget(m_segment, 1);

    auto* data = new QTabWidget(this);
    data->addTab(m_variants, tr("Variants"));
    data->addTab(m_segments, tr("Segments"));
    data->addTab(m_rounds, tr("Rounds"));
    auto* charts = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_rates, 3);
    chartLayout->addWidget(m_best, 2);
    chartLayout->addWidget(new QLabel(tr("Next round's split"), this));
    chartLayout->addWidget(m_split, 2);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(data);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3); // the tables get two fifths: a variant's copy stays readable
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(methodRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_tests, &QComboBox::currentTextChanged, this, [this](const QString& name) { loadTest(name); });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] { recommend(); });
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] { recommend(); });
    connect(m_segment, &QComboBox::currentIndexChanged, this, [this] { showCharts(); });
    connect(m_job, &BackgroundJob::finished, this, &AbTestPanel::onFinished);
    connect(m_job, &BackgroundJob::failed, this, [this](const JobTag&, const QString& error) { say(error, true); });
    setScenario(nullptr, {});
}

AbTestPanel::~AbTestPanel() = default;

void AbTestPanel::setScenario(ProjectFile* project, const QString& scenario)
{
    // The same scenario again (a model fitted, campaigns imported): the test on show stays.
    const QString keep = project == m_project && scenario == m_scenario ? m_tests->currentText() : QString();
    m_project = project;
    m_scenario = scenario;
    reloadTests(keep);
}

void AbTestPanel::reloadTests(const QString& select)
{
    const QSignalBlocker block(m_tests);
    m_tests->clear();
    if (m_project && !m_scenario.isEmpty()) {
        if (auto names = AbTestStore(*m_project).list(m_scenario.toStdString())) {
            for (const auto& n : names.value()) {
                m_tests->addItem(q(n));
            }
        }
    }
    const int at = m_tests->findText(select);
    m_tests->setCurrentIndex(at >= 0 ? at : m_tests->count() - 1);
    loadTest(m_tests->currentText());
}

void AbTestPanel::loadTest(const QString& name)
{
    m_job->cancel();
    m_test.reset();
    m_recommendation.reset();
    if (m_project && !name.isEmpty()) {
        auto loaded = AbTestStore(*m_project).load(m_scenario.toStdString(), name.toStdString());
        if (loaded) {
            m_test = loaded.take();
        } else {
            say(engineText(loaded.error()), true);
        }
    }
    for (QPushButton* b : m_testButtons) {
        b->setEnabled(m_test.has_value());
    }
    showTest();
    recommend();
}

void AbTestPanel::showTest()
{
    const AbTest empty;
    const AbTest& t = m_test ? *m_test : empty;
    m_variants->setRowCount(static_cast<int>(t.variants.size()));
    for (int r = 0; r < m_variants->rowCount(); ++r) {
        const AbVariant& v = t.variants[static_cast<size_t>(r)];
        const std::string* fields[] = {&v.name, &v.headline, &v.copy, &v.cover, &v.callToAction};
        for (int c = 0; c < 5; ++c) {
            m_variants->setItem(r, c, new QTableWidgetItem(q(*fields[c])));
        }
    }
    m_segments->setRowCount(static_cast<int>(t.segments.size()));
    for (int r = 0; r < m_segments->rowCount(); ++r) {
        const AbSegment& s = t.segments[static_cast<size_t>(r)];
        const QString cells[]
            = {q(s.name), displayName(s.channel), displayName(s.tier), q(s.ageBand), q(joinNames(s.interests, ", "))};
        for (int c = 0; c < 5; ++c) {
            m_segments->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
    }
    m_rounds->setRowCount(static_cast<int>(t.results.size()));
    for (int r = 0; r < m_rounds->rowCount(); ++r) {
        const AbResult& row = t.results[static_cast<size_t>(r)];
        const QString cells[] = {QString::number(row.round),
                                 q(row.variant),
                                 q(row.segment),
                                 QLocale().toString(static_cast<qlonglong>(row.impressions)),
                                 QLocale().toString(static_cast<qlonglong>(row.clicks)),
                                 QLocale().toString(static_cast<qlonglong>(row.conversions))};
        for (int c = 0; c < 6; ++c) {
            m_rounds->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
    }
    const QSignalBlocker block(m_segment);
    const QString shown = m_segment->currentText();
    m_segment->clear();
    for (const AbSegment& s : t.segments) {
        m_segment->addItem(q(s.name));
    }
    m_segment->setCurrentIndex(std::max(0, m_segment->findText(shown)));
    showCharts();
}

void AbTestPanel::showCharts()
{
    m_rates->removeAll();
    const int segment = m_segment->currentIndex();
    if (m_test && segment >= 0 && !m_test->results.empty()) {
        const AbMetric metric
            = m_metric->currentData().toString() == QLatin1String("clicks") ? AbMetric::Clicks : AbMetric::Conversions;
        const std::string& name = m_test->segments[static_cast<size_t>(segment)].name;
        for (const AbVariant& v : m_test->variants) {
            std::vector<QPointF> low, high;
            const int series = m_rates->addSeries(q(v.name));
            for (const AbResult& r : m_test->results) {
                if (r.variant == v.name && r.segment == name && r.impressions > 0) {
                    const double n = static_cast<double>(r.impressions),
                                 s = static_cast<double>(abSuccesses(r, metric));
                    const auto [lo, hi] = ab::wilsonInterval(s, n);
                    m_rates->append(series, r.round, 100 * s / n);
                    low.emplace_back(r.round, 100 * lo);
                    high.emplace_back(r.round, 100 * hi);
                }
            }
            if (low.size() > 1) {
                m_rates->addBand(tr("%1: 95% interval").arg(q(v.name)), low, high,
                                 QColor::fromHsv((series * 67) % 360, 160, 200));
            }
        }
    }
    m_rates->refresh();
    QStringList segments, variants;
    std::vector<std::vector<double>> best;
    m_split->clear();
    if (m_test && m_recommendation) {
        for (const AbSegment& s : m_test->segments) {
            segments << q(s.name);
        }
        m_split->setRowCount(static_cast<int>(m_test->segments.size()));
        m_split->setColumnCount(static_cast<int>(m_test->variants.size()));
        m_split->setVerticalHeaderLabels(segments);
        for (size_t v = 0; v < m_test->variants.size(); ++v) {
            variants << q(m_test->variants[v].name);
            best.emplace_back();
            for (size_t s = 0; s < m_test->segments.size(); ++s) {
                const AbCell& c = m_recommendation->cells[s][v];
                best.back().push_back(100 * c.probBest);
                auto* item = new QTableWidgetItem(percent(c.share));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                item->setToolTip(tr("estimated rate %1 (95% interval %2 – %3), %4 impressions so far")
                                     .arg(percent(c.rate), percent(c.low), percent(c.high))
                                     .arg(QLocale().toString(static_cast<qlonglong>(c.impressions))));
                m_split->setItem(static_cast<int>(s), static_cast<int>(v), item);
            }
        }
        m_split->setHorizontalHeaderLabels(variants);
    }
    m_best->setData(segments, variants, best, tr("probability (%)"));
}

void AbTestPanel::recommend()
{
    m_recommendation.reset();
    if (!m_test) {
        showCharts();
        return;
    }
    AbOptions o;
    o.metric = m_metric->currentData().toString() == QLatin1String("clicks") ? AbMetric::Clicks : AbMetric::Conversions;
    const std::string method = m_method->currentData().toString().toStdString();
    say(tr("%1: computing the next round's split…").arg(q(method)));
    JobTag tag;
    tag.scenario = m_scenario;
    m_job->start(tag, [test = *m_test, method, o](const JobContext& context, QString& error) mutable -> std::any {
        o.cancel = context.cancel;
        auto r = recommendAb(test, method, o);
        if (!r) {
            error = engineText(r.error());
            return {};
        }
        return r.take();
    });
}

void AbTestPanel::onFinished(const JobTag&, const std::any& result)
{
    m_recommendation = std::any_cast<AbRecommendation>(result);
    QStringList notes;
    for (const auto& n : m_recommendation->notes) {
        notes << engineText(n);
    }
    say(tr("%1: the split for round %2. %3")
            .arg(q(m_recommendation->method))
            .arg(m_recommendation->nextRound)
            .arg(notes.join(QStringLiteral("; "))));
    showCharts();
    Q_EMIT recommended();
}

void AbTestPanel::setMethod(const QString& method)
{
    m_method->setCurrentIndex(std::max(0, m_method->findData(method)));
}

void AbTestPanel::wait()
{
    m_job->wait();
    QCoreApplication::sendPostedEvents();
}

QString AbTestPanel::message() const
{
    return m_message->text();
}

void AbTestPanel::say(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #B00020") : QString());
    m_message->setText(text);
}

} // namespace kol
