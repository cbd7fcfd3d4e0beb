#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/domain/queueentry.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace tessera {

/// Life of a waiting-room entry: Waiting -> Active (admitted) -> Completed (bought) or Expired
/// (its session ran out).

/// A snapshot of one entry of a waiting room, as join and the lookups report it.
struct QueueTicket
{
    /// The entry's arrival number in its room (1, 2, ...); never reused, a rejoin gets a new one.
    quint64 entryId = 0;
    QUuid userId;
    /// The secret that authorises purchases once the entry is admitted.
    QUuid sessionId;
    QueueStatus status = QueueStatus::Waiting;
    /// Current 1-based place among the waiting; 0 when not waiting, and 0 in the pre-queue,
    /// whose order is only drawn at opening.
    qint64 position = 0;
    qint64 enteredAtMs = 0;
    /// When the session ends unless refreshed; set only while Active.
    std::optional<qint64> expiresAtMs;

    friend bool operator==(const QueueTicket &, const QueueTicket &) = default;
};

/// Settings of one waiting room; may be changed while it runs (WaitingRoom::setConfig).
struct WaitingRoomConfig
{
    /// Admissions per minute made by tick(); 0 = only manual admits (admitNext). 0..1,000,000.
    int admissionsPerMinute = 0;
    /// How long an admitted session lives without refresh. 1 second to 24 hours.
    qint64 sessionTtlMs = 15 * 60 * 1000;
    /// When set and in the future, joins before it go to a pre-queue whose order is drawn at
    /// random at this time (see WaitingRoom::seedHash).
    std::optional<qint64> openingTimeMs;

    friend bool operator==(const WaitingRoomConfig &, const WaitingRoomConfig &) = default;
};

/// Counters of a waiting room. Rates are measured over the last 5 minutes.
struct WaitingRoomStatistics
{
    double arrivalsPerMinute = 0;
    double admissionsPerMinute = 0;
    qint64 totalJoined = 0;
    qint64 totalAdmitted = 0;
    qint64 totalExpired = 0;
    qint64 totalCompleted = 0;
    qint64 totalLeft = 0;
    qint64 waiting = 0;
    qint64 preQueue = 0;
    qint64 active = 0;
};

/// What one tick() did.
struct WaitingRoomTick
{
    bool opened = false; ///< this tick opened the room and drew the pre-queue order
    qint64 admitted = 0;
    qint64 expired = 0;
};

/// One event's fair queue: people join, wait in arrival order, are admitted (at a configured
/// rate by tick() or by an admin's admitNext) into an active session that lets them buy, and the
/// session expires after a TTL unless refreshed.
///
/// Guarantees:
/// - Thread-safe: every function may be called from any thread; one mutex serialises them, so
///   each call sees and leaves a consistent room.
/// - Fair: waiting entries are admitted strictly in queue order. Positions are current: they
///   move forward as entries ahead leave or are admitted. Position lookups and entryAtPosition
///   are O(log n).
/// - Every call first applies what time has made due: opening (drawing the pre-queue order) and
///   the expiry of sessions past their TTL. A session is never reported Active after its
///   expiresAtMs. Rate admissions happen only in tick().
/// - Bad input (null ids, out-of-range numbers) gives InvalidInput, unknown users or sessions
///   NotFound, and a failed call changes nothing.
/// - Compact: no object or string per entry. An entry takes a 40-byte record, a state byte and
///   a waiting bit, plus 16 to 32 bytes in the user index (about 58 bytes at 1M entries).
///   Session ids carry their slot number, so looking one up needs no index.
class WaitingRoom final
{
public:
    /// clock may be null for the system clock; it must outlive the room. Out-of-range config
    /// values are clamped (check them first with validateConfig).
    WaitingRoom(const QUuid &eventId, Clock *clock, const WaitingRoomConfig &config = {});
    ~WaitingRoom();
    Q_DISABLE_COPY_MOVE(WaitingRoom)

    QUuid eventId() const;
    WaitingRoomConfig config() const;

    /// InvalidInput when a value is out of range (see WaitingRoomConfig).
    static Status validateConfig(const WaitingRoomConfig &config);

    /// Changes the settings from now on. Admission credit earned so far at the old rate is kept.
    /// Errors: InvalidInput for out-of-range values; Conflict for a future opening time once the
    /// room is open and someone has joined (the pre-queue order is drawn only once). An open room
    /// nobody has joined yet closes again until the new opening time, with a new seed.
    Status setConfig(const WaitingRoomConfig &config);

