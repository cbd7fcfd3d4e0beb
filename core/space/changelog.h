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
    quint64 append(Change change);

    /// Marks the newest record as the last one of its command (see Change::endOfCommand).
    void markEndOfCommand();

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

    std::deque<std::unique_ptr<Chunk>> m_chunks;
    std::unique_ptr<Chunk> m_spare;
    quint64 m_first = 1; ///< sequence of the first record of m_chunks.front()
    quint64 m_last = 0;
};

} // namespace tessera
