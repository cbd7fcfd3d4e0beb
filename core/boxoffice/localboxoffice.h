#pragma once

#include "core/boxoffice/boxoffice.h"
#include "core/engine/holderregistry.h"
#include "core/engine/loadbalancer.h"
#include "core/store/databaseurl.h"

#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace tessera {

class SeatChangeCollector;
class SqlitePresence;
class Store;
struct RecoveredEvent;
class StoreWorker;

/// The embedded box office: the space, N processing units behind a LoadBalancer, waiting rooms,
/// and the data pump writing behind to SQLite or PostgreSQL. open() recovers every event from
/// the database (sold seats, blocks and unexpired holds) before it returns. Lives in the thread
/// that created it (signals are delivered there); all operations may be called from any thread.
class LocalBoxOffice final : public BoxOffice
{
    Q_OBJECT

public:
    struct Options
    {
        DatabaseUrl url;
        int units = 0; ///< 0: one per core
        Routing routing = Routing::RoundRobin;
        PumpConfig pump;
        Clock *clock = Clock::system();
        /// The name this process sells under (a desktop terminal's name), or empty. On PostgreSQL
        /// the live holds of this name are taken back as this process's own when it starts and
        /// no other running process has claimed the name (Store::claimName): they are left from
        /// before this terminal stopped or crashed. Otherwise every live hold found there is
        /// another terminal's.
        QString terminal;
        /// Called while loading: a stage ("Loading Stadium"), done and total.
        std::function<void(const QString &stage, qint64 done, qint64 total)> progress;
    };

    /// Opens the database (creating it when new), recovers all events and starts the engine.
    /// A bad URL or an unreachable database gives one clear error. The object lives in the
    /// calling thread; a front end may open it on a worker and moveToThread() it to its own.
    static Result<std::unique_ptr<LocalBoxOffice>> open(const Options &options);
    ~LocalBoxOffice() override;
    Q_DISABLE_COPY_MOVE(LocalBoxOffice)

    Space &space() { return m_space; }
    LoadBalancer &balancer() { return *m_balancer; }
    DataPump &pump() { return *m_pump; }
    const EventCatalog &catalog() const { return m_catalog; }
    const DatabaseUrl &databaseUrl() const { return m_options.url; }
    /// (seat index, ticket id) of the event's live seated tickets as committed in the database,
    /// for finding the ticket of a sold seat and for comparing the space with the database.
    QFuture<Result<std::vector<std::pair<quint32, QUuid>>>> liveSeatTickets(const QUuid &eventId) override;
    /// Stops accepting work, writes everything to the database and stops the threads.
    void shutdown();

    QFuture<Result<QList<Event>>> events() override;
    QFuture<Result<Event>> event(const QUuid &eventId) override;
    QFuture<Result<Event>> createEvent(const Event &event, const VenueLayout &layout) override;
    QFuture<Result<Event>> updateEvent(const Event &event) override;
    QFuture<Status> deleteEvent(const QUuid &eventId) override;
    QFuture<Result<VenueLayout>> layout(const QUuid &eventId) override;
    QFuture<Result<Event>> replaceLayout(const QUuid &eventId, const VenueLayout &layout) override;

    QFuture<Result<QList<SeatInfo>>> seats(const QUuid &eventId) override;
    QFuture<Result<QList<StandingInfo>>> standingAreas(const QUuid &eventId) override;
    const EventSpace *seatSpace(const QUuid &eventId) const override;
    std::shared_ptr<const CatalogEntry> catalogEntry(const QUuid &eventId) const override;
    HolderId holderId(const QString &holder) override;
    QString holderName(HolderId id) const override;

    QFuture<Result<Hold>> holdSeats(const SeatHoldRequest &request) override;
    QFuture<Result<Hold>> holdStanding(const StandingHoldRequest &request) override;
    QFuture<Result<Hold>> holdBestAvailable(const BestAvailableRequest &request) override;
    QFuture<Result<Hold>> extendHold(const QUuid &holdId, const QString &holder, int ttlSeconds = 0) override;
    QFuture<Status> releaseHold(const QUuid &holdId, const QString &holder) override;
    QFuture<Result<QList<Hold>>> holdsOf(const QUuid &eventId, const QString &holder) override;
    QFuture<Result<Order>> sell(const QUuid &holdId, const SaleRequest &sale) override;
    QFuture<Result<Order>> cancelTickets(const QList<QUuid> &ticketIds, CancelKind kind) override;
    QFuture<Result<Order>> cancelOrder(const QUuid &orderId, CancelKind kind) override;
    QFuture<Result<Order>> order(const QUuid &orderId) override;
    QFuture<Result<QList<Order>>> findOrders(const QString &text) override;

    QFuture<Status> blockSeats(const QUuid &eventId, const QList<QUuid> &seatIds,
                               const QString &reason) override;
    QFuture<Status> unblockSeats(const QUuid &eventId, const QList<QUuid> &seatIds) override;

