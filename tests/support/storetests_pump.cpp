// StoreTests of what the data pump hands the store: batches built from the change feed.

#include "core/pump/batchbuilder.h"
#include "tests/support/storetests_p.h"

#include <map>

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

void StoreTests::resalesOfOnePlaceFitOneBatch_data()
{
    QTest::addColumn<bool>("registered");
    QTest::newRow("box office sales") << true;
    QTest::newRow("simulation sales") << false;
}

void StoreTests::resalesOfOnePlaceFitOneBatch()
{
    // The simulation sells, cancels and sells the same seats and standing places again and again.
    // The pump writes all of it in one batch and the database (whose unique index and capacity
    // check see every step) refuses nothing.
    // - Sales the box office registered (someone waits for them): each resale is in a later
    //   round than the cancellation before it, and every cancellation is written as one.
    // - Sales nobody waits for (the simulation's) that the batch cancels whole are written as
    //   cancelled orders at once; a partial cancellation is still written as a cancellation.
    QFETCH(bool, registered);
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
    feed.sell(8, 2); // seats 2 and 3, of which seat 2 is cancelled
    feed.sell(8, 3);
    feed.cancel(8, 2);

    // The box office's orders, as it registers them before its commands reach the feed.
    const std::map<HoldId, SaleRow> orders{
        {1, makeSale(sampleEvent().id, layout, {0}, 1)},
        {2, makeSale(sampleEvent().id, layout, {}, 2, 0, 4)},
        {3, makeSale(sampleEvent().id, layout, {1}, 3)},
        {4, makeSale(sampleEvent().id, layout, {0}, 4)},
        {5, makeSale(sampleEvent().id, layout, {}, 5, 0, 3)},
        {6, makeSale(sampleEvent().id, layout, {0}, 6)},
        {7, makeSale(sampleEvent().id, layout, {}, 7, 0, 4)},
        {8, makeSale(sampleEvent().id, layout, {2, 3}, 8)},
    };
    PumpBatch batch;
    BatchContext context;
    context.catalog = &catalog;
    if (registered)
        context.takeSaleOrder = [&orders](const SaleKey &key) {
            return std::optional(orders.at(key.second).order);
        };
    QCOMPARE(buildBatch(feed.changes, context, batch), qsizetype(feed.changes.size()));
    std::vector<std::pair<HoldId, quint32>> rounds;
    std::vector<HoldId> cancelledAtOnce;
    for (const SaleRow &sale : batch.sales) {
        rounds.emplace_back(sale.engineSaleId, sale.round);
        if (sale.cancelledAtMs != 0)
            cancelledAtOnce.push_back(sale.engineSaleId);
    }
    QCOMPARE(rounds, (std::vector<std::pair<HoldId, quint32>>{
                         {1, 0}, {2, 0}, {3, 0}, {4, 1}, {5, 1}, {6, 2}, {7, 2}, {8, 0}}));
    const std::vector<HoldId> expectedAtOnce =
        registered ? std::vector<HoldId>() : std::vector<HoldId>{1, 2, 3, 4, 5};
    QCOMPARE(cancelledAtOnce, expectedAtOnce);
    QCOMPARE(batch.cancels.size(), std::size_t(registered ? 6 : 1));
    QVERIFY(batch.holdsStarted.empty()); // every hold was sold within the batch
    QVERIFY(batch.holdsEnded.empty());

    Result<BatchOutcome> outcome = store->write(batch);
    VERIFY_OK(outcome);
    QVERIFY(outcome->refusedSales.empty());
    QVERIFY(outcome->failedSales.empty());
    Result<RecoveredEvent> recovered = store->recover(sampleEvent().id);
    VERIFY_OK(recovered);
    QCOMPARE(recovered->soldSeats, (std::vector<std::pair<quint32, HoldId>>{{0, 6}, {3, 8}}));
    QCOMPARE(recovered->standingSold, (std::vector<std::pair<quint32, quint32>>{{0, 4}}));
    for (const SaleRow &sale : batch.sales) {
        const OrderStatus expected = sale.engineSaleId == 8   ? OrderStatus::PartiallyCancelled
                                     : sale.engineSaleId >= 6 ? OrderStatus::Completed
                                                              : OrderStatus::Cancelled;
        Result<Order> order = store->order(sale.order.id);
        VERIFY_OK(order);
        QCOMPARE(order->status, expected);
        for (const Ticket &ticket : order->tickets) {
            const bool live = expected == OrderStatus::Completed || ticket.seatLabel == layout.seatLabel(3);
            QCOMPARE(ticket.status, live ? TicketStatus::Confirmed : TicketStatus::Cancelled);
        }
    }
    RawConnection raw(url);
    const QVariantList event{uuidText(sampleEvent().id)};
    QCOMPARE(
        raw.column(QStringLiteral("SELECT count(*) FROM tickets WHERE event_id = ? AND status = 'confirmed'"),
                   event),
        QStringList{QStringLiteral("6")});
    // The audit log tells the same either way: 8 sales and 11 cancelled tickets.
    QCOMPARE(raw.column(QStringLiteral("SELECT kind || ':' || CAST(count(*) AS TEXT) FROM audit_log "
                                       "WHERE event_id = ? GROUP BY kind ORDER BY kind"),
                        event),
             (QStringList{QStringLiteral("cancel:11"), QStringLiteral("sale:8")}));
}

} // namespace tessera::test
