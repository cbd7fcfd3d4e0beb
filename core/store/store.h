#pragma once

#include "core/common/result.h"
#include "core/domain/event.h"
#include "core/domain/layout.h"
#include "core/domain/order.h"
#include "core/store/databaseurl.h"
#include "core/store/pumpbatch.h"
#include "core/waitingroom/waitingroom.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace tessera {

/// Everything the space needs to come back after a restart for one event.
struct RecoveredEvent
{
    Event event;
    VenueLayout layout;
    std::vector<std::pair<quint32, HoldId>> soldSeats;        ///< (seat index, engine sale id)
    std::vector<std::pair<quint32, quint32>> standingSold;    ///< (area index, places sold)
    std::vector<std::pair<quint32, quint32>> standingBlocked; ///< (area index, places blocked)
    std::vector<quint32> blockedSeats;
    /// The reasons of the blocked seats that have one (liveState only), by seat index.
    std::vector<std::pair<quint32, QString>> blockReasons;
    std::vector<HoldRow> liveHolds; ///< unexpired at load time
    /// PostgreSQL: the event's change sequence (batches committed for it, as the NOTIFY
    /// payloads number them), read before the state above: notices numbered up to it are
    /// contained in the state. 0 on SQLite or before the first batch.
    quint64 changeSequence = 0;
};

/// The persisted part of one event's waiting room: its settings and its secret pre-queue seed
/// (WaitingRoom::secretSeed), so that the published seed hash stays the same after a restart.
struct WaitingRoomRow
{
    QUuid eventId;
    WaitingRoomConfig config;
    QByteArray seed; ///< 32 raw bytes
};

/// A user of the server and the desktop's remote mode.
struct UserRow
{
    QUuid id;
    QString username;
    QString role;            ///< admin, clerk or customer
    QByteArray passwordHash; ///< "pbkdf2-sha256$iterations$salt-b64$hash-b64"
};

/// An answer of the API server to a request sent with an Idempotency-Key, kept so that a retry
/// after a server restart gets the first answer (API.md "Conventions").
struct IdempotencyRecord
{
    QString key; ///< scoped by the server: user, route and the client's key
    QUuid userId;
    QString route;
    QByteArray requestHash; ///< fingerprint of method, path and body (hex)
    int status = 0;
    QByteArray contentType;
    QByteArray responseBody;
    QDateTime createdAt;
};

/// A ticket bought through the API's `POST /tickets/purchase`: reserved by the hold `holdId` of
/// one place for one user (held by `holder`), confirmed by selling that hold. The sold ticket
/// keeps the reservation's id.
struct ReservedTicket
{
    Ticket ticket;
    QUuid holdId;
    QString holder;
};

/// The database: schema, migrations and every SQL statement of Tessera (DESIGN.md rule 2). One
/// Store owns one QSqlDatabase connection and must be used only by the thread that opened it.
/// SQLite runs in WAL mode with synchronous=FULL, a busy timeout and BEGIN IMMEDIATE writes, bulk
/// inserts bound through the sqlite3 API and checkpoints on a thread of their own; PostgreSQL gets
/// binary COPY (sales) or array inserts through libpq and one NOTIFY tessera_changes per
/// committed batch.
/// Failures are StoreUnavailable (connection, outage) or InvalidInput (bad URL); constraint
/// refusals of sales are reported per sale in BatchOutcome, never as a failed batch.
class Store final
{
public:
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    /// Opens (creating the SQLite file and its folder if needed) and migrates to the newest schema.
    static Result<std::unique_ptr<Store>> open(const DatabaseUrl &url);

    const DatabaseUrl &url() const { return m_url; }
    int schemaVersion() const;
    /// True when the connection still answers (cheap query).
    bool isAlive();
    /// Reconnects after an outage.
    Status reconnect();

    // Events and layouts. Seats are stored one row each with their layout index.
    Result<QList<Event>> loadEvents();
    Status saveEvent(const Event &event); ///< insert or update
    /// Replaces the event's layout. With `event`, also saves that event row (insert or update) in
    /// the same transaction: both are written or neither (a layout and the ticket totals it
    /// gives the event).
    Status saveLayout(const QUuid &eventId, const VenueLayout &layout, const Event *event = nullptr);
    Result<VenueLayout> loadLayout(const QUuid &eventId);
    /// Sets the block reason ("Press"; empty for none) of these seats (layout indices) of the
    /// event, in one transaction. Blocking itself goes through the space and the data pump; the
    /// reason is part of the layout, kept here for seats blocked while the layout cannot be
    /// replaced. The other processes on the database are told to re-read the event's live state
    /// (liveState), which carries the reasons: a notice (PostgreSQL) or a change count of this
    /// writer's origin (SQLite, see setChangeOrigin).
    Status saveBlockReasons(const QUuid &eventId, const QList<quint32> &seats, const QString &reason);
    /// Deletes an event with its layout and waiting room; refused (Conflict) while it has live
    /// tickets.
    Status deleteEvent(const QUuid &eventId);

    // Waiting rooms (storequeue.cpp).
    /// Inserts or replaces the event's waiting-room row. InvalidInput for a null event id or a
    /// seed that is not 32 bytes.
    Status saveWaitingRoom(const WaitingRoomRow &room);
    /// Every saved waiting room, by event.
    Result<QList<WaitingRoomRow>> loadWaitingRooms();

    /// Writes one batch in one transaction (see PumpBatch). StoreUnavailable leaves nothing
    /// written; the caller keeps the batch and retries.
    Result<BatchOutcome> write(const PumpBatch &batch);

