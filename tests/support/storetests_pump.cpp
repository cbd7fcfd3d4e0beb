// StoreTests of what the data pump hands the store: batches built from the change feed.

#include "core/pump/batchbuilder.h"
#include "tests/support/storetests_p.h"

namespace tessera::test {

using namespace storefixtures;

namespace {

/// The change-feed records of one event, numbered as the space numbers them.
class Feed
{
public:
    /// Hold, sell: the place's sale `sale`.
    void sell(HoldId sale, quint32 target, bool standing = false, quint32 quantity = 1)
    {
        add(ChangeKind::Hold, sale, target, standing, quantity);
        add(ChangeKind::Sell, sale, target, standing, quantity);
    }
    void cancel(HoldId sale, quint32 target, bool standing = false, quint32 quantity = 1)
    {
        add(ChangeKind::Cancel, sale, target, standing, quantity);
    }
    std::vector<Change> changes;

private:
    void add(ChangeKind kind, HoldId hold, quint32 target, bool standing, quint32 quantity)
    {
        Change c;
        c.sequence = ++m_sequence;
        c.timeMs = 1'738'411'200'000 + qint64(m_sequence);
        c.expiresAtMs = c.timeMs + 600'000;
        c.hold = hold;
        c.target = target;
        c.holder = 1;
        c.quantity = quantity;
        c.kind = kind;
        c.standing = standing;
        changes.push_back(c);
    }
    quint64 m_sequence = 0;
};

} // namespace

void StoreTests::resalesOfOnePlaceFitOneBatch()
{
    // The simulation sells, cancels and sells the same seats and standing places again and again.
    // The pump writes all of it in one batch, each resale in a later round than the cancellation
    // before it, and the database (whose unique index and capacity check see every step) refuses
    // nothing.
    const DatabaseUrl url = freshDatabase();
    OPEN_OR_FAIL(store, url);
    VenueLayout layout = sampleLayout();
    layout.standingAreas[0].capacity = 4;
    VERIFY_OK(store->saveEvent(sampleEvent()));
    VERIFY_OK(store->saveLayout(sampleEvent().id, layout));
    EventCatalog catalog;
    catalog.publish(makeCatalogEntry(0, sampleEvent(), layout));

    Feed feed;
    feed.sell(1, 0);
    feed.sell(2, 0, true, 4); // the whole standing area
    feed.cancel(1, 0);
    feed.sell(3, 1);
    feed.sell(4, 0); // seat 0 again
    feed.cancel(2, 0, true, 4);
    feed.sell(5, 0, true, 3);
    feed.cancel(4, 0);
    feed.cancel(5, 0, true, 3);
    feed.sell(6, 0); // seat 0 a third time
    feed.sell(7, 0, true, 4);
    feed.cancel(3, 1);

    PumpBatch batch;
    BatchContext context;
    context.catalog = &catalog;
    QCOMPARE(buildBatch(feed.changes, context, batch), qsizetype(feed.changes.size()));
    std::vector<std::pair<HoldId, quint32>> rounds;
    for (const SaleRow &sale : batch.sales)
        rounds.emplace_back(sale.engineSaleId, sale.round);
    QCOMPARE(rounds, (std::vector<std::pair<HoldId, quint32>>{
                         {1, 0}, {2, 0}, {3, 0}, {4, 1}, {5, 1}, {6, 2}, {7, 2}}));
    QCOMPARE(batch.cancels.size(), std::size_t(5));
    QVERIFY(batch.holdsStarted.empty()); // every hold was sold within the batch
    QVERIFY(batch.holdsEnded.empty());

    Result<BatchOutcome> outcome = store->write(batch);
    VERIFY_OK(outcome);
    QVERIFY(outcome->refusedSales.empty());
    QVERIFY(outcome->failedSales.empty());
    Result<RecoveredEvent> recovered = store->recover(sampleEvent().id);
    VERIFY_OK(recovered);
    QCOMPARE(recovered->soldSeats, (std::vector<std::pair<quint32, HoldId>>{{0, 6}}));
    QCOMPARE(recovered->standingSold, (std::vector<std::pair<quint32, quint32>>{{0, 4}}));
    for (const SaleRow &sale : batch.sales) {
        const bool live = sale.engineSaleId == 6 || sale.engineSaleId == 7;
        QCOMPARE(store->order(sale.order.id)->status, live ? OrderStatus::Completed : OrderStatus::Cancelled);
    }
    RawConnection raw(url);
    QCOMPARE(
        raw.column(QStringLiteral("SELECT count(*) FROM tickets WHERE event_id = ? AND status = 'confirmed'"),
                   {uuidText(sampleEvent().id)}),
        QStringList{QStringLiteral("5")});
}

} // namespace tessera::test
