#include "core/waitingroom/ratemeter.h"

#include <algorithm>

namespace tessera {

void RateMeter::restart(qint64 startMs)
{
    m_buckets.fill(Bucket{});
    m_startMs = startMs;
}

void RateMeter::record(qint64 nowMs, qint64 count)
{
    const qint64 index = nowMs / kBucketMs;
    Bucket &bucket = m_buckets[std::size_t(index % kBuckets)];
    if (bucket.index != index) {
        bucket.index = index;
        bucket.count = 0;
    }
    bucket.count += count;
}

double RateMeter::perMinute(qint64 nowMs) const
{
    const qint64 newest = nowMs / kBucketMs;
    qint64 total = 0;
    for (const Bucket &bucket : m_buckets) {
        if (bucket.index > newest - kBuckets && bucket.index <= newest)
            total += bucket.count;
    }
    const qint64 spanMs = std::clamp<qint64>(nowMs - m_startMs, 60'000, kWindowMs);
    return double(total) * 60'000.0 / double(spanMs);
}

} // namespace tessera
