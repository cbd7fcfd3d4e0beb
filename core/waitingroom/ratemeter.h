#pragma once

#include <QtGlobal>

#include <array>

namespace tessera {

/// Counts events over a sliding window of the last 5 minutes in 5-second buckets and reports
/// them as a rate per minute. Fixed size, O(1) to record, O(buckets) to read. Not thread-safe;
/// the owner locks.
class RateMeter final
{
public:
    static constexpr qint64 kBucketMs = 5'000;
    static constexpr int kBuckets = 60;
    static constexpr qint64 kWindowMs = kBucketMs * kBuckets;

    /// startMs is when counting began; until a full window has passed the rate is taken over the
    /// time since then, but over at least one minute so that a few early events do not read as a
    /// burst.
    explicit RateMeter(qint64 startMs = 0)
        : m_startMs(startMs)
    {}

    void restart(qint64 startMs);
    void record(qint64 nowMs, qint64 count = 1);

    /// Events per minute over the window ending at nowMs.
    double perMinute(qint64 nowMs) const;

private:
    struct Bucket
    {
        qint64 index = -1; // nowMs / kBucketMs of the bucket's period
        qint64 count = 0;
    };
    std::array<Bucket, kBuckets> m_buckets{};
    qint64 m_startMs = 0;
};

} // namespace tessera
