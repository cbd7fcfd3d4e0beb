// Store: the data pump's cancellations. Whole-seat cancels of engine sales (the bulk of them)
// are written together per event: on PostgreSQL many per statement, on SQLite through one
// prepared sqlite3 statement stepped per place. The others one by one.

#include "core/store/store.h"
#include "core/store/store_p.h"

#include <QHash>
#include <QSet>

#include <sqlite3.h>

namespace tessera {

using namespace Qt::Literals::StringLiterals;

namespace {

/// A cancel of seats of one engine sale and nothing else: many go into one statement.
bool isSeatCancel(const CancelRow &cancel)
{
    return cancel.ticketIds.isEmpty() && cancel.quantity == 0 && cancel.engineSaleId != 0
           && !cancel.seatIndices.empty();
}

/// Places per PostgreSQL statement (four arrays; SQLite cancels a place per statement).
constexpr qsizetype kPostgresPlacesPerStatement = 20000;

/// What a cancelled ticket's status becomes: "refunded" when the customer got the money back.
QLatin1StringView cancelledStatus(const CancelRow &cancel)
{
    return cancel.reason == "refund"_L1 ? "refunded"_L1 : "cancelled"_L1;
}

} // namespace

Status Store::Private::writeCancel(const CancelRow &cancel, qint64 nowMs)
{
    const qint64 at = cancel.at.isValid() ? cancel.at.toMSecsSinceEpoch() : nowMs;
    const QVariant event = idValue(cancel.eventId);
    const QString update = QStringLiteral("UPDATE tickets SET status = '%1', updated_ms = ? WHERE status = "
                                          "'confirmed' AND ")
                               .arg(cancelledStatus(cancel));
    const QString returning = QStringLiteral(" RETURNING id, order_id");
    QVariantList ticketIds, orderIds;
    QSet<QString> seenOrders;
    auto collect = [&](Result<QSqlQuery *> query) -> Status {
        if (!query)
            return query.error();
        while ((*query)->next()) {
            ticketIds.append((*query)->value(0));
            const QVariant order = (*query)->value(1);
            if (!order.isNull() && !seenOrders.contains(order.toString())) {
                seenOrders.insert(order.toString());
                orderIds.append(order);
            }
        }
        (*query)->finish();
        return {};
    };

    QVariantList named;
    for (const QUuid &id : cancel.ticketIds)
        named.append(idValue(id));
    Status status = forChunks(named, !isPostgres(), [&](const QVariantList &chunk) {
        QVariantList binds{at};
        const QString sql = update + inList("id"_L1, "uuid"_L1, chunk, binds) + returning;
        return collect(run(sql, binds));
    });
    if (!status)
        return status;

    QVariantList seats;
    for (quint32 seat : cancel.seatIndices)
        seats.append(qint64(seat));
    status = forChunks(seats, !isPostgres(), [&](const QVariantList &chunk) {
        QVariantList binds{at, event};
        QString sql = update + QStringLiteral("event_id = ? AND ")
                      + inList("seat_index"_L1, "integer"_L1, chunk, binds);
        if (cancel.engineSaleId != 0) {
            sql += QStringLiteral(
                " AND order_id IN (SELECT o.id FROM orders o WHERE o.event_id = ? AND o.engine_sale_id = ? "
                "AND o.status <> 'cancelled')");
            binds << event << qint64(cancel.engineSaleId);
        }
        return collect(run(sql + returning, binds));
    });
    if (!status)
        return status;

    if (cancel.quantity > 0 && cancel.standingArea != kNoIndex) {
        QVariantList binds{at, event, qint64(cancel.standingArea)};
        QString pick = QStringLiteral(
            "SELECT t.id FROM tickets t JOIN orders o ON o.id = t.order_id WHERE t.event_id = ? "
            "AND t.status = 'confirmed' AND t.standing_area_index = ?");
        if (cancel.engineSaleId != 0) {
            // o.event_id as well: without it SQLite scans every ticket instead of finding the
            // order through orders_by_sale and its tickets through tickets_by_order.
            pick +=
                QStringLiteral(" AND o.event_id = ? AND o.engine_sale_id = ? AND o.status <> 'cancelled'");
            binds << event << qint64(cancel.engineSaleId);
        }
        pick += QStringLiteral(" ORDER BY t.position DESC LIMIT ?");
        binds << qint64(cancel.quantity);
        if (status = collect(run(update + QStringLiteral("id IN (") + pick + u')' + returning, binds));
            !status)
            return status;
    }

    status = forChunks(orderIds, !isPostgres(), [&](const QVariantList &chunk) -> Status {
        QVariantList binds{at};
        const QString sql =
            QStringLiteral("UPDATE orders SET updated_ms = ?, status = CASE WHEN EXISTS (SELECT 1 FROM "
                           "tickets t WHERE t.order_id = orders.id AND t.status = 'confirmed') "
                           "THEN 'partially_cancelled' ELSE 'cancelled' END WHERE ")
            + inList("id"_L1, "uuid"_L1, chunk, binds);
        Result<QSqlQuery *> query = run(sql, binds);
        return query ? Status() : Status(query.error());
    });
    if (!status)
        return status;

    const QLatin1StringView kind = cancel.reason == "refund"_L1 ? "refund"_L1 : "cancel"_L1;
    const QString detail = cancel.reason.isEmpty() ? QString(kind) : cancel.reason;
    // The order of a ticket is not needed for the audit: the ticket names it.
    const RowSource audit{"audit_log"_L1, kAuditColumns, ticketIds.size(), [&](RowSink &sink, qsizetype row) {
                              sink.integer(at);
                              sink.literal(kind);
                              sink.uuid(cancel.eventId);
                              sink.null();
                              sink.uuid(idFrom(ticketIds.at(row)));
                              sink.text(detail);
                          }};
    return insertRows(audit);
}

Status Store::Private::writeCancels(std::span<const CancelRow *const> cancels, qint64 nowMs)
{
    // The seat cancels per event, in the order the events first appear; the rest one by one.
    // Different rows cancel different sales, so their order does not matter.
    QList<QUuid> events;
    QHash<QUuid, std::vector<const CancelRow *>> seatCancels;
    for (const CancelRow *cancel : cancels) {
        if (!isSeatCancel(*cancel)) {
            if (Status status = writeCancel(*cancel, nowMs); !status)
                return status;
            continue;
        }
        auto it = seatCancels.find(cancel->eventId);
        if (it == seatCancels.end()) {
            events.append(cancel->eventId);
            it = seatCancels.insert(cancel->eventId, {});
        }
        it->push_back(cancel);
    }
    for (const QUuid &event : std::as_const(events)) {
        const std::vector<const CancelRow *> &group = seatCancels[event];
        // A seat named twice (sold, cancelled, sold again and cancelled within the batch) is
        // cancelled in order, one sale at a time.
        QSet<quint32> seen;
        bool twice = false;
        for (const CancelRow *cancel : group) {
            for (quint32 seat : cancel->seatIndices) {
                if (seen.contains(seat))
                    twice = true;
                seen.insert(seat);
            }
        }
        if (group.size() == 1 || twice) {
            for (const CancelRow *cancel : group) {
                if (Status status = writeCancel(*cancel, nowMs); !status)
                    return status;
            }
            continue;
        }
        if (Status status = writeSeatCancels(event, group, nowMs); !status)
            return status;
    }
    return {};
}

/// One seat of a whole-seat cancel.
struct SeatCancelPlace
{
    quint32 seat;
    const CancelRow *cancel;
    qint64 at;
};

/// A ticket a seat cancel found live and cancelled, and the place that named it.
struct CancelledTicket
{
    QUuid ticket;
    qsizetype place;
};

/// The orders whose tickets were cancelled, each at its latest cancel.
struct TouchedOrders
{
    std::vector<QUuid> ids;
    std::vector<qint64> times;
    QHash<QUuid, qsizetype> row;

