#pragma once

// Internals shared by the files that implement EventSpace.

#include "core/space/eventspace.h"

#include <algorithm>

namespace tessera {

struct EventSpace::HoldSlot
{
    quint32 generation = 0;
    bool live = false;
    ChangeKind endedBy = ChangeKind::Release; ///< how the previous holder of this generation ended
    HolderId holder = 0;
    qint64 expiresAt = 0;
    quint32 firstSeat = kNoIndex;
    quint32 lastSeat = kNoIndex;
    quint32 seatCount = 0;
    quint32 standingArea = kNoIndex;
    quint32 quantity = 0;
};

struct EventSpace::Standing
{
    quint32 capacity = 0;
    std::atomic<quint32> held{0};
    std::atomic<quint32> sold{0};
    std::atomic<quint32> blocked{0};
    /// What the other processes sharing the database changed beyond these counts, as the last
    /// re-read of the database found (EventSpace::mirrorStanding); negative when they released,
    /// cancelled or unblocked places this space still counts.
    std::atomic<qint32> otherHeld{0};
    std::atomic<qint32> otherSold{0};
    std::atomic<qint32> otherBlocked{0};
    /// Counts every change of the counters above (under the event's lock), so that a reader
    /// can tell whether any happened between two looks, even one that came back to the same
    /// values.
    std::atomic<quint32> version{0};

    void changed() { version.store(version.load(std::memory_order_relaxed) + 1, std::memory_order_release); }

    /// Own counts plus the other processes' share, each at least 0.
    StandingCounts counts() const
    {
        auto sum = [](const std::atomic<quint32> &own, const std::atomic<qint32> &other) {
            const qint64 value =
                qint64(own.load(std::memory_order_relaxed)) + other.load(std::memory_order_relaxed);
            return quint32(std::max<qint64>(value, 0));
        };
        return StandingCounts{capacity, sum(held, otherHeld), sum(sold, otherSold),
                              sum(blocked, otherBlocked)};
    }
    quint32 available() const { return counts().available(); }
};

namespace detail {

constexpr quint32 slotOf(HoldId id)
{
    return static_cast<quint32>(id & 0xffffffffu) - 1;
}
constexpr quint32 generationOf(HoldId id)
{
    return static_cast<quint32>(id >> 32);
}
constexpr HoldId makeHoldId(quint32 slot, quint32 generation)
{
    return (static_cast<quint64>(generation) << 32) | (slot + 1);
}

inline void bump(std::atomic<quint32> &value, qint64 delta)
{
    value.store(static_cast<quint32>(value.load(std::memory_order_relaxed) + delta),
                std::memory_order_relaxed);
}

/// Takes `quantity` sold or blocked places of a standing area back: this space's own first, the
/// rest from those another process sold or blocked (a clerk here cancels an order sold there).
/// False, changing nothing, when there are fewer.
inline bool takeBack(std::atomic<quint32> &own, std::atomic<qint32> &other, quint32 quantity)
{
    const quint32 mine = own.load(std::memory_order_relaxed);
    const qint32 theirs = other.load(std::memory_order_relaxed);
    if (qint64(mine) + theirs < qint64(quantity))
        return false;
    const quint32 fromMine = std::min(mine, quantity);
    bump(own, -qint64(fromMine));
    other.store(theirs - qint32(quantity - fromMine), std::memory_order_relaxed);
    return true;
}

} // namespace detail

using namespace detail;

// The two hottest steps of every transition, inlined into each caller.

Q_ALWAYS_INLINE void EventSpace::setSeat(quint32 seat, SeatState from, SeatState to, HolderId holder,
                                         HoldId hold)
{
    m_state[seat].store(static_cast<quint8>(to), std::memory_order_relaxed);
    m_holder[seat].store(holder, std::memory_order_relaxed);
    m_hold[seat].store(hold, std::memory_order_relaxed);
    bump(m_version[seat], 1);
    // Single writer (we hold the lock): plain load + store, no locked read-modify-write.
    auto &fromCount = m_countByState[static_cast<int>(from)];
    auto &toCount = m_countByState[static_cast<int>(to)];
    fromCount.store(fromCount.load(std::memory_order_relaxed) - 1, std::memory_order_relaxed);
    toCount.store(toCount.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

Q_ALWAYS_INLINE void EventSpace::log(ChangeKind kind, quint32 target, bool standing, HolderId holder,
                                     HoldId hold, quint32 quantity, qint64 now, qint64 expiresAt)
{
    Change &change = m_log.emplace(); // written in place: this is the hottest path of the space
    change.timeMs = now;
    change.expiresAtMs = expiresAt;
    change.hold = hold;
    change.event = m_index;
    change.target = target;
    change.holder = holder;
    change.quantity = quantity;
    change.kind = kind;
    change.standing = standing;
    change.endOfCommand = false;
    m_changed = true;
}

} // namespace tessera
