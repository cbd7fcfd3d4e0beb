#include "core/pump/batchbuilder.h"

#include "core/common/ids.h"

#include <QDateTime>
#include <QHashFunctions>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace tessera {

namespace {

/// std::unordered_map's hash through Qt's qHash, which hashes the integers and std::pair.
struct QtHash
{
    template<typename T>
    std::size_t operator()(const T &value) const
    {
        return qHash(value);
    }
};

/// A seat or a standing area of an event, as one number: (event, standing, target).
quint64 placeKey(quint32 event, bool standing, quint32 target)
{
    return (quint64(event) << 33) | (quint64(standing) << 32) | target;
}

struct SaleAccumulator
{
    quint32 event = 0;
    HoldId sale = 0;
    HolderId holder = 0;
    std::vector<quint32> seats;
    quint32 standingArea = kNoIndex;
    quint32 quantity = 0;
    quint64 sequence = 0;
    qint64 timeMs = 0;
    quint32 round = 0;
};

/// A hold row to write, and whether the hold's own Hold records are in this batch (else it
/// started earlier and the batch extends it).
struct StartedHold
{
    HoldRow row;
    bool heldHere = false;
};

struct CancelAccumulator
{
    quint32 event = 0;
    HoldId sale = 0;
    std::vector<quint32> seats;
    quint32 standingArea = kNoIndex;
    quint32 quantity = 0;
    qint64 timeMs = 0;
    bool folded = false; ///< its sale is written as a cancelled order (SaleRow::cancelledAtMs)
};

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

/// An order for a sale nobody registered (simulation, command line): one ticket per place.
Order makeOrder(const CatalogEntry &entry, const SaleAccumulator &sale)
{
    Order order;
    order.id = newTimeOrderedUuid();
    order.eventId = entry.event.id;
    order.payment = PaymentMethod::Cash;
    order.status = OrderStatus::Completed;
    order.createdAt = fromMs(sale.timeMs);
    order.updatedAt = order.createdAt;
    auto ticket = [&](qint64 price) {
        Ticket t;
        t.id = newTimeOrderedUuid();
        t.orderId = order.id;
        t.eventId = entry.event.id;
        t.priceCents = price;
        t.status = TicketStatus::Confirmed;
        t.issuedAt = order.createdAt;
        t.createdAt = order.createdAt;
        t.updatedAt = order.createdAt;
        return t;
    };
    for (quint32 seat : sale.seats) {
        Ticket t = ticket(seat < entry.seatPriceCents.size() ? entry.seatPriceCents[seat] : 0);
        if (seat < static_cast<quint32>(entry.layout.seats.size())) {
            t.seatId = entry.layout.seats[seat].id;
            t.seatLabel = entry.seatLabels[seat];
        }
        order.totalCents += t.priceCents;
        order.tickets.append(t);
    }
    if (sale.standingArea != kNoIndex
        && sale.standingArea < static_cast<quint32>(entry.layout.standingAreas.size())) {
        const StandingArea &area = entry.layout.standingAreas[sale.standingArea];
        for (quint32 k = 0; k < sale.quantity; ++k) {
            Ticket t = ticket(entry.standingPriceCents[sale.standingArea]);
            t.standingAreaId = area.id;
            t.seatLabel = area.name;
            order.totalCents += t.priceCents;
            order.tickets.append(t);
        }
    }
    return order;
}

/// Whether `cancel` takes back every place `sale` sold.
bool cancelsWhole(const CancelAccumulator &cancel, const SaleAccumulator &sale)
{
    if (cancel.standingArea != sale.standingArea || cancel.quantity != sale.quantity
        || cancel.seats.size() != sale.seats.size())
        return false;
    if (cancel.seats == sale.seats) // the usual case: the same places in the same order
        return true;
    std::vector<quint32> cancelled = cancel.seats;
    std::vector<quint32> sold = sale.seats;
    std::sort(cancelled.begin(), cancelled.end());
    std::sort(sold.begin(), sold.end());
    return cancelled == sold;
}

/// The state a seat is in after a change of this kind.
SeatState stateAfter(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Hold:
    case ChangeKind::Extend:
        return SeatState::Held;
    case ChangeKind::Sell:
        return SeatState::Sold;
    case ChangeKind::Block:
        return SeatState::Blocked;
    case ChangeKind::Release:
    case ChangeKind::Expire:
    case ChangeKind::Cancel:
    case ChangeKind::Unblock:
        break;
    }
    return SeatState::Available;
}

} // namespace