    /// Puts the user at the back of the queue (or in the pre-queue before opening) with a new
    /// session id. Idempotent while the user's entry is Waiting or Active: it returns that entry
    /// (same entry and session id, current position). A user whose last entry Expired, Completed
    /// or left joins again at the back. Errors: InvalidInput for a null id.
    Result<QueueTicket> join(const QUuid &userId);

    /// Removes the user's Waiting or Active entry; everyone behind moves forward, an active
    /// session ends. Errors: InvalidInput (null id), NotFound (no live entry).
    Status leave(const QUuid &userId);

    /// The user's current entry. Errors: InvalidInput (null id), NotFound (never joined or left).
    Result<QueueTicket> position(const QUuid &userId) const;

    /// The entry a session belongs to, in any state. Errors: InvalidInput, NotFound.
    Result<QueueTicket> statusBySession(const QUuid &sessionId) const;

    /// The entry at 1-based position k of the waiting queue. Errors: InvalidInput (k < 1),
    /// NotFound (k > waitingCount()).
    Result<QueueTicket> entryAtPosition(qint64 k) const;

    /// The waiting entries at positions firstPosition, firstPosition + 1, ... (at most `count`,
    /// fewer at the end of the queue), read under one lock: for admin views that show a window
    /// of a long queue without copying it. Empty when firstPosition < 1 or count < 1.
    QList<QueueTicket> waitingWindow(qint64 firstPosition, int count) const;

    /// The active sessions, the soonest to expire first, at most `limit` of them.
    QList<QueueTicket> activeSessions(int limit) const;

    /// Entries with a position (waiting after opening): positions are exactly 1..waitingCount().
    qint64 waitingCount() const;
    /// Entries in the pre-queue, waiting for the opening draw.
    qint64 preQueueCount() const;
    qint64 activeCount() const;

    /// Admits the first n waiting entries (fewer if fewer wait): each becomes Active with a
    /// session that expires at now + sessionTtlMs. Returns them in queue order.
    /// Errors: InvalidInput (n < 0), QueueClosed (before opening).
    Result<QList<QueueTicket>> admitNext(int n);

    /// Call periodically. Opens the room when due, expires sessions past their TTL and admits
    /// admissionsPerMinute * elapsed time, carrying the fraction of an admission to the next
    /// tick. Credit does not pile up while nobody waits (less than one admission is kept).
    WaitingRoomTick tick();

    /// Extends an active session to now + sessionTtlMs. Errors: InvalidInput, NotFound,
    /// SessionNotActive (waiting, expired or completed).
    Result<QueueTicket> refresh(const QUuid &sessionId);

    /// Succeeds only for an Active session whose TTL has not passed. Errors: InvalidInput,
    /// NotFound, SessionNotActive.
    Status checkPurchaseAllowed(const QUuid &sessionId) const;

    /// Marks an active session Completed after its purchase. Errors as checkPurchaseAllowed.
    Result<QueueTicket> complete(const QUuid &sessionId);

    /// Expected wait of the given position from the admission rate measured over the last
    /// 5 minutes, else the configured rate; std::nullopt when neither is known. 0 for
    /// position < 1.
    std::optional<qint64> estimatedWaitMs(qint64 position) const;

    WaitingRoomStatistics statistics() const;

    /// Lower-case hex SHA-256 of the room's secret 32-byte shuffle seed. Published before
    /// opening so that, once revealedSeed() shows the seed, anyone can check it was fixed in
    /// advance and recompute the pre-queue order with shuffledOrder().
    QString seedHash() const;

    /// The seed in lower-case hex once the room is open; empty before.
    QString revealedSeed() const;

    /// The raw 32-byte seed, open or not: only for persisting the room (the store), never to
    /// be shown before opening. It changes only when setConfig() closes an untouched room again.
    QByteArray secretSeed() const;

    /// Puts back a seed persisted earlier (secretSeed()), so that the seed hash published before
    /// a restart stays valid. Errors: InvalidInput for a seed that is not 32 bytes or all zero;
    /// Conflict once someone has joined (the draw may already depend on the current seed).
    Status restoreSeed(QByteArrayView seed);

    /// The users of the pre-queue as they stood at opening (the input of the draw), empty
    /// before opening.
    QList<QUuid> preQueueUsers() const;

    /// Re-derives a pre-queue order from a raw 32-byte seed and its users; see fairShuffle()
    /// for the exact procedure. Errors: InvalidInput for a bad seed.
    static Result<QList<QUuid>> shuffledOrder(QByteArrayView seed, const QList<QUuid> &users);

    /// A stable UUID for an entry number of an event (version 5, namespace eventId), for wire
    /// formats that want entry ids as UUIDs.
    static QUuid entryUuid(const QUuid &eventId, quint64 entryId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tessera
