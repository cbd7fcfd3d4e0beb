#include "core/engine/loadbalancer.h"

#include "core/common/futuresync.h"

#include <QPromise>
#include <QThread>

namespace tessera {

LoadBalancer::LoadBalancer(Space *space, int units, Routing routing)
    : m_space(space)
    , m_routing(routing)
{
    if (units <= 0)
        units = std::max(1, QThread::idealThreadCount());
    m_pool.setMaxThreadCount(units);
    m_pool.setExpiryTimeout(-1);
    m_units.reserve(static_cast<size_t>(units));
    for (int i = 0; i < units; ++i)
        m_units.push_back(std::make_unique<ProcessingUnit>(i, space, &m_pool));
}

LoadBalancer::~LoadBalancer()
{
    stop();
}

bool LoadBalancer::submit(std::vector<SpaceCommand> commands, BatchCallback done)
{
    // The counter closes the gap between checking m_accepting and enqueueing: stop() waits for it.
    m_submitting.fetch_add(1, std::memory_order_seq_cst);
    if (!m_accepting.load(std::memory_order_seq_cst)) {
        m_submitting.fetch_sub(1, std::memory_order_seq_cst);
        return false;
    }
    size_t unit = 0;
    if (m_routing == Routing::ByEvent && !commands.empty())
        unit = commands.front().event % m_units.size();
    else
        unit = m_next.fetch_add(1, std::memory_order_relaxed) % m_units.size();
    m_units[unit]->enqueue(CommandBatch{std::move(commands), std::move(done), 0});
    m_submitting.fetch_sub(1, std::memory_order_seq_cst);
    return true;
}

QFuture<std::vector<SpaceResult>> LoadBalancer::submit(std::vector<SpaceCommand> commands)
{
    auto promise = std::make_shared<QPromise<std::vector<SpaceResult>>>();
    QFuture<std::vector<SpaceResult>> future = promise->future();
    promise->start();
    const size_t count = commands.size();
    const bool accepted = submit(std::move(commands), [promise](std::vector<SpaceResult> &&results) {
        finishPromise(*promise, std::move(results));
    });
    if (!accepted)
        finishPromise(*promise,
                      std::vector<SpaceResult>(count, SpaceResult::failure(ErrorCode::ShuttingDown)));
    return future;
}

void LoadBalancer::stop()
{
    m_accepting.store(false, std::memory_order_seq_cst);
    while (m_submitting.load(std::memory_order_seq_cst) != 0)
        QThread::yieldCurrentThread();
    waitForIdle();
    m_pool.waitForDone();
}

void LoadBalancer::waitForIdle()
{
    for (const auto &unit : m_units)
        unit->waitForIdle();
}

UnitStatistics LoadBalancer::totals() const
{
    UnitStatistics total;
    for (const auto &unit : m_units)
        total += unit->statistics();
    return total;
}

} // namespace tessera
