#pragma once

#include "core/boxoffice/boxoffice.h"

#include <QJsonObject>

namespace tessera {

/// API.md's Seat: {id, event_id, section, row, number, price, status (available|reserved|sold),
/// state (available|held|sold|blocked), x, y, category, created_at, updated_at}.
QJsonObject seatJson(const SeatInfo &seat, const Event &event);
/// "available", "held", "sold" or "blocked".
QString seatStateName(SeatState state);
/// The push stream's seat status: "AVAILABLE", "HELD", "SOLD" or "BLOCKED".
QString seatPushStatus(SeatState state);
/// The answer to a hold: {hold_id, expires_at, seats, standing_area_id?, quantity, hold}.
QJsonObject holdAnswerJson(const Hold &hold);

} // namespace tessera
