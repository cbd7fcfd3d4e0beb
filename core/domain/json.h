#pragma once

// JSON codecs of the domain types: the wire format of API.md (field names are the JSON names).
//
// Encoders write UUIDs in lower case without braces, times as RFC 3339 UTC with milliseconds,
// money as integer cents, and leave out optional fields that are unset (null UUIDs and times).
// Decoders accept exactly what the encoders write plus what API.md allows clients to send, and
// reject anything else with ErrorCode::InvalidInput and a message that starts with the field
// path: "start_time: not an RFC 3339 time with a zone", "seats[3].x: must be a number". Every
// decoder also runs the type's validator, so a decoded value is always valid. For every valid
// value v, xFromJson(toJson(v)) == v.

#include "core/common/result.h"
#include "core/domain/event.h"
#include "core/domain/hold.h"
#include "core/domain/layout.h"
#include "core/domain/order.h"
#include "core/domain/queueentry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tessera {

/// "2024-05-01T18:00:00.000Z": the instant in UTC with milliseconds; empty for a null time.
QString toRfc3339(const QDateTime &time);

/// Parses "YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)" ('t' and 'z' may be lower case) into
/// a UTC QDateTime. Requires the zone; rejects a missing zone, a space instead of 'T', invalid
/// dates and times (no leap second 60) and trailing text. Digits beyond milliseconds are dropped.
std::optional<QDateTime> parseRfc3339(QStringView text);

/// Wire names of the enumerations: "sold_out", "restricted_view", "partially_cancelled"...
QString wireName(EventStatus status);
QString wireName(EventKind kind);
QString wireName(SeatFlag flag);
QString wireName(PaymentMethod method);
QString wireName(TicketStatus status);
QString wireName(OrderStatus status);
QString wireName(QueueStatus status);

/// The enumerator with wire name `name` (exact, lower case), or nothing.
template<typename E>
std::optional<E> fromWireName(QStringView name);
template<>
std::optional<EventStatus> fromWireName<EventStatus>(QStringView name);
template<>
std::optional<EventKind> fromWireName<EventKind>(QStringView name);
template<>
std::optional<SeatFlag> fromWireName<SeatFlag>(QStringView name);
template<>
std::optional<PaymentMethod> fromWireName<PaymentMethod>(QStringView name);
template<>
std::optional<TicketStatus> fromWireName<TicketStatus>(QStringView name);
template<>
std::optional<OrderStatus> fromWireName<OrderStatus>(QStringView name);
template<>
std::optional<QueueStatus> fromWireName<QueueStatus>(QStringView name);

/// API.md's Event plus Tessera's `kind`, `sales_start`, `hold_time_s` and `queue_enabled`.
QJsonObject toJson(const Event &event);
/// Decodes a full Event or a create request: name, start_time, end_time, total_tickets and one
/// of kind or is_seated_event are required; id, status (active), available_tickets
/// (total_tickets), hold_time_s (600) and the other fields are optional. The name is trimmed.
Result<Event> eventFromJson(const QJsonObject &json);
/// Applies a partial update (PUT /events/{id}) to `event` and validates the result. Unknown
/// fields are rejected; available_tickets, created_at and updated_at are server-maintained and
/// ignored; an id must match. Changing total_tickets keeps the number sold and moves
/// available_tickets with it. `sales_start: null` clears the sales start.
Result<Event> applyEventPatch(const Event &event, const QJsonObject &patch);

/// {id, name, colour, price}
QJsonObject toJson(const PriceCategory &category);
Result<PriceCategory> priceCategoryFromJson(const QJsonObject &json);
/// {id, section, row, number, x, y, category, flags?, blocked?, block_reason?}; flags, blocked
/// and block_reason are left out when unset.
QJsonObject toJson(const LayoutSeat &seat);
Result<LayoutSeat> layoutSeatFromJson(const QJsonObject &json);
/// {id, name, category, capacity, x, y, width, height}
QJsonObject toJson(const StandingArea &area);
Result<StandingArea> standingAreaFromJson(const QJsonObject &json);
/// {name, width, height, stage: {x, y, width, height}, categories, seats, standing_areas};
/// decoding runs validateLayout().
QJsonObject toJson(const VenueLayout &layout);
Result<VenueLayout> venueLayoutFromJson(const QJsonObject &json);

/// {id, event_id, seat_ids, standing_area_id?, quantity, holder, expires_at, created_at?}
QJsonObject toJson(const Hold &hold);
Result<Hold> holdFromJson(const QJsonObject &json);

/// {id, order_id?, event_id, seat_id?, standing_area_id?, user_id?, seat_label, price, status,
/// issued_at, expires_at?, created_at?, updated_at?}
QJsonObject toJson(const Ticket &ticket);
Result<Ticket> ticketFromJson(const QJsonObject &json);
/// {id, event_id, payment_method, customer_name, customer_email, total_price, status, tickets,
/// created_at?, updated_at?}
QJsonObject toJson(const Order &order);
Result<Order> orderFromJson(const QJsonObject &json);

/// {id, event_id, user_id, session_id, position, status, entered_at, expires_at?, created_at?,
/// updated_at?}
QJsonObject toJson(const QueueEntry &entry);
Result<QueueEntry> queueEntryFromJson(const QJsonObject &json);
/// {id, event_id, user_id, expires_at, active}
QJsonObject toJson(const QueueSession &session);
Result<QueueSession> queueSessionFromJson(const QJsonObject &json);

} // namespace tessera
