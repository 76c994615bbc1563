#pragma once

#include <QFrame>
#include <QPointer>
#include <functional>
#include <vector>

class QLabel;
class QPushButton;

namespace kol {

// The first-run guide: a few steps, each a short text in a bubble next to the part of the window
// it is about (budget, matrix, allocate, compare), with Back, Next and Close. It floats over the
// window, follows it when it is resized, and says when it was finished or dismissed (done()).
class GuideTour : public QFrame
{
    Q_OBJECT

public:
    struct Step
    {
        QString title;
        QString text;
        QPointer<QWidget> target;     // what the step is about; the bubble sits next to it
        std::function<void()> before; // e.g. switch to the tab the step is about
    };

    GuideTour(std::vector<Step> steps, QWidget* window);

    void start();
    void next();
    void back();
    int step() const { return m_step; }
    int stepCount() const { return static_cast<int>(m_steps.size()); }
    QString stepTitle() const;

Q_SIGNALS:
    // The guide closed: finished (the last Next) or dismissed (Close, Esc).
    void done(bool finished);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showStep();
    void place();
    void finish(bool finished);

    std::vector<Step> m_steps;
    int m_step = 0;
    QLabel* m_title;
    QLabel* m_text;
    QLabel* m_count;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_close;
};

} // namespace kol
