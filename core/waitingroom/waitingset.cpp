#include "core/waitingroom/waitingset.h"

#include <bit>

namespace tessera {

void WaitingSet::append(bool waiting)
{
    const quint32 i = m_size++;
    if (i % 64 == 0)
        m_bits.push_back(0);
    if (i % kBlockBits == 0)
        m_blockCounts.append(0);
    if (waiting)
        insert(i);
}

void WaitingSet::insert(quint32 i)
{
    m_bits[i / 64] |= quint64(1) << (i % 64);
    m_blockCounts.add(i / kBlockBits, 1);
    ++m_count;
}

void WaitingSet::remove(quint32 i)
{
    m_bits[i / 64] &= ~(quint64(1) << (i % 64));
    m_blockCounts.add(i / kBlockBits, -1);
    --m_count;
}

qint64 WaitingSet::rank(quint32 i) const
{
    const quint32 block = i / kBlockBits;
    qint64 sum = block > 0 ? m_blockCounts.prefixCount(block - 1) : 0;
    const quint32 word = i / 64;
    for (quint32 w = block * kBlockWords; w < word; ++w)
        sum += std::popcount(m_bits[w]);
    const quint32 bit = i % 64;
    const quint64 upToBit = bit == 63 ? ~quint64(0) : (quint64(1) << (bit + 1)) - 1;
    return sum + std::popcount(m_bits[word] & upToBit);
}

quint32 WaitingSet::select(qint64 n) const
{
    qint64 before = 0;
    const quint32 block = m_blockCounts.findNth(n, &before);
    qint64 remaining = n - before;
    quint32 word = block * kBlockWords;
    for (;; ++word) {
        const int inWord = std::popcount(m_bits[word]);
        if (remaining <= inWord)
            break;
        remaining -= inWord;
    }
    quint64 bits = m_bits[word];
    for (qint64 k = 1; k < remaining; ++k)
        bits &= bits - 1; // drop the lowest set bit
    return word * 64 + quint32(std::countr_zero(bits));
}

} // namespace tessera
