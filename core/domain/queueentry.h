#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QUuid>

namespace tessera {

/// Where a waiting-room entry stands. Wire names: waiting, active (admitted, may buy until
/// expiresAt), expired, completed (bought or left).
enum class QueueStatus {
    Waiting,
    Active,
    Expired,
    Completed
};

/// One user's place in an event's waiting room. position is current (1 is next in line) while
/// waiting, and 0 once the entry has left the line.
struct QueueEntry
{
    QUuid id;
    QUuid eventId;
    QUuid userId;
    QUuid sessionId;
    qint64 position = 0;
    QueueStatus status = QueueStatus::Waiting;
    QDateTime enteredAt;
    QDateTime expiresAt; ///< set while active: when the admission lapses unless refreshed
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const QueueEntry &, const QueueEntry &) = default;
};

/// An admission to buy: purchases through a queued event need an active, unexpired session.
struct QueueSession
{
    QUuid id;
    QUuid eventId;
    QUuid userId;
    QDateTime expiresAt;
    bool active = false;

    friend bool operator==(const QueueSession &, const QueueSession &) = default;
};

/// Checks an entry: ids, an entry time, a non-negative position, an expiry when active.
Status validateQueueEntry(const QueueEntry &entry);

} // namespace tessera
