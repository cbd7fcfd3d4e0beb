// Ticket routes of the API server: tickets bought through POST /tickets/purchase (a hold of
// one place for one user, confirmed by selling it), kept in the server journal when there is one.

#include "core/common/ids.h"
#include "core/domain/json.h"
#include "core/server/apiserver.h"
#include "core/server/apiserver_p.h"
#include "core/server/serverjournal.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tessera {

using namespace api;

namespace {

QString userHolder(const QUuid &userId)
{
    return u"user:"_s + userId.toString(QUuid::WithoutBraces);
}

/// A customer may act only for themselves; clerks and admins for anyone.
Status mayActFor(const Principal &principal, const QUuid &userId)
{
    if (principal.role == Role::Customer && principal.userId != userId)
        return Error{ErrorCode::Forbidden,
                     QCoreApplication::translate("tessera::ApiServer",
                                                 "A customer may act only for their own user id.")};
    return {};
}

QDateTime nowUtc(Clock *clock)
{
    return QDateTime::fromMSecsSinceEpoch(clock->nowMs(), Qt::UTC);
}

/// A reservation whose hold has lapsed reads as cancelled.
Ticket lapsed(Ticket ticket, Clock *clock)
{
    if (ticket.status == TicketStatus::Reserved && ticket.expiresAt <= nowUtc(clock))
        ticket.status = TicketStatus::Cancelled;
    return ticket;
}

QList<Ticket> lapsed(QList<Ticket> tickets, Clock *clock)
{
    for (Ticket &ticket : tickets)
        ticket = lapsed(std::move(ticket), clock);
    return tickets;
}

Error unreadable(const Error &error)
{
    qWarning("tessera-server: reading reserved tickets: %s", qPrintable(error.message));
    return Error{ErrorCode::StoreUnavailable,
                 QCoreApplication::translate("tessera::ApiServer",
                                             "The tickets cannot be read from the database; try again.")};
}

/// A reservation whose hold this server does not have, before the hold's expiry: another
/// server on the same database keeps it (or kept it before this one restarted).
Error heldElsewhere()
{
    return Error{ErrorCode::Conflict, QCoreApplication::translate(
                                          "tessera::ApiServer",
                                          "The reservation's hold is kept by another server on the same "
                                          "database; confirm or cancel it there, or wait until it expires.")};
}

TicketRegistry::Entry entryOf(const ReservedTicket &reserved)
{
    return TicketRegistry::Entry{reserved.ticket, reserved.holdId, reserved.holder};
}

ReservedTicket reservedOf(const TicketRegistry::Entry &entry)
{
    return ReservedTicket{entry.ticket, entry.holdId, entry.holder};
}

} // namespace

void ApiServer::registerTicketRoutes()
{
    addRoute(
        "POST", u"/api/v1/tickets/purchase"_s, Access::Customer,
        [this](const ApiRequest &r) { return purchase(r); }, Idempotent::Yes);
    addRoute(
        "POST", u"/api/v1/tickets/{id}/confirm"_s, Access::Customer,
        [this](const ApiRequest &r) { return confirmTicket(r); }, Idempotent::Yes);
    addRoute(
        "POST", u"/api/v1/tickets/{id}/cancel"_s, Access::Customer,
        [this](const ApiRequest &r) { return cancelTicket(r); }, Idempotent::Yes);
    addRoute("GET", u"/api/v1/tickets/{id}"_s, Access::Customer,
             [this](const ApiRequest &r) { return ticket(r); });
    addRoute("GET", u"/api/v1/tickets/user/{user_id}"_s, Access::Customer, [this](const ApiRequest &request) {
        Result<QUuid> user = idParam(request, 0, u"user_id"_s);
        if (!user)
            return ready(user.error());
        if (Status ok = mayActFor(request.principal, *user); !ok)
            return ready(ok.error());
        Clock *clock = m_options.clock;
        if (!m_options.journal)
            return ready(jsonReply(200, jsonArray(lapsed(m_tickets.ofUser(*user), clock))));
        return thenSafely(m_options.journal->ticketsOfUser(*user), QtFuture::Launch::Sync,
                          [clock](const Result<QList<ReservedTicket>> &found) {
                              if (!found)
                                  return errorReply(unreadable(found.error()));
                              QList<Ticket> tickets;
                              tickets.reserve(found->size());
                              for (const ReservedTicket &reserved : *found)
                                  tickets.append(reserved.ticket);
                              return jsonReply(200, jsonArray(lapsed(std::move(tickets), clock)));
                          });
    });
}

