#include "core/boxoffice/seatchangecollector.h"

#include <bit>

namespace tessera {

namespace {

/// Changes read from the feed per round: one lock of the dirty sets per round.
constexpr qsizetype kReadBatch = 16384;

} // namespace

SeatChangeCollector::SeatChangeCollector(Space *space, std::function<void()> ready)
    : m_space(space)
    , m_ready(std::move(ready))
{}

SeatChangeCollector::~SeatChangeCollector()
{
    stop();
}

void SeatChangeCollector::start()
{
    std::lock_guard control(m_controlMutex);
    if (m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_wakeMutex);
        m_stopping = false;
        m_feedPending = true; // read whatever arrived between subscribing and the first wait
    }
    m_subscription = m_space->subscribe([this] {
        {
            std::lock_guard lock(m_wakeMutex);
            m_feedPending = true;
        }
        m_wake.notify_one();
    });
    m_thread = std::thread([this] { run(); });
}

void SeatChangeCollector::stop()
{
    std::lock_guard control(m_controlMutex);
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_wakeMutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    m_subscription.reset();
}

bool SeatChangeCollector::isRunning() const
{
    std::lock_guard control(m_controlMutex);
    return m_thread.joinable();
}

void SeatChangeCollector::run()
{
    std::vector<Change> buffer;
    buffer.reserve(size_t(kReadBatch));
    std::unique_lock lock(m_wakeMutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_feedPending || m_stopping; });
        if (m_stopping)
            return;
        m_feedPending = false;
        lock.unlock();
        while (m_subscription->read(buffer, kReadBatch) > 0) {
            record(buffer);
            buffer.clear();
        }
        lock.lock();
    }
}

SeatChangeCollector::Dirty &SeatChangeCollector::dirtyLocked(quint32 event)
{
    Dirty &dirty = m_dirty[event];
    if (dirty.bits.empty()) {
        const EventSpace *space = m_space->event(event);
        const size_t seats = space ? size_t(space->seatCount()) : 0;
        dirty.bits.assign((seats + 63) / 64, 0);
    }
    return dirty;
}

void SeatChangeCollector::record(const std::vector<Change> &changes)
{
    if (changes.empty())
        return;
    {
        std::lock_guard lock(m_dirtyMutex);
        quint32 current = changes.front().event;
        Dirty *dirty = &dirtyLocked(current);
        for (const Change &c : changes) {
            if (c.event != current) {
                current = c.event;
                dirty = &dirtyLocked(current);
            }
            if (c.standing) {
                dirty->standing = true;
                continue;
            }
            const size_t word = c.target / 64;
            if (word >= dirty->bits.size())
                dirty->bits.resize(word + 1, 0);
            dirty->bits[word] |= quint64(1) << (c.target % 64);
            dirty->seats = true;
        }
    }
    signalReady();
}

void SeatChangeCollector::markSeats(quint32 event, std::span<const quint32> seats)
{
    if (seats.empty())
        return;
    {
        std::lock_guard lock(m_dirtyMutex);
        Dirty &dirty = dirtyLocked(event);
        for (quint32 seat : seats) {
            const size_t word = seat / 64;
            if (word >= dirty.bits.size())
                dirty.bits.resize(word + 1, 0);
            dirty.bits[word] |= quint64(1) << (seat % 64);
        }
        dirty.seats = true;
    }
    signalReady();
}

void SeatChangeCollector::markStanding(quint32 event)
{
    {
        std::lock_guard lock(m_dirtyMutex);
        dirtyLocked(event).standing = true;
    }
    signalReady();
}

void SeatChangeCollector::signalReady()
{
    if (!m_readySignalled.exchange(true, std::memory_order_acq_rel) && m_ready)
        m_ready();
}

std::vector<EventChanges> SeatChangeCollector::take()
{
    std::map<quint32, Dirty> taken;
    {
        std::lock_guard lock(m_dirtyMutex);
        taken.swap(m_dirty);
        // Changes recorded from here on call ready again.
        m_readySignalled.store(false, std::memory_order_release);
    }
    std::vector<EventChanges> out;
    out.reserve(taken.size());
    for (auto &[event, dirty] : taken) {
        EventChanges changes;
        changes.event = event;
        changes.standing = dirty.standing;
        if (dirty.seats) {
            for (size_t w = 0; w < dirty.bits.size(); ++w) {
                for (quint64 bits = dirty.bits[w]; bits != 0; bits &= bits - 1)
                    changes.seats.push_back(quint32(w * 64 + size_t(std::countr_zero(bits))));
            }
        }
        if (!changes.seats.empty() || changes.standing)
            out.push_back(std::move(changes));
    }
    return out;
}

} // namespace tessera
