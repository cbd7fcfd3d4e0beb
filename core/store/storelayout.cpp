// Store: layouts (price categories, seats, standing areas) and deleting events.

#include "core/common/ids.h"
#include "core/store/store.h"
#include "core/store/store_p.h"

#include <QSet>

#include <algorithm>

namespace tessera {

namespace {

using namespace Qt::Literals::StringLiterals;

constexpr SqlColumn kCategoryColumns[] = {
    {"event_id"_L1, "uuid"_L1}, {"position"_L1, "integer"_L1}, {"key"_L1, "text"_L1},
    {"name"_L1, "text"_L1},     {"colour"_L1, "text"_L1},      {"price_cents"_L1, "bigint"_L1},
};

constexpr SqlColumn kSeatColumns[] = {
    {"event_id"_L1, "uuid"_L1}, {"seat_index"_L1, "integer"_L1}, {"id"_L1, "uuid"_L1},
    {"section"_L1, "text"_L1},  {"row_label"_L1, "text"_L1},     {"number"_L1, "text"_L1},
    {"x"_L1, "float8"_L1},      {"y"_L1, "float8"_L1},           {"category"_L1, "text"_L1},
    {"flags"_L1, "integer"_L1}, {"blocked"_L1, "boolean"_L1},    {"block_reason"_L1, "text"_L1},
};

constexpr SqlColumn kStandingColumns[] = {
    {"event_id"_L1, "uuid"_L1}, {"area_index"_L1, "integer"_L1}, {"id"_L1, "uuid"_L1},
    {"name"_L1, "text"_L1},     {"category"_L1, "text"_L1},      {"capacity"_L1, "integer"_L1},
    {"x"_L1, "float8"_L1},      {"y"_L1, "float8"_L1},           {"width"_L1, "float8"_L1},
    {"height"_L1, "float8"_L1}, {"blocked"_L1, "integer"_L1},
};

constexpr qint64 kProgressStep = 5000;

} // namespace

Status Store::saveLayout(const QUuid &eventId, const VenueLayout &layout, const Event *withEvent)
{
    if (eventId.isNull())
        return Error{ErrorCode::InvalidInput, QStringLiteral("saving a layout: no event id")};
    if (withEvent && withEvent->id != eventId)
        return Error{ErrorCode::InvalidInput, QStringLiteral("saving a layout: the event is another one")};
    if (Status status = validateLayout(layout); !status)
        return status;
    if (withEvent) {
        if (Status status = validateEvent(*withEvent); !status)
            return status;
    }
    if (Status status = d->begin(); !status)
        return status;
    auto fail = [this](Error error) -> Status {
        d->rollback();
        return error;
    };
    const QVariant event = idValue(eventId);
    if (withEvent) {
        if (Status status = saveEvent(*withEvent); !status)
            return fail(status.error());
    }

    // A seat or standing area with a live ticket may not disappear from under its ticket.
    Result<QSqlQuery> live =
        d->select(QStringLiteral("SELECT DISTINCT seat_id, standing_area_id, seat_label FROM tickets "
                                 "WHERE event_id = ? AND status = 'confirmed'"),
                  {event});
    if (!live)
        return fail(live.error());
    bool hasLive = false;
    QSet<QUuid> seatIds, areaIds;
    while (live->next()) {
        if (!hasLive) {
            hasLive = true;
            seatIds.reserve(layout.seats.size());
            for (const LayoutSeat &seat : layout.seats)
                seatIds.insert(seat.id);
            for (const StandingArea &area : layout.standingAreas)
                areaIds.insert(area.id);
        }
        const QUuid seat = idFrom(live->value(0));
        const QUuid area = idFrom(live->value(1));
        if ((!seat.isNull() && !seatIds.contains(seat)) || (!area.isNull() && !areaIds.contains(area))) {
            const QString label = live->value(2).toString();
            return fail(
                Error{ErrorCode::Conflict,
                      QStringLiteral("the new layout removes %1, which has a live ticket; cancel it first")
                          .arg(label.isEmpty() ? uuidText(seat.isNull() ? area : seat) : label)});
        }
    }
    live->finish();

    // Places taken out of sale in standing areas are not part of the layout: keep them by area id.
    QHash<QUuid, qint64> standingBlocked;
    Result<QSqlQuery> blocked =
        d->select(QStringLiteral("SELECT id, blocked FROM standing_areas WHERE event_id = ?"), {event});
    if (!blocked)
        return fail(blocked.error());
    while (blocked->next())
        standingBlocked.insert(idFrom(blocked->value(0)), blocked->value(1).toLongLong());
    blocked->finish();

    // Tickets name their seat by index: move the indices out of the way, then map them to the new
    // positions by seat id, so that reordered seats keep their tickets (two steps, because the
    // unique index on live seats is checked row by row).
    const QString renumber[] = {
        QStringLiteral(
            "UPDATE tickets SET seat_index = -1 - seat_index, standing_area_index = -1 - standing_area_index "
            "WHERE event_id = ?"),
        QStringLiteral("DELETE FROM layouts WHERE event_id = ?"),
        QStringLiteral("DELETE FROM price_categories WHERE event_id = ?"),
        QStringLiteral("DELETE FROM seats WHERE event_id = ?"),
        QStringLiteral("DELETE FROM standing_areas WHERE event_id = ?"),
    };
    for (const QString &sql : renumber) {
        if (Result<QSqlQuery *> query = d->run(sql, {event}); !query)
            return fail(query.error());
    }

    Result<QSqlQuery *> head = d->run(QStringLiteral("INSERT INTO layouts (event_id, name, width, height, "
                                                     "stage_x, stage_y, stage_width, stage_height) "
                                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                      {event, layout.name, layout.width, layout.height, layout.stageX,
                                       layout.stageY, layout.stageWidth, layout.stageHeight});
    if (!head)
        return fail(head.error());

    BulkRows categories{"price_categories"_L1, kCategoryColumns, {}};
    categories.reserve(layout.categories.size());
    for (qsizetype i = 0; i < layout.categories.size(); ++i) {
        const PriceCategory &c = layout.categories.at(i);
        categories.values << event << qint64(i) << c.id << c.name << c.colour << c.priceCents;
    }
    BulkRows seats{"seats"_L1, kSeatColumns, {}};
    seats.reserve(layout.seats.size());
    for (qsizetype i = 0; i < layout.seats.size(); ++i) {
        const LayoutSeat &s = layout.seats.at(i);
        seats.values << event << qint64(i) << idValue(s.id) << s.section << s.row << s.number << s.x << s.y
                     << s.category << int(s.flags.toInt()) << s.blocked << s.blockReason;
    }
    BulkRows areas{"standing_areas"_L1, kStandingColumns, {}};
    areas.reserve(layout.standingAreas.size());
    for (qsizetype i = 0; i < layout.standingAreas.size(); ++i) {
        const StandingArea &a = layout.standingAreas.at(i);
        areas.values << event << qint64(i) << idValue(a.id) << a.name << a.category << a.capacity << a.x
                     << a.y << a.width << a.height << standingBlocked.value(a.id, 0);
    }
    for (const BulkRows *rows : {&categories, &seats, &areas}) {
        if (Status status = d->insertRows(*rows); !status)
            return fail(status.error());
    }

    if (Result<QSqlQuery *> query =
            d->run(QStringLiteral("UPDATE tickets SET "
                                  "seat_index = (SELECT s.seat_index FROM seats s WHERE s.event_id = "
                                  "tickets.event_id AND s.id = tickets.seat_id), "
                                  "standing_area_index = (SELECT a.area_index FROM standing_areas a "
                                  "WHERE a.event_id = tickets.event_id AND a.id = tickets.standing_area_id) "
                                  "WHERE event_id = ?"),
                   {event});
        !query) {
        if (d->lastWasConstraint()) {
            return fail(
                Error{ErrorCode::Conflict,
                      QStringLiteral("the new layout gives a standing area fewer places than it has sold")});
        }
        return fail(query.error());
    }
    if (Status status = d->commit(); !status)
        return fail(status.error());
    return {};
}

Result<VenueLayout> Store::Private::readLayout(const QUuid &eventId,
                                               const std::function<void(qint64, qint64)> &progress)
{
    const QVariant event = idValue(eventId);
    VenueLayout layout;
    {
        Result<QSqlQuery> query =
            select(QStringLiteral("SELECT name, width, height, stage_x, stage_y, stage_width, "
                                  "stage_height FROM layouts WHERE event_id = ?"),
                   {event});
        if (!query)
            return query.error();
        if (!query->next())
            return Error{ErrorCode::NotFound,
                         QStringLiteral("event %1 has no layout").arg(uuidText(eventId))};
        layout.name = query->value(0).toString();
        layout.width = query->value(1).toDouble();
        layout.height = query->value(2).toDouble();
        layout.stageX = query->value(3).toDouble();
        layout.stageY = query->value(4).toDouble();
        layout.stageWidth = query->value(5).toDouble();
        layout.stageHeight = query->value(6).toDouble();
    }
    {
        Result<QSqlQuery> query =
            select(QStringLiteral("SELECT key, name, colour, price_cents FROM price_categories "
                                  "WHERE event_id = ? ORDER BY position"),
                   {event});
        if (!query)
            return query.error();
        while (query->next()) {
            layout.categories.append(PriceCategory{query->value(0).toString(), query->value(1).toString(),
                                                   query->value(2).toString(), query->value(3).toLongLong()});
        }
    }
    {
        qint64 total = 0;
        if (progress) {
            Result<QSqlQuery> count =
                select(QStringLiteral("SELECT count(*) FROM seats WHERE event_id = ?"), {event});
            if (!count)
                return count.error();
            total = count->next() ? count->value(0).toLongLong() : 0;
            progress(0, total);
        }
        Result<QSqlQuery> query =
            select(QStringLiteral(
                       "SELECT id, section, row_label, number, x, y, category, flags, blocked, block_reason "
                       "FROM seats WHERE event_id = ? ORDER BY seat_index"),
                   {event});
        if (!query)
            return query.error();
        layout.seats.reserve(total);
        while (query->next()) {
            LayoutSeat seat;
            seat.id = idFrom(query->value(0));
            seat.section = query->value(1).toString();
            seat.row = query->value(2).toString();
            seat.number = query->value(3).toString();
            seat.x = query->value(4).toDouble();
            seat.y = query->value(5).toDouble();
            seat.category = query->value(6).toString();
            seat.flags = SeatFlags::fromInt(query->value(7).toInt());
            seat.blocked = query->value(8).toBool();
            seat.blockReason = query->value(9).toString();
            layout.seats.append(std::move(seat));
            if (progress && layout.seats.size() % kProgressStep == 0)
                progress(layout.seats.size(), total);
        }
        if (progress)
            progress(layout.seats.size(), std::max<qint64>(total, layout.seats.size()));
    }
    {
        Result<QSqlQuery> query =
            select(QStringLiteral("SELECT id, name, category, capacity, x, y, width, height "
                                  "FROM standing_areas WHERE event_id = ? ORDER BY area_index"),
                   {event});
        if (!query)
            return query.error();
        while (query->next()) {
            StandingArea area;
            area.id = idFrom(query->value(0));
            area.name = query->value(1).toString();
            area.category = query->value(2).toString();
            area.capacity = query->value(3).toInt();
            area.x = query->value(4).toDouble();
            area.y = query->value(5).toDouble();
            area.width = query->value(6).toDouble();
            area.height = query->value(7).toDouble();
            layout.standingAreas.append(area);
        }
    }
    return layout;
}

Result<VenueLayout> Store::loadLayout(const QUuid &eventId)
{
    return d->readLayout(eventId, {});
}

Status Store::saveBlockReasons(const QUuid &eventId, const QList<quint32> &seats, const QString &reason)
{
    if (Status status = d->begin(); !status)
        return status;
    for (qsizetype from = 0; from < seats.size(); from += kSqliteRowsPerStatement) {
        QVariantList chunk;
        for (qsizetype i = from; i < std::min(seats.size(), from + kSqliteRowsPerStatement); ++i)
            chunk.append(qint64(seats[i]));
        QVariantList binds{reason, idValue(eventId)};
        const QString sql = QStringLiteral("UPDATE seats SET block_reason = ? WHERE event_id = ? AND ")
                            + d->inList("seat_index"_L1, "integer"_L1, chunk, binds);
        if (Result<QSqlQuery *> query = d->run(sql, binds); !query) {
            d->rollback();
            return query.error();
        }
    }
    // The others take the reasons into their layout when they re-read the event.
    if (Status told = d->announceReload(eventId); !told) {
        d->rollback();
        return told;
    }
    if (Status status = d->commit(); !status) {
        d->rollback();
        return status;
    }
    return {};
}

Status Store::deleteEvent(const QUuid &eventId)
{
    Result<qint64> live = liveTickets(eventId);
    if (!live)
        return live.error();
    if (*live > 0) {
        return Error{
            ErrorCode::Conflict,
            QStringLiteral("the event has %1 live ticket(s); cancel them before deleting it").arg(*live)};
    }
    if (Status status = d->begin(); !status)
        return status;
    const QVariant event = idValue(eventId);
    // Everything of the event but the audit log, which keeps its rows. waiting_rooms holds the
    // room's settings and seed (storequeue.cpp), change_sequences the peers' batch count.
    const QLatin1StringView tables[] = {"orders"_L1,
                                        "tickets"_L1,
                                        "holds"_L1,
                                        "seats"_L1,
                                        "standing_areas"_L1,
                                        "price_categories"_L1,
                                        "layouts"_L1,
                                        "queue_entries"_L1,
                                        "queue_sessions"_L1,
                                        "waiting_rooms"_L1,
                                        "change_sequences"_L1,
                                        "standing_block_log"_L1,
                                        "reserved_tickets"_L1,
                                        "change_counts"_L1};
    for (QLatin1StringView table : tables) {
        if (table == "change_counts"_L1 && d->isPostgres())
            continue; // SQLite's peers' batch counts
        if (Result<QSqlQuery *> query = d->run(
                QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE event_id = ?"), {event});
            !query) {
            d->rollback();
            return query.error();
        }
    }
    Result<QSqlQuery *> events = d->run(QStringLiteral("DELETE FROM events WHERE id = ?"), {event});
    if (!events) {
        d->rollback();
        return events.error();
    }
    const int deleted = (*events)->numRowsAffected();
    if (Status status = d->commit(); !status) {
        d->rollback();
        return status;
    }
    if (deleted == 0)
        return Error{ErrorCode::NotFound, QStringLiteral("no event %1").arg(uuidText(eventId))};
    return {};
}

} // namespace tessera
