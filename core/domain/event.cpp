#include "core/domain/event.h"

#include "core/domain/invalid_p.h"

namespace tessera {

Status validateEvent(const Event &event)
{
    const QString name = event.name.trimmed();
    if (name.isEmpty())
        return invalidInput(QStringLiteral("name: must not be empty"));
    if (name.size() > kMaxEventNameLength)
        return invalidInput(QStringLiteral("name: at most %1 characters").arg(kMaxEventNameLength));
    if (!event.startTime.isValid())
        return invalidInput(QStringLiteral("start_time: required"));
    if (!event.endTime.isValid())
        return invalidInput(QStringLiteral("end_time: required"));
    if (event.endTime <= event.startTime)
        return invalidInput(QStringLiteral("end_time: must be after start_time"));
    if (!event.salesStart.isNull() && !(event.salesStart < event.endTime))
        return invalidInput(QStringLiteral("sales_start: must be before end_time"));
    if (event.totalTickets < 0)
        return invalidInput(QStringLiteral("total_tickets: must not be negative"));
    if (event.availableTickets < 0 || event.availableTickets > event.totalTickets)
        return invalidInput(QStringLiteral("available_tickets: must be from 0 to total_tickets"));
    if (event.holdTimeSeconds < kMinHoldTimeSeconds || event.holdTimeSeconds > kMaxHoldTimeSeconds) {
        return invalidInput(QStringLiteral("hold_time_s: must be from %1 to %2 seconds")
                                .arg(kMinHoldTimeSeconds)
                                .arg(kMaxHoldTimeSeconds));
    }
    return {};
}

} // namespace tessera