qsizetype buildBatch(std::span<const Change> changes, const BatchContext &context, PumpBatch &batch)
{
    // Whole commands only.
    qsizetype usable = 0;
    for (qsizetype i = static_cast<qsizetype>(changes.size()) - 1; i >= 0; --i) {
        if (changes[static_cast<size_t>(i)].endOfCommand) {
            usable = i + 1;
            break;
        }
    }

    // Holds that start, move or are extended in this batch.
    std::unordered_map<SaleKey, StartedHold, QtHash> started;
    std::unordered_set<SaleKey, QtHash> ended;
    std::vector<SaleKey> endedOrder;
    std::unordered_map<SaleKey, SaleAccumulator, QtHash> sales;
    std::vector<SaleKey> salesOrder;
    std::unordered_map<SaleKey, CancelAccumulator, QtHash> cancels;
    std::vector<SaleKey> cancelsOrder;
    // placeKey -> the round the place's next sale goes in: one past the round of the last sale
    // of it cancelled in this batch.
    std::unordered_map<quint64, quint32, QtHash> nextRound;
    struct StandingBlock
    {
        qint32 delta = 0;
        quint64 lastSequence = 0;
    };
    std::map<std::tuple<quint32, bool, quint32>, StandingBlock> standingBlocks;
    std::unordered_map<quint64, SeatState, QtHash> seatStates; // placeKey of a seat -> last state
    std::set<quint32> standingEvents;

    // About one sale, cancellation and hold per four records in a busy on-sale: room for them
    // up front instead of rehashing as the maps grow.
    const auto expected = static_cast<std::size_t>(usable / 4);
    started.reserve(expected);
    sales.reserve(expected);
    cancels.reserve(expected);
    seatStates.reserve(expected);
    qsizetype used = 0;
    std::shared_ptr<const CatalogEntry> entry;
    while (used < usable) {
        qsizetype end = used;
        while (!changes[static_cast<size_t>(end)].endOfCommand)
            ++end;
        for (qsizetype i = used; i <= end; ++i) {
            const Change &c = changes[static_cast<size_t>(i)];
            if (!entry || entry->index != c.event)
                entry = context.catalog->byIndex(c.event);
            const SaleKey key{c.event, c.hold};
            // The undo of a refused sale is not news to the others: the seat is sold there.
            const bool undo =
                c.kind == ChangeKind::Cancel && context.isRefusedSale && context.isRefusedSale(key);
            if (entry && !c.standing && !undo)
                seatStates[placeKey(c.event, false, c.target)] = stateAfter(c.kind);
            if (entry && c.standing && !undo && c.kind != ChangeKind::Extend) // extends change no count
                standingEvents.insert(c.event);
            if (entry) {
                switch (c.kind) {
                case ChangeKind::Hold:
                case ChangeKind::Extend: {
                    // The hold's ids and names are looked up at the end, for the holds still
                    // started then: most are sold within the batch.
                    auto [it, fresh] = started.try_emplace(key);
                    StartedHold &hold = it->second;
                    HoldRow &row = hold.row;
                    if (fresh) {
                        row.engineId = c.hold;
                        row.holder = c.holder;
                    }
                    row.expiresAtMs = c.expiresAtMs;
                    if (c.kind == ChangeKind::Hold)
                        hold.heldHere = true;
                    else if (hold.heldHere)
                        break; // its Hold records gave the places
                    // Extend records name the hold's places too: the row is an upsert of the
                    // whole hold, so a hold written in an earlier batch keeps its places (listed
                    // once even when it is extended twice in the batch).
                    if (c.standing) {
                        row.standingArea = c.target;
                        row.quantity = c.quantity;
                    } else if (c.kind == ChangeKind::Hold
                               || std::find(row.seats.begin(), row.seats.end(), c.target)
                                      == row.seats.end()) {
                        row.seats.push_back(c.target);
                    }
                    break;
                }
                case ChangeKind::Release:
                case ChangeKind::Expire:
                case ChangeKind::Sell:
                    if (auto it = started.find(key); it != started.end() && it->second.heldHere) {
                        // Started and ended within the batch: nothing to write for the hold.
                        if (c.endOfCommand)
                            started.erase(it);
                    } else if (ended.insert(key).second) {
                        started.erase(key);
                        endedOrder.push_back(key);
                    }
                    if (c.kind == ChangeKind::Sell) {
                        auto [it, fresh] = sales.try_emplace(key);
                        SaleAccumulator &sale = it->second;
                        if (fresh) {
                            sale.event = c.event;
                            sale.sale = c.hold;
                            sale.holder = c.holder;
                            sale.timeMs = c.timeMs;
                            salesOrder.push_back(key);
                        }
                        if (c.standing) {
                            sale.standingArea = c.target;
                            sale.quantity += c.quantity;
                        } else {
                            sale.seats.push_back(c.target);
                        }
                        sale.sequence = c.sequence;
                        if (const auto next = nextRound.find(placeKey(c.event, c.standing, c.target));
                            next != nextRound.end())
                            sale.round = std::max(sale.round, next->second);
                    }
                    break;
                case ChangeKind::Cancel: {
                    if (context.isRefusedSale && context.isRefusedSale(key))
                        break;
                    auto [it, fresh] = cancels.try_emplace(key);
                    CancelAccumulator &cancel = it->second;
                    if (fresh) {
                        cancel.event = c.event;
                        cancel.sale = c.hold;
                        cancel.timeMs = c.timeMs;
                        cancelsOrder.push_back(key);
                    }
                    if (c.standing) {
                        cancel.standingArea = c.target;
                        cancel.quantity += c.quantity;
                    } else {
                        cancel.seats.push_back(c.target);
                    }
                    // A sale of this batch that is cancelled moves the place's next sale to
                    // the next round; a cancel of an earlier batch's sale is written first.
                    if (const auto sold = sales.find(key); sold != sales.end()) {
                        quint32 &next = nextRound[placeKey(c.event, c.standing, c.target)];
                        next = std::max(next, sold->second.round + 1);
                    }
                    break;
                }
                case ChangeKind::Block:
                case ChangeKind::Unblock:
                    if (c.standing) {
                        StandingBlock &block = standingBlocks[{c.event, true, c.target}];
                        block.delta += c.kind == ChangeKind::Block ? static_cast<qint32>(c.quantity)
                                                                   : -static_cast<qint32>(c.quantity);
                        block.lastSequence = c.sequence;
                    } else {
                        batch.blocks.push_back(
                            BlockRow{entry->event.id, c.target, false, c.kind == ChangeKind::Block, 0});
                    }
                    break;
                }
            }
        }
        used = end + 1;
    }

    for (auto &[key, hold] : started) {
        const auto e = context.catalog->byIndex(key.first);
        if (!e)
            continue;
        HoldRow &row = hold.row;
        row.eventId = e->event.id;
        row.holdId = context.catalog->holdId(key.first, e->event.id, key.second);
        row.holderName = context.holders ? context.holders->name(row.holder) : QString();
        batch.holdsStarted.push_back(std::move(row));
    }
    for (const SaleKey &key : endedOrder) {
        if (const auto e = context.catalog->byIndex(key.first))
            batch.holdsEnded.push_back(context.catalog->holdId(key.first, e->event.id, key.second));
    }
    // The cancellations the box office registered, by sale.
    std::unordered_map<SaleKey, ExpectedCancellation, QtHash> expectedCancellations;
    if (context.takeCancellation) {
        for (const SaleKey &key : cancelsOrder) {
            ExpectedCancellation expected = context.takeCancellation(key);
            if (!expected.cancelIds.isEmpty() || !expected.refundIds.isEmpty())
                expectedCancellations.emplace(key, std::move(expected));
        }
    }
    for (const SaleKey &key : salesOrder) {
        const SaleAccumulator &acc = sales[key];
        const auto e = context.catalog->byIndex(acc.event);
        SaleRow row;
        std::optional<Order> registered = context.takeSaleOrder ? context.takeSaleOrder(key) : std::nullopt;
        row.order = registered ? std::move(*registered) : makeOrder(*e, acc);
        row.engineSaleId = acc.sale;
        row.sequence = acc.sequence;
        row.round = acc.round;
        row.standingArea = acc.standingArea;
        if (registered) {
            for (const Ticket &t : row.order.tickets)
                row.seatIndex.push_back(t.seatId.isNull() ? kNoIndex
                                                          : e->seatIndexById.value(t.seatId, kNoIndex));
        } else {
            // makeOrder's tickets: the seats in order, then the standing places.
            row.seatIndex.reserve(std::size_t(row.order.tickets.size()));
            for (const Ticket &t : row.order.tickets) {
                const std::size_t k = row.seatIndex.size();
                row.seatIndex.push_back(k < acc.seats.size() && !t.seatId.isNull() ? acc.seats[k] : kNoIndex);
            }
        }
        // A sale nobody waits for that the batch cancels whole: written as a cancelled order.
        if (const auto cancel = cancels.find(key); !registered && cancel != cancels.end()
                                                   && !expectedCancellations.count(key)
                                                   && cancelsWhole(cancel->second, acc)) {
            const QDateTime at = fromMs(cancel->second.timeMs);
            row.cancelledAtMs = cancel->second.timeMs;
            row.order.status = OrderStatus::Cancelled;
            row.order.updatedAt = at;
            for (Ticket &t : row.order.tickets) {
                t.status = TicketStatus::Cancelled;
                t.updatedAt = at;
            }
            cancel->second.folded = true;
        }
        batch.sales.push_back(std::move(row));
    }
    for (const SaleKey &key : cancelsOrder) {
        const CancelAccumulator &acc = cancels[key];
        if (acc.folded)
            continue;
        const auto e = context.catalog->byIndex(acc.event);
        CancelRow row;
        row.eventId = e->event.id;
        row.seatIndices = acc.seats;
        row.standingArea = acc.standingArea;
        row.quantity = acc.quantity;
        row.engineSaleId = acc.sale;
        row.at = fromMs(acc.timeMs);
        row.reason = QStringLiteral("cancel");
        if (const auto it = expectedCancellations.find(key); it != expectedCancellations.end()) {
            ExpectedCancellation &expected = it->second;
            if (!expected.refundIds.isEmpty()) {
                // The refunded tickets first, by id; the row after them (the sale's places)
                // then finds only the plainly cancelled ones still live.
                CancelRow refund;
                refund.eventId = row.eventId;
                refund.engineSaleId = row.engineSaleId;
                refund.at = row.at;
                refund.reason = QStringLiteral("refund");
                refund.ticketIds = std::move(expected.refundIds);
                batch.cancels.push_back(std::move(refund));
            }
            row.ticketIds = std::move(expected.cancelIds);
        }
        batch.cancels.push_back(std::move(row));
    }
    // By event and seat.
    std::vector<std::pair<quint64, SeatState>> lastStates(seatStates.begin(), seatStates.end());
    std::sort(lastStates.begin(), lastStates.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    batch.seatStates.reserve(lastStates.size());
    std::shared_ptr<const CatalogEntry> stateEntry;
    for (const auto &[place, state] : lastStates) {
        const auto event = quint32(place >> 33);
        if (!stateEntry || stateEntry->index != event)
            stateEntry = context.catalog->byIndex(event);
        if (stateEntry)
            batch.seatStates.push_back(SeatStateRow{stateEntry->event.id, quint32(place), state});
    }
    for (quint32 event : standingEvents) {
        if (const auto e = context.catalog->byIndex(event))
            batch.standingEvents.push_back(e->event.id);
    }
    for (const auto &[place, block] : standingBlocks) {
        if (block.delta == 0)
            continue;
        const auto e = context.catalog->byIndex(std::get<0>(place));
        batch.blocks.push_back(BlockRow{e->event.id, std::get<2>(place), true, block.delta > 0, block.delta,
                                        block.lastSequence});
    }
    return used;
}

} // namespace tessera
