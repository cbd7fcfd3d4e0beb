// LocalBoxOffice: holds, sales and cancellations.

#include "core/boxoffice/futures_p.h"
#include "core/boxoffice/localboxoffice.h"
#include "core/boxoffice/storeworker.h"
#include "core/common/ids.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace tessera {

namespace {
constexpr int kMaxTtlSeconds = 3600;
constexpr int kMaxSeatsPerHold = 1000;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

Error LocalBoxOffice::describe(const CatalogEntry &entry, const SpaceResult &result) const
{
    const EventSpace *space = m_space.event(entry.index);
    const bool hasSeat = result.failedSeat != kNoIndex && result.failedSeat < space->seatCount();
    const QString seat = hasSeat ? entry.seatDescription(result.failedSeat) : tr("A seat");
    switch (result.error) {
    case ErrorCode::SeatUnavailable:
        if (hasSeat) {
            switch (space->seatState(result.failedSeat)) {
            case SeatState::Sold:
                return {result.error, tr("%1 is already sold.").arg(seat)};
            case SeatState::Blocked:
                return {result.error, tr("%1 is blocked and cannot be sold.").arg(seat)};
            case SeatState::Held:
                return {
                    result.error,
                    tr("%1 is held by %2.").arg(seat, m_holders.name(space->seatHolder(result.failedSeat)))};
            case SeatState::Available:
                break;
            }
        }
        return {result.error, tr("%1 was taken a moment ago.").arg(seat)};
    case ErrorCode::SoldOut:
        return {result.error, tr("Not enough places are left for this request.")};
    case ErrorCode::NotHolder:
        return {result.error, tr("This hold belongs to someone else.")};
    case ErrorCode::HoldExpired:
        return {result.error, tr("The hold has expired and its places were released.")};
    case ErrorCode::NotFound:
        return {result.error, tr("The hold no longer exists: it was released, sold or has expired.")};
    case ErrorCode::Conflict:
        return {result.error, tr("This hold has already been sold.")};
    case ErrorCode::NotSold:
        return {result.error, tr("%1 is not sold.").arg(seat)};
    case ErrorCode::ShuttingDown:
        return {result.error, tr("The box office is closing and accepts no more work.")};
    case ErrorCode::InvalidInput:
        return {result.error, hasSeat ? tr("%1 is named twice.").arg(seat) : tr("The request is not valid.")};
    default:
        return {result.error, errorCodeName(result.error)};
    }
}

std::optional<LocalBoxOffice::HoldRef> LocalBoxOffice::findHold(const QUuid &holdId) const
{
    QMutexLocker lock(&m_holdsMutex);
    const auto it = m_holds.constFind(holdId);
    if (it == m_holds.cend())
        return std::nullopt;
    return *it;
}

Status LocalBoxOffice::endedCheck(const Event &event) const
{
    if (!event.hasEndedAt(utc(m_space.clock()->nowMs())))
        return {};
    return Status(ErrorCode::Conflict,
                  tr("%1 ended on %2: its tickets can no longer be sold.")
                      .arg(event.name, QLocale().toString(event.endTime.toLocalTime(),
                                                          QStringLiteral("ddd d MMM yyyy, HH:mm"))));
}

Status LocalBoxOffice::admissionCheck(const CatalogEntry &entry, SalesChannel channel,
                                      const QUuid &sessionId) const
{
    if (m_pump->isBackedUp())
        return Status(
            ErrorCode::StoreUnavailable,
            tr("The database is unavailable and the backlog is full; no new sales until it returns."));
    if (entry.event.status == EventStatus::Inactive)
        return Status(ErrorCode::Conflict, tr("%1 is not on sale.").arg(entry.event.name));
    if (Status ended = endedCheck(entry.event); !ended)
        return ended;
    if (channel == SalesChannel::Online && entry.event.queueEnabled) {
        QMutexLocker lock(&m_roomsMutex);
        const auto it = m_rooms.find(entry.event.id);
        if (it == m_rooms.end())
            return Status(ErrorCode::SessionNotActive, tr("Join the waiting room first."));
        if (Status allowed = it->second->checkPurchaseAllowed(sessionId); !allowed)
            return allowed;
    }
    return {};
}

QFuture<Result<Hold>> LocalBoxOffice::submitHold(std::shared_ptr<const CatalogEntry> entry,
                                                 SpaceCommand command)
{
    Deferred<Result<Hold>> deferred;
    const qint64 createdAt = m_space.clock()->nowMs();
    const QString holderName = m_holders.name(command.holder);
    std::vector<SpaceCommand> batch{command};
    const bool accepted =
        m_balancer->submit(std::move(batch), [this, deferred, entry, command, createdAt,
                                              holderName](std::vector<SpaceResult> &&results) {
            const SpaceResult &r = results.front();
            if (!r.ok) {
                deferred.resolve(describe(*entry, r));
                return;
            }
            Hold hold;
            hold.id = m_catalog.holdId(entry->index, entry->event.id, r.hold);
            hold.eventId = entry->event.id;
            hold.holder = holderName;
            hold.expiresAt = utc(r.expiresAtMs);
            hold.createdAt = utc(createdAt);
            if (command.op == SpaceOp::HoldBest) {
                for (quint32 seat : r.seats)
                    hold.seatIds.append(entry->layout.seats[seat].id);
            } else {
                for (quint32 seat : command.seats)
                    hold.seatIds.append(entry->layout.seats[seat].id);
            }
            if (command.op == SpaceOp::HoldStanding) {
                hold.standingAreaId = entry->layout.standingAreas[command.standingArea].id;
                hold.quantity = static_cast<int>(command.quantity);
            }
            {
                QMutexLocker lock(&m_holdsMutex);
                m_holds.insert(hold.id, HoldRef{entry->index, r.hold});
            }
            deferred.resolve(hold);
        });
    if (!accepted)
        deferred.resolve(
            Error{ErrorCode::ShuttingDown, tr("The box office is closing and accepts no more work.")});
    return deferred.future();
}

namespace {

/// A live hold of the space as the box office hands it out.
Hold holdFromInfo(const CatalogEntry &entry, const QUuid &id, const QString &holder, const HoldInfo &info)
{
    Hold hold;
    hold.id = id;
    hold.eventId = entry.event.id;
    hold.holder = holder;
    hold.expiresAt = utc(info.expiresAtMs);
    for (quint32 seat : info.seats)
        hold.seatIds.append(entry.layout.seats[seat].id);
    if (info.standingArea != kNoIndex) {
        hold.standingAreaId = entry.layout.standingAreas[info.standingArea].id;
        hold.quantity = static_cast<int>(info.quantity);
    }
    return hold;
}

/// Checks what every hold request has in common and fills the command's holder and ttl.
Status prepareHold(const CatalogEntry *entry, const QUuid &eventId, const QString &holder, int ttlSeconds,
                   HolderRegistry &holders, SpaceCommand &command)
{
    if (!entry)
        return Status(ErrorCode::NotFound,
                      QCoreApplication::translate("tessera::LocalBoxOffice", "No event with id %1.")
                          .arg(uuidText(eventId)));
    if (holder.trimmed().isEmpty())
        return Status(ErrorCode::InvalidInput,
                      QCoreApplication::translate("tessera::LocalBoxOffice",
                                                  "A hold needs a holder (who is selling)."));
    if (hasControlCharacters(holder))
        return Status(ErrorCode::InvalidInput,
                      QCoreApplication::translate("tessera::LocalBoxOffice",
                                                  "The holder's name contains a control character."));
    const int ttl = ttlSeconds == 0 ? entry->event.holdTimeSeconds : ttlSeconds;
    if (ttl < 1 || ttl > kMaxTtlSeconds)
        return Status(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("tessera::LocalBoxOffice", "A hold lasts between 1 and %1 seconds.")
                .arg(kMaxTtlSeconds));
    command.event = entry->index;
    command.holder = holders.intern(holder.trimmed());
    command.ttlMs = qint64(ttl) * 1000;
    return {};
}

} // namespace

QFuture<Result<Hold>> LocalBoxOffice::holdSeats(const SeatHoldRequest &request)
{
    const auto entry = m_catalog.byId(request.eventId);
    SpaceCommand command;
    command.op = SpaceOp::Hold;
    if (Status ok =
            prepareHold(entry.get(), request.eventId, request.holder, request.ttlSeconds, m_holders, command);
        !ok)
        return readyFuture(Result<Hold>(ok.error()));
    if (request.seatIds.isEmpty())
        return readyFuture(Result<Hold>(ErrorCode::InvalidInput, tr("Select at least one seat.")));
    if (request.seatIds.size() > kMaxSeatsPerHold)
        return readyFuture(Result<Hold>(ErrorCode::InvalidInput,
                                        tr("At most %1 seats can be held at once.").arg(kMaxSeatsPerHold)));
    for (const QUuid &id : request.seatIds) {
        const auto it = entry->seatIndexById.constFind(id);
        if (it == entry->seatIndexById.cend())
            return readyFuture(Result<Hold>(
                ErrorCode::NotFound, tr("Seat %1 is not part of %2.").arg(uuidText(id), entry->event.name)));
        command.seats.append(*it);
    }
    if (Status ok = admissionCheck(*entry, request.channel, request.sessionId); !ok)
        return readyFuture(Result<Hold>(ok.error()));
    return submitHold(entry, std::move(command));
}

QFuture<Result<Hold>> LocalBoxOffice::holdStanding(const StandingHoldRequest &request)
{
    const auto entry = m_catalog.byId(request.eventId);
    SpaceCommand command;
    command.op = SpaceOp::HoldStanding;
    if (Status ok =
            prepareHold(entry.get(), request.eventId, request.holder, request.ttlSeconds, m_holders, command);
        !ok)
        return readyFuture(Result<Hold>(ok.error()));
    const auto area = entry->standingIndexById.constFind(request.standingAreaId);
    if (area == entry->standingIndexById.cend())
        return readyFuture(Result<Hold>(
            ErrorCode::NotFound,
            tr("%1 has no standing area %2.").arg(entry->event.name, uuidText(request.standingAreaId))));
    if (request.quantity < 1 || request.quantity > kMaxSeatsPerHold)
        return readyFuture(Result<Hold>(ErrorCode::InvalidInput,
                                        tr("Ask for between 1 and %1 places.").arg(kMaxSeatsPerHold)));
    command.standingArea = *area;
    command.quantity = static_cast<quint32>(request.quantity);
    if (Status ok = admissionCheck(*entry, request.channel, request.sessionId); !ok)
        return readyFuture(Result<Hold>(ok.error()));
    const quint32 left = m_space.event(entry->index)->standing(*area).available();
    return thenSafely(submitHold(entry, std::move(command)), [this, left, entry,
                                                              area = *area](Result<Hold> r) {
        if (!r && r.errorCode() == ErrorCode::SoldOut) {
            const StandingCounts now = m_space.event(entry->index)->standing(area);
            return Result<Hold>(ErrorCode::SoldOut,
                                tr("Only %n place(s) left in %1.", nullptr, static_cast<int>(now.available()))
                                    .arg(entry->layout.standingAreas[area].name));
        }
        Q_UNUSED(left);
        return r;
    });
}

QFuture<Result<Hold>> LocalBoxOffice::holdBestAvailable(const BestAvailableRequest &request)
{
    const auto entry = m_catalog.byId(request.eventId);
    SpaceCommand command;
    command.op = SpaceOp::HoldBest;
    if (Status ok =
            prepareHold(entry.get(), request.eventId, request.holder, request.ttlSeconds, m_holders, command);
        !ok)
        return readyFuture(Result<Hold>(ok.error()));
    if (request.quantity < 1 || request.quantity > 100)
        return readyFuture(Result<Hold>(ErrorCode::InvalidInput, tr("Ask for between 1 and 100 seats.")));
    command.quantity = static_cast<quint32>(request.quantity);
    if (!request.categoryId.isEmpty()) {
        qsizetype found = -1;
        for (qsizetype i = 0; i < entry->layout.categories.size(); ++i) {
            if (entry->layout.categories[i].id == request.categoryId)
                found = i;
        }
        if (found < 0)
            return readyFuture(Result<Hold>(
                ErrorCode::NotFound,
                tr("%1 has no price category \"%2\".").arg(entry->event.name, request.categoryId)));
        command.category = static_cast<quint16>(found);
    }
    if (Status ok = admissionCheck(*entry, request.channel, request.sessionId); !ok)
        return readyFuture(Result<Hold>(ok.error()));
    const int quantity = request.quantity;
    return thenSafely(submitHold(entry, std::move(command)), [quantity](Result<Hold> r) {
        if (!r && r.errorCode() == ErrorCode::SoldOut)
            return Result<Hold>(
                ErrorCode::SoldOut,
                tr("There are no %n free seat(s) left in this price range.", nullptr, quantity));
        return r;
    });
}

QFuture<Result<Hold>> LocalBoxOffice::extendHold(const QUuid &holdId, const QString &holder, int ttlSeconds)
{
    const auto ref = findHold(holdId);
    const auto entry = ref ? m_catalog.byIndex(ref->event) : nullptr;
    if (!entry)
        return readyFuture(Result<Hold>(
            ErrorCode::NotFound, tr("The hold no longer exists: it was released, sold or has expired.")));
    if (Status ended = endedCheck(entry->event); !ended)
        return readyFuture(Result<Hold>(ended.error()));
    SpaceCommand command;
    command.op = SpaceOp::Extend;
    if (Status ok = prepareHold(entry.get(), entry->event.id, holder, ttlSeconds, m_holders, command); !ok)
        return readyFuture(Result<Hold>(ok.error()));
    command.hold = ref->hold;
    Deferred<Result<Hold>> deferred;
    const bool accepted = m_balancer->submit(
        {command}, [this, deferred, entry, holdId, holder](std::vector<SpaceResult> &&results) {
            const SpaceResult &r = results.front();
            if (!r.ok) {
                deferred.resolve(describe(*entry, r));
                return;
            }
            HoldInfo info = m_space.event(entry->index)->holdInfo(r.hold);
            info.expiresAtMs = r.expiresAtMs;
            deferred.resolve(holdFromInfo(*entry, holdId, holder.trimmed(), info));
        });
    if (!accepted)
        deferred.resolve(
            Error{ErrorCode::ShuttingDown, tr("The box office is closing and accepts no more work.")});
    return deferred.future();
}

QFuture<Result<QList<Hold>>> LocalBoxOffice::holdsOf(const QUuid &eventId, const QString &holder)
{
    const auto entry = m_catalog.byId(eventId);
    if (!entry)
        return readyFuture(
            Result<QList<Hold>>(ErrorCode::NotFound, tr("No event with id %1.").arg(uuidText(eventId))));
    const HolderId id = m_holders.find(holder.trimmed());
    QList<Hold> holds;
    if (id == 0)
        return readyFuture(Result<QList<Hold>>(holds));
    const EventSpace *space = m_space.event(entry->index);
    const qint64 now = m_space.clock()->nowMs();
    QMutexLocker lock(&m_holdsMutex);
    for (const QUuid &holdId : std::as_const(m_restoredHolds)) {
        const auto it = m_holds.constFind(holdId);
        if (it == m_holds.cend() || it->event != entry->index)
            continue;
        const HoldInfo info = space->holdInfo(it->hold);
        if (!info.live || info.holder != id || info.expiresAtMs <= now)
            continue;
        holds.append(holdFromInfo(*entry, it.key(), holder.trimmed(), info));
    }
    std::sort(holds.begin(), holds.end(),
              [](const Hold &a, const Hold &b) { return a.expiresAt < b.expiresAt; });
    return readyFuture(Result<QList<Hold>>(holds));
}

QFuture<Status> LocalBoxOffice::releaseHold(const QUuid &holdId, const QString &holder)
{
    const auto ref = findHold(holdId);
    const auto entry = ref ? m_catalog.byIndex(ref->event) : nullptr;
    if (!entry)
        return readyFuture(Status(ErrorCode::NotFound,
                                  tr("The hold no longer exists: it was released, sold or has expired.")));
    SpaceCommand command;
    command.op = SpaceOp::Release;
    command.event = entry->index;
    command.hold = ref->hold;
    command.holder = m_holders.find(holder.trimmed());
    Deferred<Status> deferred;
    const bool accepted =
        m_balancer->submit({command}, [this, deferred, entry, holdId](std::vector<SpaceResult> &&results) {
            const SpaceResult &r = results.front();
            if (r.ok) {
                QMutexLocker lock(&m_holdsMutex);
                m_holds.remove(holdId);
            }
            deferred.resolve(r.ok ? Status() : Status(describe(*entry, r)));
        });
    if (!accepted)
        deferred.resolve(
            Status(ErrorCode::ShuttingDown, tr("The box office is closing and accepts no more work.")));
    return deferred.future();
}

QFuture<Result<Order>> LocalBoxOffice::sell(const QUuid &holdId, const SaleRequest &sale)
{
    const auto ref = findHold(holdId);
    const auto entry = ref ? m_catalog.byIndex(ref->event) : nullptr;
    if (!entry)
        return readyFuture(Result<Order>(
            ErrorCode::NotFound, tr("The hold no longer exists: it was released, sold or has expired.")));
    if (!sale.customerEmail.isEmpty() && !isEmailAddress(sale.customerEmail))
        return readyFuture(Result<Order>(ErrorCode::InvalidInput,
                                         tr("\"%1\" is not an e-mail address.").arg(sale.customerEmail)));
    if (sale.customerName.size() > kMaxCustomerNameLength)
        return readyFuture(Result<Order>(ErrorCode::InvalidInput, tr("The customer name is too long.")));
    if (hasControlCharacters(sale.customerName))
        return readyFuture(
            Result<Order>(ErrorCode::InvalidInput, tr("The customer name contains a control character.")));
    if (Status ended = endedCheck(entry->event); !ended)
        return readyFuture(Result<Order>(ended.error()));
    const EventSpace *space = m_space.event(entry->index);
    const HoldInfo info = space->holdInfo(ref->hold);
    if (!info.live) {
        // Say how it ended: a second click on Sell is told the hold was sold, not that it expired.
        SpaceResult ended;
        ended.error = info.ended;
        return readyFuture(Result<Order>(describe(*entry, ended)));
    }

    // The order is made now and written by the data pump in the transaction of the sale.
    const QDateTime now = utc(m_space.clock()->nowMs());
    Order order;
    order.id = newTimeOrderedUuid();
    order.eventId = entry->event.id;
    order.payment = sale.payment;
    order.customerName = sale.customerName.trimmed();
    order.customerEmail = sale.customerEmail.trimmed();
    order.status = OrderStatus::Completed;
    order.createdAt = now;
    order.updatedAt = now;
    const bool free = sale.payment == PaymentMethod::Complimentary;
    auto addTicket = [&](const QUuid &seatId, const QUuid &areaId, const QString &label, qint64 price) {
        Ticket t;
        const qsizetype n = order.tickets.size();
        t.id = n < sale.ticketIds.size() && !sale.ticketIds[n].isNull() ? sale.ticketIds[n]
                                                                        : newTimeOrderedUuid();
        t.orderId = order.id;
        t.eventId = entry->event.id;
        t.seatId = seatId;
        t.standingAreaId = areaId;
        t.userId = sale.userId;
        t.seatLabel = label;
        t.priceCents = free ? 0 : price;
        t.status = TicketStatus::Confirmed;
        t.issuedAt = now;
        t.createdAt = now;
        t.updatedAt = now;
        order.totalCents += t.priceCents;
        order.tickets.append(t);
    };
    for (quint32 seat : info.seats)
        addTicket(entry->layout.seats[seat].id, {}, entry->layout.seats[seat].label(),
                  entry->seatPriceCents[seat]);
    if (info.standingArea != kNoIndex) {
        const StandingArea &area = entry->layout.standingAreas[info.standingArea];
        for (quint32 k = 0; k < info.quantity; ++k)
            addTicket({}, area.id, area.name, entry->standingPriceCents[info.standingArea]);
    }

    SpaceCommand command;
    command.op = SpaceOp::Sell;
    command.event = entry->index;
    command.hold = ref->hold;
    command.holder = m_holders.find(sale.holder.trimmed());
    Deferred<Result<Order>> deferred;
    std::vector<quint32> seats = info.seats;
    const bool expected = m_pump->expectSale(
        entry->index, ref->hold, order, [this, deferred, entry, seats](Result<Order> committed) {
            // Refused by the database: another process sold these seats. The pump has undone our
            // sale; show them as that process's sale now, not only when its notice arrives.
            if (!committed && committed.errorCode() == ErrorCode::SeatUnavailable && m_peerHolder != 0) {
                std::vector<quint32> changed;
                for (quint32 seat : seats) {
                    if (mirror(*entry, seat, SeatState::Sold, false))
                        changed.push_back(seat);
                }
                announceSeats(entry->index, std::move(changed));
            }
            deferred.resolve(std::move(committed));
        });
    if (!expected) {
        // A second sell of the same hold (a double click, a repeated request) while the first
        // is under way: the first one answers; this one changes nothing.
        return readyFuture(Result<Order>(
            ErrorCode::Conflict, tr("This hold is already being sold; wait for that sale to finish.")));
    }
    const bool accepted = m_balancer->submit(
        {command}, [this, deferred, entry, ref, holdId](std::vector<SpaceResult> &&results) {
            const SpaceResult &r = results.front();
            if (r.ok) {
                QMutexLocker lock(&m_holdsMutex);
                m_holds.remove(holdId);
                return; // the pump answers once the sale has committed
            }
            m_pump->withdrawSale(entry->index, ref->hold);
            deferred.resolve(describe(*entry, r));
        });
    if (!accepted) {
        m_pump->withdrawSale(entry->index, ref->hold);
        deferred.resolve(
            Error{ErrorCode::ShuttingDown, tr("The box office is closing and accepts no more work.")});
    }
    return deferred.future();
}

QFuture<Result<Order>> LocalBoxOffice::order(const QUuid &orderId)
{
    return m_store->run<Result<Order>>([orderId](Store &store) { return store.order(orderId); });
}

QFuture<Result<std::vector<std::pair<quint32, QUuid>>>> LocalBoxOffice::liveSeatTickets(const QUuid &eventId)
{
    using Tickets = Result<std::vector<std::pair<quint32, QUuid>>>;
    return m_store->run<Tickets>([eventId](Store &store) { return store.liveSeatTickets(eventId); });
}

QFuture<Result<QList<Order>>> LocalBoxOffice::findOrders(const QString &text)
{
    const QString query = text.trimmed();
    if (query.isEmpty())
        return readyFuture(Result<QList<Order>>(ErrorCode::InvalidInput,
                                                tr("Type an order id, a ticket id or a customer name.")));
    return m_store->run<Result<QList<Order>>>([query](Store &store) { return store.findOrders(query); });
}

QFuture<Result<Order>> LocalBoxOffice::cancelOrder(const QUuid &orderId, CancelKind kind)
{
    Deferred<Result<Order>> deferred;
    thenSafely(order(orderId), [this, deferred, kind](Result<Order> found) {
        if (!found) {
            deferred.resolve(found);
            return;
        }
        QList<QUuid> live;
        for (const Ticket &t : found->tickets) {
            if (t.status == TicketStatus::Confirmed)
                live.append(t.id);
        }
        if (live.isEmpty()) {
            deferred.resolve(Result<Order>(ErrorCode::AlreadyCancelled,
                                           tr("Every ticket of this order is cancelled already.")));
            return;
        }
        thenSafely(cancelWithinOrder(*found, live, kind),
                   [deferred](Result<Order> r) { deferred.resolve(std::move(r)); });
    });
    return deferred.future();
}

QFuture<Result<Order>> LocalBoxOffice::cancelTickets(const QList<QUuid> &ticketIds, CancelKind kind)
{
    if (ticketIds.isEmpty())
        return readyFuture(
            Result<Order>(ErrorCode::InvalidInput, tr("Choose at least one ticket to cancel.")));
    Deferred<Result<Order>> deferred;
    const QUuid first = ticketIds.front();
    thenSafely(m_store->run<Result<Order>>([first](Store &store) { return store.orderOfTicket(first); }),
               [this, deferred, ticketIds, kind](Result<Order> found) {
                   if (!found) {
                       deferred.resolve(found);
                       return;
                   }
                   thenSafely(cancelWithinOrder(*found, ticketIds, kind),
                              [deferred](Result<Order> r) { deferred.resolve(std::move(r)); });
               });
    return deferred.future();
}

QFuture<Result<Order>> LocalBoxOffice::cancelWithinOrder(const Order &order, const QList<QUuid> &ticketIds,
                                                         CancelKind kind)
{
    const bool refund = kind == CancelKind::Refund;
    const auto entry = m_catalog.byId(order.eventId);
    if (!entry)
        return readyFuture(
            Result<Order>(ErrorCode::NotFound, tr("The event of this order no longer exists.")));
    const EventSpace *space = m_space.event(entry->index);
    QSet<QUuid> wanted(ticketIds.begin(), ticketIds.end());
    if (wanted.size() != ticketIds.size())
        return readyFuture(Result<Order>(ErrorCode::InvalidInput, tr("A ticket is named twice.")));
    std::vector<SpaceCommand> commands;
    SpaceCommand seats;
    seats.op = SpaceOp::Cancel;
    seats.event = entry->index;
    std::map<quint32, SpaceCommand> standing;
    for (const Ticket &t : order.tickets) {
        if (!wanted.remove(t.id))
            continue;
        if (t.status == TicketStatus::Cancelled)
            return readyFuture(Result<Order>(ErrorCode::AlreadyCancelled,
                                             tr("Ticket %1 is cancelled already.").arg(uuidText(t.id))));
        if (!t.seatId.isNull()) {
            const quint32 seat = entry->seatIndexById.value(t.seatId, kNoIndex);
            if (seat == kNoIndex || space->seatState(seat) != SeatState::Sold)
                return readyFuture(Result<Order>(
                    ErrorCode::NotSold, tr("The seat of ticket %1 is not sold.").arg(uuidText(t.id))));
            seats.seats.append(seat);
            seats.hold = space->seatHold(seat); // the sale the seat belongs to
        } else {
            const quint32 area = entry->standingIndexById.value(t.standingAreaId, kNoIndex);
            if (area == kNoIndex)
                return readyFuture(Result<Order>(
                    ErrorCode::NotFound,
                    tr("The standing area of ticket %1 no longer exists.").arg(uuidText(t.id))));
            SpaceCommand &c = standing[area];
            c.op = SpaceOp::CancelStanding;
            c.event = entry->index;
            c.standingArea = area;
            ++c.quantity;
        }
    }
    if (!wanted.isEmpty())
        return readyFuture(Result<Order>(
            ErrorCode::InvalidInput,
            tr("Ticket %1 is not part of order %2.").arg(uuidText(*wanted.begin()), uuidText(order.id))));
    // Tell the pump which tickets these cancellations are, keyed as the space will report them,
    // and take it back for a command the space refuses.
    std::vector<QList<QUuid>> expected; // per command
    if (!seats.seats.isEmpty()) {
        QList<QUuid> ids;
        for (const Ticket &t : order.tickets) {
            if (!t.seatId.isNull() && ticketIds.contains(t.id))
                ids.append(t.id);
        }
        m_pump->expectCancellation(entry->index, seats.hold, ids, refund);
        expected.push_back(ids);
        commands.push_back(seats);
    }
    for (auto &[area, c] : standing) {
        c.hold = (quint64(1) << 63) | m_cancelToken.fetch_add(1); // a key, not a hold
        QList<QUuid> ids;
        for (const Ticket &t : order.tickets) {
            if (t.standingAreaId == entry->layout.standingAreas[area].id && ticketIds.contains(t.id))
                ids.append(t.id);
        }
        m_pump->expectCancellation(entry->index, c.hold, ids, refund);
        expected.push_back(ids);
        commands.push_back(c);
    }
    std::vector<HoldId> keys;
    for (const SpaceCommand &c : commands)
        keys.push_back(c.hold);
    Deferred<Result<Order>> deferred;
    const QUuid orderId = order.id;
    const bool accepted =
        m_balancer->submit(std::move(commands), [this, deferred, entry, orderId, keys,
                                                 expected](std::vector<SpaceResult> &&results) {
            quint64 last = 0;
            std::optional<Error> refused;
            for (size_t i = 0; i < results.size(); ++i) {
                const SpaceResult &r = results[i];
                if (!r.ok) {
                    m_pump->withdrawCancellation(entry->index, keys[i], expected[i]);
                    if (!refused)
                        refused = describe(*entry, r);
                    continue;
                }
                last = std::max(last, r.sequence);
            }
            if (refused) {
                deferred.resolve(*refused);
                return;
            }
            m_pump->whenCommitted(entry->index, last, [this, deferred, orderId](Status committed) {
                if (!committed) {
                    deferred.resolve(committed.error());
                    return;
                }
                thenSafely(this->order(orderId),
                           [deferred](Result<Order> r) { deferred.resolve(std::move(r)); });
            });
        });
    if (!accepted) {
        for (size_t i = 0; i < keys.size(); ++i)
            m_pump->withdrawCancellation(entry->index, keys[i], expected[i]);
        deferred.resolve(
            Error{ErrorCode::ShuttingDown, tr("The box office is closing and accepts no more work.")});
    }
    return deferred.future();
}

} // namespace tessera
