#pragma once

#include "core/engine/unitstatistics.h"
#include "core/space/space.h"

#include <QThreadPool>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <vector>

namespace tessera {

/// Called with a batch's results (results[i] for commands[i]) on the unit's pool thread.
using BatchCallback = std::function<void(std::vector<SpaceResult> &&results)>;

/// A batch of commands travelling to a processing unit.
struct CommandBatch
{
    std::vector<SpaceCommand> commands;
    BatchCallback done;
    qint64 enqueuedNs = 0;
};

/// A worker that executes command batches against the space on a QThreadPool. A unit runs on at
/// most one pool thread at a time and keeps running while it has queued batches, so a busy unit
/// costs one pool dispatch for many batches. Every batch accepted by enqueue() is executed and
/// its callback called exactly once.
class ProcessingUnit final
{
public:
    ProcessingUnit(int id, Space *space, QThreadPool *pool);
    ~ProcessingUnit();
    Q_DISABLE_COPY_MOVE(ProcessingUnit)

    int id() const { return m_id; }
    void enqueue(CommandBatch batch);
    /// Blocks until the unit has no queued or running batch.
    void waitForIdle();
    /// Batches waiting in the unit's queue.
    qsizetype queued() const;
    UnitStatistics statistics() const { return m_counters.snapshot(); }
    /// The operation the unit is executing now, or -1 when idle (for the simulation lanes).
    int currentOperation() const { return m_currentOp.load(std::memory_order_relaxed); }

private:
    void run();

    const int m_id;
    Space *const m_space;
    QThreadPool *const m_pool;
    mutable std::mutex m_mutex;
    std::condition_variable m_idle;
    std::deque<CommandBatch> m_queue;
    bool m_scheduled = false;
    UnitCounters m_counters;
    std::atomic<int> m_currentOp{-1};
};

} // namespace tessera
