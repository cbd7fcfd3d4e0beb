#include "tests/support/storetests.h"

#include "core/common/ids.h"
#include "tests/core/domainfixtures.h"
#include "tests/support/storetests_p.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

namespace tessera::test {

using namespace storefixtures;
using fixtures::sampleEvent;
using fixtures::sampleLayout;
using fixtures::utc;

std::unique_ptr<Store> StoreTests::openStore(const DatabaseUrl &url)
{
    Result<std::unique_ptr<Store>> store = Store::open(url);
    if (!store) {
        qWarning("cannot open %s: %s", qPrintable(url.redacted()), qPrintable(store.error().message));
        return nullptr;
    }
    return std::move(*store);
}

void StoreTests::migrationsAreIdempotent()
{
    const DatabaseUrl url = freshDatabase();
    {
        OPEN_OR_FAIL(store, url);
        QVERIFY(store->schemaVersion() >= 1);
        QVERIFY(store->isAlive());
        VERIFY_OK(store->saveEvent(sampleEvent()));
    }
    OPEN_OR_FAIL(again, url);
    QVERIFY(again->schemaVersion() >= 1);
    QCOMPARE(again->loadEvents()->size(), 1);
    // Two stores on one database at once: each has its own connection.
    OPEN_OR_FAIL(third, url);
    QCOMPARE(third->loadEvents()->size(), 1);
}

void StoreTests::eventsRoundTrip()
{
    const DatabaseUrl url = freshDatabase();
    Event first = sampleEvent();
    Event second = sampleEvent();
    second.id = fixtures::uuid(2);
    second.name = QStringLiteral("Aïda – «Triumph» 'quoted' \"double\" \\ %_");
    second.salesStart = QDateTime();
    second.kind = EventKind::Standing;
    second.status = EventStatus::SoldOut;
    second.queueEnabled = false;
    second.startTime = utc(2025, 3, 15, 19, 30, 0, 1);
    second.endTime = utc(2025, 3, 15, 23, 0, 0, 999);
    {
        OPEN_OR_FAIL(store, url);
        VERIFY_OK(store->saveEvent(first));
        VERIFY_OK(store->saveEvent(second));
        first.name = QStringLiteral("Tosca (new cast)");
        VERIFY_OK(store->saveEvent(first)); // update in place
        Event bad = first;
        bad.name.clear();
        QCOMPARE(store->saveEvent(bad).errorCode(), ErrorCode::InvalidInput);
    }
    OPEN_OR_FAIL(store, url);
    Result<QList<Event>> events = store->loadEvents();
    QVERIFY(events);
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(0), first);
    QCOMPARE(events->at(1), second);
}

void StoreTests::layoutRoundTrip()
{
    const DatabaseUrl url = freshDatabase();
    const VenueLayout layout = sampleLayout();
    {
        OPEN_WITH_SAMPLE(store, url);
    }
    OPEN_OR_FAIL(store, url);
    Result<VenueLayout> loaded = store->loadLayout(sampleEvent().id);
    QVERIFY(loaded);
    QCOMPARE(*loaded, layout);
    QCOMPARE(store->loadLayout(fixtures::uuid(99)).errorCode(), ErrorCode::NotFound);

    // Replacing the layout replaces everything.
    VenueLayout smaller = layout;
    smaller.seats.removeLast();
    smaller.name = QStringLiteral("Smaller");
    VERIFY_OK(store->saveLayout(sampleEvent().id, smaller));
    QCOMPARE(*store->loadLayout(sampleEvent().id), smaller);
}

void StoreTests::layoutReplaceKeepsTicketsOnTheirSeats()
{
    const DatabaseUrl url = freshDatabase();
    OPEN_WITH_SAMPLE(store, url);
    const QUuid event = sampleEvent().id;
    const VenueLayout layout = sampleLayout();
    PumpBatch batch;
    batch.sales.push_back(makeSale(event, layout, {0}, 11));
    VERIFY_OK(store->write(batch));

    VenueLayout reversed = layout;
    std::reverse(reversed.seats.begin(), reversed.seats.end());
    VERIFY_OK(store->saveLayout(event, reversed));
    Result<RecoveredEvent> recovered = store->recover(event);
    QVERIFY(recovered);
    // Seat 0 of the old layout is now the last one.
    QCOMPARE(soldSeatIndices(*recovered), std::vector<quint32>{quint32(layout.seats.size() - 1)});
}

