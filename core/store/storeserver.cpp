// The API server's records: the first answer to a request sent with an Idempotency-Key, so that
// a retry after a server restart gets it again, and the tickets reserved through the API.

#include "core/store/store_p.h"

namespace tessera {

Status Store::inTransaction(const std::function<Status()> &work)
{
    if (Status begun = d->begin(); !begun)
        return begun;
    Status status = work();
    if (status)
        status = d->commit();
    if (!status)
        d->rollback();
    return status;
}

Status Store::saveIdempotencyRecord(const IdempotencyRecord &record)
{
    if (record.key.isEmpty() || !record.createdAt.isValid())
        return Error{ErrorCode::InvalidInput, QStringLiteral("an idempotency record needs a key and a time")};
    Result<QSqlQuery *> query =
        d->run(QStringLiteral(
                   "INSERT INTO idempotency_keys (key, user_id, route, request_hash, status, content_type, "
                   "response_body, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (key) DO NOTHING"),
               {record.key, idValue(record.userId), record.route, QString::fromLatin1(record.requestHash),
                record.status, QString::fromLatin1(record.contentType), record.responseBody,
                msValue(record.createdAt)});
    if (!query)
        return query.error();
    (*query)->finish();
    return {};
}

Result<std::optional<IdempotencyRecord>> Store::idempotencyRecord(const QString &key,
                                                                  const QDateTime &notBefore)
{
    Result<QSqlQuery> query =
        d->select(QStringLiteral("SELECT user_id, route, request_hash, status, content_type, response_body, "
                                 "created_ms FROM idempotency_keys WHERE key = ? AND created_ms >= ?"),
                  {key, msValue(notBefore)});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<IdempotencyRecord>();
    IdempotencyRecord record;
    record.key = key;
    record.userId = idFrom(query->value(0));
    record.route = query->value(1).toString();
    record.requestHash = query->value(2).toString().toLatin1();
    record.status = query->value(3).toInt();
    record.contentType = query->value(4).toString().toLatin1();
    record.responseBody = query->value(5).toByteArray();
    record.createdAt = timeFrom(query->value(6));
    return std::optional<IdempotencyRecord>(std::move(record));
}

Result<qint64> Store::deleteIdempotencyRecords(const QDateTime &before)
{
    Result<QSqlQuery *> query =
        d->run(QStringLiteral("DELETE FROM idempotency_keys WHERE created_ms < ?"), {msValue(before)});
    if (!query)
        return query.error();
    const qint64 deleted = (*query)->numRowsAffected();
    (*query)->finish();
    return deleted;
}

namespace {

// The reservation's columns, then the sold ticket's state when its hold was sold.
constexpr QLatin1StringView kReservedColumns{
    "r.id, r.user_id, r.hold_id, r.holder, r.event_id, r.seat_id, r.standing_area_id, r.seat_label, "
    "r.price_cents, r.status, r.issued_ms, r.expires_ms, r.created_ms, r.updated_ms, "
    "t.status, t.order_id, t.updated_ms FROM reserved_tickets r LEFT JOIN tickets t ON t.id = r.id"};

ReservedTicket readReservedTicket(const QSqlQuery &query)
{
    ReservedTicket reserved;
    Ticket &ticket = reserved.ticket;
    ticket.id = idFrom(query.value(0));
    ticket.userId = idFrom(query.value(1));
    reserved.holdId = idFrom(query.value(2));
    reserved.holder = query.value(3).toString();
    ticket.eventId = idFrom(query.value(4));
    ticket.seatId = idFrom(query.value(5));
    ticket.standingAreaId = idFrom(query.value(6));
    ticket.seatLabel = query.value(7).toString();
    ticket.priceCents = query.value(8).toLongLong();
    setTicketStatus(ticket, query.value(9).toString());
    ticket.issuedAt = timeFrom(query.value(10));
    ticket.expiresAt = timeFrom(query.value(11));
    ticket.createdAt = timeFrom(query.value(12));
    ticket.updatedAt = timeFrom(query.value(13));
    if (!query.isNull(14)) {
        // The hold was sold: the ticket lives on as the sold one.
        setTicketStatus(ticket, query.value(14).toString());
        ticket.orderId = idFrom(query.value(15));
        ticket.expiresAt = QDateTime();
        if (const QDateTime updated = timeFrom(query.value(16)); updated.isValid())
            ticket.updatedAt = updated;
    }
    return reserved;
}

} // namespace

Status Store::saveReservedTicket(const ReservedTicket &reserved)
{
    const Ticket &t = reserved.ticket;
    if (t.id.isNull() || t.userId.isNull() || reserved.holdId.isNull() || !t.createdAt.isValid())
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("a reserved ticket needs an id, a user, a hold and a time")};
    Result<QSqlQuery *> query = d->run(
        QStringLiteral(
            "INSERT INTO reserved_tickets (id, user_id, hold_id, holder, event_id, seat_id, "
            "standing_area_id, seat_label, price_cents, status, issued_ms, expires_ms, created_ms, "
            "updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET status = excluded.status, "
            "expires_ms = excluded.expires_ms, updated_ms = excluded.updated_ms"),
        {idValue(t.id), idValue(t.userId), idValue(reserved.holdId), reserved.holder, idValue(t.eventId),
         idValue(t.seatId), idValue(t.standingAreaId), t.seatLabel, t.priceCents, ticketStatusName(t.status),
         msValue(t.issuedAt), msValue(t.expiresAt), msValue(t.createdAt), msValue(t.updatedAt)});
    if (!query)
        return query.error();
    (*query)->finish();
    return {};
}

Result<std::optional<ReservedTicket>> Store::reservedTicket(const QUuid &ticketId)
{
    Result<QSqlQuery> query =
        d->select(QStringLiteral("SELECT ") + kReservedColumns + QStringLiteral(" WHERE r.id = ?"),
                  {idValue(ticketId)});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<ReservedTicket>();
    return std::optional<ReservedTicket>(readReservedTicket(*query));
}

Result<QList<ReservedTicket>> Store::reservedTicketsOfUser(const QUuid &userId)
{
    Result<QSqlQuery> query =
        d->select(QStringLiteral("SELECT ") + kReservedColumns
                      + QStringLiteral(" WHERE r.user_id = ? ORDER BY r.created_ms DESC, r.id"),
                  {idValue(userId)});
    if (!query)
        return query.error();
    QList<ReservedTicket> tickets;
    while (query->next())
        tickets.append(readReservedTicket(*query));
    return tickets;
}

} // namespace tessera
