#include "core/common/ids.h"
#include "core/domain/json.h"
#include "core/domain/jsoncodec_p.h"

using namespace Qt::StringLiterals;

namespace tessera {

QJsonObject toJson(const Ticket &ticket)
{
    QJsonObject json;
    json.insert("id"_L1, uuidText(ticket.id));
    insertOptional(json, "order_id"_L1, ticket.orderId);
    json.insert("event_id"_L1, uuidText(ticket.eventId));
    insertOptional(json, "seat_id"_L1, ticket.seatId);
    insertOptional(json, "standing_area_id"_L1, ticket.standingAreaId);
    insertOptional(json, "user_id"_L1, ticket.userId);
    json.insert("seat_label"_L1, ticket.seatLabel);
    json.insert("price"_L1, ticket.priceCents);
    json.insert("status"_L1, wireName(ticket.status));
    if (ticket.refunded)
        json.insert("refunded"_L1, true); // a cancelled ticket whose money went back
    json.insert("issued_at"_L1, toRfc3339(ticket.issuedAt));
    insertOptional(json, "expires_at"_L1, ticket.expiresAt);
    insertOptional(json, "created_at"_L1, ticket.createdAt);
    insertOptional(json, "updated_at"_L1, ticket.updatedAt);
    return json;
}

Result<Ticket> ticketFromJson(const QJsonObject &json)
{
    Ticket ticket;
    JsonReader reader(json);
    reader.read("id"_L1, ticket.id, Need::Required);
    reader.read("order_id"_L1, ticket.orderId, Need::Optional);
    reader.read("event_id"_L1, ticket.eventId, Need::Required);
    reader.read("seat_id"_L1, ticket.seatId, Need::Optional);
    reader.read("standing_area_id"_L1, ticket.standingAreaId, Need::Optional);
    reader.read("user_id"_L1, ticket.userId, Need::Optional);
    reader.read("seat_label"_L1, ticket.seatLabel, Need::Optional);
    reader.readCents("price"_L1, ticket.priceCents, Need::Required);
    reader.readEnum("status"_L1, ticket.status, Need::Required);
    reader.read("refunded"_L1, ticket.refunded, Need::Optional);
    reader.read("issued_at"_L1, ticket.issuedAt, Need::Required);
    reader.read("expires_at"_L1, ticket.expiresAt, Need::Optional);
    reader.read("created_at"_L1, ticket.createdAt, Need::Optional);
    reader.read("updated_at"_L1, ticket.updatedAt, Need::Optional);
    return decoded(reader, std::move(ticket), validateTicket);
}

QJsonObject toJson(const Order &order)
{
    QJsonArray tickets;
    for (const Ticket &ticket : order.tickets)
        tickets.append(toJson(ticket));

    QJsonObject json;
    json.insert("id"_L1, uuidText(order.id));
    json.insert("event_id"_L1, uuidText(order.eventId));
    json.insert("payment_method"_L1, wireName(order.payment));
    json.insert("customer_name"_L1, order.customerName);
    json.insert("customer_email"_L1, order.customerEmail);
    json.insert("total_price"_L1, order.totalCents);
    json.insert("status"_L1, wireName(order.status));
    json.insert("tickets"_L1, tickets);
    insertOptional(json, "created_at"_L1, order.createdAt);
    insertOptional(json, "updated_at"_L1, order.updatedAt);
    return json;
}

Result<Order> orderFromJson(const QJsonObject &json)
{
    Order order;
    JsonReader reader(json);
    reader.read("id"_L1, order.id, Need::Required);
    reader.read("event_id"_L1, order.eventId, Need::Required);
    reader.readEnum("payment_method"_L1, order.payment, Need::Required);
    reader.read("customer_name"_L1, order.customerName, Need::Optional);
    reader.read("customer_email"_L1, order.customerEmail, Need::Optional);
    reader.readCents("total_price"_L1, order.totalCents, Need::Required);
    reader.readEnum("status"_L1, order.status, Need::Required);
    reader.readList("tickets"_L1, order.tickets, Need::Optional, ticketFromJson);
    reader.read("created_at"_L1, order.createdAt, Need::Optional);
    reader.read("updated_at"_L1, order.updatedAt, Need::Optional);
    return decoded(reader, std::move(order), validateOrder);
}

} // namespace tessera
