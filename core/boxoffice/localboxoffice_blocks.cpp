// LocalBoxOffice: seat blocks and their reasons.
//
// A block is a state of the seat in the space, written behind by the data pump like a sale.
// Its reason ("Press") is part of the layout: once the space has taken the block, the store
// thread saves the reasons (Store::saveBlockReasons) and publishes the event's catalog entry
// with them, so that layout() hands them out and a restart loads them. Both happen before the
// caller's future completes. The save also tells the other processes on the database to re-read
// the event, which gives them the reasons (reloadEvent, adoptBlockReasons).

#include "core/boxoffice/futures_p.h"
#include "core/boxoffice/localboxoffice.h"
#include "core/boxoffice/storeworker.h"
#include "core/common/ids.h"

namespace tessera {

namespace {

/// The seats' layout indices; NotFound for a seat the event does not have.
Result<QList<quint32>> seatIndices(const CatalogEntry &entry, const QList<QUuid> &seatIds)
{
    if (seatIds.isEmpty())
        return Error{ErrorCode::InvalidInput, LocalBoxOffice::tr("Select at least one seat.")};
    QList<quint32> seats;
    seats.reserve(seatIds.size());
    for (const QUuid &id : seatIds) {
        const quint32 seat = entry.seatIndexById.value(id, kNoIndex);
        if (seat == kNoIndex)
            return Error{
                ErrorCode::NotFound,
                LocalBoxOffice::tr("Seat %1 is not part of %2.").arg(uuidText(id), entry.event.name)};
        seats.append(seat);
    }
    return seats;
}

/// Blocks or unblocks the seats in the space; all or none.
QFuture<Status> changeBlocks(LoadBalancer &balancer, const std::shared_ptr<const CatalogEntry> &entry,
                             const QList<quint32> &seats, SpaceOp op)
{
    if (seats.isEmpty())
        return readyFuture(Status());
    SpaceCommand command;
    command.op = op;
    command.event = entry->index;
    for (quint32 seat : seats)
        command.seats.append(seat);
    Deferred<Status> deferred;
    const bool accepted = balancer.submit({command}, [deferred, entry,
                                                      op](std::vector<SpaceResult> &&results) {
        const SpaceResult &r = results.front();
        if (r.ok)
            deferred.resolve(Status());
        else if (r.error == ErrorCode::Conflict)
            deferred.resolve(Status(
                r.error, LocalBoxOffice::tr("%1 is not blocked.").arg(entry->seatDescription(r.failedSeat))));
        else
            deferred.resolve(
                Status(r.error, op == SpaceOp::Block
                                    ? LocalBoxOffice::tr("%1 is held or sold and cannot be blocked.")
                                          .arg(entry->seatDescription(r.failedSeat))
                                    : errorCodeName(r.error)));
    });
    if (!accepted)
        deferred.resolve(Status(ErrorCode::ShuttingDown, LocalBoxOffice::tr("The box office is closing.")));
    return deferred.future();
}

} // namespace

QFuture<Status> LocalBoxOffice::blockSeats(const QUuid &eventId, const QList<QUuid> &seatIds,
                                           const QString &reason)
{
    const auto entry = m_catalog.byId(eventId);
    if (!entry)
        return readyFuture(Status(ErrorCode::NotFound, tr("No event with id %1.").arg(uuidText(eventId))));
    const QString why = reason.trimmed();
    if (why.size() > kMaxBlockReasonLength)
        return readyFuture(
            Status(ErrorCode::InvalidInput,
                   tr("A block reason is at most %1 characters long.").arg(kMaxBlockReasonLength)));
    Result<QList<quint32>> seats = seatIndices(*entry, seatIds);
    if (!seats)
        return readyFuture(Status(seats.error()));
    // Seats blocked already only take the new reason: the space would refuse to block them.
    const EventSpace *space = m_space.event(entry->index);
    QList<quint32> toBlock;
    for (quint32 seat : *seats) {
        if (space->seatState(seat) != SeatState::Blocked)
            toBlock.append(seat);
    }
    return keepBlockReasons(changeBlocks(*m_balancer, entry, toBlock, SpaceOp::Block), eventId, *seats, why,
                            true);
}

QFuture<Status> LocalBoxOffice::unblockSeats(const QUuid &eventId, const QList<QUuid> &seatIds)
{
    const auto entry = m_catalog.byId(eventId);
    if (!entry)
        return readyFuture(Status(ErrorCode::NotFound, tr("No event with id %1.").arg(uuidText(eventId))));
    Result<QList<quint32>> seats = seatIndices(*entry, seatIds);
    if (!seats)
        return readyFuture(Status(seats.error()));
    return keepBlockReasons(changeBlocks(*m_balancer, entry, *seats, SpaceOp::Unblock), eventId, *seats,
                            QString(), false);
}

QFuture<Status> LocalBoxOffice::keepBlockReasons(QFuture<Status> changed, const QUuid &eventId,
                                                 const QList<quint32> &seats, const QString &reason,
                                                 bool blocked)
{
    Deferred<Status> deferred;
    thenSafely(changed, [this, deferred, eventId, seats, reason, blocked](const Status &status) {
        if (!status) {
            deferred.resolve(status);
            return;
        }
        auto saved = m_store->run<Status>([this, eventId, seats, reason, blocked](Store &store) -> Status {
            if (Status written = store.saveBlockReasons(eventId, seats, reason); !written)
                return written;
            // The entry as it is now, here on the store thread (see updateEvent).
            const auto entry = m_catalog.byId(eventId);
            if (!entry)
                return {};
            auto updated = std::make_shared<CatalogEntry>(*entry);
            for (quint32 s : seats) {
                if (s < static_cast<quint32>(updated->layout.seats.size())) {
                    LayoutSeat &seat = updated->layout.seats[s];
                    seat.blocked = blocked;
                    seat.blockReason = reason;
                }
            }
            m_catalog.publish(updated);
            emit eventsChanged(); // the windows showing the event show the reason
            return {};
        });
        thenSafely(saved, [deferred](const Status &written) { deferred.resolve(written); });
    });
    return deferred.future();
}

} // namespace tessera
