#include "core/domain/order.h"

#include "core/domain/invalid_p.h"

#include <algorithm>

namespace tessera {

namespace {
constexpr qsizetype kMaxEmailLength = 254;
} // namespace

bool hasControlCharacters(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool isEmailAddress(QStringView text)
{
    if (text.size() > kMaxEmailLength || hasControlCharacters(text))
        return false;
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); }))
        return false;
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || text.indexOf(u'@', at + 1) != -1)
        return false;
    const QStringView domain = text.sliced(at + 1);
    const qsizetype dot = domain.indexOf(u'.');
    return dot > 0 && !domain.endsWith(u'.') && !domain.contains(QStringView(u".."));
}

Status validateTicket(const Ticket &ticket)
{
    if (ticket.id.isNull())
        return invalidInput(QStringLiteral("id: required"));
    if (ticket.eventId.isNull())
        return invalidInput(QStringLiteral("event_id: required"));
    if (!ticket.seatId.isNull() && !ticket.standingAreaId.isNull())
        return invalidInput(
            QStringLiteral("standing_area_id: a ticket has a seat or a standing area, not both"));
    if (ticket.priceCents < 0)
        return invalidInput(QStringLiteral("price: must be a non-negative integer number of cents"));
    if (!ticket.issuedAt.isValid())
        return invalidInput(QStringLiteral("issued_at: required"));
    if (ticket.status == TicketStatus::Reserved && !ticket.expiresAt.isValid())
        return invalidInput(QStringLiteral("expires_at: required for a reserved ticket"));
    if (ticket.refunded && ticket.status != TicketStatus::Cancelled)
        return invalidInput(QStringLiteral("refunded: only a cancelled ticket is refunded"));
    return {};
}

Status validateOrder(const Order &order)
{
    if (order.id.isNull())
        return invalidInput(QStringLiteral("id: required"));
    if (order.eventId.isNull())
        return invalidInput(QStringLiteral("event_id: required"));
    if (order.customerName.size() > kMaxCustomerNameLength)
        return invalidInput(
            QStringLiteral("customer_name: at most %1 characters").arg(kMaxCustomerNameLength));
    if (!order.customerEmail.isEmpty() && !isEmailAddress(order.customerEmail))
        return invalidInput(QStringLiteral("customer_email: not an e-mail address"));
    if (order.totalCents < 0)
        return invalidInput(QStringLiteral("total_price: must be a non-negative integer number of cents"));
    for (qsizetype i = 0; i < order.tickets.size(); ++i) {
        const Ticket &ticket = order.tickets.at(i);
        const QString path = QStringLiteral("tickets[%1].").arg(i);
        if (Status status = validateTicket(ticket); !status)
            return invalidInput(path + status.error().message);
        if (ticket.orderId != order.id)
            return invalidInput(path + QStringLiteral("order_id: differs from the order's id"));
        if (ticket.eventId != order.eventId)
            return invalidInput(path + QStringLiteral("event_id: differs from the order's event_id"));
    }
    return {};
}

QString shortId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).right(8);
}

namespace {

bool allHex(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

} // namespace

bool isShortId(QStringView text)
{
    return text.size() == 8 && allHex(text);
}

bool isShortIdStart(QStringView text)
{
    return text.size() >= 4 && text.size() <= 8 && allHex(text);
}

} // namespace tessera
