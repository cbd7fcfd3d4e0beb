#include "core/waitingroom/fenwicktree.h"

#include <bit>

namespace tessera {

namespace {
constexpr quint32 lowBit(quint32 k)
{
    return k & (~k + 1);
}
} // namespace

void FenwickTree::append(qint32 count)
{
    // Node k covers (k - lowbit(k), k]: the new count plus the nodes k-1, k-2, k-4, ... that
    // together cover (k - lowbit(k), k - 1].
    const quint32 k = m_tree.size() + 1;
    qint32 sum = count;
    for (quint32 step = 1; step < lowBit(k); step <<= 1)
        sum += m_tree[k - step - 1];
    m_tree.append() = sum;
}

void FenwickTree::add(quint32 i, qint32 delta)
{
    const quint32 n = m_tree.size();
    for (quint32 k = i + 1; k <= n; k += lowBit(k))
        m_tree[k - 1] += delta;
}

qint64 FenwickTree::prefixCount(quint32 i) const
{
    qint64 sum = 0;
    for (quint32 k = i + 1; k > 0; k -= lowBit(k))
        sum += m_tree[k - 1];
    return sum;
}

quint32 FenwickTree::findNth(qint64 n, qint64 *before) const
{
    const quint32 size = m_tree.size();
    const qint64 wanted = n;
    quint32 pos = 0; // indexes 0..pos-1 are known to hold fewer than n units
    for (quint32 step = size == 0 ? 0 : std::bit_floor(size); step > 0; step >>= 1) {
        const quint32 next = pos + step;
        if (next <= size && m_tree[next - 1] < n) {
            pos = next;
            n -= m_tree[next - 1];
        }
    }
    if (before)
        *before = wanted - n;
    return pos;
}

} // namespace tessera
