#include "BackgroundJob.h"

#include <QPointer>
#include <QThread>

namespace kol {

BackgroundJob::BackgroundJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<kol::JobTag>();
    qRegisterMetaType<kol::JobProgress>();
    qRegisterMetaType<std::any>();
}

BackgroundJob::~BackgroundJob()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    wait();
    delete m_thread;
}

void BackgroundJob::wait()
{
    if (m_thread) {
        m_thread->wait();
    }
}

void BackgroundJob::cancel(const QString& reason)
{
    if (!m_active) {
        return;
    }
    m_active = false;
    m_cancel->store(true);
    const JobTag tag = m_tag;
    // Queued like every other delivery, so a receiver never re-enters itself.
    QMetaObject::invokeMethod(
        this, [this, tag, reason] { Q_EMIT cancelled(tag, reason); }, Qt::QueuedConnection);
}

quint64 BackgroundJob::start(JobTag tag, JobWork work)
{
    cancel(tr("superseded by a new run"));
    if (m_thread) {
        m_thread->wait(); // cancellation answers within milliseconds
        delete m_thread;
        m_thread = nullptr;
    }
    tag.run = ++m_runs;
    m_tag = tag;
    m_active = true;
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelFlag;
    QPointer<BackgroundJob> self(this);
    // Reports reach the GUI thread queued, and only while this run is the current, active one.
    auto post = [self, tag](auto deliver, bool last) {
        if (!self) {
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, tag, deliver, last] {
                if (!self || !self->m_active || self->m_tag.run != tag.run) {
                    return;
                }
                if (last) {
                    self->m_active = false;
                }
                deliver(self.data());
            },
            Qt::QueuedConnection);
    };
    m_thread = QThread::create([work = std::move(work), cancelFlag, post, tag] {
        JobContext context;
        context.cancel = cancelFlag.get();
        context.progress = [&post, &tag](JobProgress p) {
            post([tag, p = std::move(p)](BackgroundJob* j) { Q_EMIT j->progress(tag, p); }, false);
        };
        QString error;
        std::any result = work(context, error);
        if (cancelFlag->load()) {
            return; // `cancelled` was delivered when the cancel was asked for
        }
        if (!error.isEmpty()) {
            post([tag, error](BackgroundJob* j) { Q_EMIT j->failed(tag, error); }, true);
        } else {
            post([tag, result = std::move(result)](BackgroundJob* j) { Q_EMIT j->finished(tag, result); }, true);
        }
    });
    m_thread->start();
    return tag.run;
}

} // namespace kol
