#include "core/engine/eventcatalog.h"
#include "core/engine/loadbalancer.h"
#include "core/layout/demovenues.h"

#include <QTest>

using namespace tessera;

/// The engine's Qt-facing API: futures of batch results and the event catalog.
class TestEngine final : public QObject
{
    Q_OBJECT

private slots:
    void futureCarriesResults();
    void futureAfterStopReportsShuttingDown();
    void catalogFindsEventsByIdAndName();
    void layoutConversionKeepsCategoriesAndBlocks();
    void blocksFollowRowsOnCurvedRotatedSections();
    void bestAvailableOnTheStadiumStaysInOneRow();
};

void TestEngine::futureCarriesResults()
{
    Space space;
    const quint32 e = space.addEvent(SpaceLayout::grid(1, 10));
    LoadBalancer balancer(&space, 2);
    SpaceCommand hold;
    hold.op = SpaceOp::Hold;
    hold.event = e;
    hold.holder = 3;
    hold.ttlMs = 1000;
    hold.seats.append(4);
    SpaceCommand again = hold;
    again.holder = 4;
    QFuture<std::vector<SpaceResult>> future = balancer.submit(std::vector<SpaceCommand>{hold, again});
    future.waitForFinished();
    const std::vector<SpaceResult> results = future.result();
    QCOMPARE(results.size(), size_t(2));
    QVERIFY(results[0].ok);
    QVERIFY(results[0].sequence > 0);
    QCOMPARE(results[1].error, ErrorCode::SeatUnavailable);
    QCOMPARE(results[1].failedSeat, 4u);
    QCOMPARE(results[1].sequence, 0u);
}

void TestEngine::futureAfterStopReportsShuttingDown()
{
    Space space;
    const quint32 e = space.addEvent(SpaceLayout::grid(1, 10));
    LoadBalancer balancer(&space, 1);
    balancer.stop();
    SpaceCommand block;
    block.op = SpaceOp::Block;
    block.event = e;
    block.seats.append(0);
    const auto results = balancer.submit(std::vector<SpaceCommand>{block}).result();
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(results.front().error, ErrorCode::ShuttingDown);
    QCOMPARE(space.event(e)->seatState(0), SeatState::Available);
}

namespace {
VenueLayout smallLayout()
{
    VenueLayout layout;
    layout.name = QStringLiteral("Hall");
    layout.categories = {
        PriceCategory{QStringLiteral("a"), QStringLiteral("Front"), QStringLiteral("#aa0000"), 5000},
        PriceCategory{QStringLiteral("b"), QStringLiteral("Back"), QStringLiteral("#0000aa"), 2500}};
    for (int r = 0; r < 2; ++r) {
        for (int n = 1; n <= 3; ++n) {
            LayoutSeat seat;
            seat.id = QUuid::createUuid();
            seat.section = QStringLiteral("Stalls");
            seat.row = QString(QLatin1Char(char('A' + r)));
            seat.number = QString::number(n);
            seat.x = n;
            seat.y = r + 1;
            seat.category = r == 0 ? QStringLiteral("a") : QStringLiteral("b");
            seat.blocked = r == 1 && n == 2;
            layout.seats.append(seat);
        }
    }
    StandingArea floor;
    floor.id = QUuid::createUuid();
    floor.name = QStringLiteral("Floor");
    floor.category = QStringLiteral("b");
    floor.capacity = 100;
    layout.standingAreas.append(floor);
    return layout;
}
} // namespace

void TestEngine::catalogFindsEventsByIdAndName()
{
    EventCatalog catalog;
    Event event;
    event.id = QUuid::createUuid();
    event.name = QStringLiteral("Hamlet");
    catalog.publish(makeCatalogEntry(3, event, smallLayout()));
    QCOMPARE(catalog.byId(event.id)->index, 3u);
    QCOMPARE(catalog.byIndex(3)->event.name, QStringLiteral("Hamlet"));
    QVERIFY(!catalog.byIndex(2));
    QCOMPARE(catalog.find(QStringLiteral("hamlet"))->event.id, event.id);
    QCOMPARE(catalog.find(event.id.toString(QUuid::WithoutBraces))->index, 3u);
    QVERIFY(!catalog.find(QStringLiteral("Macbeth")));
    const auto entry = catalog.byId(event.id);
    QCOMPARE(entry->seatIndexByLabel.value(QStringLiteral("B-3")), 5u);
    QCOMPARE(entry->seatPriceCents[0], 5000);
    QCOMPARE(entry->seatPriceCents[5], 2500);
    QCOMPARE(entry->standingPriceCents[0], 2500);
    QCOMPARE(entry->seatDescription(4), QStringLiteral("Stalls, row B, seat 2"));
    catalog.remove(event.id);
    QVERIFY(!catalog.byId(event.id));
    QVERIFY(catalog.all().isEmpty());
}

void TestEngine::layoutConversionKeepsCategoriesAndBlocks()
{
    const SpaceLayout space = toSpaceLayout(smallLayout());
    QCOMPARE(space.seatCount(), 6);
    QCOMPARE(space.category[0], quint16(0));
    QCOMPARE(space.category[3], quint16(1));
    QVERIFY(space.initiallyBlocked[4]);
    QVERIFY(!space.initiallyBlocked[3]);
    QCOMPARE(space.blocks.size(), size_t(2)); // one block per row
    QCOMPARE(space.standingCapacity, std::vector<quint32>{100});
    QCOMPARE(space.standingCategory, std::vector<quint16>{1});
}

void TestEngine::blocksFollowRowsOnCurvedRotatedSections()
{
    const VenueLayout stadium = DemoVenues::stadium();
    const std::vector<SeatBlock> blocks = seatBlocks(stadium);
    quint64 covered = 0;
    for (const SeatBlock &block : blocks) {
        covered += block.count;
        const LayoutSeat &first = stadium.seats[block.first];
        const LayoutSeat &last = stadium.seats[block.first + block.count - 1];
        QCOMPARE(last.section, first.section);
        QCOMPARE(last.row, first.row);
    }
    QCOMPARE(covered, quint64(stadium.seats.size()));
    // Far fewer blocks than seats: rows are recognised although y changes along them.
    QVERIFY(blocks.size() * 5 < size_t(stadium.seats.size()));
}

void TestEngine::bestAvailableOnTheStadiumStaysInOneRow()
{
    const VenueLayout stadium = DemoVenues::stadium();
    Space space;
    const quint32 e = space.addEvent(toSpaceLayout(stadium));
    for (int round = 0; round < 20; ++round) {
        SpaceCommand best;
        best.op = SpaceOp::HoldBest;
        best.event = e;
        best.holder = 1;
        best.ttlMs = 60'000;
        best.quantity = 6;
        const SpaceResult r = space.apply(best);
        QVERIFY(r.ok);
        QCOMPARE(r.seats.size(), size_t(6));
        const LayoutSeat &first = stadium.seats[r.seats.front()];
        for (quint32 seat : r.seats) {
            QCOMPARE(stadium.seats[seat].section, first.section);
            QCOMPARE(stadium.seats[seat].row, first.row);
        }
    }
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
