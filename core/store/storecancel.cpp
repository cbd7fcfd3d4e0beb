// Store: the data pump's cancellations. Whole-seat cancels of engine sales (the bulk of them)
// are written many per statement; the others one by one.

#include "core/store/store.h"
#include "core/store/store_p.h"

#include <QHash>
#include <QSet>

namespace tessera {

using namespace Qt::Literals::StringLiterals;

namespace {

/// A cancel of seats of one engine sale and nothing else: many go into one statement.
bool isSeatCancel(const CancelRow &cancel)
{
    return cancel.ticketIds.isEmpty() && cancel.quantity == 0 && cancel.engineSaleId != 0
           && !cancel.seatIndices.empty();
}

/// Places per statement: SQLite binds four values per place (in power-of-two chunks, so a few
/// prepared statements serve every batch), PostgreSQL four arrays.
constexpr qsizetype kSqlitePlacesPerStatement = kSqliteParametersPerStatement / 4;
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

Status Store::Private::writeSeatCancels(const QUuid &eventId, const std::vector<const CancelRow *> &group,
                                        qint64 nowMs)
{
    struct Place
    {
        quint32 seat;
        const CancelRow *cancel;
        qint64 at;
    };
    std::vector<Place> places;
    QHash<quint32, qsizetype> placeOfSeat;
    for (const CancelRow *cancel : group) {
        const qint64 at = cancel->at.isValid() ? cancel->at.toMSecsSinceEpoch() : nowMs;
        for (quint32 seat : cancel->seatIndices) {
            placeOfSeat.insert(seat, qsizetype(places.size()));
            places.push_back(Place{seat, cancel, at});
        }
    }

    // The tickets: each place's live ticket, if it is still the cancelled sale's.
    struct Cancelled
    {
        QVariant ticket;
        qsizetype place;
    };
    std::vector<Cancelled> cancelled;
    QVariantList orderIds;
    QVariantList orderTimes;
    QHash<QString, qsizetype> orderRow;
    const QVariant event = idValue(eventId);
    const bool postgres = isPostgres();
    for (qsizetype first = 0, count = 0; first < qsizetype(places.size()); first += count) {
        const qsizetype left = qsizetype(places.size()) - first;
        count = postgres ? std::min(left, kPostgresPlacesPerStatement)
                         : sqliteChunkRows(left, kSqlitePlacesPerStatement);
        QVariantList binds;
        QString sql;
        if (postgres) {
            QVariantList seats, sales, times, statuses;
            for (qsizetype i = first; i < first + count; ++i) {
                seats.append(qint64(places[size_t(i)].seat));
                sales.append(qint64(places[size_t(i)].cancel->engineSaleId));
                times.append(places[size_t(i)].at);
                statuses.append(QString(cancelledStatus(*places[size_t(i)].cancel)));
            }
            inList("seat"_L1, "integer"_L1, seats, binds); // one array parameter each
            inList("sale"_L1, "bigint"_L1, sales, binds);
            inList("at"_L1, "bigint"_L1, times, binds);
            inList("status"_L1, "text"_L1, statuses, binds);
            sql = QStringLiteral(
                "UPDATE tickets SET status = v.status, updated_ms = v.at FROM "
                "unnest(?::integer[], ?::bigint[], ?::bigint[], ?::text[]) AS v(seat, sale, at, status) ");
        } else {
            sql =
                QStringLiteral("UPDATE tickets SET status = v.column4, updated_ms = v.column3 FROM (VALUES ");
            for (qsizetype i = first; i < first + count; ++i) {
                sql += i == first ? QStringLiteral("(?,?,?,?)") : QStringLiteral(",(?,?,?,?)");
                binds << qint64(places[size_t(i)].seat) << qint64(places[size_t(i)].cancel->engineSaleId)
                      << places[size_t(i)].at << QString(cancelledStatus(*places[size_t(i)].cancel));
            }
            sql += QStringLiteral(") AS v ");
        }
        const QLatin1StringView seat = postgres ? "v.seat"_L1 : "v.column1"_L1;
        const QLatin1StringView sale = postgres ? "v.sale"_L1 : "v.column2"_L1;
        sql +=
            QStringLiteral(
                "WHERE tickets.status = 'confirmed' AND tickets.event_id = ? AND tickets.seat_index = ")
            + seat
            + QStringLiteral(" AND (SELECT o.engine_sale_id FROM orders o WHERE o.id = tickets.order_id) = ")
            + sale + QStringLiteral(" RETURNING tickets.id, tickets.order_id, tickets.seat_index");
        binds << event;
        Result<QSqlQuery *> query = run(sql, binds);
        if (!query)
            return query.error();
        while ((*query)->next()) {
            const qsizetype place = placeOfSeat.value(quint32((*query)->value(2).toLongLong()), -1);
            if (place < 0)
                continue;
            cancelled.push_back(Cancelled{(*query)->value(0), place});
            const QVariant order = (*query)->value(1);
            if (order.isNull())
                continue;
            const qint64 at = places[size_t(place)].at;
            const QString key = order.toString();
            if (const auto it = orderRow.constFind(key); it == orderRow.cend()) {
                orderRow.insert(key, orderIds.size());
                orderIds.append(order);
                orderTimes.append(at);
            } else if (orderTimes.at(*it).toLongLong() < at) {
                orderTimes[*it] = at;
            }
        }
        (*query)->finish();
    }

    // The orders: partly or wholly cancelled, at their latest cancel.
    for (qsizetype first = 0, count = 0; first < orderIds.size(); first += count) {
        const qsizetype left = orderIds.size() - first;
        count = postgres ? std::min(left, kPostgresPlacesPerStatement)
                         : sqliteChunkRows(left, kSqlitePlacesPerStatement);
        QVariantList binds;
        QString sql =
            QStringLiteral(
                "UPDATE orders SET updated_ms = v.%1, status = CASE WHEN EXISTS (SELECT 1 FROM tickets t "
                "WHERE t.order_id = orders.id AND t.status = 'confirmed') THEN 'partially_cancelled' "
                "ELSE 'cancelled' END FROM ")
                .arg(postgres ? u"at"_s : u"column2"_s);
        if (postgres) {
            inList("id"_L1, "uuid"_L1, orderIds.mid(first, count), binds);
            inList("at"_L1, "bigint"_L1, orderTimes.mid(first, count), binds);
            sql += QStringLiteral("unnest(?::uuid[], ?::bigint[]) AS v(id, at) WHERE orders.id = v.id");
        } else {
            sql += QStringLiteral("(VALUES ");
            for (qsizetype i = first; i < first + count; ++i) {
                sql += i == first ? QStringLiteral("(?,?)") : QStringLiteral(",(?,?)");
                binds << orderIds.at(i) << orderTimes.at(i);
            }
            sql += QStringLiteral(") AS v WHERE orders.id = v.column1");
        }
        Result<QSqlQuery *> query = run(sql, binds);
        if (!query)
            return query.error();
    }

    // The audit: one row per cancelled ticket (the ticket names its order).
    const RowSource audit{
        "audit_log"_L1, kAuditColumns, qsizetype(cancelled.size()), [&](RowSink &sink, qsizetype row) {
            const Place &place = places[size_t(cancelled[size_t(row)].place)];
            const CancelRow &cancel = *place.cancel;
            const QLatin1StringView kind = cancel.reason == "refund"_L1 ? "refund"_L1 : "cancel"_L1;
            sink.integer(place.at);
            sink.literal(kind);
            sink.uuid(cancel.eventId);
            sink.null();
            sink.uuid(idFrom(cancelled[size_t(row)].ticket));
            if (cancel.reason.isEmpty())
                sink.literal(kind);
            else
                sink.text(cancel.reason);
        }};
    return insertRows(audit);
}

} // namespace tessera
