#include "core/common/clock.h"
#include "core/common/ids.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <thread>
#include <vector>

using namespace tessera;

/// Clocks and ids are used from every processing unit at once: these tests use them from many
/// threads (and CI runs them under ThreadSanitizer, label "concurrency"). The threads are
/// std::threads on purpose: Debian's Qt is not built with ThreadSanitizer, so hand-offs through
/// QThreadPool or QtConcurrent are invisible to it and would be reported as races.
class TestClock final : public QObject
{
    Q_OBJECT

private slots:
    void manualClockMovesOnlyWhenTold();
    void manualClockAdvancesFromManyThreads();
    void systemClockFollowsWallTime();
    void uuidsFromManyThreadsAreUnique();
    void timeOrderedUuidsAscend();
};

void TestClock::manualClockMovesOnlyWhenTold()
{
    ManualClock clock(1000);
    QCOMPARE(clock.nowMs(), 1000);
    QCOMPARE(clock.nowMs(), 1000);
    clock.advanceMs(250);
    QCOMPARE(clock.nowMs(), 1250);
    clock.setNowMs(5);
    QCOMPARE(clock.nowMs(), 5);
}

void TestClock::manualClockAdvancesFromManyThreads()
{
    constexpr int threadCount = 4;
    constexpr int stepsPerThread = 10'000;
    ManualClock clock(0);
    std::vector<char> sawTimeGoBack(threadCount, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&clock, &wentBack = sawTimeGoBack[t]] {
            qint64 last = clock.nowMs();
            for (int i = 0; i < stepsPerThread; ++i) {
                clock.advanceMs(1);
                const qint64 now = clock.nowMs();
                if (now <= last)
                    wentBack = 1;
                last = now;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(clock.nowMs(), qint64(threadCount) * stepsPerThread);
    QCOMPARE(std::count(sawTimeGoBack.begin(), sawTimeGoBack.end(), 1), 0);
}

void TestClock::systemClockFollowsWallTime()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = Clock::system()->nowMs();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(now >= before);
    QVERIFY(now <= after);
}

void TestClock::uuidsFromManyThreadsAreUnique()
{
    constexpr int threadCount = 4;
    constexpr int perThread = 2000;
    std::vector<QList<QUuid>> results(threadCount);
    std::vector<std::thread> threads;
    for (QList<QUuid> &ids : results) {
        threads.emplace_back([&ids] {
            ids.reserve(perThread);
            for (int i = 0; i < perThread; ++i)
                ids.append(newUuid());
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QSet<QUuid> seen;
    for (const QList<QUuid> &ids : results) {
        for (const QUuid &id : ids) {
            QCOMPARE(id.version(), QUuid::Random);
            seen.insert(id);
        }
    }
    QCOMPARE(seen.size(), threadCount * perThread);
}

void TestClock::timeOrderedUuidsAscend()
{
    QUuid previous = newTimeOrderedUuid();
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    QSet<QUuid> seen{previous};
    for (int i = 0; i < 20'000; ++i) {
        const QUuid id = newTimeOrderedUuid();
        QCOMPARE(id.data3 >> 12, 7); // QUuid::version() of Qt 6.4 knows versions 1-5 only
        QCOMPARE(id.variant(), QUuid::DCE);
        // Ascending as bytes and as the text the database compares.
        QVERIFY2(previous.toRfc4122() < id.toRfc4122(), qPrintable(uuidText(previous) + u' ' + uuidText(id)));
        QVERIFY(uuidText(previous) < uuidText(id));
        seen.insert(id);
        previous = id;
    }
    QCOMPARE(seen.size(), 20'001);
    // The first 48 bits are the creation time in milliseconds.
    const QByteArray bytes = previous.toRfc4122();
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | uchar(bytes[i]);
    QVERIFY(ms >= start);
    QVERIFY(ms <= QDateTime::currentMSecsSinceEpoch() + 1000); // may run ahead in a burst
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
