#pragma once

// Valid sample values of every domain type, shared by tst_domain and tst_json. Tests derive
// bad values from these by changing one thing.

#include "core/domain/event.h"
#include "core/domain/hold.h"
#include "core/domain/layout.h"
#include "core/domain/order.h"
#include "core/domain/queueentry.h"

#include <QDateTime>
#include <QUuid>

namespace tessera::fixtures {

/// The error message of a Result (or Status) for test failure output; "(no error)" when it holds
/// a value. QVERIFY2 evaluates its message even when the check passes.
template<typename R>
QByteArray errorText(const R &result)
{
    return result.hasValue() ? QByteArrayLiteral("(no error)") : result.error().message.toUtf8();
}

/// A fixed, distinct version 4 UUID per n, so failures print the same ids every run.
inline QUuid uuid(uint n)
{
    return QUuid(0x5e5e0000 + n, 0xa1b2, 0x4c3d, 0x8e, 0x4f, 0x50, 0x61, 0x72, 0x83, 0x94, 0xa5);
}

inline QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

inline Event sampleEvent()
{
    Event event;
    event.id = uuid(1);
    event.name = QStringLiteral("Tosca");
    event.description = QStringLiteral("Opera in three acts");
    event.venue = QStringLiteral("Royal Opera House");
    event.startTime = utc(2025, 3, 14, 19, 30);
    event.endTime = utc(2025, 3, 14, 22, 45);
    event.status = EventStatus::Active;
    event.kind = EventKind::Mixed;
    event.totalTickets = 1200;
    event.availableTickets = 1150;
    event.salesStart = utc(2025, 1, 10, 9, 0);
    event.holdTimeSeconds = 900;
    event.queueEnabled = true;
    event.createdAt = utc(2024, 11, 2, 8, 15, 4, 123);
    event.updatedAt = utc(2024, 12, 1, 17, 0, 0, 7);
    return event;
}

inline LayoutSeat seat(uint id, const char *section, const char *row, const char *number, double x, double y,
                       const char *category)
{
    LayoutSeat seat;
    seat.id = uuid(id);
    seat.section = QString::fromUtf8(section);
    seat.row = QString::fromUtf8(row);
    seat.number = QString::fromUtf8(number);
    seat.x = x;
    seat.y = y;
    seat.category = QString::fromLatin1(category);
    return seat;
}

inline VenueLayout sampleLayout()
{
    VenueLayout layout;
    layout.name = QStringLiteral("Main house");
    layout.width = 1000;
    layout.height = 800.5;
    layout.stageX = 300;
    layout.stageY = -20.25;
    layout.stageWidth = 400;
    layout.stageHeight = 60;
    layout.categories = {
        PriceCategory{QStringLiteral("stalls"), QStringLiteral("Stalls"), QStringLiteral("#1f77b4"), 4500},
        PriceCategory{QStringLiteral("circle-2"), QStringLiteral("Upper circle"), QStringLiteral("#FFAA00"),
                      0},
    };
    layout.seats = {
        seat(101, "Stalls", "A", "1", 10.5, 20, "stalls"),
        seat(102, "Stalls", "A", "2", 12.75, 20, "stalls"),
        seat(103, "Stalls", "B", "7", 1e-3, 1.0 / 3.0, "stalls"),
        seat(104, "Circle", "A", "1", -4, 300, "circle-2"),
    };
    layout.seats[2].flags = SeatFlag::Accessible | SeatFlag::RestrictedView;
    layout.seats[3].blocked = true;
    layout.seats[3].blockReason = QStringLiteral("Press");
    StandingArea floor;
    floor.id = uuid(201);
    floor.name = QStringLiteral("Floor");
    floor.category = QStringLiteral("circle-2");
    floor.capacity = 350;
    floor.x = 100;
    floor.y = 400;
    floor.width = 250.5;
    floor.height = 120;
    layout.standingAreas = {floor};
    return layout;
}

inline Hold sampleSeatHold()
{
    Hold hold;
    hold.id = uuid(301);
    hold.eventId = uuid(1);
    hold.seatIds = {uuid(101), uuid(102)};
    hold.holder = QStringLiteral("clerk:anna");
    hold.expiresAt = utc(2025, 2, 1, 12, 10);
    hold.createdAt = utc(2025, 2, 1, 12, 0);
    return hold;
}

inline Hold sampleStandingHold()
{
    Hold hold = sampleSeatHold();
    hold.id = uuid(302);
    hold.seatIds.clear();
    hold.standingAreaId = uuid(201);
    hold.quantity = 4;
    return hold;
}

inline Ticket sampleTicket(uint id, const QUuid &seatId)
{
    Ticket ticket;
    ticket.id = uuid(id);
    ticket.orderId = uuid(401);
    ticket.eventId = uuid(1);
    ticket.seatId = seatId;
    ticket.userId = uuid(501);
    ticket.seatLabel = QStringLiteral("Stalls A-1");
    ticket.priceCents = 4500;
    ticket.status = TicketStatus::Confirmed;
    ticket.issuedAt = utc(2025, 2, 1, 12, 3, 9, 250);
    ticket.createdAt = ticket.issuedAt;
    ticket.updatedAt = ticket.issuedAt;
    return ticket;
}

inline Order sampleOrder()
{
    Order order;
    order.id = uuid(401);
    order.eventId = uuid(1);
    order.payment = PaymentMethod::Card;
    order.customerName = QStringLiteral("Zoë Müller");
    order.customerEmail = QStringLiteral("zoe@example.org");
    order.tickets = {sampleTicket(411, uuid(101)), sampleTicket(412, uuid(102))};
    order.tickets[1].seatLabel = QStringLiteral("Stalls A-2");
    order.tickets[1].status = TicketStatus::Cancelled;
    order.totalCents = 9000;
    order.status = OrderStatus::PartiallyCancelled;
    order.createdAt = utc(2025, 2, 1, 12, 3, 9, 250);
    order.updatedAt = utc(2025, 2, 2, 9, 0);
    return order;
}

inline QueueEntry sampleQueueEntry()
{
    QueueEntry entry;
    entry.id = uuid(601);
    entry.eventId = uuid(1);
    entry.userId = uuid(501);
    entry.sessionId = uuid(602);
    entry.position = 0;
    entry.status = QueueStatus::Active;
    entry.enteredAt = utc(2025, 1, 10, 8, 59, 59, 999);
    entry.expiresAt = utc(2025, 1, 10, 9, 20);
    entry.createdAt = entry.enteredAt;
    entry.updatedAt = utc(2025, 1, 10, 9, 5);
    return entry;
}

inline QueueSession sampleQueueSession()
{
    return QueueSession{uuid(602), uuid(1), uuid(501), utc(2025, 1, 10, 9, 20), true};
}

} // namespace tessera::fixtures
