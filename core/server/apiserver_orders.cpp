// Routes the desktop's remote mode needs beyond the ticketing-service API: order lookup and
// cancellation, the live ticket of each sold seat, seat blocks, leaving and configuring a waiting room.

#include "core/domain/json.h"
#include "core/server/apiserver.h"
#include "core/server/apiserver_p.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tessera {

using namespace api;

namespace {

constexpr int kMaxIdsPerRequest = 1000;

/// {"kind": "cancel"|"refund"} (default cancel).
Result<CancelKind> cancelKindFrom(const QJsonObject &body)
{
    Result<std::optional<QString>> kind = optionalString(body, u"kind"_s, 16);
    if (!kind)
        return kind.error();
    const QString name = kind->value_or(u"cancel"_s);
    if (name == u"cancel")
        return CancelKind::Cancel;
    if (name == u"refund")
        return CancelKind::Refund;
    return Error{ErrorCode::InvalidInput, u"kind: one of cancel, refund"_s};
}

ApiReply orderReply(const Order &order)
{
    return jsonReply(200, toJson(order));
}

} // namespace

void ApiServer::registerOrderRoutes()
{
    addRoute("GET", u"/api/v1/orders"_s, Access::Clerk, [this](const ApiRequest &request) {
        const QString text = request.query.queryItemValue(u"q"_s, QUrl::FullyDecoded).trimmed();
        if (text.isEmpty() || text.size() > 254)
            return ready(Error{ErrorCode::InvalidInput, u"q: an order id, ticket id, name or e-mail"_s});
        return answer(m_office.findOrders(text), [](QList<Order> orders) {
            return jsonReply(200, QJsonObject{{u"orders"_s, jsonArray(orders)}});
        });
    });
    addRoute("GET", u"/api/v1/orders/{id}"_s, Access::Clerk, [this](const ApiRequest &request) {
        Result<QUuid> id = idParam(request, 0, u"id"_s);
        if (!id)
            return ready(id.error());
        return answer(m_office.order(*id), orderReply);
    });
    addRoute(
        "POST", u"/api/v1/orders/{id}/cancel"_s, Access::Clerk,
        [this](const ApiRequest &request) {
            Result<QUuid> id = idParam(request, 0, u"id"_s);
            if (!id)
                return ready(id.error());
            Result<QJsonObject> body = jsonBody(request, {u"kind"_s}, true);
            if (!body)
                return ready(body.error());
            Result<CancelKind> kind = cancelKindFrom(*body);
            if (!kind)
                return ready(kind.error());
            return answer(m_office.cancelOrder(*id, *kind), orderReply);
        },
        Idempotent::Yes);
    addRoute(
        "POST", u"/api/v1/orders/cancel-tickets"_s, Access::Clerk,
        [this](const ApiRequest &request) {
            Result<QJsonObject> body = jsonBody(request, {u"ticket_ids"_s, u"kind"_s});
            if (!body)
                return ready(body.error());
            Result<QList<QUuid>> tickets = requiredUuidList(*body, u"ticket_ids"_s, kMaxIdsPerRequest);
            if (!tickets)
                return ready(tickets.error());
            Result<CancelKind> kind = cancelKindFrom(*body);
            if (!kind)
                return ready(kind.error());
            return answer(m_office.cancelTickets(*tickets, *kind), orderReply);
        },
        Idempotent::Yes);
    addRoute("GET", u"/api/v1/events/{id}/seat-tickets"_s, Access::Clerk, [this](const ApiRequest &request) {
        Result<QUuid> id = idParam(request, 0, u"id"_s);
        if (!id)
            return ready(id.error());
        const auto entry = m_office.catalogEntry(*id);
        if (!entry)
            return ready(Error{ErrorCode::NotFound, tr("No event %1.").arg(request.params.value(0))});
        return answer(m_office.liveSeatTickets(*id), [entry](std::vector<std::pair<quint32, QUuid>> tickets) {
            QJsonArray array;
            for (const auto &[seat, ticket] : tickets) {
                if (seat >= quint32(entry->layout.seats.size()))
                    continue; // a layout replaced since: no such seat any more
                array.append(
                    QJsonObject{{u"seat_id"_s, entry->layout.seats[seat].id.toString(QUuid::WithoutBraces)},
                                {u"ticket_id"_s, ticket.toString(QUuid::WithoutBraces)}});
            }
            return jsonReply(200, array);
        });
    });
    for (const bool block : {true, false}) {
        addRoute("POST", block ? u"/api/v1/events/{id}/block"_s : u"/api/v1/events/{id}/unblock"_s,
                 Access::Admin, [this, block](const ApiRequest &request) {
                     Result<QUuid> id = idParam(request, 0, u"id"_s);
                     if (!id)
                         return ready(id.error());
                     Result<QJsonObject> body = block ? jsonBody(request, {u"seat_ids"_s, u"reason"_s})
                                                      : jsonBody(request, {u"seat_ids"_s});
                     if (!body)
                         return ready(body.error());
                     Result<QList<QUuid>> seats = requiredUuidList(*body, u"seat_ids"_s, kMaxIdsPerRequest);
                     if (!seats)
                         return ready(seats.error());
                     if (!block)
                         return answer(m_office.unblockSeats(*id, *seats), noContentReply());
                     // Tessera's own field: why the seats are held back ("Press").
                     Result<std::optional<QString>> reason =
                         optionalString(*body, u"reason"_s, kMaxBlockReasonLength);
                     if (!reason)
                         return ready(reason.error());
                     return answer(m_office.blockSeats(*id, *seats, reason->value_or(QString())),
                                   noContentReply());
                 });
    }
    addRoute(
        "DELETE", u"/api/v1/queue/position/{event_id}/{user_id}"_s, Access::Customer,
        [this](const ApiRequest &request) {
            Result<QUuid> eventId = idParam(request, 0, u"event_id"_s);
            Result<QUuid> userId = idParam(request, 1, u"user_id"_s);
            if (!eventId)
                return ready(eventId.error());
            if (!userId)
                return ready(userId.error());
            if (request.principal.role == Role::Customer && request.principal.userId != *userId)
                return ready(Error{ErrorCode::Forbidden, tr("A customer may leave only their own place.")});
            return answer(m_office.leaveQueue(*eventId, *userId), noContentReply());
        });
    addRoute("PUT", u"/api/v1/events/{id}/queue"_s, Access::Admin, [this](const ApiRequest &request) {
        Result<QUuid> id = idParam(request, 0, u"id"_s);
        if (!id)
            return ready(id.error());
        Result<QJsonObject> body =
            jsonBody(request, {u"admissions_per_minute"_s, u"session_ttl_s"_s, u"opening_time"_s});
        if (!body)
            return ready(body.error());
        Result<std::optional<qint64>> rate = optionalInteger(*body, u"admissions_per_minute"_s, 0, 1'000'000);
        Result<std::optional<qint64>> ttl = optionalInteger(*body, u"session_ttl_s"_s, 1, 24 * 3600);
        Result<std::optional<QString>> opening = optionalString(*body, u"opening_time"_s, 64);
        for (const Error *error : {rate ? nullptr : &rate.error(), ttl ? nullptr : &ttl.error(),
                                   opening ? nullptr : &opening.error()}) {
            if (error)
                return ready(*error);
        }
        WaitingRoomConfig config;
        config.admissionsPerMinute = int(rate->value_or(0));
        config.sessionTtlMs = ttl->value_or(config.sessionTtlMs / 1000) * 1000;
        if (opening->has_value()) {
            const std::optional<QDateTime> time = parseRfc3339(**opening);
            if (!time)
                return ready(
                    Error{ErrorCode::InvalidInput, u"opening_time: not an RFC 3339 time with a zone"_s});
            config.openingTimeMs = time->toMSecsSinceEpoch();
        }
        return answer(m_office.configureQueue(*id, config), noContentReply());
    });
}

} // namespace tessera
