#pragma once

#include "core/space/change.h"

#include <deque>
#include <memory>
#include <vector>

namespace tessera {

/// Append-only, sequence-numbered log of one event's changes, stored in fixed-size chunks so that
/// appending never moves records and trimming frees whole chunks. Not thread-safe by itself: the
/// owning EventSpace guards it with its lock.
class ChangeLog final
{
public:
    ChangeLog();
    ~ChangeLog();
    ChangeLog(const ChangeLog &) = delete;
    ChangeLog &operator=(const ChangeLog &) = delete;

    /// Appends a record, assigning it the next sequence number, which is returned.
    quint64 append(const Change &change)
    {
        Change &slot = emplace();
        const quint64 sequence = slot.sequence;
        slot = change;
        slot.sequence = sequence;
        return sequence;
    }

    /// Appends a record in place and returns it with its sequence number set; the caller fills
    /// in the rest. The reference is valid until the next append or trim.
    Change &emplace()
    {
        if (m_tailUsed == kChunk) [[unlikely]]
            grow();
        Change &slot = m_tail[m_tailUsed++];
        slot.sequence = ++m_last;
        return slot;
    }

    /// Marks the newest record as the last one of its command (see Change::endOfCommand).
    void markEndOfCommand()
    {
        if (m_tailUsed > 0)
            m_tail[m_tailUsed - 1].endOfCommand = true;
    }

    /// Sequence number of the newest record (0 before the first).
    quint64 lastSequence() const { return m_last; }

    /// Copies up to maxCount records with sequence > after into out (appending); returns how many.
    /// Records already trimmed are skipped.
    qsizetype read(quint64 after, qsizetype maxCount, std::vector<Change> &out) const;

    /// Forgets records with sequence <= upTo (whole chunks at a time).
    void trim(quint64 upTo);

    /// Number of records kept in memory.
    qsizetype retained() const;

private:
    static constexpr qsizetype kChunk = 4096;
    struct Chunk;

    void grow();

    std::deque<std::unique_ptr<Chunk>> m_chunks;
    std::unique_ptr<Chunk> m_spare;
    Change *m_tail = nullptr;      ///< records of the chunk being written
    qsizetype m_tailUsed = kChunk; ///< records used in it (kChunk: none open)
    quint64 m_first = 1;           ///< sequence of the first record of m_chunks.front()
    quint64 m_last = 0;
};

} // namespace tessera
