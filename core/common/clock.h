#pragma once

#include <QtGlobal>

#include <atomic>

namespace tessera {

/// Source of "now" in milliseconds since the Unix epoch. The engine reads time only through a
/// Clock so that tests can drive expiry deterministically with a ManualClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;

    /// The process-wide wall clock.
    static Clock *system();
};

/// A clock that moves only when told to. Thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000)
        : m_now(startMs)
    {}
    qint64 nowMs() const override { return m_now.load(std::memory_order_acquire); }
    void setNowMs(qint64 ms) { m_now.store(ms, std::memory_order_release); }
    void advanceMs(qint64 ms) { m_now.fetch_add(ms, std::memory_order_acq_rel); }

private:
    std::atomic<qint64> m_now;
};

} // namespace tessera
