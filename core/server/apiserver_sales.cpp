// Hold, sale and ticket routes of the API server.

#include "core/common/ids.h"
#include "core/domain/json.h"
#include "core/server/apiserver.h"
#include "core/server/apiserver_p.h"
#include "core/server/seatjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tessera {

using namespace api;

namespace {

constexpr int kMaxSeatsPerHold = 1000;
constexpr qint64 kMaxTtlSeconds = 3600;

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

} // namespace

QString ApiServer::holderFor(const Principal &principal)
{
    return u"clerk:"_s + principal.username;
}

QFuture<ApiReply> ApiServer::holdAnswer(QFuture<Result<Hold>> hold, int status)
{
    return answer(std::move(hold), [status](Hold h) { return jsonReply(status, holdAnswerJson(h)); });
}

void ApiServer::registerSalesRoutes()
{
    addRoute(
        "POST", u"/api/v1/events/{id}/holds"_s, Access::Clerk,
        [this](const ApiRequest &request) {
            Result<QUuid> id = idParam(request, 0, u"id"_s);
            if (!id)
                return ready(id.error());
            Result<QJsonObject> body =
                jsonBody(request, {u"seat_ids"_s, u"standing_area_id"_s, u"quantity"_s, u"ttl_s"_s});
            if (!body)
                return ready(body.error());
            Result<std::optional<qint64>> ttl = optionalInteger(*body, u"ttl_s"_s, 0, kMaxTtlSeconds);
            if (!ttl)
                return ready(ttl.error());
            if (body->contains(u"standing_area_id"_s)) {
                Result<QUuid> area = requiredUuid(*body, u"standing_area_id"_s);
                Result<qint64> quantity = requiredInteger(*body, u"quantity"_s, 1, 10000);
                if (!area)
                    return ready(area.error());
                if (!quantity)
                    return ready(quantity.error());
                StandingHoldRequest hold{*id, *area, int(*quantity), holderFor(request.principal),
                                         int(ttl->value_or(0))};
                return holdAnswer(m_office.holdStanding(hold), 201);
            }
            Result<QList<QUuid>> seats = requiredUuidList(*body, u"seat_ids"_s, kMaxSeatsPerHold);
            if (!seats)
                return ready(seats.error());
            SeatHoldRequest hold{*id, *seats, holderFor(request.principal), int(ttl->value_or(0))};
            return holdAnswer(m_office.holdSeats(hold), 201);
        },
        Idempotent::Yes);
    addRoute(
        "POST", u"/api/v1/events/{id}/best-available"_s, Access::Clerk,
        [this](const ApiRequest &request) {
            Result<QUuid> id = idParam(request, 0, u"id"_s);
            if (!id)
                return ready(id.error());
            Result<QJsonObject> body =
                jsonBody(request, {u"quantity"_s, u"category"_s, u"together"_s, u"ttl_s"_s});
            if (!body)
                return ready(body.error());
            Result<qint64> quantity = requiredInteger(*body, u"quantity"_s, 1, 100);
            Result<std::optional<QString>> category = optionalString(*body, u"category"_s, 32);
            Result<std::optional<bool>> together = optionalBool(*body, u"together"_s);
            Result<std::optional<qint64>> ttl = optionalInteger(*body, u"ttl_s"_s, 0, kMaxTtlSeconds);
            for (const Error *error :
                 {quantity ? nullptr : &quantity.error(), category ? nullptr : &category.error(),
                  together ? nullptr : &together.error(), ttl ? nullptr : &ttl.error()}) {
                if (error)
                    return ready(*error);
            }
            BestAvailableRequest hold{*id, int(*quantity), category->value_or(QString()),
                                      holderFor(request.principal), int(ttl->value_or(0))};
            return holdAnswer(m_office.holdBestAvailable(hold), 201);
        },
        Idempotent::Yes);
    addRoute("POST", u"/api/v1/holds/{id}/extend"_s, Access::Clerk, [this](const ApiRequest &request) {
        Result<QUuid> id = idParam(request, 0, u"id"_s);
        if (!id)
            return ready(id.error());
        Result<QJsonObject> body = jsonBody(request, {u"ttl_s"_s}, true);
        if (!body)
            return ready(body.error());
        Result<std::optional<qint64>> ttl = optionalInteger(*body, u"ttl_s"_s, 0, kMaxTtlSeconds);
        if (!ttl)
            return ready(ttl.error());
        return holdAnswer(m_office.extendHold(*id, holderFor(request.principal), int(ttl->value_or(0))), 200);
    });
    addRoute("DELETE", u"/api/v1/holds/{id}"_s, Access::Clerk, [this](const ApiRequest &request) {
        Result<QUuid> id = idParam(request, 0, u"id"_s);
        if (!id)
            return ready(id.error());
        return answer(m_office.releaseHold(*id, holderFor(request.principal)), noContentReply());
    });
    addRoute(
        "POST", u"/api/v1/holds/{id}/sell"_s, Access::Clerk,
        [this](const ApiRequest &request) {
            Result<QUuid> id = idParam(request, 0, u"id"_s);
            if (!id)
                return ready(id.error());
            Result<QJsonObject> body = jsonBody(request, {u"payment_method"_s, u"customer"_s}, true);
            if (!body)
                return ready(body.error());
            SaleRequest sale;
            sale.holder = holderFor(request.principal);
            Result<std::optional<QString>> payment = optionalString(*body, u"payment_method"_s, 32);
            if (!payment)
                return ready(payment.error());
            if (payment->has_value()) {
                const auto method = fromWireName<PaymentMethod>(**payment);
                if (!method)
                    return ready(Error{ErrorCode::InvalidInput,
                                       u"payment_method: one of cash, card, complimentary"_s});
                sale.payment = *method;
            }
            const QJsonValue customer = body->value(u"customer"_s);
            if (!customer.isUndefined() && !customer.isNull()) {
                if (!customer.isObject())
                    return ready(
                        Error{ErrorCode::InvalidInput, u"customer: must be an object {name, email}"_s});
                const QJsonObject c = customer.toObject();
                if (Status ok = onlyFields(c, {u"name"_s, u"email"_s, u"user_id"_s}); !ok)
                    return ready(Error{ErrorCode::InvalidInput, u"customer."_s + ok.error().message});
                Result<std::optional<QString>> name = optionalString(c, u"name"_s, kMaxCustomerNameLength);
                Result<std::optional<QString>> email = optionalString(c, u"email"_s, 254);
                Result<std::optional<QUuid>> user = optionalUuid(c, u"user_id"_s);
                for (const Error *error : {name ? nullptr : &name.error(), email ? nullptr : &email.error(),
                                           user ? nullptr : &user.error()}) {
                    if (error)
                        return ready(Error{ErrorCode::InvalidInput, u"customer."_s + error->message});
                }
                sale.customerName = name->value_or(QString());
                sale.customerEmail = email->value_or(QString());
                sale.userId = user->value_or(QUuid());
            }
            return answer(m_office.sell(*id, sale), [](Order order) {
                QJsonArray tickets;
                for (const Ticket &ticket : std::as_const(order.tickets))
                    tickets.append(toJson(ticket));
                return jsonReply(201, QJsonObject{{u"order"_s, toJson(order)}, {u"tickets"_s, tickets}});
            });
        },
        Idempotent::Yes);
}

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
        return ready(jsonReply(200, jsonArray(m_tickets.ofUser(*user))));
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
    return answer(std::move(hold), [this, ticket, holder, clock](Hold held) mutable {
        const QDateTime now = nowUtc(clock);
        ticket.issuedAt = now;
        ticket.createdAt = now;
        ticket.updatedAt = now;
        ticket.expiresAt = held.expiresAt;
        m_tickets.insert(TicketRegistry::Entry{ticket, held.id, holder});
        return jsonReply(201, toJson(ticket));
    });
}