void StoreTests::layoutRefusesToDropASoldSeat()
{
    const DatabaseUrl url = freshDatabase();
    OPEN_WITH_SAMPLE(store, url);
    const QUuid event = sampleEvent().id;
    const VenueLayout layout = sampleLayout();
    PumpBatch batch;
    batch.sales.push_back(makeSale(event, layout, {2}, 11, 0, 5));
    VERIFY_OK(store->write(batch));

    VenueLayout without = layout;
    without.seats.removeAt(2);
    Status status = store->saveLayout(event, without);
    QCOMPARE(status.errorCode(), ErrorCode::Conflict);
    QVERIFY2(status.error().message.contains(layout.seatLabel(2)), qPrintable(status.error().message));
    VenueLayout tooSmall = layout;
    tooSmall.standingAreas[0].capacity = 4;
    QCOMPARE(store->saveLayout(event, tooSmall).errorCode(), ErrorCode::Conflict);
    // Nothing changed.
    QCOMPARE(*store->loadLayout(event), layout);
}

void StoreTests::salesRoundTrip()
{
    const DatabaseUrl url = freshDatabase();
    const QUuid event = sampleEvent().id;
    const VenueLayout layout = sampleLayout();
    PumpBatch batch;
    batch.sales.push_back(makeSale(event, layout, {0, 1}, 41));
    batch.sales.push_back(makeSale(event, layout, {}, 42, 0, 3));
    batch.sales[1].order.customerName = QStringLiteral("Grace Hopper");
    batch.sales[1].order.payment = PaymentMethod::Cash;
    QCOMPARE(batch.rowCount(), 2 + 2 + 3);
    {
        OPEN_WITH_SAMPLE(store, url);
        Result<BatchOutcome> outcome = store->write(batch);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY(outcome->refusedSales.empty());
        // Writing the same batch again (a retry after a lost COMMIT answer) changes nothing.
        outcome = store->write(batch);
        QVERIFY(outcome);
        QVERIFY(outcome->refusedSales.empty());
    }
    OPEN_OR_FAIL(store, url);
    for (const SaleRow &sale : batch.sales) {
        Result<Order> order = store->order(sale.order.id);
        QVERIFY(order);
        QCOMPARE(*order, sale.order);
        Result<Order> byTicket = store->orderOfTicket(sale.order.tickets.last().id);
        QVERIFY(byTicket);
        QCOMPARE(byTicket->id, sale.order.id);
    }
    QCOMPARE(*store->liveTickets(event), 5);
    QCOMPARE(store->order(fixtures::uuid(98)).errorCode(), ErrorCode::NotFound);
    QCOMPARE(store->orderOfTicket(fixtures::uuid(98)).errorCode(), ErrorCode::NotFound);
    Result<RecoveredEvent> recovered = store->recover(event);
    QVERIFY(recovered);
    QCOMPARE(recovered->event, sampleEvent());
    QCOMPARE(recovered->layout, layout);
    QCOMPARE(recovered->soldSeats, (std::vector<std::pair<quint32, HoldId>>{{0, 41}, {1, 41}}));
    QCOMPARE(recovered->standingSold, (std::vector<std::pair<quint32, quint32>>{{0, 3}}));
}

void StoreTests::holdsRoundTrip()
{
    const DatabaseUrl url = freshDatabase();
    const QUuid event = sampleEvent().id;
    const qint64 future = QDateTime::currentMSecsSinceEpoch() + 600'000;
    HoldRow seats{
        event,    newUuid(), (quint64(7) << 32) | 3, 5, QStringLiteral("clerk:anna"), future, {0, 2},
        kNoIndex, 0};
    HoldRow standing{event, newUuid(), 9, 6, QStringLiteral("web:42"), future + 1, {}, 0, 4};
    HoldRow expired{event, newUuid(), 10, 6, QStringLiteral("web:43"), 1'000, {1}, kNoIndex, 0};
    {
        OPEN_WITH_SAMPLE(store, url);
        PumpBatch batch;
        batch.holdsStarted = {seats, standing, expired};
        VERIFY_OK(store->write(batch));
        // The expiry moved: an upsert of the same hold.
        seats.expiresAtMs += 60'000;
        PumpBatch extend;
        extend.holdsStarted = {seats, seats};
        VERIFY_OK(store->write(extend));
    }
    OPEN_OR_FAIL(store, url);
    Result<RecoveredEvent> recovered = store->recover(event);
    QVERIFY(recovered);
    QCOMPARE(recovered->liveHolds.size(), 2u);
    // Ordered by engine id: the standing hold (9) comes first.
    const HoldRow &a = recovered->liveHolds[1];
    const HoldRow &b = recovered->liveHolds[0];
    QCOMPARE(a.holdId, seats.holdId);
    QCOMPARE(a.engineId, seats.engineId);
    QCOMPARE(a.holder, seats.holder);
    QCOMPARE(a.holderName, seats.holderName);
    QCOMPARE(a.expiresAtMs, seats.expiresAtMs);
    QCOMPARE(a.seats, seats.seats);
    QCOMPARE(a.standingArea, kNoIndex);
    QCOMPARE(b.holdId, standing.holdId);
    QCOMPARE(b.standingArea, 0u);
    QCOMPARE(b.quantity, 4u);
    QVERIFY(b.seats.empty());

    PumpBatch end;
    end.holdsEnded = {seats.holdId, standing.holdId};
    VERIFY_OK(store->write(end));
    QVERIFY(store->recover(event)->liveHolds.empty());
}

void StoreTests::secondLiveTicketForASeatIsRefusedAlone()
{
    const DatabaseUrl url = freshDatabase();
    OPEN_WITH_SAMPLE(store, url);
    const QUuid event = sampleEvent().id;
    const VenueLayout layout = sampleLayout();
    PumpBatch first;
    first.sales.push_back(makeSale(event, layout, {0}, 1));
    VERIFY_OK(store->write(first));

    PumpBatch batch;
    batch.sales.push_back(makeSale(event, layout, {1}, 2));      // fine
    batch.sales.push_back(makeSale(event, layout, {2, 0}, 3));   // seat 0 sold by another terminal
    batch.sales.push_back(makeSale(event, layout, {}, 4, 0, 2)); // standing, fine
    batch.sales.push_back(makeSale(event, layout, {1}, 5));      // seat 1 sold earlier in this batch
    Result<BatchOutcome> outcome = store->write(batch);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome->refusedSales, (std::vector<qsizetype>{1, 3}));

    QVERIFY(store->order(batch.sales[0].order.id));
    QVERIFY(store->order(batch.sales[2].order.id));
    QCOMPARE(store->order(batch.sales[1].order.id).errorCode(), ErrorCode::NotFound);
    QCOMPARE(store->order(batch.sales[3].order.id).errorCode(), ErrorCode::NotFound);
    // Seat 2 of the refused sale stays free: the sale is refused as a whole.
    QCOMPARE(soldSeatIndices(*store->recover(event)), (std::vector<quint32>{0, 1}));
    // The standing sale written the exact way (after the refusals) counts its two places once.
    QCOMPARE(store->recover(event)->standingSold, (std::vector<std::pair<quint32, quint32>>{{0, 2}}));
    QCOMPARE(*store->liveTickets(event), 4);
}