QFuture<ApiReply> ApiServer::purchase(const ApiRequest &request)
{
    Result<QJsonObject> body =
        jsonBody(request, {u"event_id"_s, u"user_id"_s, u"session_id"_s, u"seat_id"_s});
    if (!body)
        return ready(body.error());
    Result<QUuid> eventId = requiredUuid(*body, u"event_id"_s);
    Result<QUuid> userId = requiredUuid(*body, u"user_id"_s);
    Result<std::optional<QUuid>> sessionId = optionalUuid(*body, u"session_id"_s);
    Result<std::optional<QUuid>> seatId = optionalUuid(*body, u"seat_id"_s);
    for (const Error *error :
         {eventId ? nullptr : &eventId.error(), userId ? nullptr : &userId.error(),
          sessionId ? nullptr : &sessionId.error(), seatId ? nullptr : &seatId.error()}) {
        if (error)
            return ready(*error);
    }
    if (Status ok = mayActFor(request.principal, *userId); !ok)
        return ready(ok.error());
    const auto entry = m_office.catalogEntry(*eventId);
    if (!entry)
        return ready(
            Error{ErrorCode::NotFound, tr("No event %1.").arg(eventId->toString(QUuid::WithoutBraces))});

    Ticket ticket;
    ticket.id = newUuid();
    ticket.eventId = *eventId;
    ticket.userId = *userId;
    ticket.status = TicketStatus::Reserved;
    const QString holder = userHolder(*userId);
    QFuture<Result<Hold>> hold;
    if (seatId->has_value()) {
        const auto index = entry->seatIndexById.constFind(**seatId);
        if (index == entry->seatIndexById.cend())
            return ready(
                Error{ErrorCode::NotFound,
                      tr("No seat %1 in this event.").arg((*seatId)->toString(QUuid::WithoutBraces))});
        ticket.seatId = **seatId;
        ticket.seatLabel = entry->layout.seatLabel(*index);
        ticket.priceCents = entry->seatPriceCents[*index];
        hold = m_office.holdSeats(SeatHoldRequest{
            *eventId, {**seatId}, holder, 0, SalesChannel::Online, sessionId->value_or(QUuid())});
    } else {
        if (entry->layout.standingAreas.isEmpty())
            return ready(Error{ErrorCode::InvalidInput, u"seat_id: required for a seated event"_s});
        // The first standing area with a free place.
        const EventSpace *space = m_office.seatSpace(*eventId);
        qsizetype chosen = 0;
        for (qsizetype a = 0; space && a < entry->layout.standingAreas.size(); ++a) {
            if (space->standing(quint32(a)).available() > 0) {
                chosen = a;
                break;
            }
        }
        const StandingArea &area = entry->layout.standingAreas.at(chosen);
        ticket.standingAreaId = area.id;
        ticket.seatLabel = area.name;
        ticket.priceCents = entry->standingPriceCents[size_t(chosen)];
        hold = m_office.holdStanding(StandingHoldRequest{*eventId, area.id, 1, holder, 0,
                                                         SalesChannel::Online, sessionId->value_or(QUuid())});
    }
    Clock *clock = m_options.clock;
    return thenSafelyOn(
        std::move(hold), this, [this, ticket, holder, clock](Result<Hold> held) mutable -> QFuture<ApiReply> {
            if (!held)
                return ready(held.error());
            const QDateTime now = nowUtc(clock);
            ticket.issuedAt = now;
            ticket.createdAt = now;
            ticket.updatedAt = now;
            ticket.expiresAt = held->expiresAt;
            const TicketRegistry::Entry entry{ticket, held->id, holder};
            m_tickets.insert(entry);
            const ApiReply created = jsonReply(201, toJson(ticket));
            if (!m_options.journal)
                return ready(created);
            // The reservation is on disk before the client has its id.
            const QUuid holdId = held->id;
            return thenSafely(
                m_options.journal->saveTicket(reservedOf(entry)), this,
                [this, created, ticketId = ticket.id, holdId, holder](const Status &saved) {
                    if (saved)
                        return created;
                    qWarning("tessera-server: keeping a reserved ticket: %s",
                             qPrintable(saved.error().message));
                    m_tickets.remove(ticketId);
                    thenSafely(m_office.releaseHold(holdId, holder), QtFuture::Launch::Sync,
                               [](const Status &released) {
                                   if (!released)
                                       qWarning("tessera-server: releasing the hold of an unrecorded ticket: "
                                                "%s (it lapses at its expiry)",
                                                qPrintable(released.error().message));
                               });
                    return errorReply(Error{ErrorCode::StoreUnavailable,
                                            tr("The ticket could not be recorded, so nothing was reserved; "
                                               "try again.")});
                });
        });
}

