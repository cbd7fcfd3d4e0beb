#pragma once

// Internals shared by the files that implement EventSpace.

#include "core/space/eventspace.h"

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

    quint32 available() const
    {
        return capacity - held.load(std::memory_order_relaxed) - sold.load(std::memory_order_relaxed)
               - blocked.load(std::memory_order_relaxed);
    }
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