void StoreTests::bulkSalesKeepTextExactAndRefuseAlone()
{
    // Bulk inserts bind text straight from the domain values: quotes, backslashes, non-ASCII
    // and empty strings must come back unchanged, in a batch large enough to take the bulk
    // path (and PostgreSQL's tickets and audit rows encoded while the orders are copied), and a
    // refusal in the middle must fail that sale alone.
    const DatabaseUrl url = freshDatabase();
    OPEN_WITH_SAMPLE(store, url);
    const QUuid event = sampleEvent().id;
    VenueLayout layout = sampleLayout();
    layout.standingAreas[0].capacity = 5000;
    VERIFY_OK(store->saveLayout(event, layout));
    const QStringList names{QStringLiteral("Zo\u00eb \"Quote\" O'Brien"), QStringLiteral("back\\slash {a,b}"),
                            QStringLiteral("\u6771\u4eac \U0001F3AD"), QStringLiteral("NULL"), QString()};
    constexpr int kStanding = 1200;
    PumpBatch batch;
    for (int i = 0; i < kStanding; ++i) {
        batch.sales.push_back(makeSale(event, layout, {}, HoldId(100 + i), 0, 1));
        batch.sales.back().order.customerName = names.at(i % names.size());
        batch.sales.back().order.customerEmail = i % 2 ? QString() : QStringLiteral("a\tb@example.org");
        batch.sales.back().order.tickets[0].seatLabel = names.at((i + 1) % names.size());
    }
    batch.sales.push_back(makeSale(event, layout, {0}, 1));
    batch.sales.insert(batch.sales.begin() + 600, makeSale(event, layout, {0}, 2)); // seat 0 twice
    Result<BatchOutcome> outcome = store->write(batch);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    // The first sale of seat 0 in feed order wins; the later one is refused.
    QCOMPARE(outcome->refusedSales, (std::vector<qsizetype>{qsizetype(batch.sales.size() - 1)}));
    for (std::size_t i = 0; i + 1 < batch.sales.size(); ++i) {
        Result<Order> order = store->order(batch.sales[i].order.id);
        QVERIFY(order);
        QCOMPARE(*order, batch.sales[i].order);
    }
    QCOMPARE(*store->liveTickets(event), kStanding + 1);

    // A large batch the database takes whole, on the fast path: every order and its audit row.
    PumpBatch more;
    for (int i = 0; i < kStanding; ++i) {
        more.sales.push_back(makeSale(event, layout, {}, HoldId(5000 + i), 0, 1));
        more.sales.back().order.customerName = names.at(i % names.size());
    }
    outcome = store->write(more);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QVERIFY(outcome->refusedSales.empty() && outcome->failedSales.empty());
    for (const SaleRow &sale : more.sales)
        QCOMPARE(*store->order(sale.order.id), sale.order);
    QCOMPARE(*store->liveTickets(event), 2 * kStanding + 1);
    RawConnection raw(url);
    QCOMPARE(raw.column(QStringLiteral("SELECT CAST(count(DISTINCT order_id) AS TEXT) FROM audit_log "
                                       "WHERE kind = 'sale'"),
                        {}),
             QStringList{QString::number(2 * kStanding + 1)});
}

