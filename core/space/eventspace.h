#pragma once

#include "core/common/clock.h"
#include "core/space/changelog.h"
#include "core/space/command.h"
#include "core/space/spacelayout.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace tessera {

/// Shared between a feed subscription and the event spaces it reads: the wake-up callback and a
/// flag that keeps it to one call per read, however many changes arrive meanwhile.
/// The wake callback is never called after the subscription has been destroyed.
struct FeedWaker
{
    std::atomic<bool> pending{false};
    std::mutex mutex; ///< held while calling wake and while clearing it
    std::function<void()> wake;

    void fire()
    {
        std::lock_guard lock(mutex);
        if (wake)
            wake();
    }
};

/// What a hold looks like from outside.
struct HoldInfo
{
    bool live = false;
    /// How a hold that is not live ended, as a command on it would be told: HoldExpired, Conflict
    /// (it was sold) or NotFound (released, or its slot no longer remembers it).
    ErrorCode ended = ErrorCode::NotFound;
    HolderId holder = 0;
    qint64 expiresAtMs = 0;
    std::vector<quint32> seats;
    quint32 standingArea = kNoIndex;
    quint32 quantity = 0;
};

/// Counters of a standing area.
struct StandingCounts
{
    quint32 capacity = 0;
    quint32 held = 0;
    quint32 sold = 0;
    quint32 blocked = 0;
    quint32 available() const
    {
        const quint64 taken = quint64(held) + sold + blocked;
        return taken >= capacity ? 0 : quint32(capacity - taken);
    }
    friend bool operator==(const StandingCounts &, const StandingCounts &) = default;
};

/// Counts of seats per state, kept up to date on every transition (readable without the lock).
struct SeatCounts
{
    qint64 available = 0;
    qint64 held = 0;
    qint64 sold = 0;
    qint64 blocked = 0;
};

/// One event's seats, standing areas and holds: the in-memory source of truth while the process
/// runs. Seat state lives in flat arrays indexed by seat index. Every mutation happens under the
/// event's lock as an all-or-nothing compare-and-set of the states involved and is appended to
/// the event's change log in the same critical section, so the log order is the order of the
/// transitions. Readers (the seat map, statistics) may read the arrays at any time without the
/// lock: each element is atomic, so they see a recent, per-seat consistent value.
class EventSpace final
{
public:
    EventSpace(quint32 index, SpaceLayout layout, Clock *clock);
    ~EventSpace();
    Q_DISABLE_COPY_MOVE(EventSpace)

    quint32 index() const { return m_index; }
    const SpaceLayout &layout() const { return m_layout; }
    qsizetype seatCount() const { return m_layout.seatCount(); }
    qsizetype standingCount() const { return m_layout.standingCount(); }

    /// Executes commands in order under one lock acquisition; results[i] belongs to commands[i].
    /// Expired holds are swept first, so no command sees a hold that has run out.
    void apply(std::span<const SpaceCommand> commands, std::span<SpaceResult> results);
    SpaceResult apply(const SpaceCommand &command);

    /// Releases every hold whose expiry has passed; returns the number of holds expired.
    int sweepExpired();
    /// Expiry of the hold that runs out first, or 0 when no hold is live (lock-free).
    qint64 nextExpiryMs() const { return m_nextExpiry.load(std::memory_order_relaxed); }

    SeatState seatState(quint32 seat) const
    {
        return static_cast<SeatState>(m_state[seat].load(std::memory_order_relaxed));
    }
    HolderId seatHolder(quint32 seat) const { return m_holder[seat].load(std::memory_order_relaxed); }
    /// The live hold of a held seat, or the sale (former hold id) of a sold seat; 0 otherwise.
    HoldId seatHold(quint32 seat) const { return m_hold[seat].load(std::memory_order_relaxed); }
    quint32 seatVersion(quint32 seat) const { return m_version[seat].load(std::memory_order_relaxed); }
    /// The area's counts: this space's own and those of other processes sharing the database.
    StandingCounts standing(quint32 area) const;
    /// The area's counts as this space's own commands and recovery made them, without the other
    /// processes' share.
    StandingCounts ownStanding(quint32 area) const;
    SeatCounts counts() const;
    HoldInfo holdInfo(HoldId hold) const;
    /// Number of live holds.
    qsizetype liveHolds() const;

    /// Sequence of the newest change (lock-free).
    quint64 lastSequence() const { return m_published.load(std::memory_order_acquire); }

    /// Applies a change from elsewhere (replay of a feed, recovery from the database, a remote
    /// server's push) without business checks and without logging it again. The change must be
    /// legal for the current state; returns false (changing nothing) when it is not. A standing
    /// Sell with hold 0 restores places sold before a restart (their holds are gone).
    bool restore(const Change &change);

