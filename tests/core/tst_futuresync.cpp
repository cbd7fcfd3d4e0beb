// finishPromise() and thenSafely(): a continuation attached while another thread finishes the
// promise runs exactly once. (With plain QFuture::then() on Qt 6.4 it can run twice, the second
// time with its promise moved out, and the process crashes.)

#include "core/common/futuresync.h"

#include <QCoreApplication>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace tessera;

class TestFutureSync final : public QObject
{
    Q_OBJECT

private slots:
    void continuationRunsOnceWhileAnotherThreadFinishes()
    {
        constexpr int kRounds = 20000;
        std::vector<std::shared_ptr<QPromise<int>>> promises(kRounds);
        for (auto &promise : promises) {
            promise = std::make_shared<QPromise<int>>();
            promise->start();
        }
        std::atomic<int> next{0};
        std::thread finisher([&] {
            for (int i = 0; i < kRounds; ++i) {
                while (next.load(std::memory_order_acquire) <= i)
                    std::this_thread::yield();
                finishPromise(*promises[std::size_t(i)], i);
            }
        });
        std::vector<std::atomic<int>> runs(kRounds);
        std::vector<QFuture<int>> chained;
        chained.reserve(kRounds);
        for (int i = 0; i < kRounds; ++i) {
            QFuture<int> future = promises[std::size_t(i)]->future();
            next.store(i + 1, std::memory_order_release); // the finisher may finish it now
            chained.push_back(thenSafely(future, QtFuture::Launch::Sync, [&runs, i](int value) {
                runs[std::size_t(i)].fetch_add(1);
                return value * 2;
            }));
        }
        finisher.join();
        for (int i = 0; i < kRounds; ++i) {
            QCOMPARE(runs[std::size_t(i)].load(), 1);
            QVERIFY(chained[std::size_t(i)].isFinished());
            QCOMPARE(chained[std::size_t(i)].result(), i * 2);
        }
    }

    void continuationsMayAttachAndFinishUnderTheLock()
    {
        // A continuation that finishes another promise and attaches to it (the lock is
        // recursive, so this does not deadlock).
        QPromise<int> first;
        first.start();
        auto second = std::make_shared<QPromise<int>>();
        second->start();
        int seen = 0;
        QFuture<int> inner;
        QFuture<void> outer = thenSafely(first.future(), QtFuture::Launch::Sync, [&](int value) {
            inner = thenSafely(second->future(), QtFuture::Launch::Sync, [&seen](int v) { return seen = v; });
            finishPromise(*second, value + 1);
        });
        std::thread([&] { finishPromise(first, 41); }).join();
        QVERIFY(outer.isFinished());
        QCOMPARE(seen, 42);
        QCOMPARE(inner.result(), 42);
    }

    void thenSafelyOnChainsToAFutureAnotherThreadFinishes()
    {
        // f runs on the context's thread and returns a future another thread finishes; the
        // result gets its value, or is cancelled with either future.
        QObject context;
        constexpr int kRounds = 2000;
        std::vector<std::shared_ptr<QPromise<int>>> inner(kRounds);
        std::vector<QFuture<int>> results;
        std::atomic<int> made{0};
        std::thread finisher([&] {
            for (int i = 0; i < kRounds; ++i) {
                while (made.load(std::memory_order_acquire) <= i)
                    std::this_thread::yield();
                finishPromise(*inner[std::size_t(i)], i + 1);
            }
        });
        for (int i = 0; i < kRounds; ++i) {
            results.push_back(thenSafelyOn(QtFuture::makeReadyFuture(i), &context, [&inner, &made](int n) {
                auto promise = std::make_shared<QPromise<int>>();
                promise->start();
                inner[std::size_t(n)] = promise;
                made.store(n + 1, std::memory_order_release);
                return promise->future();
            }));
        }
        QTRY_COMPARE_WITH_TIMEOUT(made.load(), kRounds, 30000);
        finisher.join();
        for (int i = 0; i < kRounds; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(results[std::size_t(i)].isFinished(), 10000);
            QCOMPARE(results[std::size_t(i)].result(), i + 1);
        }

        // The outer future cancelled: f never runs and the result is cancelled.
        QPromise<int> outer;
        outer.start();
        bool ran = false;
        QFuture<int> skipped = thenSafelyOn(outer.future(), &context, [&ran](int) {
            ran = true;
            return QtFuture::makeReadyFuture(0);
        });
        outer.future().cancel();
        outer.finish();
        QTRY_VERIFY_WITH_TIMEOUT(skipped.isFinished(), 10000);
        QVERIFY(skipped.isCanceled());
        QVERIFY(!ran);

        // The inner future cancelled: so is the result.
        auto dropped = std::make_shared<QPromise<int>>();
        dropped->start();
        QFuture<int> abandoned = thenSafelyOn(QtFuture::makeReadyFuture(1), &context,
                                              [dropped](int) { return dropped->future(); });
        QTRY_VERIFY_WITH_TIMEOUT(dropped->future().isStarted() && !abandoned.isFinished(), 10000);
        QCoreApplication::processEvents();
        dropped->future().cancel();
        dropped->finish();
        QTRY_VERIFY_WITH_TIMEOUT(abandoned.isFinished(), 10000);
        QVERIFY(abandoned.isCanceled());
    }
};

QTEST_GUILESS_MAIN(TestFutureSync)
#include "tst_futuresync.moc"