    void add(const QUuid &order, qint64 at)
    {
        if (order.isNull())
            return;
        if (const auto it = row.constFind(order); it == row.cend()) {
            row.insert(order, qsizetype(ids.size()));
            ids.push_back(order);
            times.push_back(at);
        } else if (times[size_t(*it)] < at) {
            times[size_t(*it)] = at;
        }
    }
};

namespace {

constexpr QLatin1StringView kSeatCancelCondition{
    "tickets.status = 'confirmed' AND tickets.event_id = ? AND tickets.seat_index = "};
constexpr QLatin1StringView kOrderStatusAfterCancel{
    "status = CASE WHEN EXISTS (SELECT 1 FROM tickets t WHERE t.order_id = orders.id AND t.status = "
    "'confirmed') THEN 'partially_cancelled' ELSE 'cancelled' END"};

} // namespace

/// PostgreSQL: the places' live tickets cancelled many to a statement (one array per column),
/// then their orders.
Status Store::Private::cancelSeatsPostgres(const QUuid &eventId, const std::vector<SeatCancelPlace> &places,
                                           std::vector<CancelledTicket> &cancelled, TouchedOrders &orders)
{
    QHash<quint32, qsizetype> placeOfSeat; // writeCancels() names no seat twice in a group
    for (qsizetype i = 0; i < qsizetype(places.size()); ++i)
        placeOfSeat.insert(places[size_t(i)].seat, i);
    const QVariant event = idValue(eventId);
    for (qsizetype first = 0, count = 0; first < qsizetype(places.size()); first += count) {
        count = std::min(qsizetype(places.size()) - first, kPostgresPlacesPerStatement);
        QVariantList seats, sales, times, statuses, binds;
        for (qsizetype i = first; i < first + count; ++i) {
            const SeatCancelPlace &place = places[size_t(i)];
            seats.append(qint64(place.seat));
            sales.append(qint64(place.cancel->engineSaleId));
            times.append(place.at);
            statuses.append(QString(cancelledStatus(*place.cancel)));
        }
        inList("seat"_L1, "integer"_L1, seats, binds); // one array parameter each
        inList("sale"_L1, "bigint"_L1, sales, binds);
        inList("at"_L1, "bigint"_L1, times, binds);
        inList("status"_L1, "text"_L1, statuses, binds);
        binds << event;
        const QString sql =
            QStringLiteral("UPDATE tickets SET status = v.status, updated_ms = v.at FROM "
                           "unnest(?::integer[], ?::bigint[], ?::bigint[], ?::text[]) AS v(seat, sale, at, "
                           "status) WHERE ")
            + kSeatCancelCondition
            + QStringLiteral(
                "v.seat AND (SELECT o.engine_sale_id FROM orders o WHERE o.id = tickets.order_id) = v.sale "
                "RETURNING tickets.id, tickets.order_id, tickets.seat_index");
        Result<QSqlQuery *> query = run(sql, binds);
        if (!query)
            return query.error();
        while ((*query)->next()) {
            const qsizetype place = placeOfSeat.value(quint32((*query)->value(2).toLongLong()), -1);
            if (place < 0)
                continue;
            cancelled.push_back(CancelledTicket{idFrom((*query)->value(0)), place});
            orders.add(idFrom((*query)->value(1)), places[size_t(place)].at);
        }
        (*query)->finish();
    }
    for (qsizetype first = 0, count = 0; first < qsizetype(orders.ids.size()); first += count) {
        count = std::min(qsizetype(orders.ids.size()) - first, kPostgresPlacesPerStatement);
        QVariantList ids, times, binds;
        for (qsizetype i = first; i < first + count; ++i) {
            ids.append(idValue(orders.ids[size_t(i)]));
            times.append(orders.times[size_t(i)]);
        }
        inList("id"_L1, "uuid"_L1, ids, binds);
        inList("at"_L1, "bigint"_L1, times, binds);
        const QString sql = QStringLiteral("UPDATE orders SET updated_ms = v.at, ") + kOrderStatusAfterCancel
                            + QStringLiteral(" FROM unnest(?::uuid[], ?::bigint[]) AS v(id, at) "
                                             "WHERE orders.id = v.id");
        if (Result<QSqlQuery *> query = run(sql, binds); !query)
            return query.error();
    }
    return {};
}

/// SQLite: one prepared statement per place, stepped through the sqlite3 API (the live-seat
/// index finds the ticket), then one per order. A multi-row UPDATE through QSqlQuery cost 13 to
/// 40 us a place, and its first preparation of each size hundreds of milliseconds.
Status Store::Private::cancelSeatsSqlite(const QUuid &eventId, const std::vector<SeatCancelPlace> &places,
                                         std::vector<CancelledTicket> &cancelled, TouchedOrders &orders)
{
    Result<sqlite3_stmt *> prepared = sqliteStatement(
        u"cancel/seat"_s,
        [] {
            QString sql = u"UPDATE tickets SET status = ?, updated_ms = ? WHERE "_s;
            sql += kSeatCancelCondition;
            sql += u"? AND (SELECT o.engine_sale_id FROM orders o WHERE o.id = tickets.order_id) = ? "
                   "RETURNING id, order_id"_s;
            return sql;
        },
        "tickets"_L1);
    if (!prepared)
        return prepared.error();
    sqlite3_stmt *statement = *prepared;
    auto fail = [&](QStringView what, QLatin1StringView table) {
        const Error error = sqliteFailure(what, table);
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        return error;
    };
    char id[36];
    writeUuidText(eventId, id);
    if (sqlite3_bind_text(statement, 3, id, int(sizeof id), SQLITE_STATIC) != SQLITE_OK)
        return fail(u"binding a seat cancel", "tickets"_L1);
    for (qsizetype i = 0; i < qsizetype(places.size()); ++i) {
        const SeatCancelPlace &place = places[size_t(i)];
        const QLatin1StringView status = cancelledStatus(*place.cancel);
        if (sqlite3_bind_text(statement, 1, status.data(), int(status.size()), SQLITE_STATIC) != SQLITE_OK
            || sqlite3_bind_int64(statement, 2, place.at) != SQLITE_OK
            || sqlite3_bind_int64(statement, 4, qint64(place.seat)) != SQLITE_OK
            || sqlite3_bind_int64(statement, 5, qint64(place.cancel->engineSaleId)) != SQLITE_OK) {
            return fail(u"binding a seat cancel", "tickets"_L1);
        }
        int step;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            cancelled.push_back(CancelledTicket{sqliteUuidColumn(statement, 0), i});
            orders.add(sqliteUuidColumn(statement, 1), place.at);
        }
        if (step != SQLITE_DONE)
            return fail(u"cancelling a seat", "tickets"_L1);
        sqlite3_reset(statement);
    }
    sqlite3_clear_bindings(statement);

