#pragma once

#include "core/space/eventspace.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace tessera {

class Space;

/// A reader of the change feed across all events of a Space, current and future. Reads return
/// the changes of each event in sequence order, in batches. Wake-ups are coalesced: after a
/// wake, the callback is not called again until the subscriber has read. Use from one thread.
class FeedSubscription final
{
public:
    ~FeedSubscription();
    Q_DISABLE_COPY_MOVE(FeedSubscription)

    /// Appends up to maxChanges unread changes to out; returns how many.
    qsizetype read(std::vector<Change> &out, qsizetype maxChanges = 65536);
    /// Changes published and not yet read by this subscription, over all events. Unlike read(),
    /// callable from any thread.
    quint64 backlog() const;

private:
    friend class Space;
    FeedSubscription(Space *space, int id, std::function<void()> wake);

    Space *m_space;
    int m_id;
    std::shared_ptr<FeedWaker> m_waker;
    quint32 m_nextEvent = 0; ///< where the next read starts, so no event starves the others
};

/// The in-memory data grid: every event's EventSpace, indexed by a small event index. Events are
/// added and never removed while the process runs (a deleted event stays as a closed index), so
/// lookups are lock-free. Thread-safe.
class Space final
{
public:
    explicit Space(Clock *clock = Clock::system());
    ~Space();
    Q_DISABLE_COPY_MOVE(Space)

    static constexpr quint32 kMaxEvents = 1u << 16;

    Clock *clock() const { return m_clock; }

    /// Adds an event with its layout; returns its index. Existing subscriptions see its changes.
    quint32 addEvent(SpaceLayout layout);
    /// Number of events added so far.
    quint32 eventCount() const { return m_eventCount.load(std::memory_order_acquire); }
    /// The event's space, or nullptr for an unknown index.
    EventSpace *event(quint32 index) const;

    /// Executes commands; consecutive commands for one event share one lock acquisition. Unknown
    /// events fail with NotFound.
    void apply(std::span<const SpaceCommand> commands, std::span<SpaceResult> results);
    SpaceResult apply(const SpaceCommand &command);

    /// Expires every hold past its expiry in every event; returns the number expired.
    int sweepExpired();

    /// Subscribes to the feed. With fromStart, the subscription also gets every change still kept
    /// (all of them when it is the first subscription made before any change).
    std::unique_ptr<FeedSubscription> subscribe(std::function<void()> wake, bool fromStart = false);

    /// Changes published and not yet read by the slowest subscriber, over all events.
    quint64 feedBacklog() const;

private:
    friend class FeedSubscription;
    void unsubscribe(FeedSubscription *subscription);

    Clock *const m_clock;
    std::unique_ptr<std::atomic<EventSpace *>[]> m_events;
    std::atomic<quint32> m_eventCount{0};
    std::vector<std::unique_ptr<EventSpace>> m_owned; // guarded by m_registryMutex
    std::vector<FeedSubscription *> m_subscriptions;  // guarded by m_registryMutex
    mutable std::mutex m_registryMutex;
    int m_nextSubscriberId = 1;
};

} // namespace tessera
