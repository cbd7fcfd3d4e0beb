#pragma once

// Small helpers the box-office widgets share: price text and watching the box office's futures
// without ever blocking the GUI thread (DESIGN.md section 2, rule 4).

#include "core/domain/order.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QLocale>
#include <QObject>
#include <QString>

#include <utility>

namespace tessera {

/// "45.00" in the user's locale; prices carry no currency in Tessera.
inline QString formatPrice(qint64 cents)
{
    return QLocale().toString(static_cast<double>(cents) / 100.0, 'f', 2);
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

/// "valid", "reserved", "cancelled": a ticket's state as a clerk says it.
inline QString ticketStatusText(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Reserved:
        return QCoreApplication::translate("tessera::Sales", "reserved");
    case TicketStatus::Confirmed:
        return QCoreApplication::translate("tessera::Sales", "valid");
    case TicketStatus::Cancelled:
        return QCoreApplication::translate("tessera::Sales", "cancelled");
    }
    return {};
}

/// "completed", "cancelled", "partly cancelled".
inline QString orderStatusText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Completed:
        return QCoreApplication::translate("tessera::Sales", "completed");
    case OrderStatus::Cancelled:
        return QCoreApplication::translate("tessera::Sales", "cancelled");
    case OrderStatus::PartiallyCancelled:
        return QCoreApplication::translate("tessera::Sales", "partly cancelled");
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
