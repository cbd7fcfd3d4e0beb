#pragma once

// Waiting for a box-office future in a test: the event loop keeps running (a server or a
// RemoteBoxOffice on this thread needs it), with a generous limit instead of a timing check.

#include <QFuture>
#include <QTest>

namespace tessera::test {

/// Waits (running the event loop) for a future and returns its result.
template<typename T>
T settle(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 60000))
        qFatal("a box-office future did not finish within a minute");
    return future.result();
}

} // namespace tessera::test
