#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace tessera {

/// Whether an event is on sale. Wire names: active, inactive, sold_out.
enum class EventStatus {
    Active,
    Inactive,
    SoldOut
};

/// How an event admits people: every place a numbered seat, standing areas only, or both.
enum class EventKind {
    Seated,
    Standing,
    Mixed
};

/// An event as the box office sells it. A plain value: validateEvent() says whether it is
/// consistent; the JSON decoders only ever produce values that pass it.
struct Event
{
    QUuid id;
    QString name;
    QString description;
    QString venue;
    QDateTime startTime;
    QDateTime endTime;
    EventStatus status = EventStatus::Active;
    EventKind kind = EventKind::Seated;
    int totalTickets = 0;
    int availableTickets = 0;
    QDateTime salesStart;      ///< null when sales open as soon as the event is active
    int holdTimeSeconds = 600; ///< how long a hold or a reserved ticket lives
    bool queueEnabled = false; ///< purchases need an active waiting-room session
    QDateTime createdAt;
    QDateTime updatedAt;

    /// True for events with numbered seats (Seated and Mixed): the API's `is_seated_event`.
    bool hasSeats() const { return kind != EventKind::Standing; }

    /// True once the event is over (its end time is at or before `now`): its tickets can no
    /// longer be held or sold, though sold ones can still be cancelled or refunded.
    bool hasEndedAt(const QDateTime &now) const { return endTime.isValid() && endTime <= now; }

    friend bool operator==(const Event &, const Event &) = default;
};

inline constexpr int kMaxEventNameLength = 200;
inline constexpr int kMinHoldTimeSeconds = 30;
inline constexpr int kMaxHoldTimeSeconds = 3600;

/// Checks the rules every stored event keeps: a name that is not blank once trimmed and at most
/// kMaxEventNameLength characters, valid start and end times with the end after the start, a
/// sales start (when set) before the end, 0 <= available_tickets <= total_tickets, and a hold
/// time from kMinHoldTimeSeconds to kMaxHoldTimeSeconds. The error names the offending field
/// by its wire name.
Status validateEvent(const Event &event);

} // namespace tessera
