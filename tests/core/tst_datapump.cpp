// The DataPump on a real SQLite file, fed straight from a Space: batches written while the next
// one is built, and a sale the database refuses meanwhile.

#include "core/common/ids.h"
#include "core/engine/eventcatalog.h"
#include "core/engine/holderregistry.h"
#include "core/pump/datapump.h"
#include "core/space/space.h"
#include "core/store/store.h"
#include "tests/support/venues.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;

class TestDataPump final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init();
    void backlogOfManyBatchesIsWrittenInOrder();
    void cancelOfASaleRefusedMeanwhileIsNotWritten();
    void commandLargerThanABatchIsWritten();

private:
    /// Applies one command to the test event; the result (ok or not).
    SpaceResult apply(SpaceOp op, quint32 seat, HoldId hold = 0);
    /// A pump on the space, reading the feed from here on; not started.
    std::unique_ptr<DataPump> makePump(PumpConfig config);
    /// Starts the pump and waits until it has written everything, then stops it.
    void pumpEverything(DataPump &pump, quint64 expectedRefusals = 0);
    /// Counts of the audit log by kind ("sale:3 cancel:2").
    QString auditCounts() const;

    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    Event m_event;
    VenueLayout m_layout;
    std::unique_ptr<Space> m_space;
    EventCatalog m_catalog;
    HolderRegistry m_holders;
    quint32 m_index = 0;
    HolderId m_holder = 0;
    int m_count = 0;
};

void TestDataPump::init()
{
    m_url = DatabaseUrl();
    m_url.kind = DatabaseUrl::Kind::Sqlite;
    m_url.path = m_dir.filePath(QStringLiteral("pump%1.db").arg(++m_count));
    m_event = test::concert();
    m_event.id = newUuid();
    m_layout = test::smallHall(3, 6);
    for (LayoutSeat &seat : m_layout.seats)
        seat.id = newUuid();
    {
        Result<std::unique_ptr<Store>> store = Store::open(m_url);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        const Status event = (*store)->saveEvent(m_event);
        QVERIFY2(event, event ? "" : qPrintable(event.error().message));
        const Status layout = (*store)->saveLayout(m_event.id, m_layout);
        QVERIFY2(layout, layout ? "" : qPrintable(layout.error().message));
    }
    m_space = std::make_unique<Space>();
    m_index = m_space->addEvent(toSpaceLayout(m_layout));
    m_catalog.publish(makeCatalogEntry(m_index, m_event, m_layout));
    m_holder = m_holders.intern(QStringLiteral("Till 1"));
}

SpaceResult TestDataPump::apply(SpaceOp op, quint32 seat, HoldId hold)
{
    SpaceCommand command;
    command.op = op;
    command.event = m_index;
    command.holder = m_holder;
    command.hold = hold;
    command.ttlMs = 600'000;
    command.seats.append(seat);
    return m_space->apply(command);
}

std::unique_ptr<DataPump> TestDataPump::makePump(PumpConfig config)
{
    return std::make_unique<DataPump>(m_space.get(), &m_catalog, &m_holders, m_url, config);
}

