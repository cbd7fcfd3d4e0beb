#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace tessera {

/// A box-office hold: either a set of seats or a number of places in one standing area, kept for
/// one holder until expiresAt. Holds are all-or-nothing: every seat in it was taken together.
struct Hold
{
    QUuid id;
    QUuid eventId;
    QList<QUuid> seatIds; ///< empty for a standing hold
    QUuid standingAreaId; ///< null for a seat hold
    int quantity = 0;     ///< standing places held; 0 for a seat hold
    QString holder;       ///< who owns the hold (clerk, session or user); not empty
    QDateTime expiresAt;
    QDateTime createdAt;

    bool isStanding() const { return !standingAreaId.isNull(); }
    /// How many places the hold covers: its seats or its standing quantity.
    qsizetype placeCount() const { return isStanding() ? quantity : seatIds.size(); }

    friend bool operator==(const Hold &, const Hold &) = default;
};

/// Checks a hold: an event, a holder and an expiry, and exactly one of: one or more distinct
/// non-nil seats (quantity 0), or a standing area with a quantity of at least 1.
Status validateHold(const Hold &hold);

} // namespace tessera