    QFuture<Result<QueueEntry>> joinQueue(const QUuid &eventId, const QUuid &userId) override;
    QFuture<Result<QueueEntry>> queuePosition(const QUuid &eventId, const QUuid &userId) override;
    QFuture<Result<QueueEntry>> queueSession(const QUuid &sessionId) override;
    QFuture<Result<qint64>> queueLength(const QUuid &eventId) override;
    QFuture<Result<QList<QueueEntry>>> admitNext(const QUuid &eventId, int count) override;
    QFuture<Result<QueueEntry>> refreshSession(const QUuid &sessionId) override;
    QFuture<Status> leaveQueue(const QUuid &eventId, const QUuid &userId) override;
    QFuture<Status> configureQueue(const QUuid &eventId, const WaitingRoomConfig &config) override;
    WaitingRoom *waitingRoom(const QUuid &eventId) override;

    QFuture<Result<EngineStatus>> status() override;

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    explicit LocalBoxOffice(const Options &options);
    struct HoldRef
    {
        quint32 event = 0;
        HoldId hold = 0;
    };

    Status start();
    /// On the store thread: loads an event with its live state into the space. `atStart`: before
    /// the listener runs; else (an event another process created or re-laid out) the listener
    /// learns the event's change sequence through its own thread.
    Status recoverEvent(Store &store, const Event &event, bool atStart);
    /// On the store thread: brings the catalog in line with the database's events, which
    /// another process may have created, changed, re-laid out or deleted.
    void followCatalog(Store &store);
    /// Queues followCatalog on the store thread unless it is queued already (any thread).
    void scheduleCatalogCheck();
    std::shared_ptr<CatalogEntry> addToSpace(const Event &event, const VenueLayout &layout);
    /// After `changed` (a block or unblock in the space) succeeds: saves the seats' block state
    /// and reason into the layout, in the database and the catalog (localboxoffice_blocks.cpp).
    QFuture<Status> keepBlockReasons(QFuture<Status> changed, const QUuid &eventId,
                                     const QList<quint32> &seats, const QString &reason, bool blocked);
    Event withLiveCounts(const CatalogEntry &entry) const;
    /// On the store thread: saves the event with its layout in one transaction, then puts it in
    /// the space in place of space index `previous` (kNoIndex for a new event).
    Result<Event> saveAndPublish(Store &store, const Event &event, const VenueLayout &layout,
                                 quint32 previous);
    /// Checks that new holds may be taken now (database backlog, queue session).
    Status admissionCheck(const CatalogEntry &entry, SalesChannel channel, const QUuid &sessionId) const;
    /// Refuses holds and sales of an event whose end time has passed.
    Status endedCheck(const Event &event) const;
    QFuture<Result<Hold>> submitHold(std::shared_ptr<const CatalogEntry> entry, SpaceCommand command);
    QFuture<Result<Order>> cancelWithinOrder(const Order &order, const QList<QUuid> &ticketIds,
                                             CancelKind kind);
    Error describe(const CatalogEntry &entry, const SpaceResult &result) const;
    std::optional<HoldRef> findHold(const QUuid &holdId) const;
    WaitingRoom *roomFor(const QUuid &eventId, bool create);
    /// Stores the room's settings and seed (localboxoffice_queue.cpp).
    QFuture<Status> saveRoom(WaitingRoom *room);
    /// Creates the rooms stored for the recovered events, with their settings and seeds.
    Status restoreRooms();
    QueueEntry toQueueEntry(const QUuid &eventId, const QueueTicket &ticket) const;
    void housekeeping();
    void flushNotifications();

    // localboxoffice_sync.cpp: other processes sharing one database (PostgreSQL's notices, or
    // polling a SQLite file).
    /// Subscribes to the other processes' notices before the space is recovered, so that no
    /// change committed after the recovery's reads goes unheard; notices wait until startSync().
    Status listenToPeers();
    /// Applies the notices that arrived while the space was being recovered, then each one as
    /// it comes.
    Status startSync();
    /// An event added while running (`previous`: the index it replaces, or kNoIndex) starts
    /// with the change sequence known for it, so that a missed first notice is noticed.
    void followEvent(quint32 index, quint32 previous);
    /// Applies a peer's change notice (on the listener's thread, with its connection).
    void applyNotice(const QString &payload);
    /// The seat changes of another process's notice, except for the events in `old`.
    void applyPeerNotice(const QJsonObject &notice, const QSet<quint32> &old);
    /// Mirrors a peer's seat state; false when nothing changed here. A local hold or a local
    /// sale not yet committed in the way keeps the state pending (retryPendingMirrors).
    bool mirror(const CatalogEntry &entry, quint32 seat, SeatState target, bool fromSnapshot);
    /// Re-reads an event's live state after notices were lost or too large.
    void reloadEvent(const CatalogEntry &entry);
    /// On the store thread: publishes the event's entry with these block reasons (by seat index,
    /// ascending; seats not named have none) when they differ from the entry's.
    void adoptBlockReasons(const QUuid &eventId, const std::vector<std::pair<quint32, QString>> &reasons);
    /// The standing part of reloadEvent: the other processes' share of each area's counts is
    /// what the database counts beyond this space's own (`before`, taken before the read).
    struct StandingSnapshot
    {
        StandingCounts own;
        quint32 version = 0;
    };
    static std::vector<StandingSnapshot> standingSnapshot(const EventSpace &space);
    void mirrorStanding(const CatalogEntry &entry, const RecoveredEvent &state,
                        const std::vector<StandingSnapshot> &before);
    /// Compares the database's change sequences with the notices heard: a batch committed a
    /// check ago and still unheard was lost with its notice, and its event is re-read.
    void checkChangeSequences();
    /// Listener thread: takes the change sequences of events loaded since into m_changeSeen.
    void takeRecoveredSequences();
    /// SQLite, on the listener's thread: re-reads the events other writers have committed
    /// batches to since the last poll.
    void pollSqlitePeers(Store &store);
    void announceSeats(quint32 event, std::vector<quint32> seats);
    /// Housekeeping: pending mirrors, listener health and catching up after a reconnect.
    void retryPendingMirrors();
    /// Events with seats or standing places shown as held by another terminal. Such a hold ends
    /// with that terminal's notice (SQLite: its next batch); if the terminal stopped for good,
    /// nobody sends one, so these events are re-read every few seconds and holds the database no
    /// longer has as live are freed.
    QList<std::shared_ptr<const CatalogEntry>> eventsWithPeerHolds() const;

