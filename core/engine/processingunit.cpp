#include "core/engine/processingunit.h"

#include <chrono>

namespace tessera {

namespace {
qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool isConflict(ErrorCode code)
{
    return code != ErrorCode::InvalidInput && code != ErrorCode::Internal && code != ErrorCode::NotFound;
}
} // namespace

ProcessingUnit::ProcessingUnit(int id, Space *space, QThreadPool *pool)
    : m_id(id)
    , m_space(space)
    , m_pool(pool)
{}

ProcessingUnit::~ProcessingUnit()
{
    waitForIdle();
}

void ProcessingUnit::enqueue(CommandBatch batch)
{
    batch.enqueuedNs = monotonicNs();
    bool start = false;
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(batch));
        if (!m_scheduled) {
            m_scheduled = true;
            start = true;
        }
    }
    if (start)
        m_pool->start([this] { run(); });
}

void ProcessingUnit::run()
{
    std::deque<CommandBatch> work;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_queue.empty()) {
                m_scheduled = false;
                m_currentOp.store(-1, std::memory_order_relaxed);
                m_idle.notify_all();
                return;
            }
            work.swap(m_queue);
        }
        for (CommandBatch &batch : work) {
            std::vector<SpaceResult> results(batch.commands.size());
            if (!batch.commands.empty())
                m_currentOp.store(static_cast<int>(batch.commands.front().op), std::memory_order_relaxed);
            m_space->apply(batch.commands, results);
            quint64 successes = 0;
            quint64 conflicts = 0;
            for (const SpaceResult &r : results) {
                if (r.ok)
                    ++successes;
                else if (isConflict(r.error))
                    ++conflicts;
            }
            m_counters.record(results.size(), successes, conflicts,
                              (monotonicNs() - batch.enqueuedNs) / 1000);
            if (batch.done)
                batch.done(std::move(results));
        }
        work.clear();
    }
}

void ProcessingUnit::waitForIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return !m_scheduled; });
}

qsizetype ProcessingUnit::queued() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<qsizetype>(m_queue.size());
}

} // namespace tessera
