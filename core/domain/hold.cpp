#include "core/domain/hold.h"

#include "core/domain/invalid_p.h"

#include <QSet>

namespace tessera {

Status validateHold(const Hold &hold)
{
    if (hold.eventId.isNull())
        return invalidInput(QStringLiteral("event_id: required"));
    if (hold.holder.trimmed().isEmpty())
        return invalidInput(QStringLiteral("holder: must not be empty"));
    if (!hold.expiresAt.isValid())
        return invalidInput(QStringLiteral("expires_at: required"));
    if (hold.isStanding()) {
        if (!hold.seatIds.isEmpty())
            return invalidInput(QStringLiteral("seat_ids: a standing hold holds no seats"));
        if (hold.quantity < 1)
            return invalidInput(QStringLiteral("quantity: must be at least 1"));
        return {};
    }
    if (hold.seatIds.isEmpty())
        return invalidInput(QStringLiteral("seat_ids: a hold needs seats or a standing area"));
    if (hold.quantity != 0)
        return invalidInput(QStringLiteral("quantity: only for standing holds"));
    QSet<QUuid> seen;
    for (qsizetype i = 0; i < hold.seatIds.size(); ++i) {
        const QUuid &seat = hold.seatIds.at(i);
        if (seat.isNull())
            return invalidInput(QStringLiteral("seat_ids[%1]: must not be the nil UUID").arg(i));
        if (seen.contains(seat))
            return invalidInput(QStringLiteral("seat_ids[%1]: listed twice").arg(i));
        seen.insert(seat);
    }
    return {};
}

} // namespace tessera