void TestDataPump::pumpEverything(DataPump &pump, quint64 expectedRefusals)
{
    pump.start();
    // A refused sale is undone in the space, which may add records: wait for the refusals
    // first, then for the feed as it is then.
    QTRY_COMPARE_WITH_TIMEOUT(pump.statistics().refusedSales, expectedRefusals, 60'000);
    QTRY_COMPARE_WITH_TIMEOUT(pump.committedSequence(m_index), m_space->event(m_index)->lastSequence(),
                              60'000);
    pump.stop();
    QCOMPARE(pump.statistics().state, PumpState::Stopped);
    QCOMPARE(pump.statistics().refusedSales, expectedRefusals);
}

QString TestDataPump::auditCounts() const
{
    QString counts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
        db.setDatabaseName(m_url.path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT kind, count(*) FROM audit_log GROUP BY kind ORDER BY kind DESC"));
        while (query.next())
            counts += (counts.isEmpty() ? QString() : QStringLiteral(" ")) + query.value(0).toString() + u':'
                      + query.value(1).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
    return counts;
}

void TestDataPump::backlogOfManyBatchesIsWrittenInOrder()
{
    // 3,000 sales that are cancelled again, then six that stay: about 9,000 records in batches
    // of 2,000, each written while the next is built. Every sale and cancellation is written,
    // in feed order (a seat is sold again only after its previous sale was cancelled).
    PumpConfig config;
    config.maxBatchChanges = 2000;
    const std::unique_ptr<DataPump> pump = makePump(config);
    for (int i = 0; i < 3000; ++i) {
        const auto seat = quint32(i % 18);
        const SpaceResult held = apply(SpaceOp::Hold, seat);
        QVERIFY(held.ok);
        QVERIFY(apply(SpaceOp::Sell, seat, held.hold).ok);
        QVERIFY(apply(SpaceOp::Cancel, seat, held.hold).ok);
    }
    std::vector<std::pair<quint32, HoldId>> sold;
    for (quint32 seat = 0; seat < 6; ++seat) {
        const SpaceResult held = apply(SpaceOp::Hold, seat);
        QVERIFY(apply(SpaceOp::Sell, seat, held.hold).ok);
        sold.emplace_back(seat, held.hold);
    }
    pumpEverything(*pump);

    Result<std::unique_ptr<Store>> store = Store::open(m_url);
    QVERIFY(store);
    Result<RecoveredEvent> recovered = (*store)->recover(m_event.id);
    QVERIFY(recovered);
    std::sort(recovered->soldSeats.begin(), recovered->soldSeats.end());
    QCOMPARE(recovered->soldSeats, sold);
    QCOMPARE(auditCounts(), QStringLiteral("sale:3006 cancel:3000"));
}

void TestDataPump::cancelOfASaleRefusedMeanwhileIsNotWritten()
{
    // Another process sold seat 5 first, under the same engine sale id as ours (each process's
    // space counts its own). Our sale of it is the last record of a big batch and the database
    // refuses it; our cancellation of that sale is in the next batch, built while the refusal
    // was not known yet. Written, it would cancel the other process's ticket. (Should the
    // helper start only after the refusal, the builder itself leaves the cancellation out; the
    // outcome must be the same either way.)
    // The first batch ends with our sale: 1,100 holds and releases of seat 0, a hold and the sale.
    PumpConfig config;
    config.maxBatchChanges = 2202;
    const std::unique_ptr<DataPump> pump = makePump(config);
    for (int i = 0; i < 1100; ++i) {
        const SpaceResult held = apply(SpaceOp::Hold, 0);
        QVERIFY(held.ok);
        QVERIFY(apply(SpaceOp::Release, 0, held.hold).ok);
    }
    const SpaceResult held = apply(SpaceOp::Hold, 5);
    QVERIFY(held.ok);
    QVERIFY(apply(SpaceOp::Sell, 5, held.hold).ok);
    const quint64 saleSequence = m_space->event(m_index)->lastSequence();
    QVERIFY(apply(SpaceOp::Cancel, 5, held.hold).ok);

    Order theirs;
    {
        Result<std::unique_ptr<Store>> other = Store::open(m_url);
        QVERIFY(other);
        PumpBatch batch;
        SaleRow sale;
        sale.order.id = newTimeOrderedUuid();
        sale.order.eventId = m_event.id;
        Ticket ticket;
        ticket.id = newTimeOrderedUuid();
        ticket.orderId = sale.order.id;
        ticket.eventId = m_event.id;
        ticket.seatId = m_layout.seats[5].id;
        ticket.status = TicketStatus::Confirmed;
        ticket.priceCents = 5000;
        sale.order.tickets = {ticket};
        sale.order.totalCents = 5000;
        sale.seatIndex = {5};
        sale.engineSaleId = held.hold;
        batch.sales.push_back(sale);
        const Result<BatchOutcome> written = (*other)->write(batch);
        QVERIFY(written);
        QVERIFY(written->refusedSales.empty());
        theirs = sale.order;
    }

    QCOMPARE(saleSequence, quint64(config.maxBatchChanges));
    pumpEverything(*pump, 1);

    Result<std::unique_ptr<Store>> store = Store::open(m_url);
    QVERIFY(store);
    Result<Order> order = (*store)->order(theirs.id);
    QVERIFY(order);
    QCOMPARE(order->status, OrderStatus::Completed);
    QCOMPARE(order->tickets.size(), 1);
    QCOMPARE(order->tickets[0].status, TicketStatus::Confirmed);
    Result<RecoveredEvent> recovered = (*store)->recover(m_event.id);
    QVERIFY(recovered);
    QCOMPARE(recovered->soldSeats, (std::vector<std::pair<quint32, HoldId>>{{5, held.hold}}));
    QCOMPARE(auditCounts(), QStringLiteral("sale:1"));
}

void TestDataPump::commandLargerThanABatchIsWritten()
{
    // One command that changes more places than a batch holds (an admin blocking a whole
    // stadium, say) is written whole, in one transaction, instead of waiting for its end forever.
    PumpConfig config;
    config.maxBatchChanges = 5;
    const std::unique_ptr<DataPump> pump = makePump(config);
    SpaceCommand block;
    block.op = SpaceOp::Block;
    block.event = m_index;
    for (quint32 seat = 0; seat < 18; ++seat)
        block.seats.append(seat);
    QVERIFY(m_space->apply(block).ok);
    QVERIFY(apply(SpaceOp::Unblock, 17).ok);
    QCOMPARE(m_space->event(m_index)->lastSequence(), quint64(19));
    pumpEverything(*pump);

    Result<std::unique_ptr<Store>> store = Store::open(m_url);
    QVERIFY(store);
    Result<RecoveredEvent> recovered = (*store)->recover(m_event.id);
    QVERIFY(recovered);
    quint32 blocked = 0;
    for (const LayoutSeat &seat : recovered->layout.seats)
        blocked += seat.blocked ? 1 : 0;
    QCOMPARE(blocked, 17u);
    QVERIFY(!recovered->layout.seats[17].blocked);
}

QTEST_GUILESS_MAIN(TestDataPump)
#include "tst_datapump.moc"
