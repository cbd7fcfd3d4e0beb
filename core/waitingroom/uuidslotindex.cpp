#include "core/waitingroom/uuidslotindex.h"

#include "core/waitingroom/largememory.h"

#include <new>

namespace tessera {

quint32 UuidSlotIndex::hash(const QUuid &key)
{
    const quint64 high = (quint64(key.data1) << 32) | (quint64(key.data2) << 16) | key.data3;
    quint64 low = 0;
    for (uchar byte : key.data4)
        low = (low << 8) | byte;
    // The 64-bit finaliser of MurmurHash3 over a multiply-xor combination of the halves.
    quint64 h = high * 0x9e3779b97f4a7c15ull ^ low;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return quint32(h);
}

UuidSlotIndex::~UuidSlotIndex()
{
    largememory::release(m_buckets, sizeof(Bucket) * m_capacity, usesHugePages(m_capacity));
}

bool UuidSlotIndex::usesHugePages(quint32 capacity)
{
    // From 2 MiB (128k entries) a random probe would otherwise walk the page tables.
    return sizeof(Bucket) * capacity >= largememory::kHugePage;
}

void UuidSlotIndex::grow()
{
    const quint32 newCapacity = m_capacity == 0 ? 1024 : m_capacity * 2;
    auto *buckets = static_cast<Bucket *>(
        largememory::allocateZeroed(sizeof(Bucket) * newCapacity, usesHugePages(newCapacity)));
    if (!buckets)
        throw std::bad_alloc();
    for (quint32 b = 0; b < m_capacity; ++b) {
        const Bucket &bucket = m_buckets[b];
        if (bucket.slotPlusOne == 0)
            continue;
        quint32 i = bucket.hash & (newCapacity - 1);
        while (buckets[i].slotPlusOne != 0)
            i = (i + 1) & (newCapacity - 1);
        buckets[i] = bucket;
    }
    largememory::release(m_buckets, sizeof(Bucket) * m_capacity, usesHugePages(m_capacity));
    m_buckets = buckets;
    m_capacity = newCapacity;
}

} // namespace tessera
