// Simulation: simulated customers going through the event's waiting room.

#include "core/common/ids.h"
#include "core/simulation/simulation.h"
#include "core/simulation/simulationunit_p.h"
#include "core/waitingroom/waitingroom.h"

#include <algorithm>
#include <cmath>

namespace tessera {

namespace {

/// Customers of the run waiting in the room at most; arrivals beyond are turned away.
constexpr size_t kMaxQueued = 200'000;
/// Statuses looked up per round when handing admitted customers to the units.
constexpr int kMaxLookups = 4096;

} // namespace

void Simulation::serveQueue(qint64 elapsed)
{
    if (!m_room)
        return;
    const double seconds = double(elapsed - m_lastQueueMs) / 1000.0;
    if (seconds <= 0)
        return;
    m_lastQueueMs = elapsed;

    // Arrivals follow the arrival curve, like the units.
    const double share = double(activeUnits(elapsed)) / double(m_config.units);
    m_arrivalCredit += double(m_config.customersPerSecond) * share * seconds;
    const auto arrivals =
        std::min(size_t(m_arrivalCredit), kMaxQueued - std::min(kMaxQueued, m_queued.size()));
    m_arrivalCredit -= std::floor(m_arrivalCredit);
    for (size_t i = 0; i < arrivals; ++i) {
        const QUuid user = newUuid();
        if (Result<QueueTicket> joined = m_room->join(user)) {
            m_queued.push_back({user, joined->sessionId});
            m_customersJoined.fetch_add(1, std::memory_order_relaxed);
        }
    }

    // A room without a rate of its own is admitted by the run (admit-next-N).
    if (m_room->config().admissionsPerMinute == 0) {
        m_admitCredit += double(m_config.admitPerSecond) * seconds;
        const int admit = int(m_admitCredit);
        if (admit > 0 && m_room->admitNext(admit))
            m_admitCredit -= admit;
        m_admitCredit = std::min(m_admitCredit, double(m_config.admitPerSecond)); // closed room
    }

    // Admission is in queue order: the run's customers at the front that are active now go to
    // the units, the first still waiting ends the round.
    std::vector<Customer> admitted;
    for (int lookups = 0; lookups < kMaxLookups && !m_queued.empty(); ++lookups) {
        const Result<QueueTicket> ticket = m_room->statusBySession(m_queued.front().session);
        if (ticket && ticket->status == QueueStatus::Waiting)
            break;
        if (ticket && ticket->status == QueueStatus::Active) {
            admitted.push_back(m_queued.front());
            m_customersAdmitted.fetch_add(1, std::memory_order_relaxed);
        } else {
            m_customersLeft.fetch_add(1, std::memory_order_relaxed); // expired or removed by an admin
        }
        m_queued.pop_front();
    }
    if (!admitted.empty()) {
        std::lock_guard lock(m_poolMutex);
        m_admittedPool.insert(m_admittedPool.end(), admitted.begin(), admitted.end());
    }
}

bool Simulation::nextCustomer(Unit &unit)
{
    finishCustomer(unit);
    std::lock_guard lock(m_poolMutex);
    if (m_admittedPool.empty())
        return false;
    const Customer customer = m_admittedPool.front();
    m_admittedPool.pop_front();
    unit.customerUser = customer.user;
    unit.customerSession = customer.session;
    unit.customerOperations = 0;
    unit.customerBought = false;
    return true;
}

void Simulation::finishCustomer(Unit &unit)
{
    if (unit.customerSession.isNull())
        return;
    if (unit.customerBought && m_room->complete(unit.customerSession)) {
        m_customersCompleted.fetch_add(1, std::memory_order_relaxed);
    } else {
        // NotFound when the session ran out meanwhile: the customer is gone either way.
        static_cast<void>(m_room->leave(unit.customerUser));
        m_customersLeft.fetch_add(1, std::memory_order_relaxed);
    }
    unit.customerUser = QUuid();
    unit.customerSession = QUuid();
    unit.customerOperations = 0;
    unit.customerBought = false;
}

void Simulation::emptyQueue()
{
    if (!m_room)
        return;
    std::deque<Customer> pool;
    {
        std::lock_guard lock(m_poolMutex);
        pool.swap(m_admittedPool);
    }
    for (const auto *customers : {&pool, &m_queued}) {
        for (const Customer &c : *customers) {
            static_cast<void>(m_room->leave(c.user)); // gone either way
            m_customersLeft.fetch_add(1, std::memory_order_relaxed);
        }
    }
    m_queued.clear();
}

QueueFigures Simulation::queueFigures() const
{
    QueueFigures q;
    if (!m_room)
        return q;
    q.used = true;
    const WaitingRoomStatistics room = m_room->statistics();
    q.waiting = room.waiting + room.preQueue;
    q.active = room.active;
    q.estimatedWaitMs = m_room->estimatedWaitMs(room.waiting + 1).value_or(-1);
    q.joined = m_customersJoined.load(std::memory_order_relaxed);
    q.admitted = m_customersAdmitted.load(std::memory_order_relaxed);
    q.completed = m_customersCompleted.load(std::memory_order_relaxed);
    q.left = m_customersLeft.load(std::memory_order_relaxed);
    return q;
}

} // namespace tessera
