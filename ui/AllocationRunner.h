#pragma once

#include "core/alloc/Allocator.h"
#include "core/alloc/RlAllocator.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace kol {

// Runs one allocation (and, for `rl` without a policy, its training first) on a worker thread.
// Progress and the result come back as queued signals on the GUI thread; a job that was
// cancelled or superseded never reports a result.
class AllocationRunner : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        QString method; // template, greedy, optimal, rl
        std::shared_ptr<const Market> market;
        std::optional<AllocationPolicy> policy; // for rl; trained first when absent
        long trainSteps = 60000;
    };

    explicit AllocationRunner(QObject* parent = nullptr);
    ~AllocationRunner() override; // cancels and waits

    bool isRunning() const;
    void start(Job job);
    // Asks the job to stop; `finished` is not emitted for it.
    void cancel();
    // Blocks until the worker thread has ended (tests, shutdown).
    void wait();

Q_SIGNALS:
    void progress(double fraction, double bestEffect);
    // During RL training: steps, episodes, losses, returns (evaluation in template multiples).
    void trainingProgress(long steps, double actorLoss, double criticLoss, double episodeReturn, double evalReturn,
                          bool evaluated);
    void finished(const kol::Allocation& allocation, const std::optional<kol::AllocationPolicy>& trained);
    void failed(const QString& message);
    // Before RL training: optimal's effect as a multiple of the template's.
    void reference(double optimalMultiple);

private:
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_generation = 0;
};

} // namespace kol

Q_DECLARE_METATYPE(kol::Allocation)
Q_DECLARE_METATYPE(std::optional<kol::AllocationPolicy>)
