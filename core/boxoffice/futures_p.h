#pragma once

// Small helpers for building the futures the box office returns.

#include "core/common/futuresync.h"

#include <QFuture>
#include <QPromise>

#include <memory>

namespace tessera {

template<typename T>
QFuture<T> readyFuture(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

/// A promise that can be fulfilled from a callback on any thread, exactly once.
template<typename T>
class Deferred final
{
public:
    Deferred()
        : m_promise(std::make_shared<QPromise<T>>())
    {
        m_promise->start();
    }
    QFuture<T> future() const { return m_promise->future(); }
    void resolve(T value) const { finishPromise(*m_promise, std::move(value)); }

private:
    std::shared_ptr<QPromise<T>> m_promise;
};

} // namespace tessera