QFuture<ApiReply> ApiServer::confirmTicket(const ApiRequest &request)
{
    Result<QUuid> id = idParam(request, 0, u"id"_s);
    if (!id)
        return ready(id.error());
    const std::optional<TicketRegistry::Entry> entry = m_tickets.find(*id);
    if (!entry || !mayActFor(request.principal, entry->ticket.userId))
        return ready(Error{ErrorCode::NotFound, tr("No reserved ticket %1.").arg(request.params.value(0))});
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
    return thenSafely(
        m_office.sell(entry->holdId, sale), QtFuture::Launch::Sync,
        [this, ticket, clock](Result<Order> sold) mutable {
            m_tickets.endConfirm(ticket.id);
            if (!sold) {
                if (sold.errorCode() == ErrorCode::NotFound || sold.errorCode() == ErrorCode::HoldExpired) {
                    ticket.status = TicketStatus::Cancelled;
                    ticket.updatedAt = nowUtc(clock);
                    m_tickets.update(ticket);
                    return errorReply(Error{ErrorCode::HoldExpired,
                                            tr("The reservation expired before it was confirmed.")});
                }
                return errorReply(sold.error());
            }
            ticket.status = TicketStatus::Confirmed;
            ticket.orderId = sold->id;
            ticket.expiresAt = QDateTime();
            ticket.updatedAt = nowUtc(clock);
            m_tickets.update(ticket);
            return jsonReply(200, toJson(ticket));
        });
}

