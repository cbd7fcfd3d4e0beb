#pragma once

#include "core/common/result.h"
#include "core/domain/event.h"
#include "core/domain/hold.h"
#include "core/domain/layout.h"
#include "core/domain/order.h"
#include "core/domain/queueentry.h"
#include "core/engine/eventcatalog.h"
#include "core/engine/unitstatistics.h"
#include "core/pump/datapump.h"
#include "core/space/eventspace.h"
#include "core/waitingroom/waitingroom.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace tessera {

/// Where a request comes from. Online purchases for an event with a waiting room need an
/// active queue session; the box office counter does not queue.
enum class SalesChannel {
    BoxOffice,
    Online
};

/// Hold these seats (all or nothing).
struct SeatHoldRequest
{
    QUuid eventId;
    QList<QUuid> seatIds;
    QString holder;     ///< who holds: a terminal ("clerk@box-1") or a customer's user id
    int ttlSeconds = 0; ///< 0: the event's hold time
    SalesChannel channel = SalesChannel::BoxOffice;
    QUuid sessionId; ///< the waiting-room session (Online on a queued event)
};

/// Hold a number of places in a standing area.
struct StandingHoldRequest
{
    QUuid eventId;
    QUuid standingAreaId;
    int quantity = 1;
    QString holder;
    int ttlSeconds = 0;
    SalesChannel channel = SalesChannel::BoxOffice;
    QUuid sessionId;
};

/// Hold the best `quantity` seats together, optionally in one price category.
struct BestAvailableRequest
{
    QUuid eventId;
    int quantity = 2;
    QString categoryId; ///< empty: any category
    QString holder;
    int ttlSeconds = 0;
    SalesChannel channel = SalesChannel::BoxOffice;
    QUuid sessionId;
};

/// How a hold is paid and for whom.
struct SaleRequest
{
    QString holder; ///< must be the hold's holder
    PaymentMethod payment = PaymentMethod::Cash;
    QString customerName;
    QString customerEmail;
    QUuid userId;           ///< the customer's user id (online sales), else null
    QList<QUuid> ticketIds; ///< ids for the new tickets, in hold order; empty or short: new ids
};

/// Cancel gives the money back or not; both free the seats at once.
enum class CancelKind {
    Cancel,
    Refund
};

/// One seat with its live state, for lists (command line, API, tests). The seat map reads the
/// space directly instead.
struct SeatInfo
{
    QUuid seatId;
    quint32 index = 0;
    QString section;
    QString row;
    QString number;
    QString categoryId;
    qint64 priceCents = 0;
    SeatState state = SeatState::Available;
    QString holder; ///< held or sold: by whom
    QDateTime holdExpiresAt;
    double x = 0;
    double y = 0;
};

/// A standing area with its live counters.
struct StandingInfo
{
    QUuid id;
    QString name;
    QString categoryId;
    qint64 priceCents = 0;
    StandingCounts counts;
};

/// Operations view of the engine, for the status bar, /status and /metrics.
struct EngineStatus
{
    int units = 0;
    UnitStatistics totals;
    PumpStatistics pump;
    qint64 events = 0;
    qint64 seats = 0;
    SeatCounts seatCounts;
    qint64 liveHolds = 0;
    qint64 queueWaiting = 0;
    qint64 queueActive = 0;
};

