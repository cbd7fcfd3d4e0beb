#pragma once

#include "core/space/space.h"

#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <thread>
#include <vector>

namespace tessera {

/// Which seats and standing areas of one event changed since the last take().
struct EventChanges
{
    quint32 event = 0;          ///< event index in the Space
    std::vector<quint32> seats; ///< sorted, each seat once
    bool standing = false;      ///< a standing area of the event changed
};

/// Reads a Space's change feed on a thread of its own and keeps, per event, a bitset of the seats
/// that changed and a flag for its standing areas. A front end takes the accumulated set once
/// per frame with take(), so reading the feed (hundreds of thousands of changes a second under
/// load) never costs the thread that draws.
///
/// `ready` is called (from the collector's thread, or from the thread calling markSeats) when
/// something changed after the last take(): at most once between two takes. Thread-safe: start,
/// stop, markSeats and take may be called from any thread; the destructor stops the thread.
class SeatChangeCollector final
{
public:
    SeatChangeCollector(Space *space, std::function<void()> ready);
    ~SeatChangeCollector();
    Q_DISABLE_COPY_MOVE(SeatChangeCollector)

    /// Subscribes to the feed (from now on) and starts the thread; does nothing when running.
    void start();
    /// Stops the thread and ends the subscription; changes collected so far stay for take().
    void stop();
    bool isRunning() const;

    /// Marks seats of an event as changed: changes that do not come through the feed (another
    /// terminal's sale mirrored into the space).
    void markSeats(quint32 event, std::span<const quint32> seats);
    /// Marks the standing areas of an event as changed (another process's counts mirrored).
    void markStanding(quint32 event);

    /// The events with changes since the last take, in event order; clears them.
    std::vector<EventChanges> take();

private:
    struct Dirty
    {
        std::vector<quint64> bits;
        bool seats = false;
        bool standing = false;
    };

    void run();
    /// Records a batch of changes (takes the lock once).
    void record(const std::vector<Change> &changes);
    Dirty &dirtyLocked(quint32 event);
    void signalReady();

    Space *const m_space;
    const std::function<void()> m_ready;

    mutable std::mutex m_controlMutex; ///< serialises start and stop
    std::unique_ptr<FeedSubscription> m_subscription;
    std::thread m_thread;

    std::mutex m_wakeMutex;
    std::condition_variable m_wake;
    bool m_feedPending = false; ///< guarded by m_wakeMutex
    bool m_stopping = false;    ///< guarded by m_wakeMutex

    std::mutex m_dirtyMutex;
    std::map<quint32, Dirty> m_dirty; ///< guarded by m_dirtyMutex
    std::atomic<bool> m_readySignalled{false};
};

} // namespace tessera