    /// Mirrors a seat change that another process sharing the database made (it held, sold,
    /// cancelled or blocked the seat there): when the seat is still in state `from`, it becomes
    /// `to` with `holder` and `sale` (0 for a held seat: the hold is not ours), without logging.
    /// A seat in a live hold of this space is never changed this way. Returns false, changing
    /// nothing, when the seat is not in `from` (a local command came first) or is locally held.
    bool mirrorSeat(quint32 seat, SeatState from, SeatState to, HolderId holder, HoldId sale);

    /// A number that moves with every change of a standing area's counts (own or the other
    /// processes'), even one that comes back to the same values.
    quint32 standingVersion(quint32 area) const;
    /// Takes the other processes' share of a standing area from a read of the database: the
    /// counts there (`database`, every process's places) less this space's own counts. `ownBefore`
    /// and `versionBefore` are the own counts and standingVersion() taken before the read started
    /// (after which this space's changes were committed); when the area changed since, the read
    /// may or may not contain the change and nothing is changed: returns false. `changed` says
    /// whether the visible counts moved.
    bool mirrorStanding(quint32 area, const StandingCounts &database, const StandingCounts &ownBefore,
                        quint32 versionBefore, bool *changed = nullptr);

    /// True when both spaces have the same seat states, holders, holds, sales and standing counts.
    bool sameStateAs(const EventSpace &other, QString *difference = nullptr) const;

    // Feed plumbing used by Space and FeedSubscription.
    void addSubscriber(int id, std::shared_ptr<FeedWaker> waker, bool fromStart);
    void removeSubscriber(int id);
    /// Reads up to max changes after the subscriber's cursor, advancing it; trims the log.
    qsizetype readFeed(int id, qsizetype max, std::vector<Change> &out);
    /// Changes not yet read by the slowest subscriber.
    quint64 feedBacklog() const;
    /// Changes not yet read by subscriber id (0 when id is not subscribed).
    quint64 unreadBy(int id) const;

private:
    struct HoldSlot;
    struct Standing;
    struct Subscriber
    {
        int id;
        quint64 cursor;
        std::shared_ptr<FeedWaker> waker;
    };

    void execute(const SpaceCommand &c, qint64 now, SpaceResult &r);
    void holdSeats(const SpaceCommand &c, qint64 now, std::span<const quint32> seats, SpaceResult &r);
    void holdStanding(const SpaceCommand &c, qint64 now, SpaceResult &r);
    void holdBest(const SpaceCommand &c, qint64 now, SpaceResult &r);
    void extend(const SpaceCommand &c, qint64 now, SpaceResult &r);
    void releaseOrSell(const SpaceCommand &c, qint64 now, bool sell, SpaceResult &r);
    void cancelSeats(const SpaceCommand &c, qint64 now, SpaceResult &r);
    void changeStanding(const SpaceCommand &c, qint64 now, SpaceResult &r);
    void blockSeats(const SpaceCommand &c, qint64 now, bool block, SpaceResult &r);

    /// Looks up a live hold; reports NotHolder / HoldExpired / NotFound as a failure code.
    HoldSlot *liveHold(HoldId id, HolderId holder, qint64 now, ErrorCode *error);
    HoldId allocateHold(HolderId holder, qint64 expiresAt);
    void freeHold(HoldId id);
    void endHold(HoldId id, qint64 now, ChangeKind kind);
    int sweepLocked(qint64 now);
    void setSeat(quint32 seat, SeatState from, SeatState to, HolderId holder, HoldId hold);
    void log(ChangeKind kind, quint32 target, bool standing, HolderId holder, HoldId hold, quint32 quantity,
             qint64 now, qint64 expiresAt);
    void publish(std::unique_lock<std::mutex> &lock);
    void recomputeNextExpiry();

    const quint32 m_index;
    SpaceLayout m_layout;
    Clock *const m_clock;
    const qsizetype m_seatCount;

    std::unique_ptr<std::atomic<quint8>[]> m_state;
    std::unique_ptr<std::atomic<HolderId>[]> m_holder;
    std::unique_ptr<std::atomic<HoldId>[]> m_hold;
    std::unique_ptr<std::atomic<quint32>[]> m_version;
    std::unique_ptr<std::atomic<qint64>[]> m_countByState; // indexed by SeatState
    std::vector<quint32> m_nextInHold; // intrusive list of a hold's seats (guarded by m_mutex)
    std::unique_ptr<Standing[]> m_standing;

    mutable std::mutex m_mutex;
    std::vector<HoldSlot> m_holds;
    std::vector<quint32> m_freeSlots;
    std::vector<std::pair<qint64, HoldId>> m_expiryHeap; // min-heap; stale entries skipped
    qsizetype m_liveHolds = 0;
    std::atomic<qint64> m_nextExpiry{0};
    ChangeLog m_log;
    std::vector<Subscriber> m_subscribers;
    std::atomic<quint64> m_published{0};
    bool m_changed = false;
};

} // namespace tessera
