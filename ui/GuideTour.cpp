#include "GuideTour.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kol {

GuideTour::GuideTour(std::vector<Step> steps, QWidget* window)
    : QFrame(window)
    , m_steps(std::move(steps))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_count(new QLabel(this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_close(new QPushButton(tr("Close the guide"), this))
{
    setObjectName(QStringLiteral("guide"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#guide { background: #fffbe6; border: 2px solid #e0a800; border-radius: 6px; }"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 11pt"));
    m_text->setWordWrap(true);
    m_count->setStyleSheet(QStringLiteral("color: #666"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    setFixedWidth(380);
    connect(m_next, &QPushButton::clicked, this, &GuideTour::next);
    connect(m_back, &QPushButton::clicked, this, &GuideTour::back);
    connect(m_close, &QPushButton::clicked, this, [this] { finish(false); });
    window->installEventFilter(this);
    hide();
}

QString GuideTour::stepTitle() const
{
    return m_title->text();
}

void GuideTour::start()
{
    m_step = 0;
    showStep();
}

void GuideTour::next()
{
    if (m_step + 1 >= stepCount()) {
        finish(true);
        return;
    }
    ++m_step;
    showStep();
}

void GuideTour::back()
{
    if (m_step > 0) {
        --m_step;
        showStep();
    }
}

void GuideTour::finish(bool finished)
{
    hide();
    Q_EMIT done(finished);
}

void GuideTour::showStep()
{
    const Step& s = m_steps[static_cast<size_t>(m_step)];
    if (s.before) {
        s.before();
    }
    m_title->setText(s.title);
    m_text->setText(s.text);
    m_count->setText(tr("Step %1 of %2").arg(m_step + 1).arg(stepCount()));
    m_back->setEnabled(m_step > 0);
    m_next->setText(m_step + 1 == stepCount() ? tr("Done") : tr("Next"));
    adjustSize();
    place();
    show();
    raise();
    m_next->setFocus();
}

void GuideTour::place()
{
    QWidget* window = parentWidget();
    const Step& s = m_steps[static_cast<size_t>(m_step)];
    QPoint at(window->width() - width() - 16, 60);
    if (s.target && s.target->isVisible()) {
        const QRect r(s.target->mapTo(window, QPoint(0, 0)), s.target->size());
        // Below the target where there is room, else above it, else over its top-left part.
        at = QPoint(r.left() + 12, r.bottom() + 8);
        if (at.y() + height() > window->height() - 8) {
            at.setY(r.top() - height() - 8);
        }
        if (at.y() < 8) {
            at.setY(r.top() + 24);
        }
    }
    at.setX(std::clamp(at.x(), 8, std::max(8, window->width() - width() - 8)));
    at.setY(std::clamp(at.y(), 8, std::max(8, window->height() - height() - 8)));
    move(at);
}

bool GuideTour::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        place();
    }
    return QFrame::eventFilter(watched, event);
}

void GuideTour::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace kol
