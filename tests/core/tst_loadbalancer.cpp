#include "core/engine/invariantchecker.h"
#include "core/engine/loadbalancer.h"

#include <QTest>

#include <future>
#include <random>
#include <thread>

using namespace tessera;

namespace {
/// Submits a batch and waits for its results through std::promise, whose hand-over
/// ThreadSanitizer can see (QFuture's cannot be seen with a Qt that is not instrumented).
std::vector<SpaceResult> run(LoadBalancer &balancer, std::vector<SpaceCommand> commands)
{
    std::promise<std::vector<SpaceResult>> promise;
    std::future<std::vector<SpaceResult>> future = promise.get_future();
    if (!balancer.submit(std::move(commands), [&promise](std::vector<SpaceResult> &&results) {
            promise.set_value(std::move(results));
        }))
        return {};
    return future.get();
}
} // namespace

class TestLoadBalancer final : public QObject
{
    Q_OBJECT

private slots:
    void executesEveryAcceptedBatch_data();
    void executesEveryAcceptedBatch();
    void stopRefusesNewWorkAndLosesNothing();
    void statisticsCountOutcomes();
    void stressKeepsInvariants();
};

void TestLoadBalancer::executesEveryAcceptedBatch_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<Routing>("routing");
    QTest::newRow("1 unit") << 1 << Routing::RoundRobin;
    QTest::newRow("4 units round robin") << 4 << Routing::RoundRobin;
    QTest::newRow("4 units by event") << 4 << Routing::ByEvent;
}

void TestLoadBalancer::executesEveryAcceptedBatch()
{
    QFETCH(int, units);
    QFETCH(Routing, routing);
    Space space;
    const quint32 e = space.addEvent(SpaceLayout::grid(10, 100));
    LoadBalancer balancer(&space, units, routing);
    QCOMPARE(balancer.unitCount(), units);
    std::atomic<int> completed{0};
    for (quint32 s = 0; s < 1000; ++s) {
        SpaceCommand c;
        c.op = SpaceOp::Block;
        c.event = e;
        c.seats.append(s);
        QVERIFY(balancer.submit({c}, [&completed](std::vector<SpaceResult> &&r) {
            if (r.size() == 1 && r.front().ok)
                completed.fetch_add(1);
        }));
    }
    balancer.waitForIdle();
    QCOMPARE(completed.load(), 1000);
    QCOMPARE(space.event(e)->counts().blocked, 1000);
    QCOMPARE(balancer.totals().operations, 1000u);
}

void TestLoadBalancer::stopRefusesNewWorkAndLosesNothing()
{
    Space space;
    const quint32 e = space.addEvent(SpaceLayout::grid(100, 100));
    LoadBalancer balancer(&space, 4);
    std::atomic<int> accepted{0};
    std::atomic<int> completed{0};
    std::vector<std::thread> producers;
    for (int t = 0; t < 4; ++t) {
        producers.emplace_back([&, t] {
            for (quint32 i = 0; i < 2500; ++i) {
                SpaceCommand c;
                c.op = SpaceOp::Block;
                c.event = e;
                c.seats.append(static_cast<quint32>(t) * 2500 + i);
                if (balancer.submit({c},
                                    [&completed](std::vector<SpaceResult> &&) { completed.fetch_add(1); }))
                    accepted.fetch_add(1);
            }
        });
    }
    std::this_thread::yield();
    balancer.stop();
    for (auto &p : producers)
        p.join();
    QCOMPARE(completed.load(), accepted.load());
    QCOMPARE(space.event(e)->counts().blocked, qint64(accepted.load()));
    QVERIFY(!balancer.isRunning());
    SpaceCommand late;
    late.op = SpaceOp::Block;
    late.event = e;
    late.seats.append(0);
    QVERIFY(!balancer.submit({late}, [](std::vector<SpaceResult> &&) { QFAIL("a refused batch ran"); }));
}

void TestLoadBalancer::statisticsCountOutcomes()
{
    Space space;
    const quint32 e = space.addEvent(SpaceLayout::grid(1, 10));
    LoadBalancer balancer(&space, 1);
    std::vector<SpaceCommand> batch;
    for (int i = 0; i < 3; ++i) {
        SpaceCommand c;
        c.op = SpaceOp::Hold;
        c.event = e;
        c.holder = 1;
        c.ttlMs = 1000;
        c.seats.append(0); // first succeeds, the other two conflict
        batch.push_back(c);
    }
    run(balancer, std::move(batch));
    const UnitStatistics stats = balancer.unit(0).statistics();
    QCOMPARE(stats.operations, 3u);
    QCOMPARE(stats.successes, 1u);
    QCOMPARE(stats.conflicts, 2u);
    QCOMPARE(stats.batches, 1u);
    QVERIFY(stats.latencyPercentileUs(99) >= 1);
}