void StoreTests::saleTheDatabaseRejectsFailsAlone()
{
    // PostgreSQL refuses a NUL character in text (SQLite stores it). Such a sale fails alone,
    // with the database's message; the other sales of the batch commit.
    const DatabaseUrl url = freshDatabase();
    OPEN_WITH_SAMPLE(store, url);
    const QUuid event = sampleEvent().id;
    const VenueLayout layout = sampleLayout();
    PumpBatch batch;
    for (quint32 seat = 0; seat < 3; ++seat)
        batch.sales.push_back(makeSale(event, layout, {seat}, HoldId(200 + seat)));
    batch.sales[1].order.customerName = QStringLiteral("Null") + QChar(u'\0') + QStringLiteral("Byte");
    Result<BatchOutcome> outcome = store->write(batch);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QVERIFY(outcome->refusedSales.empty());
    if (url.kind != DatabaseUrl::Kind::Postgres) {
        QVERIFY(outcome->failedSales.empty());
        QCOMPARE(*store->liveTickets(event), 3);
        return;
    }
    QCOMPARE(outcome->failedSales.size(), std::size_t(1));
    QCOMPARE(outcome->failedSales.front().first, qsizetype(1));
    QVERIFY(!outcome->failedSales.front().second.message.isEmpty());
    QVERIFY(store->order(batch.sales[0].order.id));
    QVERIFY(store->order(batch.sales[2].order.id));
    QCOMPARE(store->order(batch.sales[1].order.id).errorCode(), ErrorCode::NotFound);
    QCOMPARE(*store->liveTickets(event), 2);
}

