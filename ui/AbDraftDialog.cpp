#include "AbDraftDialog.h"

#include "BackgroundJob.h"
#include "Settings.h"
#include "core/session/AbDrafting.h"
#include "report/EngineText.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <iterator>
#include <set>

namespace kol {

namespace {
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string cellText(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed().toStdString() : std::string();
}

enum Column { Use, Name, Headline, Copy, Cover, CallToAction, Columns };

// The drafting's messages (net/ChatClient.cpp, abtest/AbDraft.cpp) in the user's language: the
// server's URL, then what happened; a message not listed here as the engine wrote it.
QString draftingText(const std::string& message)
{
    static const QRegularExpression server(QStringLiteral("^language model server (\\S+): (.+)$"));
    static const QRegularExpression patterns[]
        = {QRegularExpression(QStringLiteral("^no language model server is set up: .*$")),
           QRegularExpression(QStringLiteral("^cannot reach the server \\((.+)\\); .*$")),
           QRegularExpression(QStringLiteral("^no answer within (\\d+) s .*$")),
           QRegularExpression(QStringLiteral("^HTTP (\\d+): (.*)$")),
           QRegularExpression(QStringLiteral("^the model's reply holds no JSON array of variants: (.*)$")),
           QRegularExpression(QStringLiteral("^the model's reply has no new variant with a headline or a "
                                             "copy: (.*)$")),
           QRegularExpression(QStringLiteral("^the server address (.+) is not an http:// or https:// URL "
                                             "with a host .*$"))};
    const char* const said[] = {
        QT_TRANSLATE_NOOP(
            "kol::AbDraftDialog",
            "No language model server is set up: start a local server that speaks the chat-completions "
            "protocol, e.g. llama.cpp's 'llama-server -m MODEL.gguf --port 8080', and enter its address, e.g. "
            "http://127.0.0.1:8080"),
        QT_TRANSLATE_NOOP("kol::AbDraftDialog",
                          "cannot reach the server (%1); is it running? e.g. 'llama-server -m MODEL.gguf --port 8080'"),
        QT_TRANSLATE_NOOP("kol::AbDraftDialog", "no answer within %1 s (a larger model may need a longer timeout)"),
        QT_TRANSLATE_NOOP("kol::AbDraftDialog", "the server answered HTTP %1: %2"),
        QT_TRANSLATE_NOOP("kol::AbDraftDialog", "the model's reply holds no list of variants: %1"),
        QT_TRANSLATE_NOOP("kol::AbDraftDialog", "the model's reply has no new variant with a headline or a copy: %1"),
        QT_TRANSLATE_NOOP("kol::AbDraftDialog",
                          "the server address %1 is not an http:// or https:// address with a host (e.g. "
                          "http://127.0.0.1:8080)")};
    QString rest = QString::fromStdString(message), url;
    if (const auto m = server.match(rest); m.hasMatch()) {
        url = m.captured(1);
        rest = m.captured(2);
    }
    for (size_t i = 0; i < std::size(patterns); ++i) {
        const auto m = patterns[i].match(rest);
        if (m.hasMatch()) {
            QString text = AbDraftDialog::tr(said[i]);
            text = m.lastCapturedIndex() == 2 ? text.arg(m.captured(1), m.captured(2))
                : m.lastCapturedIndex() == 1  ? text.arg(m.captured(1))
                                              : text;
            return url.isEmpty() ? text : AbDraftDialog::tr("%1: %2").arg(url, text);
        }
    }
    return engineText(message);
}
} // namespace

AbDraftDialog::AbDraftDialog(const AbTest& test, const QString& segment, AbMetric metric, QWidget* parent)
    : QDialog(parent)
    , m_test(test)
    , m_metric(metric)
    , m_job(new BackgroundJob(this))
    , m_server(new QLineEdit(settings::draftingServer(), this))
    , m_model(new QLineEdit(settings::draftingModel(), this))
    , m_timeout(new QSpinBox(this))
    , m_segment(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_draft(new QPushButton(tr("Draft"), this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_busy(new QProgressBar(this))
    , m_drafts(new QTableWidget(0, Columns, this))
    , m_add(new QPushButton(tr("Add chosen drafts to the test"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Draft variants for %1").arg(q(test.name)));
    auto* about = new QLabel(
        tr("Drafts are written by a language model server on your computer that speaks the chat-completions "
           "protocol (llama.cpp's llama-server, vLLM, Ollama and others). The request holds the test's brief, the "
           "segment's portrait and the best variants so far with their rates; it goes to the server below and "
           "nowhere else, and nothing is sent until you press Draft. To start a server: "
           "<code>llama-server -m MODEL.gguf --port 8080</code>, then enter http://127.0.0.1:8080."),
        this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::RichText);
    m_server->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_model->setPlaceholderText(tr("local (servers with one model ignore it)"));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(settings::draftingTimeout());
    m_timeout->setSuffix(tr(" s"));
    for (const AbSegment& s : test.segments) {
        m_segment->addItem(q(s.name));
    }
    m_segment->setCurrentIndex(std::max(0, m_segment->findText(segment)));
    m_count->setRange(1, kMaxAbDrafts);
    m_count->setValue(3);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_cancel->setEnabled(false);
    m_drafts->setHorizontalHeaderLabels(
        {tr("Use"), tr("Variant"), tr("Headline"), tr("Copy"), tr("Cover text"), tr("Call to action")});
    m_drafts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_drafts->horizontalHeader()->setSectionResizeMode(Use, QHeaderView::ResizeToContents);
    m_drafts->setWordWrap(true);
    m_add->setEnabled(false);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Server"), m_server);
    form->addRow(tr("Model"), m_model);
    form->addRow(tr("Timeout"), m_timeout);
    form->addRow(tr("Segment"), m_segment);
    form->addRow(tr("Drafts"), m_count);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_draft);
    actions->addWidget(m_cancel);
    actions->addWidget(m_busy, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_drafts, 1);
    layout->addWidget(buttons);
    resize(860, 560);

    if (test.variants.size() >= static_cast<size_t>(kMaxAbVariants)) {
        say(tr("The test has %1 variants, the most it can hold: delete some before adding drafts").arg(kMaxAbVariants),
            true);
    }

    connect(m_draft, &QPushButton::clicked, this, [this] { draft(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_job->cancel();
        setBusy(false);
        say(tr("Stopped; nothing was drafted"));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_drafts, &QTableWidget::itemChanged, this, [this] { m_add->setEnabled(!chosenDrafts().empty()); });
    connect(m_job, &BackgroundJob::finished, this, &AbDraftDialog::onFinished);
    connect(m_job, &BackgroundJob::failed, this, [this](const JobTag&, const QString& error) {
        setBusy(false);
        say(tr("No drafts: %1").arg(draftingText(error.toStdString())), true);
    });
}

AbDraftDialog::~AbDraftDialog() = default;

bool AbDraftDialog::draft()
{
    ChatEndpoint endpoint{m_server->text().trimmed().toStdString(), m_model->text().trimmed().toStdString(),
                          m_timeout->value()};
    if (Status s = checkChatEndpoint(endpoint); !s) {
        say(draftingText(s.message()), true);
        return false;
    }
    settings::setDrafting(m_server->text(), m_model->text(), m_timeout->value());
    AbDraftAsk ask;
    ask.segment = m_segment->currentText().toStdString();
    ask.count = m_count->value();
    ask.metric = m_metric;
    const AbTest test = m_test;
    setBusy(true);
    say(tr("Asking %1 for %n draft(s)…", nullptr, ask.count).arg(q(chatCompletionsUrl(endpoint))));
    m_job->start(JobTag{q(test.scenario), 0, 0}, [test, ask, endpoint](const JobContext& context, QString& error) {
        auto drafts = draftAbVariants(test, ask, endpoint, context.cancel);
        if (!drafts) {
            error = QString::fromStdString(drafts.error()); // said in the user's language on the GUI thread
            return std::any();
        }
        return std::any(drafts.take());
    });
    return true;
}

void AbDraftDialog::onFinished(const JobTag&, const std::any& result)
{
    setBusy(false);
    const auto* drafts = std::any_cast<std::vector<AbVariant>>(&result);
    if (!drafts) {
        return;
    }
    // Names unique across the test and the drafts already in the table.
    std::set<std::string> taken;
    for (const auto& v : m_test.variants) {
        taken.insert(v.name);
    }
    for (int r = 0; r < m_drafts->rowCount(); ++r) {
        taken.insert(cellText(m_drafts, r, Name));
    }
    const QSignalBlocker block(m_drafts);
    int number = 1;
    for (AbVariant v : *drafts) {
        while (taken.count(v.name)) {
            v.name = "Draft " + std::to_string(++number);
        }
        taken.insert(v.name);
        const int row = m_drafts->rowCount();
        m_drafts->insertRow(row);
        auto* use = new QTableWidgetItem;
        use->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        use->setCheckState(Qt::Checked);
        use->setToolTip(tr("Drafted for %1").arg(m_segment->currentText()));
        m_drafts->setItem(row, Use, use);
        const std::string* texts[] = {&v.name, &v.headline, &v.copy, &v.cover, &v.callToAction};
        for (int c = Name; c < Columns; ++c) {
            m_drafts->setItem(row, c, new QTableWidgetItem(q(*texts[c - Name])));
        }
    }
    m_drafts->resizeRowsToContents();
    m_add->setEnabled(!chosenDrafts().empty());
    say(tr("%n draft(s) from the server: edit them, untick those you do not want, then add them to the test", nullptr,
           static_cast<int>(drafts->size())));
    Q_EMIT drafted();
}

std::vector<AbVariant> AbDraftDialog::chosenDrafts() const
{
    std::vector<AbVariant> out;
    for (int r = 0; r < m_drafts->rowCount(); ++r) {
        if (m_drafts->item(r, Use) && m_drafts->item(r, Use)->checkState() == Qt::Checked) {
            out.push_back({cellText(m_drafts, r, Name), cellText(m_drafts, r, Headline), cellText(m_drafts, r, Copy),
                           cellText(m_drafts, r, Cover), cellText(m_drafts, r, CallToAction)});
        }
    }
    return out;
}

void AbDraftDialog::wait()
{
    m_job->wait();
    QCoreApplication::sendPostedEvents();
}

QString AbDraftDialog::message() const
{
    return m_message->text();
}

void AbDraftDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_draft->setEnabled(!busy);
}

void AbDraftDialog::say(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #B00020") : QString());
    m_message->setText(text);
}

} // namespace kol