void TestLoadBalancer::stressKeepsInvariants()
{
    constexpr quint32 kSeats = 100'000;
    constexpr int kOperations = 1'000'000;
    constexpr int kBatch = 250;
    Space space;
    auto subscription = space.subscribe([] {}, true);
    const quint32 e = space.addEvent(SpaceLayout::grid(250, 400));
    QCOMPARE(space.event(e)->seatCount(), qsizetype(kSeats));
    InvariantChecker checker;
    checker.addEvent(e, kSeats);
    std::vector<Change> feed;
    {
        LoadBalancer balancer(&space, 8);
        // Eight clients, each with its own holder id, racing over the same seats.
        std::vector<std::thread> clients;
        for (int client = 0; client < 8; ++client) {
            clients.emplace_back([&, client] {
                std::mt19937 random(static_cast<unsigned>(client));
                const HolderId me = static_cast<HolderId>(client + 1);
                std::vector<HoldId> myHolds;
                std::mutex holdsMutex;
                for (int done = 0; done < kOperations / 8; done += kBatch) {
                    std::vector<SpaceCommand> batch(kBatch);
                    {
                        std::lock_guard lock(holdsMutex);
                        for (SpaceCommand &c : batch) {
                            c.event = e;
                            c.holder = me;
                            c.ttlMs = 60'000;
                            const unsigned dice = random() % 10;
                            if (dice < 4 || myHolds.empty()) {
                                c.op = SpaceOp::Hold;
                                c.seats.append(random() % kSeats);
                                if (dice == 0)
                                    c.seats.append((c.seats.front() + 1) % kSeats);
                            } else if (dice < 7) {
                                c.op = SpaceOp::Sell;
                                c.hold = myHolds[random() % myHolds.size()];
                            } else if (dice < 8) {
                                c.op = SpaceOp::Release;
                                c.hold = myHolds[random() % myHolds.size()];
                            } else {
                                c.op = SpaceOp::Cancel;
                                c.seats.append(random() % kSeats);
                            }
                        }
                    }
                    const auto results = run(balancer, std::move(batch));
                    std::lock_guard lock(holdsMutex);
                    for (const SpaceResult &r : results) {
                        if (r.ok && r.hold != 0 && r.expiresAtMs != 0)
                            myHolds.push_back(r.hold);
                    }
                    if (myHolds.size() > 4096)
                        myHolds.erase(myHolds.begin(), myHolds.begin() + 2048);
                }
            });
        }
        // The checker follows the feed while the clients run.
        std::atomic<bool> running{true};
        std::thread follower([&] {
            std::vector<Change> chunk;
            for (;;) {
                const bool stillRunning = running.load();
                chunk.clear();
                const qsizetype n = subscription->read(chunk, 50'000);
                checker.consume(chunk);
                feed.insert(feed.end(), chunk.begin(), chunk.end());
                if (n == 0 && !stillRunning)
                    break;
                if (n == 0)
                    std::this_thread::yield();
            }
        });
        for (auto &c : clients)
            c.join();
        balancer.stop();
        running = false;
        follower.join();
        QCOMPARE(balancer.totals().operations, quint64(kOperations));
    }
    std::vector<Change> rest;
    while (subscription->read(rest) > 0) {
    }
    checker.consume(rest);
    feed.insert(feed.end(), rest.begin(), rest.end());

    QCOMPARE(checker.doubleSales(), 0u);
    QVERIFY2(checker.violations() == 0, qPrintable(checker.firstProblem()));
    QVERIFY(checker.sales() > 10'000);
    QCOMPARE(checker.soldNow(), space.event(e)->counts().sold);

    EventSpace replay(e, SpaceLayout::grid(250, 400), space.clock());
    for (const Change &c : feed)
        QVERIFY(replay.restore(c));
    QString difference;
    QVERIFY2(replay.sameStateAs(*space.event(e), &difference), qPrintable(difference));
}

QTEST_GUILESS_MAIN(TestLoadBalancer)
#include "tst_loadbalancer.moc"
