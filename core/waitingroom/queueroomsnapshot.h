#pragma once

#include "core/common/result.h"
#include "core/waitingroom/waitingroom.h"

#include <QJsonObject>

#include <optional>

namespace tessera {

/// What the queue admin shows of one waiting room at one moment: its settings and counters, the
/// hash of the pre-queue seed (and the seed once drawn), the wait a new arrival can expect and the
/// active sessions ending soonest. Read from a WaitingRoom in the same process, or sent by
/// tessera-server as JSON (GET /api/v1/events/{id}/queue, admin).
struct QueueRoomSnapshot
{
    WaitingRoomConfig config;
    WaitingRoomStatistics statistics;
    QString seedHash;
    QString revealedSeed;
    std::optional<qint64> newArrivalWaitMs;
    QList<QueueTicket> sessions; ///< at most the number asked for, the soonest to expire first
};

/// Reads `room` with at most `sessionLimit` active sessions.
QueueRoomSnapshot readQueueRoom(const WaitingRoom &room, int sessionLimit);

/// {entry_id, user_id, status, position, entered_at_ms, expires_at_ms?, session_id?}: the session
/// id (the secret that lets its owner buy) only when `withSession`.
QJsonObject queueTicketToJson(const QueueTicket &ticket, bool withSession);
Result<QueueTicket> queueTicketFromJson(const QJsonObject &json);
/// {config, statistics, seed_hash, revealed_seed, new_arrival_wait_ms (or null), sessions}.
QJsonObject queueRoomToJson(const QueueRoomSnapshot &room);
Result<QueueRoomSnapshot> queueRoomFromJson(const QJsonObject &json);

} // namespace tessera
