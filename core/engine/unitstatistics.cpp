#include "core/engine/unitstatistics.h"

#include <bit>

namespace tessera {

qint64 UnitStatistics::latencyPercentileUs(double percentile) const
{
    quint64 total = 0;
    for (quint64 n : latency)
        total += n;
    if (total == 0)
        return 0;
    const auto wanted = static_cast<quint64>(static_cast<double>(total) * percentile / 100.0);
    quint64 seen = 0;
    for (int b = 0; b < kBuckets; ++b) {
        seen += latency[static_cast<size_t>(b)];
        if (seen >= wanted && seen > 0)
            return qint64(1) << b;
    }
    return qint64(1) << (kBuckets - 1);
}

UnitStatistics &UnitStatistics::operator+=(const UnitStatistics &other)
{
    operations += other.operations;
    successes += other.successes;
    conflicts += other.conflicts;
    batches += other.batches;
    for (int b = 0; b < kBuckets; ++b)
        latency[static_cast<size_t>(b)] += other.latency[static_cast<size_t>(b)];
    return *this;
}

void UnitCounters::record(quint64 operations, quint64 successes, quint64 conflicts, qint64 latencyUs)
{
    m_operations.fetch_add(operations, std::memory_order_relaxed);
    m_successes.fetch_add(successes, std::memory_order_relaxed);
    m_conflicts.fetch_add(conflicts, std::memory_order_relaxed);
    m_batches.fetch_add(1, std::memory_order_relaxed);
    const int bucket =
        std::min(UnitStatistics::kBuckets - 1,
                 static_cast<int>(std::bit_width(static_cast<quint64>(std::max<qint64>(0, latencyUs)))));
    m_latency[static_cast<size_t>(bucket)].fetch_add(operations, std::memory_order_relaxed);
}

UnitStatistics UnitCounters::snapshot() const
{
    UnitStatistics s;
    s.operations = m_operations.load(std::memory_order_relaxed);
    s.successes = m_successes.load(std::memory_order_relaxed);
    s.conflicts = m_conflicts.load(std::memory_order_relaxed);
    s.batches = m_batches.load(std::memory_order_relaxed);
    for (int b = 0; b < UnitStatistics::kBuckets; ++b)
        s.latency[static_cast<size_t>(b)] = m_latency[static_cast<size_t>(b)].load(std::memory_order_relaxed);
    return s;
}

} // namespace tessera
