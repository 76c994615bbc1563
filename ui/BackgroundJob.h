#pragma once

#include <QObject>
#include <QString>
#include <any>
#include <atomic>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QThread;

namespace kol {

// What a job is for: the scenario and the revision of it that the work was started on, and a run
// id. Results carry it, so that a receiver can tell a result for a scenario that changed
// meanwhile (and drop it with a status line, never apply it).
struct JobTag
{
    QString scenario;
    quint64 revision = 0;
    quint64 run = 0;
};

// A progress snapshot: how far, what stage, and named numbers (training metrics).
struct JobProgress
{
    double fraction = 0;
    QString stage;
    std::vector<std::pair<QString, double>> metrics;
    std::any detail; // what a particular job reports beyond that (e.g. a RunProgress)
};

// The work itself, on the worker thread: gets a cancel flag to poll and a way to report progress;
// returns its result (any value type), or throws nothing and reports failure as a string in
// `error` and an empty result.
struct JobContext
{
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(JobProgress)> progress;
    bool cancelled() const { return cancel && cancel->load(); }
};
using JobWork = std::function<std::any(const JobContext& context, QString& error)>;

// One background job at a time on a worker thread (Tiled's pattern): start() cancels the job
// before; results come back as queued signals on the GUI thread. For every job started exactly one
// of finished, failed or cancelled is delivered: cancelled at once when the job is cancelled or
// superseded (whatever the worker still reports is dropped), finished or failed when it ends.
// Progress is delivered only while the job is the current one.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override; // cancels and waits

    // Starts `work` for `tag` (its run id is assigned here and returned).
    quint64 start(JobTag tag, JobWork work);
    // Cancels the current job, if any: `cancelled(tag, reason)` follows, queued.
    void cancel(const QString& reason = {});
    bool isRunning() const { return m_active; }
    const JobTag& current() const { return m_tag; }
    // Blocks until the worker thread has ended (shutdown, tests).
    void wait();

Q_SIGNALS:
    void progress(const kol::JobTag& tag, const kol::JobProgress& progress);
    void finished(const kol::JobTag& tag, const std::any& result);
    void failed(const kol::JobTag& tag, const QString& message);
    void cancelled(const kol::JobTag& tag, const QString& reason);

private:
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    JobTag m_tag;
    quint64 m_runs = 0;
    bool m_active = false;
};

} // namespace kol

Q_DECLARE_METATYPE(kol::JobTag)
Q_DECLARE_METATYPE(kol::JobProgress)
Q_DECLARE_METATYPE(std::any)
