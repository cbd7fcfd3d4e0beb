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

#include <mutex>
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
/// one, which another thread may be finishing: both attaches happen under the lock.
template<typename T, typename... Args>
auto thenSafelyUnwrapped(QFuture<T> future, Args &&...args)
{
    std::lock_guard lock(continuationLock());
    return future.then(std::forward<Args>(args)...).unwrap();
}

} // namespace tessera
