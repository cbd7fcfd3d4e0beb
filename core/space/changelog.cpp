#include "core/space/changelog.h"

#include <algorithm>
#include <array>

namespace tessera {

struct ChangeLog::Chunk
{
    std::array<Change, kChunk> records;
};

ChangeLog::ChangeLog() = default;
ChangeLog::~ChangeLog() = default;

quint64 ChangeLog::append(Change change)
{
    const quint64 sequence = ++m_last;
    const auto offset = static_cast<qsizetype>(sequence - m_first);
    const qsizetype chunkIndex = offset / kChunk;
    if (chunkIndex >= static_cast<qsizetype>(m_chunks.size()))
        m_chunks.push_back(m_spare ? std::move(m_spare) : std::make_unique<Chunk>());
    change.sequence = sequence;
    m_chunks[static_cast<size_t>(chunkIndex)]->records[static_cast<size_t>(offset % kChunk)] = change;
    return sequence;
}

void ChangeLog::markEndOfCommand()
{
    if (m_last < m_first)
        return;
    const auto offset = static_cast<qsizetype>(m_last - m_first);
    m_chunks[static_cast<size_t>(offset / kChunk)]->records[static_cast<size_t>(offset % kChunk)].endOfCommand = true;
}

qsizetype ChangeLog::read(quint64 after, qsizetype maxCount, std::vector<Change> &out) const
{
    quint64 from = std::max(after + 1, m_first);
    qsizetype copied = 0;
    while (from <= m_last && copied < maxCount) {
        const auto offset = static_cast<qsizetype>(from - m_first);
        const Chunk &chunk = *m_chunks[static_cast<size_t>(offset / kChunk)];
        const qsizetype inChunk = offset % kChunk;
        const qsizetype n = std::min({kChunk - inChunk, static_cast<qsizetype>(m_last - from + 1),
                                      maxCount - copied});
        out.insert(out.end(), chunk.records.begin() + inChunk, chunk.records.begin() + inChunk + n);
        copied += n;
        from += static_cast<quint64>(n);
    }
    return copied;
}

void ChangeLog::trim(quint64 upTo)
{
    // Keep the chunk that is being written: only chunks whose every record is <= upTo go.
    while (m_chunks.size() > 1 && m_first + kChunk - 1 <= upTo) {
        m_spare = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_first += kChunk;
    }
    if (m_chunks.size() == 1 && upTo >= m_last && m_last - m_first + 1 == kChunk) {
        m_spare = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_first += kChunk;
    }
}

qsizetype ChangeLog::retained() const
{
    return static_cast<qsizetype>(m_last + 1 - m_first);
}

} // namespace tessera
