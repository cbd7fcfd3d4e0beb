#pragma once

#include "core/common/error.h"
#include "core/domain/order.h"
#include "core/space/change.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

#include <utility>
#include <vector>

namespace tessera {

/// A hold as the database keeps it, so that unexpired holds survive a restart.
struct HoldRow
{
    QUuid eventId;
    QUuid holdId;        ///< public id
    HoldId engineId = 0; ///< the space's handle (restored as is on recovery)
    HolderId holder = 0;
    QString holderName; ///< who holds it (terminal or customer), for people
    qint64 expiresAtMs = 0;
    std::vector<quint32> seats; ///< seat indices (layout order)
    quint32 standingArea = kNoIndex;
    quint32 quantity = 0;
};

/// A sale to record: the order with its tickets. Each seated ticket names its seat index; the
/// database's partial unique index refuses a second live ticket for the same (event, seat).
struct SaleRow
{
    Order order;                    ///< tickets carry seat ids; seatIndex below gives the index
    std::vector<quint32> seatIndex; ///< per ticket, kNoIndex for standing tickets
    quint32 standingArea = kNoIndex;
    HoldId engineSaleId = 0; ///< the sold hold's engine id
    quint64 sequence = 0;    ///< feed sequence of the sale's last change
    /// Write order within the batch when places are sold, cancelled and sold again: every sale
    /// of round r is written after the cancellations of the sales of earlier rounds. A sale
    /// after the cancellation of a round-r sale of one of its places is in round r + 1 or later.
    quint32 round = 0;
    /// Not 0: the same batch cancels this whole sale and nobody waits for it (the simulation's
    /// sales), so it is written at once as a cancelled order with
    /// cancelled tickets, cancelled at this time, and PumpBatch::cancels holds no row for it.
    /// Its tickets never hold a place in the database: it cannot be refused.
    qint64 cancelledAtMs = 0;
};

/// A cancellation to record: the tickets become cancelled (and the seats free for a new ticket).
/// Tickets are named by id when the BoxOffice cancelled them, or by seat (the seat's live
/// ticket) and by standing quantity (that many live tickets of the sale) when the cancellation
/// came straight from the space (simulation, undo of a refused sale).
struct CancelRow
{
    QUuid eventId;
    QList<QUuid> ticketIds;
    std::vector<quint32> seatIndices;
    quint32 standingArea = kNoIndex;
    quint32 quantity = 0;
    HoldId engineSaleId = 0;
    QDateTime at;
    QString reason; ///< "cancel", "refund", "double sale undone"
};

/// Seat blocks set or lifted by an admin, and standing places taken out of sale.
struct BlockRow
{
    QUuid eventId;
    quint32 target = 0;
    bool standing = false;
    bool blocked = true;      ///< seats: the new state
    qint32 quantityDelta = 0; ///< standing: change of the blocked count
    /// Standing: the change-feed sequence of the last change the delta sums up. With the
    /// writer's change origin it names the delta, so a batch written again (its COMMIT's reply
    /// was lost) applies it once. 0: no name, always applied.
    quint64 sequence = 0;
};

/// A seat's state after a batch, told to the other processes sharing a PostgreSQL database
/// with the batch's NOTIFY so that they can update their own space.
struct SeatStateRow
{
    QUuid eventId;
    quint32 seat = 0;
    SeatState state = SeatState::Available;
};

/// One transaction's worth of write-behind work, built by the DataPump from the change feed.
/// The store writes it in one transaction and reports which sales the database refused.
struct PumpBatch
{
    std::vector<HoldRow> holdsStarted; ///< new holds, or holds whose expiry moved (upsert)
    std::vector<QUuid> holdsEnded;     ///< released, expired or sold holds (by public id)
    std::vector<SaleRow> sales;
    std::vector<CancelRow> cancels;
    std::vector<BlockRow> blocks;
    std::vector<SeatStateRow> seatStates; ///< last state of each seat the batch changed
    /// Events whose standing-area counts the batch changed (places held, released, expired,
    /// sold, cancelled, blocked or unblocked), so that the other processes re-read them.
    std::vector<QUuid> standingEvents;

    bool isEmpty() const
    {
        return holdsStarted.empty() && holdsEnded.empty() && sales.empty() && cancels.empty()
               && blocks.empty();
    }
    qsizetype rowCount() const;
};

/// What happened to a PumpBatch.
struct BatchOutcome
{
    /// Indices into PumpBatch::sales that the database refused because a seat already has a
    /// live ticket (another terminal sold it first). Everything else in the batch committed.
    std::vector<qsizetype> refusedSales;
    /// Sales the database could not store for a reason of their own (neither a seat conflict
    /// nor an outage), with the database's error; each failed alone, the rest committed.
    std::vector<std::pair<qsizetype, Error>> failedSales;
};

} // namespace tessera
