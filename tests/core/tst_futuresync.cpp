// finishPromise() and thenSafely(): a continuation attached while another thread finishes the
// promise runs exactly once. (With plain QFuture::then() on Qt 6.4 it can run twice, the second
// time with its promise moved out, and the process crashes.)

#include "core/common/futuresync.h"

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
};

QTEST_GUILESS_MAIN(TestFutureSync)
#include "tst_futuresync.moc"