    prepared = sqliteStatement(
        u"cancel/order"_s,
        [] {
            QString sql = u"UPDATE orders SET updated_ms = ?, "_s;
            sql += kOrderStatusAfterCancel;
            sql += u" WHERE id = ?"_s;
            return sql;
        },
        "orders"_L1);
    if (!prepared)
        return prepared.error();
    statement = *prepared;
    for (size_t i = 0; i < orders.ids.size(); ++i) {
        writeUuidText(orders.ids[i], id);
        if (sqlite3_bind_int64(statement, 1, orders.times[i]) != SQLITE_OK
            || sqlite3_bind_text(statement, 2, id, int(sizeof id), SQLITE_STATIC) != SQLITE_OK) {
            return fail(u"binding an order's cancel", "orders"_L1);
        }
        if (sqlite3_step(statement) != SQLITE_DONE)
            return fail(u"cancelling an order", "orders"_L1);
        sqlite3_reset(statement);
    }
    sqlite3_clear_bindings(statement);
    return {};
}

Status Store::Private::writeSeatCancels(const QUuid &eventId, const std::vector<const CancelRow *> &group,
                                        qint64 nowMs)
{
    std::vector<SeatCancelPlace> places;
    for (const CancelRow *cancel : group) {
        const qint64 at = cancel->at.isValid() ? cancel->at.toMSecsSinceEpoch() : nowMs;
        for (quint32 seat : cancel->seatIndices)
            places.push_back(SeatCancelPlace{seat, cancel, at});
    }
    std::vector<CancelledTicket> cancelled;
    TouchedOrders orders;
    const Status status = isPostgres() ? cancelSeatsPostgres(eventId, places, cancelled, orders)
                                       : cancelSeatsSqlite(eventId, places, cancelled, orders);
    if (!status)
        return status;

    // The audit: one row per cancelled ticket (the ticket names its order).
    const RowSource audit{
        "audit_log"_L1, kAuditColumns, qsizetype(cancelled.size()), [&](RowSink &sink, qsizetype row) {
            const SeatCancelPlace &place = places[size_t(cancelled[size_t(row)].place)];
            const CancelRow &cancel = *place.cancel;
            const QLatin1StringView kind = cancel.reason == "refund"_L1 ? "refund"_L1 : "cancel"_L1;
            sink.integer(place.at);
            sink.literal(kind);
            sink.uuid(cancel.eventId);
            sink.null();
            sink.uuid(cancelled[size_t(row)].ticket);
            if (cancel.reason.isEmpty())
                sink.literal(kind);
            else
                sink.text(cancel.reason);
        }};
    return insertRows(audit);
}

} // namespace tessera
