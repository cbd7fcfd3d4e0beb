#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace tessera {

/// How an order was paid. Wire names: cash, card, complimentary.
enum class PaymentMethod {
    Cash,
    Card,
    Complimentary
};

/// Where a ticket stands. Wire names: reserved (held, awaiting confirmation until expiresAt),
/// confirmed (sold), cancelled (its place is free again).
enum class TicketStatus {
    Reserved,
    Confirmed,
    Cancelled
};

/// Where an order stands. Wire names: completed, cancelled, partially_cancelled.
enum class OrderStatus {
    Completed,
    Cancelled,
    PartiallyCancelled
};

/// One admission: a seat (seatId) or a place in a standing area (standingAreaId), never both.
struct Ticket
{
    QUuid id;
    QUuid orderId; ///< null for a ticket bought through /tickets/purchase
    QUuid eventId;
    QUuid seatId;         ///< null for standing
    QUuid standingAreaId; ///< null for a seat, and for standing events without areas
    QUuid userId;         ///< null for an anonymous box-office sale
    QString seatLabel;    ///< "Stalls B-7", printed on the ticket
    qint64 priceCents = 0;
    TicketStatus status = TicketStatus::Reserved;
    bool refunded = false; ///< cancelled with the money given back (status is then Cancelled)
    QDateTime issuedAt;
    QDateTime expiresAt; ///< when a reserved ticket lapses; null otherwise
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Ticket &, const Ticket &) = default;
};

/// A sale of one or more tickets of one event to one customer.
struct Order
{
    QUuid id;
    QUuid eventId;
    PaymentMethod payment = PaymentMethod::Cash;
    QString customerName;  ///< optional
    QString customerEmail; ///< optional; an e-mail address when set
    qint64 totalCents = 0;
    OrderStatus status = OrderStatus::Completed;
    QList<Ticket> tickets;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Order &, const Order &) = default;
};

inline constexpr int kMaxCustomerNameLength = 200;

/// True when `text` holds a control character (NUL, escape, a line break...): names that
/// people type never do, and PostgreSQL refuses NUL in text.
bool hasControlCharacters(QStringView text);

/// The short form of an order or ticket id that clerks read and type: its last 8 hex digits.
/// Ids are time-ordered, so their first digits are the time and repeat for everything made in
/// the same minute; the last ones are random. Store::findOrders() finds an order by it.
QString shortId(const QUuid &id);

/// True for text that can be a short id: exactly 8 hex digits, in either case.
bool isShortId(QStringView text);
/// True for text that can be the start of a short id: 4 to 8 hex digits, in either case.
bool isShortIdStart(QStringView text);

/// A plausible e-mail address: one '@' with a non-empty local part before it, a domain with a dot
/// inside after it, no spaces or control characters, at most 254 characters. Not RFC 5322: it
/// catches typos, the mail server decides the rest.
bool isEmailAddress(QStringView text);

/// Checks a ticket: an id and an event, not both a seat and a standing area, a non-negative
/// price, an issue time, and an expiry when it is reserved.
Status validateTicket(const Ticket &ticket);

/// Checks an order: an id and an event, a customer name of at most kMaxCustomerNameLength
/// characters, an e-mail address when one is given, a non-negative total, and valid tickets that
/// belong to this order and event. Messages name the field path, e.g. "tickets[2].price: ...".
Status validateOrder(const Order &order);

} // namespace tessera
