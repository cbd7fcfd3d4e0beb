#pragma once

#include <QtGlobal>

#include <memory>
#include <vector>

namespace tessera {

/// An append-only array stored in fixed-size chunks of 4,096 elements. Growing never moves or
/// copies existing elements and never holds two copies of the data, so memory stays at the size
/// of the data rounded up to one chunk. Not thread-safe; the owner locks.
template<typename T>
class ChunkedArray final
{
public:
    static constexpr int kChunkBits = 12;
    static constexpr quint32 kChunkSize = quint32(1) << kChunkBits;
    static constexpr quint32 kChunkMask = kChunkSize - 1;

    quint32 size() const { return m_size; }

    T &operator[](quint32 i) { return m_chunks[i >> kChunkBits][i & kChunkMask]; }
    const T &operator[](quint32 i) const { return m_chunks[i >> kChunkBits][i & kChunkMask]; }

    /// Appends a value-initialised element and returns it.
    T &append()
    {
        if ((m_size & kChunkMask) == 0 && (m_size >> kChunkBits) == m_chunks.size())
            m_chunks.push_back(std::make_unique<T[]>(kChunkSize));
        return (*this)[m_size++];
    }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;
    quint32 m_size = 0;
};

} // namespace tessera
