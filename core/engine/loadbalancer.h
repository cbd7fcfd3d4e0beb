#pragma once

#include "core/engine/processingunit.h"

#include <QFuture>

#include <memory>

namespace tessera {

/// How the LoadBalancer picks a unit for a batch.
enum class Routing {
    RoundRobin, ///< spread batches evenly over the units
    ByEvent,    ///< all batches of one event go to one unit (event index modulo unit count)
};

/// Owns N processing units and their QThreadPool and routes command batches to them. Thread-safe.
/// stop() refuses new work, lets every accepted batch finish and waits for it: no work is lost.
class LoadBalancer final
{
public:
    /// units <= 0 means one unit per core.
    explicit LoadBalancer(Space *space, int units = 0, Routing routing = Routing::RoundRobin);
    ~LoadBalancer();
    Q_DISABLE_COPY_MOVE(LoadBalancer)

    /// Queues a batch; `done` receives the results on a pool thread. Returns false, without
    /// calling `done`, when the balancer is stopping.
    bool submit(std::vector<SpaceCommand> commands, BatchCallback done);
    /// Queues a batch and returns a future of its results; after stop() the future holds
    /// results that all fail with ShuttingDown.
    QFuture<std::vector<SpaceResult>> submit(std::vector<SpaceCommand> commands);

    /// Stops accepting work and waits until every accepted batch has completed.
    void stop();
    /// Waits until every unit is idle (work may still be submitted afterwards).
    void waitForIdle();
    bool isRunning() const { return m_accepting.load(std::memory_order_acquire); }

    Space *space() const { return m_space; }
    Routing routing() const { return m_routing; }
    int unitCount() const { return static_cast<int>(m_units.size()); }
    const ProcessingUnit &unit(int i) const { return *m_units[static_cast<size_t>(i)]; }
    UnitStatistics totals() const;

private:
    Space *const m_space;
    const Routing m_routing;
    QThreadPool m_pool;
    std::vector<std::unique_ptr<ProcessingUnit>> m_units;
    std::atomic<quint64> m_next{0};
    std::atomic<bool> m_accepting{true};
    std::atomic<int> m_submitting{0};
};

} // namespace tessera
