// Hold, sale and ticket routes of the API server.

#include "core/domain/json.h"
#include "core/server/apiserver.h"
#include "core/server/apiserver_p.h"
#include "core/server/seatjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tessera {

using namespace api;

namespace {

constexpr int kMaxSeatsPerHold = 1000;
constexpr qint64 kMaxTtlSeconds = 3600;

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

} // namespace tessera
