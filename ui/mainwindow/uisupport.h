#pragma once

// Small helpers the box-office widgets share: price text and watching the box office's futures
// without ever blocking the GUI thread (DESIGN.md section 2, rule 4).

#include "core/domain/order.h"
#include "ui/i18n/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QFutureWatcher>
#include <QLocale>
#include <QObject>
#include <QString>

#include <utility>

namespace tessera {

/// When an event starts, as the user's locale writes a long date and a time: "Tuesday, 1
/// December 2026, 19:30" (C), "Dienstag, 1. Dezember 2026, 19:30" (German).
inline QString eventStartText(const QDateTime &start)
{
    const QLocale locale;
    const QDateTime local = start.toLocalTime();
    QString time = locale.timeFormat(QLocale::ShortFormat); // the C locale's has seconds
    time.remove(QStringLiteral(":ss"));
    return locale.toString(local.date(), QLocale::LongFormat) + QStringLiteral(", ")
           + locale.toString(local.time(), time);
}

/// "Cash", "Card", "Complimentary".
inline QString paymentText(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QCoreApplication::translate("tessera::Sales", "Cash");
    case PaymentMethod::Card:
        return QCoreApplication::translate("tessera::Sales", "Card");
    case PaymentMethod::Complimentary:
        return QCoreApplication::translate("tessera::Sales", "Complimentary");
    }
    return {};
}

/// "valid", "reserved", "cancelled", "refunded": a ticket's state as a clerk says it.
inline QString ticketStatusText(const Ticket &ticket)
{
    if (ticket.status == TicketStatus::Cancelled && ticket.refunded)
        return QCoreApplication::translate("tessera::Sales", "refunded");
    switch (ticket.status) {
    case TicketStatus::Reserved:
        return QCoreApplication::translate("tessera::Sales", "reserved");
    case TicketStatus::Confirmed:
        return QCoreApplication::translate("tessera::Sales", "valid");
    case TicketStatus::Cancelled:
        return QCoreApplication::translate("tessera::Sales", "cancelled");
    }
    return {};
}

/// "completed", "cancelled", "refunded", "partly cancelled", "partly refunded"...: an order's
/// state as a clerk says it, telling refunds (money given back) from cancellations.
inline QString orderStatusText(const Order &order)
{
    int cancelled = 0;
    int refunded = 0;
    for (const Ticket &ticket : order.tickets) {
        if (ticket.status == TicketStatus::Cancelled) {
            ++cancelled;
            refunded += ticket.refunded ? 1 : 0;
        }
    }
    const bool allRefunded = refunded > 0 && refunded == cancelled;
    switch (order.status) {
    case OrderStatus::Completed:
        return QCoreApplication::translate("tessera::Sales", "completed");
    case OrderStatus::Cancelled:
        if (allRefunded)
            return QCoreApplication::translate("tessera::Sales", "refunded");
        return refunded == 0 ? QCoreApplication::translate("tessera::Sales", "cancelled")
                             : QCoreApplication::translate("tessera::Sales", "cancelled, partly refunded");
    case OrderStatus::PartiallyCancelled:
        if (allRefunded)
            return QCoreApplication::translate("tessera::Sales", "partly refunded");
        return refunded == 0 ? QCoreApplication::translate("tessera::Sales", "partly cancelled")
                             : QCoreApplication::translate("tessera::Sales", "partly cancelled and refunded");
    }
    return {};
}

/// Calls onReady(result) on `owner`'s thread when `future` has finished, through a
/// QFutureWatcher parented to `owner`: when the owner is destroyed first, nothing is called.
template<typename T, typename OnReady>
void whenReady(QObject *owner, QFuture<T> future, OnReady &&onReady)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner,
                     [watcher, onReady = std::forward<OnReady>(onReady)]() mutable {
                         watcher->deleteLater();
                         onReady(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace tessera
