#pragma once

#include "core/waitingroom/largememory.h"

#include <QtGlobal>

#include <new>
#include <type_traits>
#include <vector>

namespace tessera {

/// An append-only array stored in fixed-size chunks of 2^ChunkBits elements. Growing never moves
/// or copies existing elements and never holds two copies of the data, so memory stays at the
/// size of the data rounded up to one chunk (only touched pages are resident). Chunks of at least
/// a huge page are backed by transparent huge pages (largememory.h): a big array read at random
/// places then costs no TLB misses; choose ChunkBits so that a chunk is a whole number of huge
/// pages, or the last page of each chunk is partly wasted. T must be valid when zero-filled and
/// trivially destructible.
/// Not thread-safe; the owner locks.
template<typename T, int ChunkBits = 12>
class ChunkedArray final
{
    static_assert(std::is_trivially_destructible_v<T>, "chunks are released without destructors");

public:
    static constexpr int kChunkBits = ChunkBits;
    static constexpr quint32 kChunkSize = quint32(1) << kChunkBits;
    static constexpr quint32 kChunkMask = kChunkSize - 1;

    ChunkedArray() = default;
    ~ChunkedArray()
    {
        for (size_t i = 0; i < m_chunks.size(); ++i)
            largememory::release(m_chunks[i], kChunkBytes, usesHugePages(i));
    }
    Q_DISABLE_COPY_MOVE(ChunkedArray)

    quint32 size() const { return m_size; }

    T &operator[](quint32 i) { return m_chunks[i >> kChunkBits][i & kChunkMask]; }
    const T &operator[](quint32 i) const { return m_chunks[i >> kChunkBits][i & kChunkMask]; }

    /// Appends a value-initialised (zero) element and returns it.
    T &append()
    {
        if ((m_size & kChunkMask) == 0 && (m_size >> kChunkBits) == m_chunks.size()) {
            const size_t index = m_chunks.size();
            void *memory = largememory::allocateZeroed(kChunkBytes, usesHugePages(index));
            if (!memory)
                throw std::bad_alloc();
            m_chunks.push_back(static_cast<T *>(memory));
        }
        return (*this)[m_size++];
    }

private:
    static constexpr size_t kChunkBytes = sizeof(T) * kChunkSize;

    static bool usesHugePages(size_t) { return kChunkBytes >= largememory::kHugePage; }

    std::vector<T *> m_chunks;
    quint32 m_size = 0;
};

} // namespace tessera