/// The one interface the desktop, the command line and the HTTP server use (DESIGN.md section
/// 1). Every operation is asynchronous and returns a future of a Result: a typed Error (code +
/// message for people) when refused, and then nothing was changed. Two implementations:
/// LocalBoxOffice (the embedded engine) and RemoteBoxOffice (a client of tessera-server).
class BoxOffice : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~BoxOffice() override = default;

    // Events and layouts.
    virtual QFuture<Result<QList<Event>>> events() = 0;
    virtual QFuture<Result<Event>> event(const QUuid &eventId) = 0;
    /// Creates an event with its layout (ids are assigned where null).
    virtual QFuture<Result<Event>> createEvent(const Event &event, const VenueLayout &layout) = 0;
    virtual QFuture<Result<Event>> updateEvent(const Event &event) = 0;
    /// Refused with Conflict while the event has sold tickets.
    virtual QFuture<Status> deleteEvent(const QUuid &eventId) = 0;
    virtual QFuture<Result<VenueLayout>> layout(const QUuid &eventId) = 0;
    /// Refused with Conflict while seats are held or sold.
    virtual QFuture<Result<Event>> replaceLayout(const QUuid &eventId, const VenueLayout &layout) = 0;

    // Live seat state.
    virtual QFuture<Result<QList<SeatInfo>>> seats(const QUuid &eventId) = 0;
    virtual QFuture<Result<QList<StandingInfo>>> standingAreas(const QUuid &eventId) = 0;
    /// The event's live seat arrays for drawing (the engine's space, or a mirror kept up to
    /// date by the push stream), or nullptr for an unknown event. Valid while this object lives.
    virtual const EventSpace *seatSpace(const QUuid &eventId) const = 0;
    /// The event's catalog entry (event, layout, lookups), or nullptr.
    virtual std::shared_ptr<const CatalogEntry> catalogEntry(const QUuid &eventId) const = 0;
    /// The id under which the space records holds of `holder` ("held by me" on the map).
    virtual HolderId holderId(const QString &holder) = 0;
    virtual QString holderName(HolderId id) const = 0;

    // Holds and sales.
    virtual QFuture<Result<Hold>> holdSeats(const SeatHoldRequest &request) = 0;
    virtual QFuture<Result<Hold>> holdStanding(const StandingHoldRequest &request) = 0;
    virtual QFuture<Result<Hold>> holdBestAvailable(const BestAvailableRequest &request) = 0;
    virtual QFuture<Result<Hold>> extendHold(const QUuid &holdId, const QString &holder,
                                             int ttlSeconds = 0) = 0;
    virtual QFuture<Status> releaseHold(const QUuid &holdId, const QString &holder) = 0;
    /// The live holds of `holder` on an event that this box office found when it started (left
    /// from before Tessera last stopped without giving them back), soonest expiry first, for the
    /// terminal to take back into its cart. A box office that cannot tell them (a shared
    /// PostgreSQL database, a server) gives none.
    virtual QFuture<Result<QList<Hold>>> holdsOf(const QUuid &eventId, const QString &holder)
    {
        Q_UNUSED(eventId);
        Q_UNUSED(holder);
        return QtFuture::makeReadyFuture(Result<QList<Hold>>(QList<Hold>()));
    }
    /// Sells a live hold. The order is returned only after it has been committed to the
    /// database: an acknowledged sale survives a crash.
    virtual QFuture<Result<Order>> sell(const QUuid &holdId, const SaleRequest &sale) = 0;
    /// Cancels (or refunds) tickets of one order; their places are free at once.
    virtual QFuture<Result<Order>> cancelTickets(const QList<QUuid> &ticketIds, CancelKind kind) = 0;
    virtual QFuture<Result<Order>> cancelOrder(const QUuid &orderId, CancelKind kind) = 0;
    virtual QFuture<Result<Order>> order(const QUuid &orderId) = 0;
    /// Orders by order or ticket id (or its short form), customer name or e-mail, seat or event name.
    virtual QFuture<Result<QList<Order>>> findOrders(const QString &text) = 0;

    /// (seat index, ticket id) of the event's live seated tickets as committed: finds the ticket
    /// of a sold seat (tessera-cli booking --cancel). A box office that cannot list them says so.
    virtual QFuture<Result<std::vector<std::pair<quint32, QUuid>>>> liveSeatTickets(const QUuid &eventId)
    {
        Q_UNUSED(eventId);
        return QtFuture::makeReadyFuture(Result<std::vector<std::pair<quint32, QUuid>>>(
            Error{ErrorCode::Conflict, tr("This box office does not list tickets by seat.")}));
    }

    // Admin.
    /// Blocks the seats (house seats, a broken seat): nobody can hold or buy them until they
    /// are unblocked. Held or sold seats are refused, and then nothing changes. Seats blocked
    /// already stay blocked. Every seat named keeps `reason` ("Press"; at most
    /// kMaxBlockReasonLength characters, may be empty), which the layout shows from then on.
    virtual QFuture<Status> blockSeats(const QUuid &eventId, const QList<QUuid> &seatIds,
                                       const QString &reason) = 0;
    /// Makes blocked seats available again and forgets their reasons; a seat that is not
    /// blocked is refused (Conflict), and then nothing changes.
    virtual QFuture<Status> unblockSeats(const QUuid &eventId, const QList<QUuid> &seatIds) = 0;

    // Waiting room.
    virtual QFuture<Result<QueueEntry>> joinQueue(const QUuid &eventId, const QUuid &userId) = 0;
    virtual QFuture<Result<QueueEntry>> queuePosition(const QUuid &eventId, const QUuid &userId) = 0;
    virtual QFuture<Result<QueueEntry>> queueSession(const QUuid &sessionId) = 0;
    virtual QFuture<Result<qint64>> queueLength(const QUuid &eventId) = 0;
    virtual QFuture<Result<QList<QueueEntry>>> admitNext(const QUuid &eventId, int count) = 0;
    virtual QFuture<Result<QueueEntry>> refreshSession(const QUuid &sessionId) = 0;
    virtual QFuture<Status> leaveQueue(const QUuid &eventId, const QUuid &userId) = 0;
    virtual QFuture<Status> configureQueue(const QUuid &eventId, const WaitingRoomConfig &config) = 0;
    /// The event's waiting room for admin views, or nullptr (local only).
    virtual WaitingRoom *waitingRoom(const QUuid &eventId) = 0;

    virtual QFuture<Result<EngineStatus>> status() = 0;

signals:
    /// Seats of an event changed state: coalesced, at most about 60 times a second.
    void seatsChanged(const QUuid &eventId, const QList<quint32> &seats);
    /// Standing-area counters of an event changed.
    void standingChanged(const QUuid &eventId);
    /// Events were created, changed or deleted.
    void eventsChanged();
    /// The database writer's state changed ("database unavailable" and back).
    void storeStateChanged(tessera::PumpState state, const QString &message);
};

} // namespace tessera
