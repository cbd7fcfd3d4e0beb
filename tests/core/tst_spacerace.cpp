#include "core/engine/invariantchecker.h"
#include "core/space/space.h"

#include <QTest>

#include <barrier>
#include <thread>

using namespace tessera;

class TestSpaceRace final : public QObject
{
    Q_OBJECT

private slots:
    void oneSalePerSeatAmongManyThreads();
    void expiryRacingASaleEndsOneWay();
    void feedReadersRaceWriters();
};

void TestSpaceRace::oneSalePerSeatAmongManyThreads()
{
    constexpr int kThreads = 64;
    constexpr int kRounds = 1000;
    Space space;
    const quint32 e = space.addEvent(SpaceLayout::grid(10, 100));
    std::vector<Change> feed;
    auto subscription = space.subscribe([] {}, true);

    std::vector<std::atomic<int>> sales(kRounds);
    std::vector<std::atomic<int>> refusals(kRounds);
    std::atomic<int> unexpected{0};
    std::barrier start(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < kRounds; ++round) {
                start.arrive_and_wait();
                SpaceCommand hold;
                hold.op = SpaceOp::Hold;
                hold.event = e;
                hold.holder = static_cast<HolderId>(t + 1);
                hold.ttlMs = 60'000;
                hold.seats.append(static_cast<quint32>(round));
                const SpaceResult held = space.apply(hold);
                if (!held.ok) {
                    if (held.error == ErrorCode::SeatUnavailable)
                        refusals[round].fetch_add(1);
                    else
                        unexpected.fetch_add(1);
                    continue;
                }
                SpaceCommand sell;
                sell.op = SpaceOp::Sell;
                sell.event = e;
                sell.holder = hold.holder;
                sell.hold = held.hold;
                if (space.apply(sell).ok)
                    sales[round].fetch_add(1);
                else
                    unexpected.fetch_add(1);
            }
        });
    }
    for (auto &thread : threads)
        thread.join();

    QCOMPARE(unexpected.load(), 0);
    for (int round = 0; round < kRounds; ++round) {
        QCOMPARE(sales[round].load(), 1);
        QCOMPARE(refusals[round].load(), kThreads - 1);
        QCOMPARE(space.event(e)->seatState(static_cast<quint32>(round)), SeatState::Sold);
    }
    while (subscription->read(feed) > 0) {
    }
    InvariantChecker checker;
    checker.addEvent(e, space.event(e)->seatCount());
    checker.consume(feed);
    QCOMPARE(checker.doubleSales(), 0u);
    QCOMPARE(checker.violations(), 0u);
    QCOMPARE(checker.sales(), quint64(kRounds));
}

void TestSpaceRace::expiryRacingASaleEndsOneWay()
{
    ManualClock clock;
    Space space(&clock);
    const quint32 e = space.addEvent(SpaceLayout::grid(1, 10));
    auto subscription = space.subscribe([] {});
    int soldCount = 0;
    int expiredCount = 0;
    for (int attempt = 0; attempt < 2000; ++attempt) {
        const quint32 seat = static_cast<quint32>(attempt % 10);
        SpaceCommand hold;
        hold.op = SpaceOp::Hold;
        hold.event = e;
        hold.holder = 1;
        hold.ttlMs = 10;
        hold.seats.append(seat);
        const SpaceResult held = space.apply(hold);
        QVERIFY(held.ok);

        std::barrier start(2);
        SpaceResult sale;
        std::thread seller([&] {
            start.arrive_and_wait();
            SpaceCommand sell;
            sell.op = SpaceOp::Sell;
            sell.event = e;
            sell.holder = 1;
            sell.hold = held.hold;
            sale = space.apply(sell);
        });
        std::thread sweeper([&] {
            start.arrive_and_wait();
            clock.advanceMs(10); // the hold expires now, while the sale is in flight
            space.sweepExpired();
        });
        seller.join();
        sweeper.join();

        std::vector<Change> feed;
        while (subscription->read(feed) > 0) {
        }
        int sells = 0;
        int expiries = 0;
        for (const Change &c : feed) {
            if (c.hold != held.hold)
                continue;
            sells += c.kind == ChangeKind::Sell;
            expiries += c.kind == ChangeKind::Expire;
        }
        QCOMPARE(sells + expiries, 1);
        QCOMPARE(sale.ok, sells == 1);
        if (!sale.ok)
            QCOMPARE(sale.error, ErrorCode::HoldExpired);
        QCOMPARE(space.event(e)->seatState(seat), sale.ok ? SeatState::Sold : SeatState::Available);
        soldCount += sells;
        expiredCount += expiries;
        if (sale.ok) { // put the seat back for the next attempt
            SpaceCommand cancel;
            cancel.op = SpaceOp::Cancel;
            cancel.event = e;
            cancel.seats.append(seat);
            QVERIFY(space.apply(cancel).ok);
            while (subscription->read(feed) > 0) {
            }
        }
    }
    QCOMPARE(soldCount + expiredCount, 2000);
}

void TestSpaceRace::feedReadersRaceWriters()
{
    Space space;
    const quint32 e = space.addEvent(SpaceLayout::grid(20, 50));
    std::atomic<bool> done{false};
    std::vector<Change> seen;
    std::atomic<int> wakes{0};
    auto subscription = space.subscribe([&wakes] { wakes.fetch_add(1); }, true);
    std::thread reader([&] {
        while (!done.load()) {
            subscription->read(seen, 500);
            std::this_thread::yield();
        }
        while (subscription->read(seen) > 0) {
        }
    });
    std::vector<std::thread> writers;
    for (int t = 0; t < 4; ++t) {
        writers.emplace_back([&, t] {
            for (int i = 0; i < 5000; ++i) {
                SpaceCommand c;
                c.op = i % 2 ? SpaceOp::Unblock : SpaceOp::Block;
                c.event = e;
                c.seats.append(static_cast<quint32>(t * 250 + (i / 2) % 250));
                QVERIFY(space.apply(c).ok);
            }
        });
    }
    for (auto &w : writers)
        w.join();
    done = true;
    reader.join();
    QCOMPARE(seen.size(), size_t(20000));
    for (size_t i = 0; i < seen.size(); ++i)
        QCOMPARE(seen[i].sequence, quint64(i + 1));
    QVERIFY(wakes.load() >= 1);
    QCOMPARE(space.event(e)->counts().available, 1000);
}

QTEST_GUILESS_MAIN(TestSpaceRace)
#include "tst_spacerace.moc"