QFuture<ApiReply> ApiServer::withTicket(const QUuid &ticketId, TicketUse use, TicketSource source)
{
    if (!m_options.journal)
        return use(m_tickets.find(ticketId));
    return thenSafelyOn(m_options.journal->ticket(ticketId), this,
                        [this, use = std::move(use),
                         source](const Result<std::optional<ReservedTicket>> &found) -> QFuture<ApiReply> {
                            if (!found)
                                return ready(unreadable(found.error()));
                            if (!found->has_value())
                                return use(std::nullopt);
                            const TicketRegistry::Entry stored = entryOf(**found);
                            return use(source == TicketSource::Database ? m_tickets.refresh(stored) : stored);
                        });
}

bool ApiServer::holdsAreShared() const
{
    return m_options.journal && m_options.journal->sharedDatabase();
}

QFuture<ApiReply> ApiServer::keepTicket(const Ticket &ticket, ApiReply reply)
{
    m_tickets.update(ticket);
    const std::optional<TicketRegistry::Entry> entry = m_tickets.find(ticket.id);
    if (!m_options.journal || !entry)
        return ready(std::move(reply));
    return thenSafely(m_options.journal->saveTicket(reservedOf(*entry)), QtFuture::Launch::Sync,
                      [reply](const Status &saved) {
                          // The box office has done the work: the answer stands. A restarted server
                          // then finds the hold gone and calls the reservation void all the same.
                          if (!saved)
                              qWarning("tessera-server: keeping a ticket's state: %s",
                                       qPrintable(saved.error().message));
                          return reply;
                      });
}

QFuture<ApiReply> ApiServer::confirmTicket(const ApiRequest &request)
{
    Result<QUuid> id = idParam(request, 0, u"id"_s);
    if (!id)
        return ready(id.error());
    const Principal principal = request.principal;
    const QString missing = tr("No reserved ticket %1.").arg(request.params.value(0));
    return withTicket(
        *id,
        [this, principal, missing](std::optional<TicketRegistry::Entry> entry) {
            if (!entry || !mayActFor(principal, entry->ticket.userId))
                return ready(Error{ErrorCode::NotFound, missing});
            if (entry->ticket.status == TicketStatus::Confirmed)
                return ready(Error{ErrorCode::Conflict, tr("The ticket is confirmed already.")});
            if (entry->ticket.status == TicketStatus::Cancelled)
                return ready(Error{ErrorCode::AlreadyCancelled, tr("The ticket was cancelled.")});
            if (!m_tickets.beginConfirm(entry->ticket.id))
                return ready(Error{ErrorCode::Conflict, tr("The ticket is being confirmed already.")});
            SaleRequest sale;
            sale.holder = entry->holder;
            sale.payment = PaymentMethod::Card;
            sale.userId = entry->ticket.userId;
            sale.ticketIds = {entry->ticket.id};
            Clock *clock = m_options.clock;
            Ticket ticket = entry->ticket;
            return thenSafelyUnwrapped(
                m_office.sell(entry->holdId, sale), QtFuture::Launch::Sync,
                [this, ticket, clock](Result<Order> sold) mutable -> QFuture<ApiReply> {
                    m_tickets.endConfirm(ticket.id);
                    if (!sold) {
                        if (sold.errorCode() == ErrorCode::NotFound && ticket.expiresAt > nowUtc(clock)
                            && holdsAreShared())
                            return ready(heldElsewhere());
                        if (sold.errorCode() == ErrorCode::NotFound
                            || sold.errorCode() == ErrorCode::HoldExpired) {
                            ticket.status = TicketStatus::Cancelled;
                            ticket.expiresAt = QDateTime();
                            ticket.updatedAt = nowUtc(clock);
                            return keepTicket(ticket, errorReply(Error{ErrorCode::HoldExpired,
                                                                       tr("The reservation expired before it "
                                                                          "was confirmed.")}));
                        }
                        return ready(sold.error());
                    }
                    // The sold ticket in the database is the journal's truth from now on.
                    ticket.status = TicketStatus::Confirmed;
                    ticket.orderId = sold->id;
                    ticket.expiresAt = QDateTime();
                    ticket.updatedAt = nowUtc(clock);
                    m_tickets.update(ticket);
                    return ready(jsonReply(200, toJson(ticket)));
                });
        },
        TicketSource::Database);
}

