#include "AllocationRunner.h"

#include <QPointer>
#include <QThread>

namespace kol {

AllocationRunner::AllocationRunner(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<kol::Allocation>();
    qRegisterMetaType<std::optional<kol::AllocationPolicy>>();
}

AllocationRunner::~AllocationRunner()
{
    cancel();
    wait();
    delete m_thread;
}

bool AllocationRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void AllocationRunner::wait()
{
    if (m_thread) {
        m_thread->wait();
    }
}

void AllocationRunner::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    ++m_generation; // whatever the running job still reports is stale
}

void AllocationRunner::start(Job job)
{
    cancel();
    if (m_thread) {
        m_thread->wait(); // cancellation answers within milliseconds
        delete m_thread;
        m_thread = nullptr;
    }
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelFlag;
    const int generation = ++m_generation;
    QPointer<AllocationRunner> self(this);
    // Reports reach the GUI thread queued, and only while this job is the current one.
    auto post = [self, generation](auto fn) {
        if (!self) {
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, fn] {
                if (self && self->m_generation == generation) {
                    fn(self.data());
                }
            },
            Qt::QueuedConnection);
    };
    m_thread = QThread::create([job = std::move(job), cancelFlag, post] {
        std::optional<AllocationPolicy> trained;
        std::optional<AllocationPolicy> policy = job.policy;
        const std::string method = job.method.toStdString();
        if (method == "rl" && !policy) {
            // The references the live chart draws the policy against, in template multiples.
            AllocationOptions reference;
            reference.cancel = cancelFlag.get(); // a cancel must not wait for the reference
            if (auto optimal = makeAllocator("optimal")->allocate(*job.market, reference)) {
                const PlanEvaluator evaluator(*job.market);
                const double budget = job.market->scenario().budget;
                const double base = evaluator.netEffect(templateAmounts(job.market->scenario(), budget), budget);
                const double multiple = base > 0 ? optimal->outcome.effect / base : 0.0;
                post([multiple](AllocationRunner* r) { Q_EMIT r->reference(multiple); });
            }
            if (cancelFlag->load()) {
                return;
            }
            RlTrainOptions t;
            t.steps = job.trainSteps;
            t.cancel = cancelFlag.get();
            t.progress = [&](const DdpgProgress& p) {
                post([p](AllocationRunner* r) {
                    Q_EMIT r->trainingProgress(p.steps, p.actorLoss, p.criticLoss, p.episodeReturn, p.evalReturn,
                                               p.evaluated);
                });
                return !cancelFlag->load();
            };
            auto result = trainAllocationPolicy(*job.market, t);
            if (cancelFlag->load()) {
                return;
            }
            if (!result) {
                const QString message = QString::fromStdString(result.error());
                post([message](AllocationRunner* r) { Q_EMIT r->failed(message); });
                return;
            }
            policy = result.take();
            trained = policy;
        }
        std::unique_ptr<Allocator> allocator
            = method == "rl" ? std::make_unique<RlAllocator>(*policy) : makeAllocator(method);
        if (!allocator) {
            post([m = job.method](AllocationRunner* r) { Q_EMIT r->failed(tr("unknown method '%1'").arg(m)); });
            return;
        }
        AllocationOptions o;
        o.cancel = cancelFlag.get();
        o.progress = [&](const AllocationProgress& p) {
            post([p](AllocationRunner* r) { Q_EMIT r->progress(p.fraction, p.bestEffect); });
            return true;
        };
        auto allocation = allocator->allocate(*job.market, o);
        if (cancelFlag->load()) {
            return;
        }
        if (!allocation) {
            const QString message = QString::fromStdString(allocation.error());
            post([message](AllocationRunner* r) { Q_EMIT r->failed(message); });
            return;
        }
        post([a = allocation.take(), trained](AllocationRunner* r) { Q_EMIT r->finished(a, trained); });
    });
    m_thread->start();
}

} // namespace kol