    /// Loads what the space needs for an event; progress(done, total) is called while loading.
    Result<RecoveredEvent> recover(const QUuid &eventId,
                                   const std::function<void(qint64, qint64)> &progress = {});
    /// The live state of an event's seats and standing areas as recover() gives it, without the
    /// event and its layout (soldSeats, blockedSeats, standing counts, liveHolds): what another
    /// process needs to catch up after it missed notifications.
    Result<RecoveredEvent> liveState(const QUuid &eventId);

    // Lookups for clerks.
    Result<Order> order(const QUuid &orderId);
    Result<Order> orderOfTicket(const QUuid &ticketId);
    /// Orders whose id or ticket id (whole, its short id or that short id's first 4 or more
    /// digits), customer name or e-mail, event name (case-insensitive substrings) or seat ("A-12",
    /// "Stalls A-12") matches, newest first, at most `limit`.
    Result<QList<Order>> findOrders(const QString &text, int limit = 100);
    /// (seat index, ticket id) of every live (confirmed) seated ticket of an event, by seat.
    Result<std::vector<std::pair<quint32, QUuid>>> liveSeatTickets(const QUuid &eventId);
    /// Number of live (confirmed) tickets of an event.
    Result<qint64> liveTickets(const QUuid &eventId);

    // Users (server and remote mode).
    Status saveUser(const UserRow &user);
    Result<UserRow> user(const QString &username);
    Result<qint64> userCount();

    // Idempotency records of the API server (storeidempotency.cpp).
    /// Keeps `record`; a record already stored under its key wins (the first answer).
    Status saveIdempotencyRecord(const IdempotencyRecord &record);
    /// The record stored under `key` and created at or after `notBefore`, or nothing.
    Result<std::optional<IdempotencyRecord>> idempotencyRecord(const QString &key,
                                                               const QDateTime &notBefore);
    /// Deletes the records created before `before`; returns how many.
    Result<qint64> deleteIdempotencyRecords(const QDateTime &before);

    /// Runs `work` (calls on this store) in one transaction: committed when it succeeds, rolled
    /// back when it fails or the commit does. For writers that group many small writes under
    /// one commit (one sync of the log instead of one per write).
    Status inTransaction(const std::function<Status()> &work);

    // Tickets reserved through the API (storeserver.cpp).
    /// Keeps `reserved`, replacing the row of the same ticket id.
    Status saveReservedTicket(const ReservedTicket &reserved);
    /// The reservation `ticketId`, or nothing. Once its hold is sold, the ticket's state (status,
    /// order, times) is the sold ticket's.
    Result<std::optional<ReservedTicket>> reservedTicket(const QUuid &ticketId);
    /// The reservations of `userId`, newest first, with the state as for reservedTicket().
    Result<QList<ReservedTicket>> reservedTicketsOfUser(const QUuid &userId);

    /// PostgreSQL only: subscribes this connection to NOTIFY tessera_changes; the callback gets
    /// the payload (it is called from this connection's thread, from its event loop).
    /// The payload of a committed batch is a JSON object: "origin" (the writer's change origin),
    /// "events" (ids of the events it touched, or "*" for all), "seats" (event id -> the new
    /// states of the seats it changed, "12s,13h,14a,15b": sold, held, available, blocked) and
    /// "reload" (event ids whose seat list did not fit: read their liveState()), "standing"
    /// (event ids whose standing areas changed: read their liveState()) and "seq" (event id ->
    /// the event's change sequence after this batch; consecutive for one event). Events created,
    /// changed or deleted are announced as {"catalog": true}.
    Status listenForChanges(std::function<void(const QString &payload)> callback);
    /// PostgreSQL only: claims `name` (a terminal's name) for this connection's session with an
    /// advisory lock, and answers whether the claim succeeded, that is whether no other running
    /// process holds it. The server drops the claim when the session ends, however the process
    /// ends; reconnect() claims the name again. SQLite: always true (SqlitePresence tells who
    /// else has the file open).
    Result<bool> claimName(const QString &name);
    /// Tells the other processes that events were created, changed or deleted (PostgreSQL: a
    /// notice {"catalog": true}; SQLite: nothing, they see the file change and re-read the
    /// events). A failure to tell is not an error: they find out at their next periodic check.
    void announceCatalogChange();
    /// PostgreSQL: the change sequence of every event that has one (see RecoveredEvent), for a
    /// listener to check that it has missed no notice.
    Result<QHash<QUuid, quint64>> changeSequences();
    /// Names this writer in the notifications of its batches, so a process can skip its own.
    void setChangeOrigin(const QString &origin);

    /// SQLite: a number that changes whenever another connection has committed to the file
    /// since this one last asked (PRAGMA data_version), cheap enough to poll; PostgreSQL: 0.
    Result<qint64> dataVersion();
    /// SQLite: per event, how many data-pump batches writers other than `ownOrigin` have
    /// committed to it (the counts only grow). A box office polls them to follow the other
    /// processes that share the file (there is no NOTIFY); PostgreSQL: empty.
    Result<QHash<QUuid, qint64>> peerChangeCounts(const QString &ownOrigin);
    /// SQLite: merges every writer's change_counts rows into one row per event (origin ""), so
    /// the table does not grow with each process started. The sums other writers see only grow
    /// (a running writer's own rows, merged, count once as another's: one extra re-read).
    Status foldChangeCounts();

private:
    explicit Store(DatabaseUrl url, QString connectionName);
    Status migrate();

    DatabaseUrl m_url;
    QString m_connectionName;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tessera