    Options m_options;
    Space m_space;
    EventCatalog m_catalog;
    HolderRegistry m_holders;
    std::unique_ptr<StoreWorker> m_store;
    /// SQLite file: this process among those that have it open (others' holds are theirs).
    std::unique_ptr<SqlitePresence> m_presence;
    std::unique_ptr<LoadBalancer> m_balancer;
    std::unique_ptr<DataPump> m_pump;

    mutable QMutex m_holdsMutex;
    QHash<QUuid, HoldRef> m_holds; ///< public hold id -> engine handle, for live holds
    QSet<QUuid> m_restoredHolds;   ///< holds of this terminal restored at start (holdsOf)

    mutable QMutex m_roomsMutex;
    std::map<QUuid, std::unique_ptr<WaitingRoom>> m_rooms;
    QHash<QUuid, QUuid> m_roomBySession; ///< queue session -> event

    std::thread m_housekeeper;
    std::mutex m_housekeeperMutex;
    std::condition_variable m_housekeeperWake;
    bool m_stopping = false;
    bool m_shutDown = false;

    /// Reads the change feed off this thread once somebody listens to seatsChanged.
    std::unique_ptr<SeatChangeCollector> m_seatChanges;
    QTimer m_notifyTimer;
    std::atomic<quint64> m_cancelToken{0};

    std::unique_ptr<StoreWorker> m_listener;       ///< follows the other processes (own connection)
    bool m_ownsTerminal = false;                   ///< PostgreSQL: Options::terminal claimed at the start
    bool m_pollsPeers = false;                     ///< SQLite file: m_listener polls change counts
    int m_peerPollTicks = 0;                       ///< housekeeper rounds since the last poll
    qint64 m_dataVersion = -1;                     ///< listener thread: at the last poll
    QHash<QUuid, qint64> m_peerCounts;             ///< listener thread: other writers' batches per event
    std::atomic<bool> m_pollInFlight{false};       ///< a poll is queued or running on the listener
    std::atomic<bool> m_catalogCheckQueued{false}; ///< followCatalog is queued on the store thread
    std::atomic<bool> m_closing{false};            ///< shutdown() has begun
    /// Listener thread: (event, seat) sold here but free in the database at the last re-read,
    /// with the seat's version then; m_recheckEvents are read again at the next poll.
    std::map<std::pair<quint32, quint32>, quint32> m_freedInDatabase;
    std::set<quint32> m_recheckEvents;
    HolderId m_peerHolder = 0; ///< holder of seats mirrored from other processes
    std::mutex m_mirrorMutex;  ///< guards the four below
    std::map<std::pair<quint32, quint32>, SeatState> m_pendingMirrors;
    bool m_reloadPending = false;
    std::set<quint32> m_standingRecheck; ///< PostgreSQL: events whose standing counts to read again
    /// (event index, change sequence) of events loaded while running, for m_changeSeen.
    std::vector<std::pair<quint32, quint64>> m_recoveredSequences;
    int m_peerHoldCheckTicks = 0;             ///< rounds (SQLite: polls) since peer holds were checked
    int m_standingRecheckTicks = 0;           ///< PostgreSQL: rounds since standing counts were re-read
    std::atomic<bool> m_listenerStale{false}; ///< the database was away: reconnect and re-read
    bool m_followingPeers = false;            ///< listener thread: the space is recovered
    QStringList m_earlyNotices;               ///< listener thread: notices from before that
    /// Listener thread (written by recoverEvent before it starts): per event index, the change
    /// sequence the space contains (Store::RecoveredEvent::changeSequence, then the notices').
    std::map<quint32, quint64> m_changeSeen;
    std::map<quint32, quint64> m_changePolled; ///< listener thread: the database's at the last check
};

} // namespace tessera
