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

void ChangeLog::grow()
{
    m_chunks.push_back(m_spare ? std::move(m_spare) : std::make_unique<Chunk>());
    m_tail = m_chunks.back()->records.data();
    m_tailUsed = 0;
}

qsizetype ChangeLog::read(quint64 after, qsizetype maxCount, std::vector<Change> &out) const
{
    quint64 from = std::max(after + 1, m_first);
    qsizetype copied = 0;
    while (from <= m_last && copied < maxCount) {
        const auto offset = static_cast<qsizetype>(from - m_first);
        const Chunk &chunk = *m_chunks[static_cast<size_t>(offset / kChunk)];
        const qsizetype inChunk = offset % kChunk;
        const qsizetype n =
            std::min({kChunk - inChunk, static_cast<qsizetype>(m_last - from + 1), maxCount - copied});
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
    if (m_chunks.size() == 1 && upTo >= m_last && m_tailUsed == kChunk) {
        m_spare = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_first += kChunk;
        m_tail = nullptr;
    }
}

qsizetype ChangeLog::retained() const
{
    return static_cast<qsizetype>(m_last + 1 - m_first);
}

} // namespace tessera
