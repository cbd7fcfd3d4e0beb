#pragma once

#include "core/waitingroom/chunkedarray.h"

namespace tessera {

/// A growable Fenwick (binary indexed) tree of non-negative counts. prefixCount, findNth, add and
/// append are O(log n); memory is 4 bytes per index. Not thread-safe; the owner locks.
class FenwickTree final
{
public:
    quint32 size() const { return m_tree.size(); }

    /// Appends index size() holding count.
    void append(qint32 count);

    /// Adds delta to the count at index i (0-based); counts must stay non-negative.
    void add(quint32 i, qint32 delta);

    /// Sum of the counts at indexes 0..i inclusive.
    qint64 prefixCount(quint32 i) const;

    /// The index holding the n-th counted unit (1 <= n <= total), that is the smallest i with
    /// prefixCount(i) >= n. The sum of the counts before i goes to *before when given.
    quint32 findNth(qint64 n, qint64 *before = nullptr) const;

private:
    // m_tree[k - 1] holds the Fenwick node k (1-based), covering indexes (k - lowbit(k), k].
    ChunkedArray<qint32> m_tree;
};

} // namespace tessera
