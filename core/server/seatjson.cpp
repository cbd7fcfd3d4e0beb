#include "core/server/seatjson.h"

#include "core/domain/json.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tessera {

QString seatStateName(SeatState state)
{
    switch (state) {
    case SeatState::Available:
        return u"available"_s;
    case SeatState::Held:
        return u"held"_s;
    case SeatState::Sold:
        return u"sold"_s;
    case SeatState::Blocked:
        break;
    }
    return u"blocked"_s;
}

QString seatPushStatus(SeatState state)
{
    return seatStateName(state).toUpper();
}

QJsonObject seatJson(const SeatInfo &seat, const Event &event)
{
    const QString status = seat.state == SeatState::Available ? u"available"_s
                           : seat.state == SeatState::Sold    ? u"sold"_s
                                                              : u"reserved"_s;
    QJsonObject json{{u"id"_s, seat.seatId.toString(QUuid::WithoutBraces)},
                     {u"event_id"_s, event.id.toString(QUuid::WithoutBraces)},
                     {u"section"_s, seat.section},
                     {u"row"_s, seat.row},
                     {u"number"_s, seat.number},
                     {u"price"_s, seat.priceCents},
                     {u"status"_s, status},
                     {u"state"_s, seatStateName(seat.state)},
                     {u"category"_s, seat.categoryId},
                     {u"x"_s, seat.x},
                     {u"y"_s, seat.y},
                     {u"created_at"_s, toRfc3339(event.createdAt)},
                     {u"updated_at"_s, toRfc3339(event.updatedAt)}};
    if (seat.state == SeatState::Held && seat.holdExpiresAt.isValid())
        json.insert(u"hold_expires_at"_s, toRfc3339(seat.holdExpiresAt));
    return json;
}

QJsonObject holdAnswerJson(const Hold &hold)
{
    QJsonArray seats;
    for (const QUuid &seat : hold.seatIds)
        seats.append(seat.toString(QUuid::WithoutBraces));
    QJsonObject json{{u"hold_id"_s, hold.id.toString(QUuid::WithoutBraces)},
                     {u"expires_at"_s, toRfc3339(hold.expiresAt)},
                     {u"seats"_s, seats},
                     {u"quantity"_s, hold.quantity},
                     {u"hold"_s, toJson(hold)}};
    if (hold.isStanding())
        json.insert(u"standing_area_id"_s, hold.standingAreaId.toString(QUuid::WithoutBraces));
    return json;
}

} // namespace tessera
