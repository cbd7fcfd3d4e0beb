#include "core/domain/queueentry.h"

#include "core/domain/invalid_p.h"

namespace tessera {

Status validateQueueEntry(const QueueEntry &entry)
{
    if (entry.id.isNull())
        return invalidInput(QStringLiteral("id: required"));
    if (entry.eventId.isNull())
        return invalidInput(QStringLiteral("event_id: required"));
    if (entry.userId.isNull())
        return invalidInput(QStringLiteral("user_id: required"));
    if (entry.sessionId.isNull())
        return invalidInput(QStringLiteral("session_id: required"));
    if (entry.position < 0)
        return invalidInput(QStringLiteral("position: must not be negative"));
    if (!entry.enteredAt.isValid())
        return invalidInput(QStringLiteral("entered_at: required"));
    if (entry.status == QueueStatus::Active && !entry.expiresAt.isValid())
        return invalidInput(QStringLiteral("expires_at: required for an active entry"));
    return {};
}

} // namespace tessera
