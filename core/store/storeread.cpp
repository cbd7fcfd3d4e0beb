// Store: recovery of an event into the space and the clerks' lookups.

#include "core/common/ids.h"
#include "core/store/store.h"
#include "core/store/store_p.h"

namespace tessera {

namespace {

using namespace Qt::Literals::StringLiterals;

std::vector<quint32> parseSeatList(const QString &text)
{
    std::vector<quint32> seats;
    if (text.isEmpty())
        return seats;
    const auto parts = QStringView(text).split(u',');
    seats.reserve(std::size_t(parts.size()));
    for (QStringView part : parts)
        seats.push_back(part.toUInt());
    return seats;
}

QString likePattern(const QString &text)
{
    QString escaped;
    for (QChar c : text.toLower()) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

} // namespace

Result<RecoveredEvent> Store::recover(const QUuid &eventId,
                                      const std::function<void(qint64, qint64)> &progress)
{
    // One snapshot, as liveState() reads.
    return d->inSnapshot<RecoveredEvent>([&]() -> Result<RecoveredEvent> {
        const QVariant event = idValue(eventId);
        RecoveredEvent recovered;
        {
            Result<QSqlQuery> query = d->select(QStringLiteral("SELECT ") + kEventColumns
                                                    + QStringLiteral(" FROM events WHERE id = ?"),
                                                {event});
            if (!query)
                return query.error();
            if (!query->next())
                return Error{ErrorCode::NotFound, QStringLiteral("no event %1").arg(uuidText(eventId))};
            recovered.event = readEvent(*query);
        }
        Result<VenueLayout> layout = d->readLayout(eventId, progress);
        if (!layout && layout.errorCode() != ErrorCode::NotFound)
            return layout.error();
        if (layout)
            recovered.layout = std::move(*layout);
        for (qsizetype i = 0; i < recovered.layout.seats.size(); ++i) {
            if (recovered.layout.seats.at(i).blocked)
                recovered.blockedSeats.push_back(quint32(i));
        }
        if (Status status = d->readLiveState(eventId, recovered); !status)
            return status.error();
        return recovered;
    });
}

Status Store::Private::readLiveState(const QUuid &eventId, RecoveredEvent &state)
{
    const QVariant event = idValue(eventId);
    if (isPostgres()) {
        // First: the state read below contains at least the batches counted here.
        Result<QSqlQuery> query =
            select(QStringLiteral("SELECT seq FROM change_sequences WHERE event_id = ?"), {event});
        if (!query)
            return query.error();
        state.changeSequence = query->next() ? quint64(query->value(0).toLongLong()) : 0;
    }
    {
        Result<QSqlQuery> query = select(
            QStringLiteral("SELECT t.seat_index, o.engine_sale_id FROM tickets t LEFT JOIN orders o ON o.id "
                           "= t.order_id "
                           "WHERE t.event_id = ? AND t.status = 'confirmed' AND t.seat_index IS NOT NULL "
                           "ORDER BY t.seat_index"),
            {event});
        if (!query)
            return query.error();
        while (query->next()) {
            state.soldSeats.emplace_back(quint32(query->value(0).toLongLong()),
                                         HoldId(query->value(1).toLongLong()));
        }
    }
    {
        Result<QSqlQuery> query =
            select(QStringLiteral("SELECT area_index, sold, blocked FROM standing_areas WHERE event_id = ? "
                                  "ORDER BY area_index"),
                   {event});
        if (!query)
            return query.error();
        while (query->next()) {
            const quint32 area = quint32(query->value(0).toLongLong());
            if (const qint64 sold = query->value(1).toLongLong(); sold > 0)
                state.standingSold.emplace_back(area, quint32(sold));
            if (const qint64 blocked = query->value(2).toLongLong(); blocked > 0)
                state.standingBlocked.emplace_back(area, quint32(blocked));
        }
    }
    {
        Result<QSqlQuery> query = select(
            QStringLiteral(
                "SELECT id, engine_id, holder, holder_name, expires_at_ms, seats, standing_area, quantity "
                "FROM holds WHERE event_id = ? AND expires_at_ms > ? ORDER BY engine_id"),
            {event, QDateTime::currentMSecsSinceEpoch()});
        if (!query)
            return query.error();
        while (query->next()) {
            HoldRow hold;
            hold.eventId = eventId;
            hold.holdId = idFrom(query->value(0));
            hold.engineId = HoldId(query->value(1).toLongLong());
            hold.holder = HolderId(query->value(2).toLongLong());
            hold.holderName = query->value(3).toString();
            hold.expiresAtMs = query->value(4).toLongLong();
            hold.seats = parseSeatList(query->value(5).toString());
            hold.standingArea = indexFrom(query->value(6));
            hold.quantity = quint32(query->value(7).toLongLong());
            state.liveHolds.push_back(std::move(hold));
        }
    }
    return {};
}

Result<RecoveredEvent> Store::liveState(const QUuid &eventId)
{
    // One snapshot, so that the seats, tickets, holds and change sequence are of one moment
    // even while other processes write: a seat sold between two of the reads would show free,
    // and on PostgreSQL a seat read as blocked just before the batch that unblocked it
    // committed, with the change sequence read after that batch, would stay blocked in the
    // reader, which takes the batch's notice for one it has already read (applyNotice).
    return d->inSnapshot<RecoveredEvent>([&]() -> Result<RecoveredEvent> {
        RecoveredEvent state;
        state.event.id = eventId;
        Result<QSqlQuery> query =
            d->select(QStringLiteral("SELECT seat_index, block_reason, blocked FROM seats "
                                     "WHERE event_id = ? AND (blocked = ? OR block_reason <> '') "
                                     "ORDER BY seat_index"),
                      {idValue(eventId), true});
        if (!query)
            return query.error();
        // A reason may be saved before the pump's commit blocks its seat: it counts already.
        while (query->next()) {
            const auto seat = quint32(query->value(0).toLongLong());
            if (query->value(2).toBool())
                state.blockedSeats.push_back(seat);
            if (QString reason = query->value(1).toString(); !reason.isEmpty())
                state.blockReasons.emplace_back(seat, std::move(reason));
        }
        if (Status status = d->readLiveState(eventId, state); !status)
            return status.error();
        return state;
    });
}

Result<QList<Order>> Store::Private::readOrders(const QList<QUuid> &ids)
{
    QList<Order> orders;
    if (ids.isEmpty())
        return orders;
    QVariantList keys;
    for (const QUuid &id : ids)
        keys.append(idValue(id));
    QHash<QUuid, qsizetype> position;
    for (qsizetype first = 0; first < keys.size(); first += kSqliteRowsPerStatement) {
        const QVariantList chunk = keys.mid(first, kSqliteRowsPerStatement);
        QVariantList binds;
        Result<QSqlQuery> query =
            select(QStringLiteral("SELECT id, event_id, payment, customer_name, customer_email, "
                                  "total_cents, status, created_ms, updated_ms FROM orders WHERE ")
                       + inList("id"_L1, "uuid"_L1, chunk, binds),
                   binds);
        if (!query)
            return query.error();
        while (query->next()) {
            Order order;
            order.id = idFrom(query->value(0));
            order.eventId = idFrom(query->value(1));
            order.payment = paymentFrom(query->value(2).toString());
            order.customerName = query->value(3).toString();
            order.customerEmail = query->value(4).toString();
            order.totalCents = query->value(5).toLongLong();
            order.status = orderStatusFrom(query->value(6).toString());
            order.createdAt = timeFrom(query->value(7));
            order.updatedAt = timeFrom(query->value(8));
            position.insert(order.id, orders.size());
            orders.append(std::move(order));
        }
        binds.clear();
        Result<QSqlQuery> tickets = select(
            QStringLiteral(
                "SELECT order_id, id, event_id, seat_id, standing_area_id, user_id, seat_label, price_cents, "
                "status, issued_ms, expires_ms, created_ms, updated_ms FROM tickets WHERE ")
                + inList("order_id"_L1, "uuid"_L1, chunk, binds)
                + QStringLiteral(" ORDER BY order_id, position"),
            binds);
        if (!tickets)
            return tickets.error();
        while (tickets->next()) {
            Ticket ticket;
            ticket.orderId = idFrom(tickets->value(0));
            ticket.id = idFrom(tickets->value(1));
            ticket.eventId = idFrom(tickets->value(2));
            ticket.seatId = idFrom(tickets->value(3));
            ticket.standingAreaId = idFrom(tickets->value(4));
            ticket.userId = idFrom(tickets->value(5));
            ticket.seatLabel = tickets->value(6).toString();
            ticket.priceCents = tickets->value(7).toLongLong();
            setTicketStatus(ticket, tickets->value(8).toString());
            ticket.issuedAt = timeFrom(tickets->value(9));
            ticket.expiresAt = timeFrom(tickets->value(10));
            ticket.createdAt = timeFrom(tickets->value(11));
            ticket.updatedAt = timeFrom(tickets->value(12));
            if (auto it = position.constFind(ticket.orderId); it != position.cend())
                orders[*it].tickets.append(std::move(ticket));
        }
    }
    // Back into the order of `ids`.
    QList<Order> sorted;
    sorted.reserve(orders.size());
    for (const QUuid &id : ids) {
        if (auto it = position.constFind(id); it != position.cend())
            sorted.append(std::move(orders[*it]));
    }
    return sorted;
}

Result<Order> Store::order(const QUuid &orderId)
{
    Result<QList<Order>> orders = d->readOrders({orderId});
    if (!orders)
        return orders.error();
    if (orders->isEmpty())
        return Error{ErrorCode::NotFound, QStringLiteral("no order %1").arg(uuidText(orderId))};
    return orders->takeFirst();
}

Result<Order> Store::orderOfTicket(const QUuid &ticketId)
{
    Result<QSqlQuery> query =
        d->select(QStringLiteral("SELECT order_id FROM tickets WHERE id = ?"), {idValue(ticketId)});
    if (!query)
        return query.error();
    if (!query->next() || query->value(0).isNull())
        return Error{ErrorCode::NotFound, QStringLiteral("no order with ticket %1").arg(uuidText(ticketId))};
    return order(idFrom(query->value(0)));
}

Result<QList<Order>> Store::findOrders(const QString &text, int limit)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty() || limit <= 0)
        return QList<Order>{};
    QVariantList binds;
    // Names and e-mails of customers, and the event's name: every order of "Hamlet".
    QString sql =
        QStringLiteral("SELECT id FROM orders WHERE lower(customer_name) LIKE ? ESCAPE '\\' "
                       "OR lower(customer_email) LIKE ? ESCAPE '\\' "
                       "OR event_id IN (SELECT id FROM events WHERE lower(name) LIKE ? ESCAPE '\\')");
    binds << likePattern(needle) << likePattern(needle) << likePattern(needle);
    if (needle.contains(u'-')) {
        // A seat as the tickets print it ("Stalls A-12") or as a customer says it ("A-12"):
        // the label the ticket was sold with, whatever the layout is now.
        sql += QStringLiteral(" OR id IN (SELECT order_id FROM tickets WHERE lower(seat_label) = ? "
                              "OR lower(seat_label) LIKE ? ESCAPE '\\')");
        binds << needle.toLower() << QString(u"% "_s + likePattern(needle).mid(1).chopped(1));
    }
    if (const QUuid id = parseUuid(needle); !id.isNull()) {
        sql += QStringLiteral(" OR id = ? OR id IN (SELECT order_id FROM tickets WHERE id = ?)");
        binds << idValue(id) << idValue(id);
    } else if (isShortIdStart(needle)) {
        // The short id printed on tickets and receipts (the last 8 hex digits of the order's or a
        // ticket's id), or its first digits at least: "4368" finds order 436887db.
        const QString idText = d->isPostgres() ? QStringLiteral("id::text") : QStringLiteral("id");
        sql += QStringLiteral(" OR %1 LIKE ? OR id IN (SELECT order_id FROM tickets WHERE %1 LIKE ?)")
                   .arg(idText);
        const QString pattern = u'%' + needle.toLower() + QString(8 - needle.size(), u'_');
        binds << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY created_ms DESC, id LIMIT ?");
    binds << limit;
    Result<QSqlQuery> query = d->select(sql, binds);
    if (!query)
        return query.error();
    QList<QUuid> ids;
    while (query->next())
        ids.append(idFrom(query->value(0)));
    return d->readOrders(ids);
}

Result<std::vector<std::pair<quint32, QUuid>>> Store::liveSeatTickets(const QUuid &eventId)
{
    Result<QSqlQuery> query =
        d->select(QStringLiteral("SELECT seat_index, id FROM tickets WHERE event_id = ? "
                                 "AND status = 'confirmed' AND seat_index IS NOT NULL "
                                 "ORDER BY seat_index"),
                  {idValue(eventId)});
    if (!query)
        return query.error();
    std::vector<std::pair<quint32, QUuid>> tickets;
    while (query->next())
        tickets.emplace_back(quint32(query->value(0).toLongLong()), idFrom(query->value(1)));
    return tickets;
}

Result<qint64> Store::liveTickets(const QUuid &eventId)
{
    Result<QSqlQuery> query =
        d->select(QStringLiteral("SELECT count(*) FROM tickets WHERE event_id = ? AND status = 'confirmed'"),
                  {idValue(eventId)});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<QHash<QUuid, quint64>> Store::changeSequences()
{
    QHash<QUuid, quint64> sequences;
    if (!d->isPostgres())
        return sequences;
    Result<QSqlQuery> query = d->select(QStringLiteral("SELECT event_id, seq FROM change_sequences"));
    if (!query)
        return query.error();
    while (query->next())
        sequences.insert(idFrom(query->value(0)), quint64(query->value(1).toLongLong()));
    return sequences;
}

Result<qint64> Store::dataVersion()
{
    if (d->isPostgres())
        return 0;
    Result<QSqlQuery> query = d->select(QStringLiteral("PRAGMA data_version"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Status Store::foldChangeCounts()
{
    if (d->isPostgres())
        return {};
    if (Status status = d->begin(); !status)
        return status;
    const QString statements[] = {
        QStringLiteral(
            "INSERT INTO change_counts (origin, event_id, batches) SELECT '', event_id, sum(batches) "
            "FROM change_counts WHERE origin <> '' GROUP BY event_id "
            "ON CONFLICT (origin, event_id) DO UPDATE SET batches = batches + excluded.batches"),
        QStringLiteral("DELETE FROM change_counts WHERE origin <> ''"),
    };
    for (const QString &sql : statements) {
        if (Status status = d->exec(sql); !status) {
            d->rollback();
            return status;
        }
    }
    if (Status status = d->commit(); !status) {
        d->rollback();
        return status;
    }
    return {};
}

Result<QHash<QUuid, qint64>> Store::peerChangeCounts(const QString &ownOrigin)
{
    QHash<QUuid, qint64> counts;
    if (d->isPostgres())
        return counts;
    Result<QSqlQuery> query =
        d->select(QStringLiteral(
                      "SELECT event_id, sum(batches) FROM change_counts WHERE origin <> ? GROUP BY event_id"),
                  {ownOrigin});
    if (!query)
        return query.error();
    while (query->next())
        counts.insert(idFrom(query->value(0)), query->value(1).toLongLong());
    return counts;
}

} // namespace tessera