QFuture<ApiReply> ApiServer::cancelTicket(const ApiRequest &request)
{
    Result<QUuid> id = idParam(request, 0, u"id"_s);
    if (!id)
        return ready(id.error());
    const Principal principal = request.principal;
    const QString missing = tr("No ticket %1.").arg(request.params.value(0));
    const QUuid ticketId = *id;
    return withTicket(
        ticketId,
        [this, principal, missing,
         ticketId](std::optional<TicketRegistry::Entry> entry) -> QFuture<ApiReply> {
            if (!entry) {
                // A ticket sold at the box office: clerks may cancel it.
                if (principal.role == Role::Customer)
                    return ready(Error{ErrorCode::NotFound, missing});
                return answer(m_office.cancelTickets({ticketId}, CancelKind::Cancel),
                              [ticketId](Order order) {
                                  for (const Ticket &t : std::as_const(order.tickets)) {
                                      if (t.id == ticketId)
                                          return jsonReply(200, toJson(t));
                                  }
                                  return jsonReply(200, toJson(order));
                              });
            }
            if (!mayActFor(principal, entry->ticket.userId))
                return ready(Error{ErrorCode::NotFound, missing});
            Ticket ticket = entry->ticket;
            ticket.status = TicketStatus::Cancelled;
            ticket.expiresAt = QDateTime();
            ticket.updatedAt = nowUtc(m_options.clock);
            switch (entry->ticket.status) {
            case TicketStatus::Cancelled:
                return ready(Error{ErrorCode::AlreadyCancelled, tr("The ticket was cancelled already.")});
            case TicketStatus::Reserved:
                // Its sale may be waiting for the database: releasing the hold now would find it gone
                // and call the ticket void while the sale commits.
                if (entry->confirming)
                    return ready(
                        Error{ErrorCode::Conflict,
                              tr("The ticket is being confirmed; cancel it once that has finished.")});
                return thenSafelyUnwrapped(m_office.releaseHold(entry->holdId, entry->holder),
                                           QtFuture::Launch::Sync,
                                           [this, ticket, expiresAt = entry->ticket.expiresAt](
                                               Status released) -> QFuture<ApiReply> {
                                               // A hold that is gone (expired) leaves nothing to free: the
                                               // ticket is void either way. One not found before its expiry
                                               // is kept by another server.
                                               if (!released && released.errorCode() == ErrorCode::NotFound
                                                   && expiresAt > nowUtc(m_options.clock) && holdsAreShared())
                                                   return ready(heldElsewhere());
                                               if (!released && released.errorCode() != ErrorCode::NotFound
                                                   && released.errorCode() != ErrorCode::HoldExpired)
                                                   return ready(released.error());
                                               return keepTicket(ticket, jsonReply(200, toJson(ticket)));
                                           });
            case TicketStatus::Confirmed:
                break;
            }
            // The cancelled ticket in the database is the journal's truth.
            return answer(m_office.cancelTickets({ticket.id}, CancelKind::Cancel), [this, ticket](Order) {
                m_tickets.update(ticket);
                return jsonReply(200, toJson(ticket));
            });
        },
        TicketSource::Database);
}

QFuture<ApiReply> ApiServer::ticket(const ApiRequest &request)
{
    Result<QUuid> id = idParam(request, 0, u"id"_s);
    if (!id)
        return ready(id.error());
    const QString missing = tr("No ticket %1.").arg(request.params.value(0));
    const Principal principal = request.principal;
    const QUuid ticketId = *id;
    Clock *clock = m_options.clock;
    return withTicket(
        ticketId,
        [this, principal, missing, ticketId, clock](std::optional<TicketRegistry::Entry> entry) {
            if (entry) {
                if (!mayActFor(principal, entry->ticket.userId))
                    return ready(Error{ErrorCode::NotFound, missing});
                return ready(jsonReply(200, toJson(lapsed(entry->ticket, clock))));
            }
            return answer(m_office.findOrders(ticketId.toString(QUuid::WithoutBraces)),
                          [ticketId, principal, missing](QList<Order> orders) {
                              for (const Order &order : std::as_const(orders)) {
                                  for (const Ticket &t : order.tickets) {
                                      if (t.id == ticketId && mayActFor(principal, t.userId))
                                          return jsonReply(200, toJson(t));
                                  }
                              }
                              return errorReply(Error{ErrorCode::NotFound, missing});
                          });
        },
        TicketSource::Lookup);
}

} // namespace tessera