void StoreTests::databaseRefusesDoubleSaleWhoeverWrites()
{
    const DatabaseUrl url = freshDatabase();
    OPEN_WITH_SAMPLE(store, url);
    const QUuid event = sampleEvent().id;
    PumpBatch batch;
    batch.sales.push_back(makeSale(event, sampleLayout(), {0}, 1));
    VERIFY_OK(store->write(batch));

    RawConnection raw(url);
    const QString insert = QStringLiteral("INSERT INTO tickets (id, position, event_id, seat_index, "
                                          "standing_area_index, seat_label, price_cents, status) "
                                          "VALUES (?, 0, ?, ?, ?, 'x', 0, ?)");
    const QString eventId = uuidText(event);
    QVERIFY(!raw.exec(insert, {uuidText(newUuid()), eventId, 0, QVariant(), QStringLiteral("confirmed")})
                 .isEmpty());
    // A cancelled ticket for the seat is fine: only live tickets are unique.
    QCOMPARE(raw.exec(insert, {uuidText(newUuid()), eventId, 0, QVariant(), QStringLiteral("cancelled")}),
             QString());
    // Standing area 0 has 350 places: the 351st confirmed ticket is refused. PostgreSQL counts
    // them with a trigger. On SQLite (schema version 7) a writer adds its standing tickets to the
    // area in the transaction that inserts them, as the store does, and the area's CHECK refuses
    // the transaction that would make 351.
    const bool sqlite = url.kind != DatabaseUrl::Kind::Postgres;
    auto sellStanding = [&]() -> QString {
        if (!sqlite)
            return raw.exec(insert,
                            {uuidText(newUuid()), eventId, QVariant(), 0, QStringLiteral("confirmed")});
        QString error = raw.exec(QStringLiteral("BEGIN IMMEDIATE"), {});
        if (error.isEmpty())
            error =
                raw.exec(insert, {uuidText(newUuid()), eventId, QVariant(), 0, QStringLiteral("confirmed")});
        if (error.isEmpty()) {
            error = raw.exec(
                QStringLiteral(
                    "UPDATE standing_areas SET sold = sold + 1 WHERE event_id = ? AND area_index = 0"),
                {eventId});
        }
        raw.exec(error.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"), {});
        return error;
    };
    for (int i = 0; i < 350; ++i)
        QCOMPARE(sellStanding(), QString());
    QVERIFY(!sellStanding().isEmpty());
    QCOMPARE(raw.column(QStringLiteral("SELECT count(*) FROM tickets WHERE event_id = ? AND "
                                       "standing_area_index = 0 AND status = 'confirmed'"),
                        {eventId}),
             QStringList{QStringLiteral("350")});
    QCOMPARE(store->recover(event)->standingSold, (std::vector<std::pair<quint32, quint32>>{{0, 350}}));
}

void StoreTests::cancelThenResell()
{
    const DatabaseUrl url = freshDatabase();
    OPEN_WITH_SAMPLE(store, url);
    const QUuid event = sampleEvent().id;
    const VenueLayout layout = sampleLayout();
    PumpBatch sell;
    sell.sales.push_back(makeSale(event, layout, {0, 1}, 21));
    sell.sales.push_back(makeSale(event, layout, {2}, 22));
    sell.sales.push_back(makeSale(event, layout, {}, 23, 0, 4));
    VERIFY_OK(store->write(sell));

    PumpBatch cancel;
    CancelRow byTicket; // one ticket of the first order: partially cancelled
    byTicket.eventId = event;
    byTicket.ticketIds = {sell.sales[0].order.tickets[0].id};
    byTicket.at = utc(2025, 2, 2, 10, 0, 0, 5);
    byTicket.reason = QStringLiteral("refund");
    CancelRow bySeat; // straight from the space: the live ticket of seat 2
    bySeat.eventId = event;
    bySeat.seatIndices = {2};
    bySeat.engineSaleId = 22;
    CancelRow byQuantity; // 3 of the 4 standing places
    byQuantity.eventId = event;
    byQuantity.standingArea = 0;
    byQuantity.quantity = 3;
    byQuantity.engineSaleId = 23;
    cancel.cancels = {byTicket, bySeat, byQuantity};
    VERIFY_OK(store->write(cancel));

    Result<Order> first = store->order(sell.sales[0].order.id);
    QCOMPARE(first->status, OrderStatus::PartiallyCancelled);
    QCOMPARE(first->tickets[0].status, TicketStatus::Cancelled);
    QVERIFY(first->tickets[0].refunded); // its cancel was a refund
    QCOMPARE(first->tickets[0].updatedAt, byTicket.at);
    QCOMPARE(first->tickets[1].status, TicketStatus::Confirmed);
    QVERIFY(!first->tickets[1].refunded);
    QCOMPARE(store->order(sell.sales[1].order.id)->status, OrderStatus::Cancelled);
    QVERIFY(!store->order(sell.sales[1].order.id)->tickets[0].refunded);
    QCOMPARE(store->order(sell.sales[2].order.id)->status, OrderStatus::PartiallyCancelled);
    Result<RecoveredEvent> recovered = store->recover(event);
    QCOMPARE(soldSeatIndices(*recovered), std::vector<quint32>{1});
    QCOMPARE(recovered->standingSold, (std::vector<std::pair<quint32, quint32>>{{0, 1}}));

    PumpBatch resell;
    resell.sales.push_back(makeSale(event, layout, {0, 2}, 24));
    Result<BatchOutcome> outcome = store->write(resell);
    QVERIFY(outcome);
    QVERIFY(outcome->refusedSales.empty());
    QCOMPARE(soldSeatIndices(*store->recover(event)), (std::vector<quint32>{0, 1, 2}));
}

void StoreTests::manySeatCancelsInOneBatch()
{
    // Whole-seat cancels of several sales of one event, as the space sends them: written
    // together, each with its own time and reason, and a cancel naming a sale that no longer
    // holds the seat changes nothing.
    const DatabaseUrl url = freshDatabase();
    OPEN_OR_FAIL(store, url);
    const QUuid event = sampleEvent().id;
    VenueLayout layout = sampleLayout();
    layout.seats[3].blocked = false;
    for (int i = 0; i < 4; ++i)
        layout.seats.append(fixtures::seat(105 + i, "Circle", "B",
                                           QString::number(i + 1).toLatin1().constData(), 10.0 * i, 320,
                                           "circle-2"));
    VERIFY_OK(store->saveEvent(sampleEvent()));
    VERIFY_OK(store->saveLayout(event, layout));
    PumpBatch sell;
    sell.sales.push_back(makeSale(event, layout, {0, 1}, 41));
    sell.sales.push_back(makeSale(event, layout, {2}, 42));
    sell.sales.push_back(makeSale(event, layout, {3, 4}, 43));
    sell.sales.push_back(makeSale(event, layout, {5}, 44));
    VERIFY_OK(store->write(sell));

    auto seatCancel = [&](std::vector<quint32> seats, HoldId sale, int second, const char *reason) {
        CancelRow row;
        row.eventId = event;
        row.seatIndices = std::move(seats);
        row.engineSaleId = sale;
        row.at = utc(2025, 2, 3, 9, 0, second, 0);
        row.reason = QString::fromLatin1(reason);
        return row;
    };
    PumpBatch cancel;
    cancel.cancels = {seatCancel({0}, 41, 1, "cancel"), seatCancel({2}, 42, 2, "refund"),
                      seatCancel({3, 4}, 43, 3, "cancel"), seatCancel({5}, 99, 4, "cancel"),
                      seatCancel({6}, 98, 5, "cancel")};
    VERIFY_OK(store->write(cancel));

    const Result<Order> first = store->order(sell.sales[0].order.id);
    QCOMPARE(first->status, OrderStatus::PartiallyCancelled);
    QCOMPARE(first->updatedAt, utc(2025, 2, 3, 9, 0, 1, 0));
    QCOMPARE(first->tickets[0].status, TicketStatus::Cancelled);
    QCOMPARE(first->tickets[0].updatedAt, utc(2025, 2, 3, 9, 0, 1, 0));
    QCOMPARE(first->tickets[1].status, TicketStatus::Confirmed);
    QVERIFY(!first->tickets[0].refunded);
    const Result<Order> second = store->order(sell.sales[1].order.id);
    QCOMPARE(second->status, OrderStatus::Cancelled);
    QVERIFY(second->tickets[0].refunded); // the refund among the cancels
    QCOMPARE(second->updatedAt, utc(2025, 2, 3, 9, 0, 2, 0));
    const Result<Order> third = store->order(sell.sales[2].order.id);
    QCOMPARE(third->status, OrderStatus::Cancelled);
    QVERIFY(!third->tickets[0].refunded && !third->tickets[1].refunded);
    QCOMPARE(third->tickets[1].updatedAt, utc(2025, 2, 3, 9, 0, 3, 0));
    QCOMPARE(store->order(sell.sales[3].order.id)->status, OrderStatus::Completed);
    QCOMPARE(soldSeatIndices(*store->recover(event)), (std::vector<quint32>{1, 5}));

    // One audit row per cancelled ticket, with its cancel's kind.
    RawConnection raw(url);
    QStringList kinds = raw.column(QStringLiteral("SELECT kind FROM audit_log WHERE kind <> 'sale'"), {});
    kinds.sort();
    QCOMPARE(kinds, (QStringList{QStringLiteral("cancel"), QStringLiteral("cancel"), QStringLiteral("cancel"),
                                 QStringLiteral("refund")}));
    QCOMPARE(raw.column(QStringLiteral("SELECT at_ms FROM audit_log WHERE kind = 'refund'"), {}),
             QStringList{QString::number(utc(2025, 2, 3, 9, 0, 2, 0).toMSecsSinceEpoch())});

    // A second batch of them through the same kept statements: the first order's other seat.
    PumpBatch again;
    again.cancels = {seatCancel({1}, 41, 6, "cancel"), seatCancel({5}, 44, 7, "refund")};
    VERIFY_OK(store->write(again));
    QCOMPARE(store->order(sell.sales[0].order.id)->status, OrderStatus::Cancelled);
    QCOMPARE(store->order(sell.sales[0].order.id)->updatedAt, utc(2025, 2, 3, 9, 0, 6, 0));
    QCOMPARE(store->order(sell.sales[3].order.id)->status, OrderStatus::Cancelled);
    QVERIFY(store->order(sell.sales[3].order.id)->tickets[0].refunded);
    QVERIFY(soldSeatIndices(*store->recover(event)).empty());
}

void StoreTests::sellCancelSellInOneBatch()
{
    const DatabaseUrl url = freshDatabase();
    OPEN_WITH_SAMPLE(store, url);
    const QUuid event = sampleEvent().id;
    const VenueLayout layout = sampleLayout();
    PumpBatch batch;
    batch.sales.push_back(makeSale(event, layout, {0}, 31));
    batch.sales.push_back(makeSale(event, layout, {0}, 32));
    CancelRow cancel;
    cancel.eventId = event;
    cancel.seatIndices = {0};
    cancel.engineSaleId = 31;
    batch.cancels.push_back(cancel);
    Result<BatchOutcome> outcome = store->write(batch);
    QVERIFY(outcome);
    QVERIFY(outcome->refusedSales.empty());
    QCOMPARE(store->order(batch.sales[0].order.id)->status, OrderStatus::Cancelled);
    QCOMPARE(store->recover(event)->soldSeats, (std::vector<std::pair<quint32, HoldId>>{{0, 32}}));
}

void StoreTests::standingCapacityIsEnforced()
{
    const DatabaseUrl url = freshDatabase();
    OPEN_OR_FAIL(store, url);
    const QUuid event = sampleEvent().id;
    VenueLayout layout = sampleLayout();
    layout.standingAreas[0].capacity = 5;
    VERIFY_OK(store->saveEvent(sampleEvent()));
    VERIFY_OK(store->saveLayout(event, layout));

    PumpBatch batch;
    batch.sales.push_back(makeSale(event, layout, {}, 1, 0, 3));
    batch.sales.push_back(makeSale(event, layout, {0}, 2));
    batch.sales.push_back(makeSale(event, layout, {}, 3, 0, 3)); // would make 6 of 5
    batch.sales.push_back(makeSale(event, layout, {}, 4, 0, 2)); // exactly full
    batch.sales.push_back(makeSale(event, layout, {1}, 5));
    Result<BatchOutcome> outcome = store->write(batch);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QCOMPARE(outcome->refusedSales, std::vector<qsizetype>{2});
    Result<RecoveredEvent> recovered = store->recover(event);
    QCOMPARE(recovered->standingSold, (std::vector<std::pair<quint32, quint32>>{{0, 5}}));
    QCOMPARE(soldSeatIndices(*recovered), (std::vector<quint32>{0, 1}));

    PumpBatch more;
    more.sales.push_back(makeSale(event, layout, {}, 6, 0, 1));
    QCOMPARE(store->write(more)->refusedSales, std::vector<qsizetype>{0});
}

void StoreTests::blocksAreRecovered()
{
    const DatabaseUrl url = freshDatabase();
    OPEN_WITH_SAMPLE(store, url);
    const QUuid event = sampleEvent().id;
    PumpBatch batch;
    batch.blocks = {BlockRow{event, 0, false, true, 0},  BlockRow{event, 1, false, true, 0},
                    BlockRow{event, 3, false, false, 0}, BlockRow{event, 1, false, false, 0},
                    BlockRow{event, 0, true, true, 7},   BlockRow{event, 0, true, true, -2}};
    VERIFY_OK(store->write(batch));
    Result<RecoveredEvent> recovered = store->recover(event);
    QVERIFY(recovered);
    QCOMPARE(recovered->blockedSeats, std::vector<quint32>{0});
    QCOMPARE(recovered->standingBlocked, (std::vector<std::pair<quint32, quint32>>{{0, 5}}));
    // A new layout keeps the places taken out of a standing area that it keeps.
    VERIFY_OK(store->saveLayout(event, sampleLayout()));
    QCOMPARE(store->recover(event)->standingBlocked, (std::vector<std::pair<quint32, quint32>>{{0, 5}}));
}

void StoreTests::retriedStandingBlockAppliesOnce()
{
    // A batch written again because its COMMIT's reply was lost: the standing-area block delta
    // it carries is applied once. Another writer's delta with the same sequence still counts.
    const DatabaseUrl url = freshDatabase();
    OPEN_WITH_SAMPLE(store, url);
    const QUuid event = sampleEvent().id;
    store->setChangeOrigin(QStringLiteral("terminal-1"));
    PumpBatch batch;
    batch.blocks = {BlockRow{event, 0, true, true, 5, 3}};
    VERIFY_OK(store->write(batch));
    VERIFY_OK(store->write(batch));
    QCOMPARE(store->recover(event)->standingBlocked, (std::vector<std::pair<quint32, quint32>>{{0, 5}}));
    PumpBatch less;
    less.blocks = {BlockRow{event, 0, true, false, -2, 4}};
    VERIFY_OK(store->write(less));
    VERIFY_OK(store->write(less));
    QCOMPARE(store->recover(event)->standingBlocked, (std::vector<std::pair<quint32, quint32>>{{0, 3}}));
    OPEN_OR_FAIL(other, url);
    other->setChangeOrigin(QStringLiteral("terminal-2"));
    VERIFY_OK(other->write(batch));
    QCOMPARE(store->recover(event)->standingBlocked, (std::vector<std::pair<quint32, quint32>>{{0, 8}}));
    // Deleting the event takes its notes along.
    VERIFY_OK(store->deleteEvent(event));
    RawConnection raw(url);
    QCOMPARE(raw.column(QStringLiteral("SELECT count(*) FROM standing_block_log"), {}),
             QStringList{QStringLiteral("0")});
}

void StoreTests::deleteEventRefusedWhileLive()
{
    const DatabaseUrl url = freshDatabase();
    OPEN_WITH_SAMPLE(store, url);
    const QUuid event = sampleEvent().id;
    PumpBatch batch;
    batch.sales.push_back(makeSale(event, sampleLayout(), {0}, 1));
    VERIFY_OK(store->write(batch));
    QCOMPARE(store->deleteEvent(event).errorCode(), ErrorCode::Conflict);
    PumpBatch cancel;
    cancel.cancels.push_back(
        CancelRow{event, {batch.sales[0].order.tickets[0].id}, {}, kNoIndex, 0, 0, {}, {}});
    VERIFY_OK(store->write(cancel));
    VERIFY_OK(store->deleteEvent(event));
    QVERIFY(store->loadEvents()->isEmpty());
    QCOMPARE(store->loadLayout(event).errorCode(), ErrorCode::NotFound);
    QCOMPARE(store->deleteEvent(event).errorCode(), ErrorCode::NotFound);
}

void StoreTests::findOrders()
{
    const DatabaseUrl url = freshDatabase();
    OPEN_WITH_SAMPLE(store, url);
    const QUuid event = sampleEvent().id;
    PumpBatch batch;
    batch.sales.push_back(makeSale(event, sampleLayout(), {0}, 1));
    batch.sales.push_back(makeSale(event, sampleLayout(), {1}, 2));
    batch.sales[1].order.customerName = QStringLiteral("Grace 100% Hopper");
    batch.sales[1].order.customerEmail = QStringLiteral("grace@navy.example");
    batch.sales[1].order.createdAt = batch.sales[1].order.createdAt.addSecs(60);
    VERIFY_OK(store->write(batch));

    QCOMPARE(store->findOrders(QStringLiteral("lovelace"))->size(), 1);
    QCOMPARE(store->findOrders(QStringLiteral("NAVY"))->size(), 1);
    QCOMPARE(store->findOrders(QStringLiteral("100%"))->size(), 1);
    QCOMPARE(store->findOrders(QStringLiteral("0%"))->size(), 1);
    QCOMPARE(store->findOrders(QStringLiteral("%"))->size(), 1); // a literal percent sign
    QCOMPARE(store->findOrders(QStringLiteral("example"))->first().id,
             batch.sales[1].order.id); // newest first
    QCOMPARE(store->findOrders(QStringLiteral("example"), 1)->size(), 1);
    QCOMPARE(store->findOrders(uuidText(batch.sales[0].order.tickets[0].id))->first(), batch.sales[0].order);
    QCOMPARE(store->findOrders(uuidText(batch.sales[1].order.id))->first(), batch.sales[1].order);
    QVERIFY(store->findOrders(QStringLiteral("nobody"))->isEmpty());
    // The short ids printed on tickets and receipts (the last 8 hex digits), in either case.
    const QString orderShort = shortId(batch.sales[1].order.id);
    QCOMPARE(orderShort.size(), 8);
    QCOMPARE(store->findOrders(orderShort)->size(), 1);
    QCOMPARE(store->findOrders(orderShort)->first().id, batch.sales[1].order.id);
    QCOMPARE(store->findOrders(orderShort.toUpper())->first().id, batch.sales[1].order.id);
    const QString ticketShort = shortId(batch.sales[0].order.tickets[0].id);
    QCOMPARE(store->findOrders(ticketShort)->first().id, batch.sales[0].order.id);
    // Its first digits, as far as a clerk read them out.
    QCOMPARE(store->findOrders(orderShort.left(5))->first().id, batch.sales[1].order.id);
    QVERIFY(store->findOrders(orderShort.mid(1, 5))->isEmpty()); // the middle of it is not its start
    // By seat, as printed ("Stalls A-1") or as said ("a-2"), and by the event's name.
    QCOMPARE(store->findOrders(QStringLiteral("Stalls A-1"))->size(), 1);
    QCOMPARE(store->findOrders(QStringLiteral("Stalls A-1"))->first().id, batch.sales[0].order.id);
    QCOMPARE(store->findOrders(QStringLiteral("a-2"))->first().id, batch.sales[1].order.id);
    QVERIFY(store->findOrders(QStringLiteral("B-7"))->isEmpty()); // not sold
    QVERIFY(store->findOrders(QStringLiteral("A-12"))->isEmpty());
    QCOMPARE(store->findOrders(sampleEvent().name.toUpper())->size(), 2);
}

void StoreTests::largeVenueRecoversQuickly()
{
    const DatabaseUrl url = freshDatabase();
    OPEN_OR_FAIL(store, url);
    const QUuid event = sampleEvent().id;
    VenueLayout layout = sampleLayout();
    layout.seats.clear();
    constexpr int kSeats = 100'000;
    layout.seats.reserve(kSeats);
    for (int i = 0; i < kSeats; ++i) {
        LayoutSeat seat;
        seat.id = newUuid();
        seat.section = QStringLiteral("Block %1").arg(i / 5000);
        seat.row = QString::number((i / 50) % 100);
        seat.number = QString::number(i % 50 + 1);
        seat.x = i % 50;
        seat.y = i / 50;
        seat.category = QStringLiteral("stalls");
        layout.seats.append(seat);
    }
    VERIFY_OK(store->saveEvent(sampleEvent()));
    QElapsedTimer timer;
    timer.start();
    VERIFY_OK(store->saveLayout(event, layout));
    const qint64 saveMs = timer.restart();

    PumpBatch batch;
    for (quint32 i = 0; i < 20'000; ++i)
        batch.sales.push_back(makeSale(event, layout, {i * 5}, i + 1));
    VERIFY_OK(store->write(batch));
    const qint64 writeMs = timer.restart();

    std::vector<std::pair<qint64, qint64>> reports;
    Result<RecoveredEvent> recovered =
        store->recover(event, [&reports](qint64 done, qint64 total) { reports.emplace_back(done, total); });
    const qint64 recoverMs = timer.elapsed();
    QVERIFY(recovered);
    qInfo("100,000 seats: layout saved in %lld ms, 20,000 sales written in %lld ms, recovered in %lld ms",
          saveMs, writeMs, recoverMs);
    QCOMPARE(recovered->layout.seats.size(), kSeats);
    QCOMPARE(recovered->layout.seats.at(4321), layout.seats.at(4321));
    QCOMPARE(recovered->soldSeats.size(), 20'000u);
    QVERIFY(reports.size() >= kSeats / 5000);
    QCOMPARE(reports.back(), (std::pair<qint64, qint64>{kSeats, kSeats}));
    QVERIFY2(recoverMs < 5000, "100,000 seats must load in a few seconds at most");
}

} // namespace tessera::test
