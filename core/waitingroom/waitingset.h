#pragma once

#include "core/waitingroom/fenwicktree.h"

#include <vector>

namespace tessera {

/// The set of waiting queue-order indexes, with rank (position of an index) and select (index at
/// a position) in O(log n). One bit per order index plus a Fenwick tree of counts per block of
/// 512 bits (one cache line of the bitset): 1M entries take 128 KB of bits and 8 KB of tree, so
/// lookups touch about one cache line outside the small, hot tree. Not thread-safe; the owner
/// locks.
class WaitingSet final
{
public:
    /// Number of order indexes so far (waiting or not).
    quint32 size() const { return m_size; }
    /// Number of waiting indexes.
    qint64 count() const { return m_count; }

    /// Appends order index size(), waiting or not.
    void append(bool waiting);
    bool contains(quint32 i) const { return (m_bits[i / 64] >> (i % 64)) & 1; }
    /// Marks index i waiting; it must not be.
    void insert(quint32 i);
    /// Marks index i no longer waiting; it must be.
    void remove(quint32 i);

    /// Waiting indexes in 0..i inclusive: the 1-based position of a waiting index i.
    qint64 rank(quint32 i) const;
    /// The waiting index at 1-based position n (1 <= n <= count()).
    quint32 select(qint64 n) const;

private:
    static constexpr quint32 kBlockBits = 512;
    static constexpr quint32 kBlockWords = kBlockBits / 64;

    std::vector<quint64> m_bits;
    FenwickTree m_blockCounts;
    quint32 m_size = 0;
    qint64 m_count = 0;
};

} // namespace tessera
