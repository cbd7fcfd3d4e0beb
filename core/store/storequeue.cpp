// Store: the waiting rooms' settings and seeds.

#include "core/store/store_p.h"

namespace tessera {

namespace {

constexpr qsizetype kSeedBytes = 32;

} // namespace

Status Store::saveWaitingRoom(const WaitingRoomRow &room)
{
    if (room.eventId.isNull())
        return Error{ErrorCode::InvalidInput, QStringLiteral("a waiting room needs an event id")};
    if (room.seed.size() != kSeedBytes)
        return Error{ErrorCode::InvalidInput, QStringLiteral("a waiting-room seed has 32 bytes")};
    const QVariant opening = room.config.openingTimeMs ? QVariant(*room.config.openingTimeMs) : QVariant();
    Result<QSqlQuery *> query =
        d->run(QStringLiteral(
                   "INSERT INTO waiting_rooms (event_id, admissions_per_minute, session_ttl_ms, opening_ms, "
                   "seed, updated_ms) VALUES (?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (event_id) DO UPDATE SET "
                   "admissions_per_minute = excluded.admissions_per_minute, "
                   "session_ttl_ms = excluded.session_ttl_ms, opening_ms = excluded.opening_ms, "
                   "seed = excluded.seed, updated_ms = excluded.updated_ms"),
               {idValue(room.eventId), room.config.admissionsPerMinute, room.config.sessionTtlMs, opening,
                QString::fromLatin1(room.seed.toHex()), QDateTime::currentMSecsSinceEpoch()});
    if (!query)
        return query.error();
    (*query)->finish();
    return {};
}

Result<QList<WaitingRoomRow>> Store::loadWaitingRooms()
{
    Result<QSqlQuery> query =
        d->select(QStringLiteral("SELECT event_id, admissions_per_minute, session_ttl_ms, opening_ms, seed "
                                 "FROM waiting_rooms ORDER BY event_id"));
    if (!query)
        return query.error();
    QList<WaitingRoomRow> rooms;
    while (query->next()) {
        WaitingRoomRow room;
        room.eventId = idFrom(query->value(0));
        room.config.admissionsPerMinute = query->value(1).toInt();
        room.config.sessionTtlMs = query->value(2).toLongLong();
        if (!query->value(3).isNull())
            room.config.openingTimeMs = query->value(3).toLongLong();
        room.seed = QByteArray::fromHex(query->value(4).toString().toLatin1());
        rooms.append(room);
    }
    return rooms;
}

} // namespace tessera
