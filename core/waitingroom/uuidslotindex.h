#pragma once

#include <QUuid>

#include <memory>

namespace tessera {

/// An open-addressing hash index from a UUID to a slot number (linear probing, power-of-two
/// capacity, at most half full). A bucket holds the slot number and 32 bits of the key's hash;
/// the UUIDs themselves live in the owner's slot records and are read back through the keyOf
/// callable only when the hash bits match, so a miss or a rehash never touches the records.
/// An entry costs 16 to 32 bytes here, against about 60 for a QHash node. Entries are never
/// removed; a key's slot can be replaced. Not thread-safe; the owner locks.
class UuidSlotIndex final
{
public:
    static constexpr quint32 kNone = 0xffffffffu;

    UuidSlotIndex() = default;
    ~UuidSlotIndex();
    Q_DISABLE_COPY_MOVE(UuidSlotIndex)

    quint32 size() const { return m_size; }

    /// The slot stored for key, or kNone.
    template<typename KeyOf>
    quint32 find(const QUuid &key, KeyOf keyOf) const
    {
        if (m_capacity == 0)
            return kNone;
        const quint32 h = hash(key);
        for (quint32 i = h & (m_capacity - 1);; i = (i + 1) & (m_capacity - 1)) {
            const Bucket &bucket = m_buckets[i];
            if (bucket.slotPlusOne == 0)
                return kNone;
            if (bucket.hash == h && keyOf(bucket.slotPlusOne - 1) == key)
                return bucket.slotPlusOne - 1;
        }
    }

    /// Stores slot for key, replacing the slot a key already has.
    template<typename KeyOf>
    void insertOrReplace(const QUuid &key, quint32 slot, KeyOf keyOf)
    {
        if ((quint64(m_size) + 1) * 2 > quint64(m_capacity))
            grow();
        const quint32 h = hash(key);
        for (quint32 i = h & (m_capacity - 1);; i = (i + 1) & (m_capacity - 1)) {
            Bucket &bucket = m_buckets[i];
            if (bucket.slotPlusOne == 0) {
                bucket = Bucket{h, slot + 1};
                ++m_size;
                return;
            }
            if (bucket.hash == h && keyOf(bucket.slotPlusOne - 1) == key) {
                bucket.slotPlusOne = slot + 1;
                return;
            }
        }
    }

    /// 32 well-mixed bits of all 128; UUIDs from other systems need not be random.
    static quint32 hash(const QUuid &key);

private:
    struct Bucket
    {
        quint32 hash = 0;
        quint32 slotPlusOne = 0; // 0 = empty
    };

    void grow();
    static bool usesHugePages(quint32 capacity);

    Bucket *m_buckets = nullptr; ///< largememory::allocateZeroed, m_capacity buckets
    quint32 m_capacity = 0;
    quint32 m_size = 0;
};

} // namespace tessera
