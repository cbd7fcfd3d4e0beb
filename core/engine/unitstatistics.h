#pragma once

#include <QtGlobal>

#include <array>
#include <atomic>

namespace tessera {

/// A snapshot of one processing unit's counters. Latencies are queue-to-result times per
/// command, kept in power-of-two microsecond buckets: bucket b holds latencies in [2^(b-1), 2^b) us.
struct UnitStatistics
{
    static constexpr int kBuckets = 32;

    quint64 operations = 0;
    quint64 successes = 0;
    quint64 conflicts = 0; ///< refused for business reasons (seat taken, not holder, expired...)
    quint64 batches = 0;
    std::array<quint64, kBuckets> latency{};

    /// Upper bound of the bucket holding the given percentile (0..100), in microseconds.
    qint64 latencyPercentileUs(double percentile) const;
    UnitStatistics &operator+=(const UnitStatistics &other);
};

/// The live counters behind UnitStatistics, updated by one unit and read by anyone.
class UnitCounters final
{
public:
    void record(quint64 operations, quint64 successes, quint64 conflicts, qint64 latencyUs);
    UnitStatistics snapshot() const;

private:
    std::atomic<quint64> m_operations{0};
    std::atomic<quint64> m_successes{0};
    std::atomic<quint64> m_conflicts{0};
    std::atomic<quint64> m_batches{0};
    std::array<std::atomic<quint64>, UnitStatistics::kBuckets> m_latency{};
};

} // namespace tessera
