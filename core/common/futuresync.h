#pragma once

// Finishing promises and attaching continuations safely across threads.
//
// Qt 6.4's QFuture::then() races with a promise being finished on another thread at the same
// moment: QFutureInterfaceBase::setContinuation() sees the future finished, runs the
// continuation, and then stores it anyway; the finishing thread's runContinuation() finds it
// and runs it a second time, with its promise already moved out, and the process crashes
// (fixed in later Qt versions). The core finishes its promises on processing units, the data
// pump and the store worker while front ends attach continuations on their own thread.
//
// The rule that avoids it: a promise that another thread may be watching is finished with
// finishPromise(), and a continuation on a future that another thread may finish is attached
// with thenSafely(). Both take one process-wide lock, so that an attach happens either
// before the finish (the finishing thread runs the continuation) or after the finish and its
// continuations are complete (the attaching thread runs it). The lock is recursive: a
// continuation running under it may finish promises and attach continuations itself.
// Continuations must not block on other threads' futures.

#include <QFuture>
#include <QPromise>
#include <QThread>

#include <memory>
#include <mutex>
#include <type_traits>
#include <utility>

namespace tessera {

/// The lock shared by finishPromise() and thenSafely().
std::recursive_mutex &continuationLock();

/// Adds `value` to the (started) promise and finishes it, running the continuations attached
/// so far, under continuationLock().
template<typename T, typename V>
void finishPromise(QPromise<T> &promise, V &&value)
{
    std::lock_guard lock(continuationLock());
    promise.addResult(std::forward<V>(value));
    promise.finish();
}

/// future.then(args...) under continuationLock().
template<typename T, typename... Args>
auto thenSafely(QFuture<T> future, Args &&...args)
{
    std::lock_guard lock(continuationLock());
    return future.then(std::forward<Args>(args)...);
}

/// future.then(args...).unwrap() under continuationLock(), for a continuation that returns a
/// future. unwrap() attaches to the outer future and, once that has finished, to the inner
/// one, which another thread may be finishing: both attaches happen under the lock only when
/// the continuation runs under it (QtFuture::Launch::Sync, run by finishPromise()). With a
/// context object use thenSafelyOn().
template<typename T, typename... Args>
auto thenSafelyUnwrapped(QFuture<T> future, Args &&...args)
{
    std::lock_guard lock(continuationLock());
    return future.then(std::forward<Args>(args)...).unwrap();
}

namespace detail {
template<typename F>
struct FutureValue;
template<typename U>
struct FutureValue<QFuture<U>>
{
    using type = U;
};
} // namespace detail

/// Runs f(value) in `context`'s thread once `future` has a value; f returns a future, whose
/// value the returned future gets. Unlike then(context, f).unwrap(), the attach to f's future
/// (which another thread may be finishing) happens under continuationLock(). When either
/// future is cancelled, or the context is gone first, the returned future is cancelled.
template<typename T, typename F>
auto thenSafelyOn(QFuture<T> future, QObject *context, F f)
{
    // The then(context) future is finished on the context's thread: onCanceled() below is
    // attached from that thread too, or the attach would race the finish.
    Q_ASSERT(context && QThread::currentThread() == context->thread());
    using U = typename detail::FutureValue<std::invoke_result_t<F &, T>>::type;
    auto promise = std::make_shared<QPromise<U>>();
    promise->start();
    QFuture<U> result = promise->future();
    auto cancel = [promise] {
        std::lock_guard lock(continuationLock());
        promise->future().cancel();
        promise->finish();
    };
    std::lock_guard lock(continuationLock());
    future
        .then(context,
              [promise, cancel, f = std::move(f)](T value) mutable {
                  QFuture<U> inner = f(std::move(value));
                  std::lock_guard innerLock(continuationLock());
                  inner
                      .then(QtFuture::Launch::Sync,
                            [promise](U answer) { finishPromise(*promise, std::move(answer)); })
                      .onCanceled(cancel);
              })
        .onCanceled(cancel);
    return result;
}

} // namespace tessera
