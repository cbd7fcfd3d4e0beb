#pragma once

#include "core/domain/order.h"
#include "core/engine/eventcatalog.h"
#include "core/engine/holderregistry.h"
#include "core/store/pumpbatch.h"

#include <functional>
#include <optional>
#include <span>

namespace tessera {

using SaleKey = std::pair<quint32, HoldId>; ///< (event index, sale id = sold hold's id)

/// The tickets the cancellations of one sale name, by kind: refunded (the customer got the
/// money back) or cancelled. Two clerks may cancel tickets of one order either way at once.
struct ExpectedCancellation
{
    QList<QUuid> cancelIds;
    QList<QUuid> refundIds;
};

/// What the batch builder asks of its owner (the DataPump) while it turns changes into rows.
struct BatchContext
{
    const EventCatalog *catalog = nullptr;
    const HolderRegistry *holders = nullptr;
    /// The order the box office registered for a sale, or nothing (the builder then makes one
    /// with fresh ticket ids). Called exactly once per sale, in the order of PumpBatch::sales.
    std::function<std::optional<Order>(const SaleKey &)> takeSaleOrder;
    /// The ticket ids a cancellation names and its kind, if the box office registered them.
    std::function<ExpectedCancellation(const SaleKey &)> takeCancellation;
    /// True for sales the database refused: their undo in the space is not written again.
    std::function<bool(const SaleKey &)> isRefusedSale;
};

/// Turns change-feed records into one PumpBatch and returns how many records it used. It uses
/// whole commands only (up to the last record with endOfCommand). A place sold, cancelled and
/// sold again within the batch puts the second sale in the next round (SaleRow::round), so the
/// database writes the cancellation between the two sales. A sale nobody registered (no order,
/// no expected cancellation) that the batch cancels whole becomes a cancelled order at once
/// (SaleRow::cancelledAtMs) instead of a sale and a cancellation. A hold that starts and ends in
/// the same batch is not written at all.
qsizetype buildBatch(std::span<const Change> changes, const BatchContext &context, PumpBatch &batch);

} // namespace tessera
