#include "core/waitingroom/queueroomsnapshot.h"

#include "core/domain/json.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

Error invalid(const QString &what)
{
    return Error{ErrorCode::InvalidInput, u"waiting room: "_s + what};
}

} // namespace

QueueRoomSnapshot readQueueRoom(const WaitingRoom &room, int sessionLimit)
{
    QueueRoomSnapshot snapshot;
    snapshot.config = room.config();
    snapshot.statistics = room.statistics();
    snapshot.seedHash = room.seedHash();
    snapshot.revealedSeed = room.revealedSeed();
    snapshot.newArrivalWaitMs = room.estimatedWaitMs(snapshot.statistics.waiting + 1);
    snapshot.sessions = room.activeSessions(sessionLimit);
    return snapshot;
}

QJsonObject queueTicketToJson(const QueueTicket &ticket, bool withSession)
{
    QJsonObject json{{u"entry_id"_s, qint64(ticket.entryId)},
                     {u"user_id"_s, ticket.userId.toString(QUuid::WithoutBraces)},
                     {u"status"_s, wireName(ticket.status)},
                     {u"position"_s, ticket.position},
                     {u"entered_at_ms"_s, ticket.enteredAtMs}};
    if (ticket.expiresAtMs)
        json.insert(u"expires_at_ms"_s, *ticket.expiresAtMs);
    if (withSession)
        json.insert(u"session_id"_s, ticket.sessionId.toString(QUuid::WithoutBraces));
    return json;
}

Result<QueueTicket> queueTicketFromJson(const QJsonObject &json)
{
    QueueTicket ticket;
    ticket.entryId = quint64(json.value(u"entry_id"_s).toInteger(-1));
    ticket.userId = QUuid::fromString(json.value(u"user_id"_s).toString());
    const auto status = fromWireName<QueueStatus>(json.value(u"status"_s).toString());
    if (ticket.userId.isNull() || !status || !json.value(u"position"_s).isDouble())
        return invalid(u"an entry needs user_id, status and position"_s);
    ticket.status = *status;
    ticket.position = json.value(u"position"_s).toInteger();
    ticket.enteredAtMs = json.value(u"entered_at_ms"_s).toInteger();
    if (json.value(u"expires_at_ms"_s).isDouble())
        ticket.expiresAtMs = json.value(u"expires_at_ms"_s).toInteger();
    ticket.sessionId = QUuid::fromString(json.value(u"session_id"_s).toString());
    return ticket;
}

QJsonObject queueRoomToJson(const QueueRoomSnapshot &room)
{
    QJsonObject config{{u"admissions_per_minute"_s, room.config.admissionsPerMinute},
                       {u"session_ttl_ms"_s, room.config.sessionTtlMs}};
    if (room.config.openingTimeMs)
        config.insert(u"opening_time_ms"_s, *room.config.openingTimeMs);
    const WaitingRoomStatistics &s = room.statistics;
    const QJsonObject statistics{{u"arrivals_per_minute"_s, s.arrivalsPerMinute},
                                 {u"admissions_per_minute"_s, s.admissionsPerMinute},
                                 {u"total_joined"_s, s.totalJoined},
                                 {u"total_admitted"_s, s.totalAdmitted},
                                 {u"total_expired"_s, s.totalExpired},
                                 {u"total_completed"_s, s.totalCompleted},
                                 {u"total_left"_s, s.totalLeft},
                                 {u"waiting"_s, s.waiting},
                                 {u"pre_queue"_s, s.preQueue},
                                 {u"active"_s, s.active}};
    QJsonArray sessions;
    for (const QueueTicket &ticket : room.sessions)
        sessions.append(queueTicketToJson(ticket, true));
    return QJsonObject{
        {u"config"_s, config},
        {u"statistics"_s, statistics},
        {u"seed_hash"_s, room.seedHash},
        {u"revealed_seed"_s, room.revealedSeed},
        {u"new_arrival_wait_ms"_s, room.newArrivalWaitMs ? QJsonValue(*room.newArrivalWaitMs) : QJsonValue()},
        {u"sessions"_s, sessions}};
}

Result<QueueRoomSnapshot> queueRoomFromJson(const QJsonObject &json)
{
    const QJsonObject config = json.value(u"config"_s).toObject();
    const QJsonObject s = json.value(u"statistics"_s).toObject();
    if (config.isEmpty() || s.isEmpty() || !json.value(u"sessions"_s).isArray())
        return invalid(u"config, statistics and sessions are required"_s);
    QueueRoomSnapshot room;
    room.config.admissionsPerMinute = config.value(u"admissions_per_minute"_s).toInt();
    room.config.sessionTtlMs = config.value(u"session_ttl_ms"_s).toInteger();
    if (config.value(u"opening_time_ms"_s).isDouble())
        room.config.openingTimeMs = config.value(u"opening_time_ms"_s).toInteger();
    room.statistics.arrivalsPerMinute = s.value(u"arrivals_per_minute"_s).toDouble();
    room.statistics.admissionsPerMinute = s.value(u"admissions_per_minute"_s).toDouble();
    room.statistics.totalJoined = s.value(u"total_joined"_s).toInteger();
    room.statistics.totalAdmitted = s.value(u"total_admitted"_s).toInteger();
    room.statistics.totalExpired = s.value(u"total_expired"_s).toInteger();
    room.statistics.totalCompleted = s.value(u"total_completed"_s).toInteger();
    room.statistics.totalLeft = s.value(u"total_left"_s).toInteger();
    room.statistics.waiting = s.value(u"waiting"_s).toInteger();
    room.statistics.preQueue = s.value(u"pre_queue"_s).toInteger();
    room.statistics.active = s.value(u"active"_s).toInteger();
    room.seedHash = json.value(u"seed_hash"_s).toString();
    room.revealedSeed = json.value(u"revealed_seed"_s).toString();
    if (json.value(u"new_arrival_wait_ms"_s).isDouble())
        room.newArrivalWaitMs = json.value(u"new_arrival_wait_ms"_s).toInteger();
    for (const QJsonValue &value : json.value(u"sessions"_s).toArray()) {
        Result<QueueTicket> ticket = queueTicketFromJson(value.toObject());
        if (!ticket)
            return ticket.error();
        room.sessions.append(*ticket);
    }
    return room;
}

} // namespace tessera