QFuture<ApiReply> ApiServer::cancelTicket(const ApiRequest &request)
{
    Result<QUuid> id = idParam(request, 0, u"id"_s);
    if (!id)
        return ready(id.error());
    const std::optional<TicketRegistry::Entry> entry = m_tickets.find(*id);
    if (!entry) {
        // A ticket sold at the box office: clerks may cancel it.
        if (request.principal.role == Role::Customer)
            return ready(Error{ErrorCode::NotFound, tr("No ticket %1.").arg(request.params.value(0))});
        const QUuid ticketId = *id;
        return answer(m_office.cancelTickets({ticketId}, CancelKind::Cancel), [ticketId](Order order) {
            for (const Ticket &t : std::as_const(order.tickets)) {
                if (t.id == ticketId)
                    return jsonReply(200, toJson(t));
            }
            return jsonReply(200, toJson(order));
        });
    }
    if (!mayActFor(request.principal, entry->ticket.userId))
        return ready(Error{ErrorCode::NotFound, tr("No ticket %1.").arg(request.params.value(0))});
    Ticket ticket = entry->ticket;
    Clock *clock = m_options.clock;
    auto cancelled = [this, ticket, clock]() mutable {
        ticket.status = TicketStatus::Cancelled;
        ticket.expiresAt = QDateTime();
        ticket.updatedAt = nowUtc(clock);
        m_tickets.update(ticket);
        return jsonReply(200, toJson(ticket));
    };
    switch (entry->ticket.status) {
    case TicketStatus::Cancelled:
        return ready(Error{ErrorCode::AlreadyCancelled, tr("The ticket was cancelled already.")});
    case TicketStatus::Reserved:
        // Its sale may be waiting for the database: releasing the hold now would find it gone
        // and call the ticket void while the sale commits.
        if (entry->confirming)
            return ready(Error{ErrorCode::Conflict,
                               tr("The ticket is being confirmed; cancel it once that has finished.")});
        return thenSafely(m_office.releaseHold(entry->holdId, entry->holder), QtFuture::Launch::Sync,
                          [cancelled](Status released) mutable {
                              // A hold that is gone (expired) leaves nothing to free: the ticket is void
                              // either way.
                              if (!released && released.errorCode() != ErrorCode::NotFound
                                  && released.errorCode() != ErrorCode::HoldExpired)
                                  return errorReply(released.error());
                              return cancelled();
                          });
    case TicketStatus::Confirmed:
        break;
    }
    return answer(m_office.cancelTickets({ticket.id}, CancelKind::Cancel),
                  [cancelled](Order) mutable { return cancelled(); });
}

QFuture<ApiReply> ApiServer::ticket(const ApiRequest &request)
{
    Result<QUuid> id = idParam(request, 0, u"id"_s);
    if (!id)
        return ready(id.error());
    const QString missing = tr("No ticket %1.").arg(request.params.value(0));
    if (std::optional<TicketRegistry::Entry> entry = m_tickets.find(*id)) {
        if (!mayActFor(request.principal, entry->ticket.userId))
            return ready(Error{ErrorCode::NotFound, missing});
        Ticket ticket = entry->ticket;
        if (ticket.status == TicketStatus::Reserved && ticket.expiresAt <= nowUtc(m_options.clock))
            ticket.status = TicketStatus::Cancelled; // the reservation lapsed
        return ready(jsonReply(200, toJson(ticket)));
    }
    const QUuid ticketId = *id;
    const Principal principal = request.principal;
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
}

} // namespace tessera
