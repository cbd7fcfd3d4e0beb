#pragma once

#include "core/common/futuresync.h"
#include "core/common/result.h"
#include "core/store/store.h"

#include <QFuture>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>

namespace tessera {

/// A thread with its own Store connection that runs database work for the box office: event
/// administration, lookups and recovery (the data pump has its own connection for writes).
/// Jobs run one at a time, in submission order.
class StoreWorker final
{
public:
    StoreWorker();
    ~StoreWorker();
    Q_DISABLE_COPY_MOVE(StoreWorker)

    /// Opens the store on the worker thread; blocks until it is open or has failed.
    Status open(const DatabaseUrl &url);

    /// Runs job(store) on the worker thread and returns its result as a future.
    template<typename T>
    QFuture<T> run(std::function<T(Store &)> job)
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        post([promise, job = std::move(job)](Store *store) {
            finishPromise(*promise, store ? job(*store) : T(ErrorCode::StoreUnavailable, noStoreMessage()));
        });
        return future;
    }

    /// Runs job(store) on the worker thread and waits for it (for start-up and tools).
    template<typename T>
    T runAndWait(std::function<T(Store &)> job)
    {
        return run<T>(std::move(job)).result();
    }

private:
    void post(std::function<void(Store *)> job);
    static QString noStoreMessage();

    QThread m_thread;
    QObject *m_context = nullptr;   // lives on m_thread
    std::unique_ptr<Store> m_store; // created, used and destroyed on m_thread
};

} // namespace tessera
